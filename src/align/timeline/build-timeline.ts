import {
  type AnnotatedArticle,
  type ArticleId,
  annotationsOf,
  type Citation,
  type TimelineEntry,
} from '../../doc/index.js';
import { contentOf, diceScore, idfOver, overlapScore } from './content.js';

/** One dated sentence: the unit the timeline groups. */
interface Mention {
  readonly doc: number;
  readonly articleId: ArticleId;
  readonly sentence: number;
  readonly date: string;
  readonly inferred: boolean;
  readonly words: ReadonlySet<string>;
}

/** Content overlap above which two sentences with one date report the same event; a shared day says more. */
const SAME_EVENT_DAY = 0.25;
const SAME_EVENT = 0.3;
/** Likeness above which two sentences with different dates are one event dated differently. */
const SAME_EVENT_OTHER_DATE = 0.4;

const mentionsOf = (docs: readonly AnnotatedArticle[]): Mention[] => {
  const out: Mention[] = [];
  docs.forEach((doc, d) => {
    const timexes = annotationsOf(doc, 'timex');
    const seen = new Set<string>();
    for (const t of timexes) {
      const key = `${t.sentence}|${t.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const tokens = doc.tokens.filter((k) => k.sentence === t.sentence);
      const skip = timexes.filter((x) => x.sentence === t.sentence);
      const inferred = timexes.every((x) => x.sentence !== t.sentence || x.value !== t.value || x.inferred);
      const words = contentOf(tokens, skip);
      out.push({ doc: d, articleId: doc.article.id, sentence: t.sentence, date: t.value, inferred, words });
    }
  });
  return out.sort((a, b) => a.doc - b.doc || a.sentence - b.sentence || a.date.localeCompare(b.date));
};

/** Greedy and order-stable: each mention joins the best-matching group with its date, else starts one. */
const group = (mentions: readonly Mention[], idf: ReadonlyMap<string, number>): Mention[][] => {
  const groups: Mention[][] = [];
  for (const m of mentions) {
    let best: Mention[] | undefined;
    let bestScore = m.date.length === 10 ? SAME_EVENT_DAY : SAME_EVENT;
    for (const g of groups) {
      if (g[0]?.date !== m.date) continue;
      const score = g.reduce((top, x) => Math.max(top, overlapScore(x.words, m.words, idf)), -Infinity);
      if (score >= bestScore && (best === undefined || score > bestScore)) {
        best = g;
        bestScore = score;
      }
    }
    if (best) best.push(m);
    else groups.push([m]);
  }
  return groups;
};

/** Dates disagree when they name different days, months or years at one granularity. */
const disagree = (a: string, b: string): boolean => a.length === b.length && a !== b;

const SPEAKER_LABEL = /^[A-Z][A-Z.'’ -]+:\s+/;

const sentenceText = (docs: readonly AnnotatedArticle[], m: Mention): string =>
  (docs[m.doc]?.sentences[m.sentence]?.text ?? '').trim().replace(SPEAKER_LABEL, '');

/** The supporting sentence of the earliest published report, the fullest one on a tie. */
const pickText = (docs: readonly AnnotatedArticle[], g: readonly Mention[]): string => {
  const published = (m: Mention): string => docs[m.doc]?.article.published ?? '9999';
  const ranked = [...g].sort(
    (a, b) =>
      published(a).localeCompare(published(b)) ||
      sentenceText(docs, b).length - sentenceText(docs, a).length ||
      a.doc - b.doc ||
      a.sentence - b.sentence,
  );
  return ranked[0] ? sentenceText(docs, ranked[0]) : '';
};

const conflictsOf = (
  groups: readonly Mention[][],
  g: readonly Mention[],
  idf: ReadonlyMap<string, number>,
): string[] => {
  const date = g[0]?.date ?? '';
  const other = new Set<string>();
  for (const h of groups) {
    const hDate = h[0]?.date ?? '';
    if (!disagree(hDate, date)) continue;
    const close = g.some((a) =>
      h.some((b) => a.doc !== b.doc && diceScore(a.words, b.words, idf) >= SAME_EVENT_OTHER_DATE),
    );
    if (close) other.add(hDate);
  }
  return [...other].sort();
};

/**
 * The story's dated events: date expressions merged across reports when the date is the same and the sentences
 * share content, ordered by date then first citation. An event other reports date differently says so in its text.
 */
export const buildTimeline = (docs: readonly AnnotatedArticle[]): TimelineEntry[] => {
  const idf = idfOver(docs);
  const groups = group(mentionsOf(docs), idf);
  const byPlace = (a: Mention, b: Mention): number => a.doc - b.doc || a.sentence - b.sentence;
  const entries = groups.map((g) => {
    const members = [...g].sort(byPlace);
    const conflicts = conflictsOf(groups, g, idf);
    const text = pickText(docs, g);
    return {
      first: members[0],
      entry: {
        date: g[0]?.date ?? '',
        text: conflicts.length > 0 ? `${text} [other reports date this ${conflicts.join(', ')}]` : text,
        citations: members.map((m): Citation => ({ articleId: m.articleId, sentence: m.sentence })),
        inferred: g.every((m) => m.inferred),
      },
    };
  });
  entries.sort(
    (a, b) => a.entry.date.localeCompare(b.entry.date) || (a.first && b.first ? byPlace(a.first, b.first) : 0),
  );
  return entries.map((e) => e.entry);
};
