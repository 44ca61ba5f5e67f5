import type { Token } from '../doc/index.js';
import { readDoc, wink } from './wink.js';

export interface TokenRun {
  readonly tokens: Token[];
  /** wink's sentences as [first token, last token] pairs. */
  readonly sentenceTokens: [number, number][];
}

const foldQuotes = (s: string): string => s.replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"');

const textOr = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);

/** Tokenises with wink and recovers each token's character offsets, which wink does not report. */
export const tokenize = (text: string): TokenRun => {
  const nlp = wink();
  const its = nlp.its;
  // wink's typings ask for model add-ons the lite model supplies at run time.
  const lemmaIts = its.lemma as unknown as typeof its.value;
  const doc = readDoc(text);
  const tokens: Token[] = [];
  const sentenceOf: number[] = [];
  const sentenceTokens: [number, number][] = [];
  doc.sentences().each((s, i) => {
    const [a, b] = s.out(its.span) as unknown as [number, number];
    sentenceTokens.push([a, b]);
    for (let t = a; t <= b; t++) sentenceOf[t] = i;
  });
  let cursor = 0;
  doc.tokens().each((t, i) => {
    const raw = t.out();
    // Line breaks and tabs come through as tokens; offsets already keep them, so they are dropped.
    if (raw.trim() === '') return;
    const found = text.indexOf(raw, cursor);
    // wink may normalise a token (rare); then it is placed right after the preceding spaces.
    const start = found >= 0 ? found : cursor + textOr(t.out(its.precedingSpaces), '').length;
    const end = found >= 0 ? start + raw.length : start + raw.length;
    cursor = end;
    const normal = foldQuotes(raw.toLowerCase());
    // wink's output is untrusted: it gives no lemma for "cannot" or "wont" before final punctuation
    tokens.push({
      start,
      end,
      text: text.slice(start, end),
      pos: textOr(t.out(its.pos), 'X'),
      type: textOr(t.out(its.type), 'word'),
      lemma: textOr(t.out(lemmaIts), normal).toLowerCase(),
      normal,
      sentence: sentenceOf[i] ?? 0,
    });
  });
  return { tokens, sentenceTokens };
};
