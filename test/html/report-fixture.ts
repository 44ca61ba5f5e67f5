import type { Report } from '../../src/report/contract.js';

/** A small report over two invented, fictional articles; one sentence carries a script tag as plain text. */
export const fixtureReport = (): Report => ({
  schemaVersion: 1,
  generator: 'triangulate test',
  articles: [
    {
      id: 'harbor-gazette',
      label: 'Harbor Gazette',
      source: 'https://gazette.example/harbor-bridge',
      outlet: 'Harbor Gazette',
      title: 'Riverton bridge to stay shut until spring',
      published: '2031-02-10',
      publishedInferred: false,
      referenceDate: '2031-02-10',
      sentences: [
        'Riverton bridge to stay shut until spring',
        'The Riverton harbor bridge will stay closed until spring, Mayor Elena Vasquez said on Monday.',
        'Engineers found cracks in two of the four main cables, she said.',
        'The repairs will cost 4 million dollars, according to the council.',
      ],
    },
    {
      id: 'valley-post',
      label: 'Valley Post',
      source: 'valley-post.txt',
      outlet: 'Valley Post',
      title: null,
      published: null,
      publishedInferred: true,
      referenceDate: '2031-02-10',
      sentences: [
        'The harbor bridge in Riverton will remain closed until spring, the mayor said.',
        'A reader wrote <script>window.__injected = true</script> in the comments & asked "why?"',
        'Cracks were found in three of the four main cables, inspectors said.',
      ],
    },
  ],
  stories: [
    {
      id: 'story-1',
      headline: 'Riverton bridge to stay shut until spring',
      articleIds: ['harbor-gazette', 'valley-post'],
      entities: [
        {
          id: 'e1',
          name: 'Elena Vasquez',
          type: 'person',
          aliases: ['Vasquez'],
          variants: [],
          roles: ['Mayor'],
          articleIds: ['harbor-gazette'],
        },
      ],
      quotes: [
        {
          speaker: 'Elena Vasquez',
          role: 'Mayor',
          text: 'We will reopen the bridge in spring',
          citations: [{ articleId: 'harbor-gazette', sentence: 1 }],
          variants: [],
          speakerConflict: false,
        },
      ],
      numbers: [
        {
          value: 4_000_000,
          low: null,
          high: null,
          hedge: 'exact',
          unit: 'USD',
          rate: null,
          what: 'repair cost',
          attributedTo: 'the council',
          citations: [{ articleId: 'harbor-gazette', sentence: 3 }],
        },
      ],
      disagreements: [
        {
          about: 'cracked main cables',
          values: [
            {
              value: 2,
              hedge: null,
              attributedTo: 'engineers',
              citations: [{ articleId: 'harbor-gazette', sentence: 2 }],
            },
            {
              value: 3,
              hedge: null,
              attributedTo: 'inspectors',
              citations: [{ articleId: 'valley-post', sentence: 2 }],
            },
          ],
        },
      ],
      timeline: [
        {
          date: '2031-02-10',
          text: 'The mayor says the bridge stays closed until spring.',
          inferred: false,
          citations: [{ articleId: 'harbor-gazette', sentence: 1 }],
        },
      ],
      claims: [
        {
          text: 'The Riverton harbor bridge will stay closed until spring, Mayor Elena Vasquez said on Monday.',
          status: 'consensus',
          sources: 2,
          note: null,
          notes: [],
          citations: [
            { articleId: 'harbor-gazette', sentence: 1 },
            { articleId: 'valley-post', sentence: 0 },
          ],
        },
        {
          text: 'Engineers found cracks in two of the four main cables, she said.',
          status: 'contested',
          sources: 2,
          note: 'figures differ: two (Harbor Gazette); three (Valley Post)',
          notes: [
            {
              kind: 'figures-differ',
              values: [
                { value: 'two', articleIds: ['harbor-gazette'] },
                { value: 'three', articleIds: ['valley-post'] },
              ],
            },
          ],
          citations: [
            { articleId: 'harbor-gazette', sentence: 2 },
            { articleId: 'valley-post', sentence: 2 },
          ],
        },
        {
          text: 'A reader wrote <script>window.__injected = true</script> in the comments & asked "why?"',
          status: 'single-source',
          sources: 1,
          note: null,
          notes: [],
          citations: [{ articleId: 'valley-post', sentence: 1 }],
        },
      ],
      coverage: [
        { articleId: 'harbor-gazette', outlet: 'Harbor Gazette', unique: [], omitted: [], copyOf: null },
        { articleId: 'valley-post', outlet: 'Valley Post', unique: [2], omitted: [], copyOf: null },
      ],
    },
  ],
});
