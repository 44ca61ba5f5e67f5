import type { DocContext } from './context.js';
import { isPossessive, possessiveAfter, tokenIn } from './context.js';
import { LEX } from './gazetteer/index.js';

/** "Moscow's forces" (metonym) against "Kyiv's mayor" (the city itself). */
const possessiveOfInstitution = (ctx: DocContext, last: number, sentence: number): boolean => {
  if (!possessiveAfter(ctx, last, sentence)) return false;
  let k = isPossessive(tokenIn(ctx, last + 1, sentence)) ? last + 2 : last + 1;
  while (tokenIn(ctx, k, sentence)?.pos === 'ADJ') k++;
  const noun = tokenIn(ctx, k, sentence);
  return noun?.pos === 'NOUN' && !LEX.literalPlaceNouns.has(noun.normal);
};

/**
 * Whether a capital city at tokens `first`..`last` stands for its government: it acts ("Washington believes",
 * "Seoul and its allies"), owns an institution's things ("Moscow's war"), or is addressed ("warned Kyiv").
 */
export const actsAsGovernment = (ctx: DocContext, first: number, last: number, sentence: number): boolean => {
  const before = tokenIn(ctx, first - 1, sentence);
  if (before && LEX.spatial.has(before.normal)) return false;
  if (before?.pos === 'VERB' && LEX.addressLemmas.has(before.lemma)) return true;
  // The agent of a passive ("missiles manufactured by Pyongyang").
  if (before?.normal === 'by' && tokenIn(ctx, first - 2, sentence)?.pos === 'VERB') return true;
  if (possessiveOfInstitution(ctx, last, sentence)) return true;
  let k = last + 1;
  if (tokenIn(ctx, k, sentence)?.pos === 'ADV') k++;
  const next = tokenIn(ctx, k, sentence);
  if (next?.pos === 'VERB' || next?.pos === 'AUX') return true;
  return next?.normal === 'and' && tokenIn(ctx, k + 1, sentence)?.normal === 'its';
};

/**
 * Whether a country or region stands for its government: it speaks or decides ("Russia said", "Europe will be
 * watching"), is addressed ("warned Russia"), or has allies; not merely being or having something ("Iran sits").
 */
export const speaksAsGovernment = (ctx: DocContext, first: number, last: number, sentence: number): boolean => {
  const before = tokenIn(ctx, first - 1, sentence);
  const next = tokenIn(ctx, last + 1, sentence);
  // "urge Georgia lawmakers": the place only qualifies a noun.
  if ((before && LEX.spatial.has(before.normal)) || (next?.pos === 'NOUN' && next.text === next.normal)) return false;
  if (before?.pos === 'VERB' && LEX.addressLemmas.has(before.lemma)) return true;
  let k = last + 1;
  for (
    let t = tokenIn(ctx, k, sentence);
    k <= last + 3 && (t?.pos === 'ADV' || t?.pos === 'AUX');
    t = tokenIn(ctx, ++k, sentence)
  ) {
    // A passive ("the US are predicted", "aid for Greece was announced") says nothing the state did.
    if (t?.lemma === 'be') return false;
  }
  const verb = tokenIn(ctx, k, sentence);
  if (verb?.pos === 'VERB' && (LEX.speechLemmas.has(verb.lemma) || LEX.stateLemmas.has(verb.lemma))) return true;
  return tokenIn(ctx, last + 1, sentence)?.normal === 'and' && tokenIn(ctx, last + 2, sentence)?.normal === 'its';
};
