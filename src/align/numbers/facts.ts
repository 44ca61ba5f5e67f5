import type { StoryNumber } from '../../doc/index.js';
import { citationsOf, factsOf, type NumberGroup } from './group.js';

/** One entry per (value, hedge, what, source), citing every article sentence that states it. */
export const storyNumbers = (groups: readonly NumberGroup[]): StoryNumber[] =>
  groups.flatMap((g) =>
    factsOf(g.mentions).flatMap((fact) => {
      const m = fact[0];
      if (!m) return [];
      return [
        {
          value: m.q.value,
          low: m.q.low,
          high: m.q.high,
          hedge: m.q.hedge,
          unit: m.q.unit,
          rate: m.q.rate,
          what: g.what,
          attributedTo: m.source,
          citations: citationsOf(fact),
        },
      ];
    }),
  );
