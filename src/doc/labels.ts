/** A short, unique label per article for citations and notes: its outlet, numbered when an outlet has several, else A1, A2… by position. */
export const articleLabels = (
  articles: readonly { readonly id: string; readonly outlet: string | null }[],
): Map<string, string> => {
  const counts = new Map<string, number>();
  for (const a of articles) if (a.outlet) counts.set(a.outlet, (counts.get(a.outlet) ?? 0) + 1);
  const seen = new Map<string, number>();
  const labels = new Map<string, string>();
  articles.forEach((a, i) => {
    if (!a.outlet) {
      labels.set(a.id, `A${i + 1}`);
      return;
    }
    const n = (seen.get(a.outlet) ?? 0) + 1;
    seen.set(a.outlet, n);
    labels.set(a.id, (counts.get(a.outlet) ?? 0) > 1 ? `${a.outlet} ${n}` : a.outlet);
  });
  return labels;
};
