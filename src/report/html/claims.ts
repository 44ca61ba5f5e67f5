import type { ReportClaim, ReportStory } from '../contract.js';
import type { Citations } from './citations.js';
import { esc, figure, list, section } from './escape.js';

const LEAD_CLAIMS = 3;

const note = (text: string | null): string => (text ? ` <span class="note">${esc(text)}</span>` : '');

const claimItem = (c: ReportClaim, cites: Citations): string =>
  `${esc(c.text)}${cites.cite(c.citations)}${note(c.note)}`;

/** The opening paragraph: the claims most outlets carry, each cited; the first claims when none is shared. */
export const leadParagraph = (story: ReportStory, cites: Citations): string => {
  const consensus = story.claims.filter((c) => c.status === 'consensus');
  const top = (consensus.length > 0 ? consensus : story.claims).slice(0, LEAD_CLAIMS);
  return top.length === 0
    ? ''
    : `<p class="lead">${top.map((c) => `${esc(c.text)}${cites.cite(c.citations)}`).join(' ')}</p>`;
};

export const consensusSection = (id: string, story: ReportStory, cites: Citations): string =>
  section(
    `${id}-consensus`,
    'What everyone reports',
    list(
      story.claims
        .filter((c) => c.status === 'consensus')
        .map((c) => `<span class="count">${c.sources} outlets</span> ${claimItem(c, cites)}`),
    ),
  );

export const differSection = (id: string, story: ReportStory, cites: Citations): string => {
  const disagreements = story.disagreements.map((d) => {
    const values = d.values.map((v) => {
      const hedge = v.hedge && v.hedge !== 'exact' ? `${v.hedge} ` : '';
      const value = typeof v.value === 'number' ? figure(v.value) : v.value;
      const who = v.attributedTo ? ` — ${esc(v.attributedTo)}` : '';
      return `<strong>${esc(hedge + value)}</strong>${who}${cites.cite(v.citations)}`;
    });
    return `<span class="about">${esc(d.about)}</span>${list(values)}`;
  });
  const contested = story.claims.filter((c) => c.status === 'contested').map((c) => claimItem(c, cites));
  return section(`${id}-differ`, 'Where accounts differ', list([...disagreements, ...contested]));
};

export const onlyInSection = (
  id: string,
  story: ReportStory,
  cites: Citations,
  labels: ReadonlyMap<string, string>,
): string => {
  const label = (articleId: string): string => esc(labels.get(articleId) ?? articleId);
  const blocks = story.coverage.flatMap((c) => {
    const unique = c.unique.flatMap((i) => story.claims[i] ?? []).map((u) => claimItem(u, cites));
    const copy = c.copyOf ? `<p class="note">copies ${label(c.copyOf)}; counted once</p>` : '';
    const omitted = c.omitted.flatMap((i) => story.claims[i] ?? []).map((o) => claimItem(o, cites));
    const omits =
      omitted.length === 0
        ? ''
        : `<details><summary>Leaves out ${omitted.length} claim(s) other outlets agree on</summary>${list(omitted)}</details>`;
    if (unique.length === 0 && copy === '' && omits === '') return [];
    return [`<div class="outlet"><h3>Only in ${label(c.articleId)}</h3>${copy}${list(unique)}${omits}</div>`];
  });
  return section(`${id}-only`, 'Only in …', blocks.join(''));
};
