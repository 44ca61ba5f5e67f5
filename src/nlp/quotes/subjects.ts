import { isMark, sentenceInitial, sentenceRange, type TokenView } from './tokens.js';

/** Tokens an introductory phrase may take before the subject of its sentence ("An agreeable woman in her 80s, X"). */
const MAX_INTRO = 10;
/** Tokens an aside may take between a name and its verb ("Ada Quill (R-AL), ranking member of …, pushed"). */
const MAX_ASIDE = 12;
/** Words opening a clause whose subject comes next ("as Rose summons …", "while Ada waits"). */
const SUBORDINATORS = new Set(['as', 'while', 'when', 'because', 'since', 'until', 'although', 'though']);

/** Token i opens its sentence, or follows a short introduction ("Earlier this year, Amy Bishop ..."). */
export const opensClause = (view: TokenView, i: number): boolean => {
  if (sentenceInitial(view.tokens, i)) return true;
  const [start] = sentenceRange(view.tokens, i);
  const lead = view.tokens.slice(start, i);
  // the comma may sit inside a quoted title that ends the introduction ("During "Black Water," Simmons …")
  const last = lead[lead.length - 1];
  const comma = last?.text === ',' || (isMark(last) && lead[lead.length - 2]?.text === ',');
  return lead.length <= MAX_INTRO && comma && !lead.some((t) => t.pos === 'VERB');
};

/** A verb, or a word in -s before a determiner that the tagger read as a plural noun ("summons the strength"). */
const finiteVerb = (view: TokenView, k: number): boolean => {
  const t = view.tokens[k];
  return t?.pos === 'VERB' || (t?.pos === 'NOUN' && /s$/.test(t.normal) && view.tokens[k + 1]?.pos === 'DET');
};

/** A name between a subordinator and its clause's verb ("as Ada summons"): the subject of that clause. */
const subordinateSubject = (view: TokenView, i: number, e: number): boolean =>
  SUBORDINATORS.has(view.tokens[i - 1]?.normal ?? '') && finiteVerb(view, e);

/** A name whose verb follows past a bracket or a comma aside: the subject of its clause, however long the lead. */
const subjectBeforeAside = (view: TokenView, i: number, e: number): boolean => {
  if (view.tokens[i - 1]?.pos === 'ADP') return false;
  let k = e;
  if (view.tokens[k]?.text === '(') while (k < e + MAX_ASIDE && view.tokens[k]?.text !== ')') k++;
  if (view.tokens[k]?.text === ')') k++;
  if (view.tokens[k]?.text !== ',') return false;
  let j = k + 1;
  while (j < k + MAX_ASIDE && view.tokens[j] && view.tokens[j]?.text !== ',' && view.tokens[j]?.pos !== 'VERB') j++;
  const verb = view.tokens[j + 1];
  return view.tokens[j]?.text === ',' && verb?.pos === 'VERB' && !/ing$/.test(verb.normal);
};

/** Whether the name run [i, e) is the subject of a clause, which keeps its person in view for later pronouns. */
export const mentionSubject = (view: TokenView, i: number, e: number): boolean =>
  (opensClause(view, i) || subordinateSubject(view, i, e) || subjectBeforeAside(view, i, e)) &&
  view.tokens[e]?.pos !== 'PART';
