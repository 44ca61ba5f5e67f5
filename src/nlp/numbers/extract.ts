import type { QuantityAnnotation, TextLayer, Token } from '../../doc/index.js';
import { ageApposition } from './age.js';
import { attribution, namedSubjects, type Source } from './attribution.js';
import { lastPluralPhrase, type Referent, recentReferent } from './context.js';
import { type ResolveReferent, readCounted } from './counted.js';
import { readHedge } from './hedge.js';
import { isNotQuantity } from './not-quantity.js';
import { type QuantityCore, readQuantity } from './read-quantity.js';
import { sliceText } from './words.js';

const URL_LIKE = /:\/\/|www\.|\bcom\/|\.(com|org|net)\b/;
const SINGULAR_PERSONAL = new Set(['he', 'she']);

/** Every quantity in the article: value, range, hedge, unit, what is counted and who says so. */
export const extractQuantities = (layer: TextLayer): QuantityAnnotation[] => {
  const bySentence = tokensBySentence(layer);
  const out: QuantityAnnotation[] = [];
  const referents: Referent[] = [];
  bySentence.forEach((toks, s) => {
    if (URL_LIKE.test(layer.sentences[s]?.text ?? '')) return;
    for (let i = 0; i < toks.length; ) {
      const core = readQuantity(toks, i);
      if (!core) {
        i++;
        continue;
      }
      i = core.last + 1;
      if (isNotQuantity(toks, core)) continue;
      const { quantity: q, nucleus } = annotate(layer, bySentence, s, core, referents);
      out.push(q);
      if (q.what) referents.push({ sentence: s, what: q.what, nucleus, head: q.head, unit: q.unit, rate: q.rate });
    }
  });
  return out;
};

const annotate = (
  layer: TextLayer,
  bySentence: readonly (readonly Token[])[],
  s: number,
  core: QuantityCore,
  referents: readonly Referent[],
): { quantity: QuantityAnnotation; nucleus: string } => {
  const toks = bySentence[s] ?? [];
  const hedge = readHedge(toks, core);
  const resolve: ResolveReferent = (demonstrative) => {
    const recent = recentReferent(referents, s, core.unit);
    if (recent || !demonstrative || core.unit !== null) return recent;
    const previous = bySentence[s - 1] ?? [];
    const plural = lastPluralPhrase(previous);
    if (!plural) return null;
    const phrase = sliceText(layer.text, previous, plural.first, plural.last);
    return { what: phrase, nucleus: phrase, head: previous[plural.last]?.lemma ?? null };
  };
  const age = ageApposition(layer.text, toks, core);
  const counted = age ?? readCounted(layer.text, toks, core, hedge, resolve);
  const first = toks[hedge.first];
  const last = toks[hedge.last];
  const start = first?.start ?? 0;
  const end = last?.end ?? start;
  const vague = core.number.vague && hedge.hedge === 'exact';
  const quantity: QuantityAnnotation = {
    kind: 'quantity',
    start,
    end,
    sentence: first?.sentence ?? s,
    text: layer.text.slice(start, end),
    value: core.value,
    low: core.high === null ? null : core.low,
    high: core.high,
    hedge: vague ? 'at least' : hedge.hedge,
    unit: age ? 'years' : core.unit,
    what: counted.what,
    head: counted.head,
    attributedTo: sourceText(layer.text, bySentence, s, attribution(layer.text, toks, hedge.first, hedge.last)),
    rate: counted.rate,
  };
  return { quantity, nucleus: counted.nucleus };
};

/** A source as written; "he"/"she" becomes the last named speaker of the nearby sentences. */
const sourceText = (text: string, bySentence: readonly (readonly Token[])[], s: number, source: Source | null) => {
  if (!source) return null;
  if ('text' in source) return source.text;
  if (!SINGULAR_PERSONAL.has(source.pronoun)) return null;
  for (let k = s - 1; k >= Math.max(0, s - 3); k--) {
    const names = namedSubjects(text, bySentence[k] ?? []);
    const name = names[names.length - 1];
    if (name) return name;
  }
  return null;
};

const tokensBySentence = (layer: TextLayer): Token[][] => {
  const groups: Token[][] = layer.sentences.map(() => []);
  for (const t of layer.tokens) groups[t.sentence]?.push(t);
  return groups;
};
