/** Separators pages put between a headline and the site's name. */
const SEPARATOR = /\s+(?:[|·•»]|::|[-–—])\s+/;

/** A site name's comparable form: letters and digits only, without a leading "the" or a top-level domain. */
const squash = (s: string): string =>
  s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\.(?:com|org|net|co\.uk|co|news|tv)$/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');

/** Bars set off a site name or a section label; dashes and colons may belong to the headline itself. */
const BAR = /[|·•»]|::/;

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Short and capitalised word by word, as "Quillon Courier" or "WSJ" are, unlike a headline's second half. */
const looksLikeName = (s: string): boolean =>
  wordCount(s) <= 4 && s.split(/\s+/).every((w) => /^[\p{Lu}\p{N}&@]/u.test(w) || /^(?:of|the|and|de)$/.test(w));

const matchesSite = (part: string, sites: readonly string[]): boolean => {
  const p = squash(part);
  return p !== '' && sites.some((s) => s === p || (s.length >= 3 && (p.startsWith(s) || s.startsWith(p))));
};

/**
 * A page title without the site name and section label pages add to it ("Opinion | Quillon harbour reopens | Quillon
 * Courier"): an end part is dropped when it names the site or, set off by a bar, reads like a name or a one- or
 * two-word label; a site name leaves at least two words of headline, a guess at least three.
 */
export const cleanTitle = (title: string, siteNames: readonly (string | null)[]): string => {
  const sites = siteNames
    .filter((s): s is string => !!s)
    .map(squash)
    .filter(Boolean);
  let parts = title.trim().split(SEPARATOR);
  let separators: string[] = [...(title.trim().match(new RegExp(SEPARATOR, 'g')) ?? [])];
  while (parts.length > 1) {
    const last = parts[parts.length - 1] ?? '';
    const first = parts[0] ?? '';
    const rest = (drop: 'first' | 'last'): string => (drop === 'last' ? parts.slice(0, -1) : parts.slice(1)).join(' ');
    const barBeforeLast = BAR.test(separators[separators.length - 1] ?? '');
    const label = BAR.test(separators[0] ?? '') && looksLikeName(first) && wordCount(first) <= 2;
    const keeps = (drop: 'first' | 'last', named: boolean): boolean => wordCount(rest(drop)) >= (named ? 2 : 3);
    if (matchesSite(last, sites) ? keeps('last', true) : barBeforeLast && looksLikeName(last) && keeps('last', false)) {
      parts = parts.slice(0, -1);
      separators = separators.slice(0, -1);
    } else if (matchesSite(first, sites) ? keeps('first', true) : label && keeps('first', false)) {
      parts = parts.slice(1);
      separators = separators.slice(1);
    } else break;
  }
  return parts.reduce((out, part, i) => (i === 0 ? part : `${out}${separators[i - 1] ?? ' '}${part}`), '').trim();
};
