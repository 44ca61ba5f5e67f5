import { type AnnotatedArticle, annotationsOf, contains, type Token } from '../../doc/index.js';
import { attributionOf } from './attribution.js';
import { revisesPrevious, unitFigures } from './figures.js';
import { WRITTEN_DATE } from './lexicon.js';
import { nameTerms, unitTerms } from './terms.js';
import type { Attribution, ClaimUnit, Figure, UnitFacts } from './types.js';

const NEGATIONS = new Set(['not', "n't", 'never']);

/** A verb negated by not/n't/never (or "yet to"), but not "not only", "not just" and the like. */
const negates = (tokens: readonly Token[]): boolean =>
  tokens.some(
    (t, i) =>
      (NEGATIONS.has(t.normal) && !['only', 'just', 'least', 'less'].includes(tokens[i + 1]?.normal ?? '')) ||
      (t.normal === 'yet' && tokens[i + 1]?.normal === 'to'),
  );

interface Draft {
  unit: ClaimUnit;
  figures: Figure[];
  rivals: Figure[];
  dates: string[];
  negated: boolean;
  attribution: Attribution | null;
  names: string[];
  terms: string[];
}

const draftsOf = (doc: AnnotatedArticle, units: readonly ClaimUnit[]): Draft[] => {
  const timexes = annotationsOf(doc, 'timex');
  const entities = annotationsOf(doc, 'entity');
  const drafts: Draft[] = [];
  let previous: { attribution: Attribution; sentence: number } | null = null;
  for (const unit of units) {
    const figures = unitFigures(doc, unit);
    const target = drafts.findLast((d) => d.figures.length > 0);
    // A sentence that revises the count just given is a rival figure for that claim, not a claim of its own.
    if (target && target.unit.sentence >= unit.sentence - 1 && revisesPrevious(unit, figures)) {
      for (const f of figures) target.rivals.push(f);
      continue;
    }
    const recent = previous && previous.sentence >= unit.sentence - 2 ? previous.attribution : null;
    const attribution = attributionOf(doc, unit, recent);
    if (attribution) previous = { attribution, sentence: unit.sentence };
    const dates = timexes
      // Weekdays and "yesterday" resolve against each outlet's own date; only dates written out are compared.
      .filter((x) => x.start >= unit.start && x.end <= unit.end && x.value.length === 10 && WRITTEN_DATE.test(x.text))
      .map((x) => x.value);
    const negated = negates(unit.tokens);
    const span = attribution?.span;
    const said = span ? unit.tokens.filter((t) => !contains(span, t)) : unit.tokens;
    const names = nameTerms(said, entities.length > 0 ? entities : null);
    drafts.push({ unit, figures, rivals: [], dates, negated, attribution, names, terms: unitTerms(said, figures) });
  }
  return drafts;
};

/** The facts of every unit; units that only revise the figure before them are folded into it as rivals. */
export const unitFacts = (
  docs: readonly AnnotatedArticle[],
  units: readonly ClaimUnit[],
): { units: ClaimUnit[]; facts: UnitFacts[] } => {
  const byDoc = docs.map((): ClaimUnit[] => []);
  for (const u of units) byDoc[u.doc]?.push(u);
  const drafts = docs.flatMap((doc, d) => draftsOf(doc, byDoc[d] ?? []));
  return {
    units: drafts.map((draft, id) => ({ ...draft.unit, id })),
    facts: drafts.map(({ unit, ...facts }) => facts),
  };
};
