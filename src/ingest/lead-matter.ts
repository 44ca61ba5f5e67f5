import { isCalendarWord, union, words } from '../lexicon/index.js';

/** Words a publication-date line is made of besides numbers: "Updated 1:39 am EST, Wednesday, November 20, 2019". */
const STAMP_WORDS = union(words('ingest/stamp-words'), words('calendar/clock-words'));
const isDateWord = (word: string): boolean =>
  isCalendarWord(word) || STAMP_WORDS.has(word.toLowerCase()) || /^\d[\d:./-]*(?:st|nd|rd|th)?$/i.test(word);

/** Time-zone abbreviations: EST, GMT, CEST. */
const ZONE = /^[A-Z]{2,4}$/;

/** A line that is only a date or time stamp. */
const isDateLine = (line: string): boolean => {
  const words = line.split(/[\s,;|·•]+/).filter(Boolean);
  return (
    line.length <= 80 &&
    words.length > 0 &&
    words.some((w) => /\d/.test(w)) &&
    words.every((w) => isDateWord(w) || ZONE.test(w))
  );
};

/** "By Mira Talbot", "By Mira Talbot and Ines Varga, Staff Writers": a credit, not a sentence. */
const isByline = (line: string): boolean =>
  line.length <= 100 && /^by\s+\p{Lu}/iu.test(line) && !/[.!?]$/.test(line) && line.split(/\s+/).length <= 12;

const squashed = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** How many leading paragraphs may be headline, credit or time stamp before the body is reached. */
const MAX_LEAD_PARAGRAPHS = 4;

/** The body without the headline, byline and time stamp pages print above it: the title field already has them. */
export const withoutLeadMatter = (text: string, title: string | null): string => {
  const paragraphs = text.split('\n\n');
  const head = title ? squashed(title) : null;
  let drop = 0;
  while (drop < Math.min(MAX_LEAD_PARAGRAPHS, paragraphs.length - 1)) {
    const p = (paragraphs[drop] ?? '').trim();
    if (!(squashed(p) === head || isDateLine(p) || isByline(p))) break;
    drop++;
  }
  return paragraphs.slice(drop).join('\n\n');
};
