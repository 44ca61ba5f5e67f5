import type { AnnotatedArticle, TimexAnnotation } from '../../src/doc/index.js';
import { annotate } from './corpus.js';

// Invented, clearly fictional reports (Harbor City, Lorland and everyone in them do not exist).
const LIBRARY_PARAGRAPHS = [
  'The Harbor City council voted 7-2 on Tuesday to build a floating library on the old ferry pier, ending a three-year debate over the future of the waterfront.',
  'Mayor Ilse Varga said the library would open in the spring of 2033 and hold about 40,000 books. "This pier has waited long enough," Varga told reporters after the vote.',
  "Opponents, led by councillor Tomas Brightwater, argued that the 12 million crown budget would be better spent on repairing the city's sea wall, which cracked during last winter's storms.",
  'The design calls for a two-storey hull of recycled timber moored to the pier, with a reading deck facing the harbour and a ramp wide enough for wheelchairs and book carts.',
  'Construction is expected to start in September once the Lorland coastal authority signs off on the mooring plan, a city spokesperson said.',
];

export const wireOriginal = (): AnnotatedArticle =>
  annotate({
    id: 'wire-original',
    title: null,
    published: '2031-04-08',
    text: [
      'Harbor City approves floating library',
      `HARBOR CITY, Lorland (Meridian Wire) — ${LIBRARY_PARAGRAPHS[0]}`,
      ...LIBRARY_PARAGRAPHS.slice(1),
    ].join('\n'),
  });

/** The same wire story as a client paper ran it: its own dateline, a day later, the last paragraph cut. */
export const wireCopy = (): AnnotatedArticle =>
  annotate({
    id: 'wire-copy',
    title: null,
    published: '2031-04-09',
    text: [
      'Council backs floating library on ferry pier',
      `By Meridian Wire, for the Coastal Gazette — ${LIBRARY_PARAGRAPHS[0]}`,
      ...LIBRARY_PARAGRAPHS.slice(1, 4),
    ].join('\n'),
  });

/** The same event in an outlet's own words: same story, not a copy. */
export const ownReport = (): AnnotatedArticle =>
  annotate({
    id: 'own-report',
    title: null,
    published: '2031-04-08',
    text: [
      'Floating library wins council vote',
      'Harbor City will get a library that floats. Councillors approved the plan for the old ferry pier by seven votes to two on Tuesday evening.',
      'Mayor Ilse Varga, who has pushed the project since 2029, promised the library would open in 2033 with roughly 40,000 books on board.',
      'Councillor Tomas Brightwater voted against, saying the 12 million crowns should repair the sea wall first.',
    ].join('\n'),
  });

/** Another event in the same fictional country. */
export const cyclingReport = (): AnnotatedArticle =>
  annotate({
    id: 'cycling-report',
    title: null,
    published: '2031-04-08',
    text: [
      'Okonkwo wins Lorland coastal race in sprint finish',
      'Adaeze Okonkwo won the 180-kilometre Lorland Coastal Classic on Sunday, edging two rivals in a sprint along the promenade at Saltmere.',
      'Strong crosswinds split the peloton twice before the final climb, and only eleven riders reached the last kilometre together.',
      '"I waited until the last hundred metres," Okonkwo said. Her team will ride the mountain stages next month.',
    ].join('\n'),
  });

const FLOOD_REPORTS = {
  first: [
    'River Quell floods Saltmere market',
    'The River Quell burst its banks in Saltmere overnight, flooding the covered market and forcing 300 residents from their homes, the Saltmere fire brigade said.',
    'Fire chief Oskar Lindqvist said pumps were working through the night and the water stood a metre deep in the market hall.',
  ],
  second: [
    'Saltmere counts flood damage',
    'Residents of Saltmere returned to the covered market on Wednesday to find stalls ruined after the River Quell flooded the town centre.',
    'About 300 people spent the night in the school gym. Oskar Lindqvist, the fire chief, said the Quell had risen faster than the brigade expected.',
  ],
  third: [
    'Quell floods Saltmere again',
    'The River Quell flooded the Saltmere covered market again on Monday, and the fire brigade moved some 300 residents out of riverside homes.',
    'Fire chief Oskar Lindqvist said the market hall was under a metre of water and the pumps would run all night.',
  ],
} as const;

/** Flood reports written differently (not copies); `published` decides whether they are one story. */
export const floodReport = (which: keyof typeof FLOOD_REPORTS, published: string | null): AnnotatedArticle =>
  annotate({ id: `flood-${which}`, title: null, published, text: FLOOD_REPORTS[which].join('\n') });

/** An undated article whose text states a date outright, as the timex annotator would mark it. */
export const withContentDate = (doc: AnnotatedArticle, value: string): AnnotatedArticle => {
  const timex: TimexAnnotation = { kind: 'timex', start: 0, end: 1, sentence: 0, text: value, value, inferred: false };
  return { ...doc, annotations: [...doc.annotations, timex] };
};
