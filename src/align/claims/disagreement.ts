import { rivalFigures, sameFigure } from './figures.js';
import type { TermSpace } from './space.js';
import type { Attribution, ClaimUnit, Figure, UnitFacts } from './types.js';

/** Saying this much the same makes another date a different account of one statement. */
const CLOSE = 0.5;
/** A negation, or another speaker, makes a different account only of nearly the same words. */
const SAME_WORDS = 0.75;

export interface Members {
  readonly units: readonly ClaimUnit[];
  readonly facts: readonly UnitFacts[];
  readonly space: TermSpace;
  /** How an article is named in notes. */
  readonly label: (doc: number) => string;
}

const surname = (a: Attribution): string => a.name.split(/\s+/).pop()?.toLowerCase() ?? '';

const listing = (entries: readonly { key: string; doc: number }[], label: Members['label']): string => {
  const byKey = new Map<string, Set<string>>();
  for (const { key, doc } of entries) byKey.set(key, (byKey.get(key) ?? new Set()).add(label(doc)));
  return [...byKey].map(([key, docs]) => `${key} (${[...docs].join(', ')})`).join('; ');
};

/** The figures in dispute: revised counts with the count they revise, and rival counts of one thing across articles. */
const figureNote = (group: readonly number[], m: Members): string | null => {
  const all = group.flatMap((u) => {
    const f = m.facts[u];
    const doc = m.units[u]?.doc ?? 0;
    return f ? [...f.figures, ...f.rivals].map((figure) => ({ figure, doc, revised: f.rivals.length > 0 })) : [];
  });
  // Two values one account states side by side ("150 miles off Aden ... 13 miles away") count different things.
  const together = (x: Figure, y: Figure): boolean =>
    group.some((u) => {
      const figures = m.facts[u]?.figures ?? [];
      return figures.some((f) => sameFigure(f, x)) && figures.some((f) => sameFigure(f, y));
    });
  const disputed = new Set<number>();
  for (const x of all) {
    if (x.revised) disputed.add(x.figure.value);
    for (const y of all) {
      if (x.doc !== y.doc && rivalFigures(x.figure, y.figure) && !together(x.figure, y.figure)) {
        disputed.add(x.figure.value);
      }
    }
  }
  if (disputed.size === 0) return null;
  const surface = new Map<number, string>();
  const entries = all
    .filter((x) => disputed.has(x.figure.value))
    .map(({ figure, doc }) => {
      if (!surface.has(figure.value)) surface.set(figure.value, figure.surface);
      return { key: surface.get(figure.value) ?? figure.surface, doc };
    });
  return `figures differ: ${listing(entries, m.label)}`;
};

/**
 * Why the accounts of one claim disagree, as notes: figures that differ (across articles, or revised in the text),
 * dates that differ, one account negating what another affirms, or the same words given to different people.
 */
export const disagreements = (group: readonly number[], m: Members): string[] => {
  const notes: string[] = [];
  let dates: string | null = null;
  let negation: string | null = null;
  let names: string | null = null;
  for (const [i, u] of group.entries()) {
    for (const v of group.slice(i + 1)) {
      const [uu, vu, fu, fv] = [m.units[u], m.units[v], m.facts[u], m.facts[v]];
      if (!uu || !vu || !fu || !fv || uu.doc === vu.doc) continue;
      const pair = m.space.pair(u, v);
      if (pair.predicateSim < CLOSE) continue;
      const [du, dv] = [fu.dates, fv.dates];
      if (!dates && du.length > 0 && dv.length > 0 && !du.some((d) => dv.includes(d))) {
        const entries = [...du.map((key) => ({ key, doc: uu.doc })), ...dv.map((key) => ({ key, doc: vu.doc }))];
        dates = `dates differ: ${listing(entries, m.label)}`;
      }
      if (!negation && fu.negated !== fv.negated && pair.predicateSim >= SAME_WORDS) {
        const [no, yes] = fu.negated ? [uu.doc, vu.doc] : [vu.doc, uu.doc];
        negation = `negated in ${m.label(no)}, affirmed in ${m.label(yes)}`;
      }
      const [au, av] = [fu.attribution, fv.attribution];
      // Only names written in both accounts, each absent from the other: "Palin told…" is not "McAllister said…".
      const mentions = (unit: ClaimUnit, a: Attribution): boolean =>
        unit.text.includes(a.name.split(/\s+/).pop() ?? a.name);
      const named = au?.written && av?.written && au.person && av.person && !mentions(vu, au) && !mentions(uu, av);
      if (!names && named && surname(au) !== surname(av) && pair.predicateSim >= SAME_WORDS) {
        names = `attributed to ${au.name} (${m.label(uu.doc)}) and to ${av.name} (${m.label(vu.doc)})`;
      }
    }
  }
  for (const note of [figureNote(group, m), dates, negation, names]) if (note) notes.push(note);
  return notes;
};
