import type { ArticleId, ClaimNote, ValueInArticles } from '../../doc/index.js';
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
  /** The article at each position. */
  readonly ids: readonly ArticleId[];
}

const surname = (a: Attribution): string => a.name.split(/\s+/).pop()?.toLowerCase() ?? '';

/** Each value once, with the articles that state it, in the order first seen. */
const listing = (entries: readonly { key: string; doc: number }[], ids: Members['ids']): ValueInArticles[] => {
  const byKey = new Map<string, Set<ArticleId>>();
  for (const { key, doc } of entries) {
    const id = ids[doc];
    if (id) byKey.set(key, (byKey.get(key) ?? new Set()).add(id));
  }
  return [...byKey].map(([value, articleIds]) => ({ value, articleIds: [...articleIds] }));
};

/** The figures in dispute: revised counts with the count they revise, and rival counts of one thing across articles. */
const figureNote = (group: readonly number[], m: Members): ClaimNote | null => {
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
  return { kind: 'figures-differ', values: listing(entries, m.ids) };
};

/**
 * Why the accounts of one claim disagree, as notes: figures that differ (across articles, or revised in the text),
 * dates that differ, one account negating what another affirms, or the same words given to different people.
 */
export const disagreements = (group: readonly number[], m: Members): ClaimNote[] => {
  let dates: ClaimNote | null = null;
  let negation: ClaimNote | null = null;
  let names: ClaimNote | null = null;
  const id = (doc: number): ArticleId | undefined => m.ids[doc];
  for (const [i, u] of group.entries()) {
    for (const v of group.slice(i + 1)) {
      const [uu, vu, fu, fv] = [m.units[u], m.units[v], m.facts[u], m.facts[v]];
      if (!uu || !vu || !fu || !fv || uu.doc === vu.doc) continue;
      const pair = m.space.pair(u, v);
      if (pair.predicateSim < CLOSE) continue;
      const [du, dv] = [fu.dates, fv.dates];
      if (!dates && du.length > 0 && dv.length > 0 && !du.some((d) => dv.includes(d))) {
        const entries = [...du.map((key) => ({ key, doc: uu.doc })), ...dv.map((key) => ({ key, doc: vu.doc }))];
        dates = { kind: 'dates-differ', values: listing(entries, m.ids) };
      }
      if (!negation && fu.negated !== fv.negated && pair.predicateSim >= SAME_WORDS) {
        const [no, yes] = fu.negated ? [id(uu.doc), id(vu.doc)] : [id(vu.doc), id(uu.doc)];
        if (no && yes) negation = { kind: 'negation', negatedIn: no, affirmedIn: yes };
      }
      const [au, av] = [fu.attribution, fv.attribution];
      // Only names written in both accounts, each absent from the other: "Palin told…" is not "McAllister said…".
      const mentions = (unit: ClaimUnit, a: Attribution): boolean =>
        unit.text.includes(a.name.split(/\s+/).pop() ?? a.name);
      const named = au?.written && av?.written && au.person && av.person && !mentions(vu, au) && !mentions(uu, av);
      const [iu, iv] = [id(uu.doc), id(vu.doc)];
      if (!names && named && iu && iv && surname(au) !== surname(av) && pair.predicateSim >= SAME_WORDS) {
        const speakers = [
          { name: au.name, articleId: iu },
          { name: av.name, articleId: iv },
        ];
        names = { kind: 'speakers-differ', speakers };
      }
    }
  }
  return [figureNote(group, m), dates, negation, names].filter((n): n is ClaimNote => n !== null);
};
