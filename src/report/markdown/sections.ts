import type { Report, ReportStory } from '../contract.js';
import { articlesOf, citationText } from '../labels.js';
import { plainNumber, quantityText } from '../quantity-text.js';
import { md } from './escape.js';

type Labels = Map<string, string>;

const SHORT = 140;
/** A claim named in passing: its first words, cut at a word boundary. */
const shorten = (text: string): string =>
  text.length <= SHORT ? text : `${text.slice(0, text.lastIndexOf(' ', SHORT))} …`;

const section = (title: string, lines: readonly string[]): string[] =>
  lines.length === 0 ? [] : [`### ${title}`, '', ...lines, ''];

export const leadSection = (story: ReportStory, labels: Labels): string[] => {
  const top = story.claims.filter((c) => c.status === 'consensus').slice(0, 3);
  return top.length === 0 ? [] : [top.map((c) => `${md(c.text)} ${citationText(labels, c.citations)}`).join(' '), ''];
};

/** "4 outlets", or the note when it already counts them ("4 outlets, 1 original source: …"). */
const sourcesText = (c: ReportStory['claims'][number]): string =>
  c.note?.startsWith(`${c.sources} outlets`) ? md(c.note) : `${c.sources} outlets${c.note ? ` (${md(c.note)})` : ''}`;

export const consensusSection = (story: ReportStory, labels: Labels): string[] =>
  section(
    'What everyone reports',
    story.claims
      .filter((c) => c.status === 'consensus')
      .map((c) => `- ${md(c.text)} — ${sourcesText(c)} ${citationText(labels, c.citations)}`),
  );

export const differSection = (story: ReportStory, labels: Labels): string[] => {
  const lines: string[] = [];
  for (const d of story.disagreements) {
    lines.push(`- **${md(d.about)}**`);
    for (const v of d.values) {
      const hedge = v.hedge && v.hedge !== 'exact' ? `${md(v.hedge)} ` : '';
      lines.push(
        `  - ${hedge}${typeof v.value === 'number' ? plainNumber(v.value) : md(v.value)} — ${md(v.attributedTo ?? 'unattributed')} ${citationText(labels, v.citations)}`,
      );
    }
  }
  for (const c of story.claims.filter((c) => c.status === 'contested')) {
    lines.push(`- ${md(c.text)}${c.note ? ` (${md(c.note)})` : ''} ${citationText(labels, c.citations)}`);
  }
  return section('Where accounts differ', lines);
};

export const quotesSection = (story: ReportStory, labels: Labels): string[] => {
  const bySpeaker = new Map<string, ReportStory['quotes'][number][]>();
  for (const q of story.quotes) {
    const key = q.speaker ?? 'Unattributed';
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), q]);
  }
  const lines: string[] = [];
  for (const [speaker, quotes] of bySpeaker) {
    const role = quotes.find((q) => q.role)?.role;
    lines.push(`- **${md(speaker)}**${role ? ` (${md(role)})` : ''}`);
    for (const q of quotes) {
      lines.push(
        `  - “${md(q.text)}” ${citationText(labels, q.citations)}${q.speakerConflict ? ' — outlets disagree on the speaker' : ''}`,
      );
      for (const v of q.variants.filter((v) => v.differences.length > 0)) {
        lines.push(`    - ${labels.get(v.articleId) ?? md(v.articleId)}: ${v.differences.map(md).join('; ')}`);
      }
    }
  }
  return section('Who said what', lines);
};

export const numbersSection = (story: ReportStory, labels: Labels): string[] => {
  const rows = story.numbers.map((n) => {
    const figure = `${n.hedge === 'exact' ? '' : `${n.hedge} `}${quantityText(n)}`;
    return `| ${md(figure)} | ${md(n.what)} | ${md(n.attributedTo ?? '—')} | ${citationText(labels, n.citations)} |`;
  });
  return rows.length === 0
    ? []
    : section('Numbers', ['| figure | what | who says so | sources |', '|---|---|---|---|', ...rows]);
};

export const timelineSection = (story: ReportStory, labels: Labels): string[] =>
  section(
    'Timeline',
    story.timeline.map(
      (t) =>
        `- **${t.date}**${t.inferred ? ' (date inferred)' : ''} ${md(t.text)} ${citationText(labels, t.citations)}`,
    ),
  );

export const onlyInSection = (story: ReportStory, labels: Labels): string[] => {
  const lines: string[] = [];
  for (const c of story.coverage) {
    const label = labels.get(c.articleId) ?? md(c.articleId);
    const unique = c.unique.flatMap((i) => story.claims[i] ?? []);
    if (c.copyOf) lines.push(`- **${label}** copies ${labels.get(c.copyOf) ?? md(c.copyOf)} (counted once)`);
    if (unique.length > 0)
      lines.push(
        `- **Only in ${label}:**`,
        ...unique.map((u) => `  - ${md(u.text)} ${citationText(labels, u.citations)}`),
      );
    const omitted = c.omitted.flatMap((i) => story.claims[i] ?? []);
    if (omitted.length > 0)
      lines.push(
        `- **Not in ${label}** (reported by others):`,
        ...omitted.map((o) => `  - ${md(shorten(o.text))} ${citationText(labels, o.citations)}`),
      );
  }
  return section('Only in …', lines);
};

export const entitiesSection = (story: ReportStory, labels: Labels): string[] =>
  section(
    'People, organizations and places',
    story.entities.map((e) => {
      const names = [...labels].flatMap(([id, label]) => (e.articleIds.includes(id) ? [label] : [])).join(', ');
      const aliases = e.aliases.filter((a) => !e.variants.includes(a));
      const variants = e.variants.length > 0 ? `; also spelled ${e.variants.map((v) => `“${md(v)}”`).join(', ')}` : '';
      const roles = e.roles.length > 0 ? `, ${e.roles.map(md).join('; ')}` : '';
      const aka = aliases.length > 0 ? `; as ${aliases.map(md).join(', ')}` : '';
      return `- **${md(e.name)}** (${e.type}${roles})${aka}${variants} — ${e.articleIds.length} article(s): ${names}`;
    }),
  );

export const sourcesSection = (report: Report, story: ReportStory, labels: Labels): string[] =>
  section(
    'Sources',
    articlesOf(report, story.articleIds).map((a) => {
      const date = a.published ?? (a.referenceDate ? `undated (read as of ${a.referenceDate})` : 'undated');
      return `- **${labels.get(a.id)}** — ${md(a.title ?? '(untitled)')} — ${date} — ${md(a.source)}`;
    }),
  );
