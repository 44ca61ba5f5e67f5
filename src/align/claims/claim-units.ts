import { type AnnotatedArticle, looksLikeHeadline, type Token } from '../../doc/index.js';
import { datelineLength, isBoilerplate } from './boilerplate.js';
import { clauseRanges } from './clauses.js';
import { TurnTracker, turnLabel } from './transcript.js';
import type { ClaimUnit } from './types.js';

const bySentence = (doc: AnnotatedArticle): Token[][] => {
  const groups: Token[][] = doc.sentences.map(() => []);
  for (const t of doc.tokens) groups[t.sentence]?.push(t);
  return groups;
};

/** The claim units of each article: its sentences, minus boilerplate, labels and datelines, long ones by clause. */
export const claimUnits = (docs: readonly AnnotatedArticle[]): ClaimUnit[] => {
  const units: ClaimUnit[] = [];
  docs.forEach((doc, d) => {
    const text = doc.article.text;
    const turns = new TurnTracker();
    const tokensOf = bySentence(doc);
    for (const s of doc.sentences) {
      const label = turnLabel(s.text);
      const turnSpeaker = turns.next(label);
      const afterLabel = s.start + (label?.length ?? 0);
      const from = afterLabel + datelineLength(text.slice(afterLabel, s.end));
      const tokens = (tokensOf[s.index] ?? []).filter((t) => t.start >= from);
      const first = tokens[0];
      if (!first || isBoilerplate(text.slice(first.start, s.end), tokens)) continue;
      const headline = looksLikeHeadline(s.text);
      for (const [a, b] of clauseRanges(tokens)) {
        const span = tokens.slice(a, b);
        const start = span[0]?.start ?? s.start;
        const end = span[span.length - 1]?.end ?? s.end;
        const unit = { id: units.length, doc: d, sentence: s.index, start, end, headline, turnSpeaker };
        units.push({ ...unit, text: text.slice(start, end), tokens: span });
      }
    }
  });
  return units;
};
