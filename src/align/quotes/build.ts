import type { AnnotatedArticle, ArticleId, Citation, EntityIndex, QuoteVariant, StoryQuote } from '../../doc/index.js';
import { groundingForm } from '../grounding.js';
import { alignWords } from './align.js';
import { describeDifferences } from './differences.js';
import { GROUNDING_CHARS, MIN_COVERAGE, type Segment } from './group.js';
import type { QuoteRef, Unit } from './quote-units.js';
import type { Word } from './words.js';

/** The story's articles, their quotes cut into units, and the entities that name the speakers. */
export interface QuoteStory {
  readonly docs: readonly AnnotatedArticle[];
  readonly quotes: readonly QuoteRef[];
  readonly units: readonly Unit[];
  readonly entities: EntityIndex;
}

export interface Built {
  readonly quote: StoryQuote;
  /** Article index and offset of the first citation, for ordering. */
  readonly order: readonly [number, number];
}

/** A group member whose fuller wording starts this many words after the fullest one's start is a fragment of it. */
const HEAD_SLACK = 2;

interface Member {
  readonly segment: Segment;
  readonly words: readonly Word[];
  readonly doc: number;
}

/** A member placed against the group text: where its share starts, and (for carriers) which words it is. */
interface Placed extends Member {
  readonly at: number;
  readonly window: readonly [number, number] | null;
}

const member = (story: QuoteStory, segment: Segment): Member => ({
  segment,
  words: story.units.slice(segment.from, segment.to).flatMap((u) => u.words),
  doc: story.units[segment.from]?.doc ?? 0,
});

/** A segment's words as written, from word `from` to word `to`: sentences of a part joined, parts with " … ". */
const segmentText = (story: QuoteStory, m: Member, range: readonly [number, number] | null): string => {
  const [a, b] = [m.words[range?.[0] ?? 0]?.start ?? 0, m.words[(range?.[1] ?? m.words.length) - 1]?.end ?? 0];
  const units = story.units.slice(m.segment.from, m.segment.to).filter((u) => u.end > a && u.start < b);
  const text = story.docs[m.doc]?.article.text ?? '';
  let out = '';
  units.forEach((u, k) => {
    const prev = units[k - 1];
    const piece = text.slice(Math.max(u.start, a), Math.min(u.end, b));
    out = !prev ? piece : prev.part === u.part ? out + text.slice(prev.end, Math.min(u.end, b)) : `${out} … ${piece}`;
  });
  return out.replace(/\s+/g, ' ').trim();
};

const unitAt = (story: QuoteStory, m: Member, at: number): Unit | undefined =>
  story.units.slice(m.segment.from, m.segment.to).find((u) => u.start <= at && at < u.end) ??
  story.units[m.segment.from];

const grounded = (story: QuoteStory, p: Placed, text: string): boolean => {
  const u = unitAt(story, p, p.at);
  const sentence = u ? story.docs[u.doc]?.sentences[u.sentence]?.text : undefined;
  return sentence !== undefined && groundingForm(sentence).includes(groundingForm(text).slice(0, GROUNDING_CHARS));
};

const speakerOf = (story: QuoteStory, members: readonly Placed[]) => {
  const named = members.map((m) => {
    const q = story.quotes[m.segment.quote];
    const written = q?.annotation.speaker ?? null;
    const entity = q && written ? story.entities.resolve(q.articleId, written) : undefined;
    return { written, canonical: entity?.name ?? written, role: entity?.roles[0] ?? null };
  });
  const counts = new Map<string, number>();
  for (const n of named) if (n.canonical) counts.set(n.canonical, (counts.get(n.canonical) ?? 0) + 1);
  const top = [...counts.entries()].reduce<[string, number] | null>((b, e) => (!b || e[1] > b[1] ? e : b), null);
  const chosen = named.find((n) => n.canonical === top?.[0]) ?? named[0];
  const distinct = new Set(named.flatMap((n) => (n.canonical ? [n.canonical.toLowerCase()] : [])));
  return { named, speaker: chosen?.canonical ?? null, role: chosen?.role ?? null, conflict: distinct.size > 1 };
};

const quoteOf = (story: QuoteStory, rep: Member, placed: readonly Placed[]): Built => {
  const text = segmentText(story, rep, null).replace(/[\s,.;:]+$/, '');
  const seen = new Set<number>();
  const firsts = [...placed]
    .sort((x, y) => x.doc - y.doc || x.at - y.at)
    .filter((p) => grounded(story, p, text) && !seen.has(p.doc) && seen.add(p.doc) !== undefined);
  const who = speakerOf(story, firsts);
  const citations: Citation[] = [];
  const variants: QuoteVariant[] = firsts.map((p, k) => {
    const u = unitAt(story, p, p.at);
    const citation = {
      articleId: u?.articleId ?? story.quotes[p.segment.quote]?.articleId,
      sentence: u?.sentence ?? 0,
    } as Citation;
    citations.push(citation);
    const words = p.window ? p.words.slice(p.window[0], p.window[1]) : p.words;
    const differences = p.segment === rep.segment ? [] : describeDifferences(rep.words, words);
    return { ...citation, text: segmentText(story, p, p.window), speaker: who.named[k]?.written ?? null, differences };
  });
  const quote = { speaker: who.speaker, role: who.role, text, citations, variants, speakerConflict: who.conflict };
  return { quote, order: [firsts[0]?.doc ?? 0, firsts[0]?.at ?? 0] };
};

/**
 * Report quotes from one group: the fullest wording with the members that start where it starts; members that
 * quote only a later fragment become a quote of their own, also citing the fuller quotes (carriers) that contain it.
 */
export const buildQuotes = (
  story: QuoteStory,
  segments: readonly Segment[],
  carriers: readonly Member[] = [],
): Built[] => {
  const members = segments.map((s) => member(story, s));
  const rep = members.reduce((best, m) => (m.words.length > best.words.length ? m : best), members[0] as Member);
  if (!rep) return [];
  const head: Placed[] = [];
  const fragments: Segment[] = [];
  const loose: Segment[] = [];
  for (const m of members) {
    const al = m === rep ? null : alignWords(m.words, rep.words);
    const first = al?.steps.find((s) => s.kind !== 'onlyA' && s.kind !== 'onlyB');
    if (al && al.coverage < MIN_COVERAGE) loose.push(m.segment);
    else if ((first?.b[0] ?? 0) > HEAD_SLACK) fragments.push(m.segment);
    else head.push({ ...m, at: m.words[first?.a[0] ?? 0]?.start ?? 0, window: null });
  }
  const carried = carriers.flatMap((c): Placed[] => {
    const al = alignWords(rep.words, c.words);
    const start = al.steps.find((s) => s.kind !== 'onlyA' && s.kind !== 'onlyB')?.b[0] ?? al.bStart;
    return al.coverage >= MIN_COVERAGE ? [{ ...c, at: c.words[start]?.start ?? 0, window: [start, al.bEnd] }] : [];
  });
  const built = quoteOf(story, rep, [...head, ...carried]);
  const cited = new Set(built.quote.citations.map((c) => c.articleId));
  // a member its own sentence cannot ground under the group text is tried again alone (never the last one left)
  const dropped = members.length > 1 ? head.filter((p) => !cited.has(story.docs[p.doc]?.article.id as ArticleId)) : [];
  return [
    ...(built.quote.citations.length ? [built] : []),
    ...(fragments.length ? buildQuotes(story, fragments, [...head, ...carriers]) : []),
    ...[...loose, ...dropped.map((p) => p.segment)].flatMap((s) => buildQuotes(story, [s], carriers)),
  ];
};
