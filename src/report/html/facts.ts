import type { ReportNumber, ReportStory } from '../contract.js';
import type { Citations } from './citations.js';
import { esc, figure, list, section } from './escape.js';

export const quotesSection = (
  id: string,
  story: ReportStory,
  cites: Citations,
  labels: ReadonlyMap<string, string>,
): string => {
  const speakers = new Map<string, ReportStory['quotes'][number][]>();
  for (const q of story.quotes) {
    const key = q.speaker ?? 'Unattributed';
    speakers.set(key, [...(speakers.get(key) ?? []), q]);
  }
  const blocks = [...speakers].map(([speaker, quotes]) => {
    const role = quotes.find((q) => q.role)?.role;
    const items = quotes.map((q) => {
      const conflict = q.speakerConflict ? ' <span class="note">outlets disagree on who said it</span>' : '';
      const variants = q.variants
        .filter((v) => v.differences.length > 0)
        .map((v) => `${esc(labels.get(v.articleId) ?? v.articleId)}: ${esc(v.differences.join('; '))}`);
      return `<q>${esc(q.text)}</q>${cites.cite(q.citations)}${conflict}${list(variants)}`;
    });
    return `<div class="speaker"><h3>${esc(speaker)}${role ? ` <small>${esc(role)}</small>` : ''}</h3>${list(items)}</div>`;
  });
  return section(`${id}-quotes`, 'Who said what', blocks.join(''));
};

const amount = (n: ReportNumber): string => {
  const value = n.low !== null && n.high !== null ? `${figure(n.low)}–${figure(n.high)}` : figure(n.value);
  return n.rate ? `${value} ${n.rate}` : value;
};

export const numbersSection = (id: string, story: ReportStory, cites: Citations): string => {
  if (story.numbers.length === 0) return '';
  const rows = story.numbers.map(
    (n) =>
      `<tr><td class="num">${esc(amount(n))}</td><td>${esc(n.hedge)}</td><td>${esc(n.unit ?? '')}</td>` +
      `<td>${esc(n.what)}</td><td>${esc(n.attributedTo ?? '')}</td><td>${cites.cite(n.citations)}</td></tr>`,
  );
  const head = '<tr><th>value</th><th>hedge</th><th>unit</th><th>what</th><th>who says so</th><th>sources</th></tr>';
  return section(`${id}-numbers`, 'Numbers', `<table><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`);
};

export const timelineSection = (id: string, story: ReportStory, cites: Citations): string =>
  section(
    `${id}-timeline`,
    'Timeline',
    list(
      story.timeline.map((t) => {
        const inferred = t.inferred ? ' <span class="note">date inferred</span>' : '';
        return `<time datetime="${esc(t.date)}">${esc(t.date)}</time>${inferred} ${esc(t.text)}${cites.cite(t.citations)}`;
      }),
      'ol',
    ),
  );

export const entitiesSection = (id: string, story: ReportStory, labels: ReadonlyMap<string, string>): string =>
  section(
    `${id}-entities`,
    'People, organizations and places',
    list(
      story.entities.map((e) => {
        const roles = e.roles.length > 0 ? `, ${esc(e.roles.join('; '))}` : '';
        const variants = e.variants.length > 0 ? `; also spelled ${esc(e.variants.join(', '))}` : '';
        const outlets = e.articleIds.map((a) => esc(labels.get(a) ?? a)).join(', ');
        return `<strong>${esc(e.name)}</strong> (${esc(e.type)}${roles})${variants} — ${outlets}`;
      }),
    ),
  );
