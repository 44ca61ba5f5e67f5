import type { Article } from '../../src/doc/index.js';
import { analyzeArticles } from '../../src/pipeline/index.js';
import { renderJson, toReport } from '../../src/report/index.js';
import { articleOf } from '../helpers/docs.js';

// Invented, clearly fictional reports (Carrow Vale, its pier and everyone named do not exist): two titled reports of
// the same day, one quote typed with a curly and with a straight apostrophe, an undated copy, a later follow-up.
const article = (id: string, outlet: string, title: string | null, published: string | null, text: string): Article =>
  articleOf(id, text, published, { outlet, title, source: `${id}.txt` });

const PIER = [
  'Part of the ferry pier at Carrow Vale collapsed on Thursday morning, injuring 12 people who were waiting for the 8:15 boat to Fennick Isle.',
  'Harbour master Ida Brennock said the east section gave way without warning.',
  'The pier was built in 1962 and last inspected in 2029, the Carrow Vale council said.',
  'Repairs could cost about 4 million florins, according to council engineer Osric Lamb.',
];

export const invented = (): Article[] => [
  article(
    'pier-tidewater',
    'Tidewater Post',
    'Pier gives way at Carrow Vale',
    '2031-03-14',
    [...PIER, '“We’re checking every pile before anyone walks on it again,” Brennock said.'].join('\n'),
  ),
  article(
    'pier-courier',
    'Vale Courier',
    'Carrow Vale pier collapse injures 14',
    '2031-03-14',
    [
      'Part of the ferry pier at Carrow Vale collapsed on Thursday, injuring 14 people waiting for the morning boat to Fennick Isle.',
      '"We\'re checking every pile before anyone walks on it again," harbour master Ida Brennock said.',
      'The pier was built in 1962, the council said, and repairs could cost up to 5 million florins.',
    ].join('\n'),
  ),
  article('pier-radio', 'Northshore Radio', null, null, PIER.join('\n')),
  article(
    'pier-inquiry',
    'Tidewater Post',
    'Inquiry opens into Carrow Vale pier collapse',
    '2031-03-16',
    [
      'The Carrow Vale council opened an inquiry on Saturday into Thursday’s collapse of the ferry pier, which injured 12 people.',
      'Council engineer Osric Lamb said the east section had been due for repairs since 2029.',
      '“We should have closed it last year,” Lamb said.',
    ].join('\n'),
  ),
];

/** The JSON report of the whole engine over `articles`, as the CLI writes it. */
export const reportOf = (articles: readonly Article[]): string => {
  const analysis = analyzeArticles(articles);
  return renderJson(toReport(analysis.docs, analysis.stories));
};
