/** Past this many characters an article is not analysed, so NLP stays bounded whatever the input; the rest is kept. */
export const MAX_ANALYSED_CHARS = 200_000;
/** A run without spaces this long is no word, and wink's tokenizer is quadratic in such runs: it is left out. */
export const MAX_RUN_CHARS = 256;

const LONG_RUN = new RegExp(`\\S{${MAX_RUN_CHARS + 1},}`, 'g');

/** The text NLP reads: as long as the article's, so every offset holds against it, with unreadable parts blanked. */
export interface BoundedText {
  readonly text: string;
  /** How many over-long runs were blanked, and the longest. */
  readonly runs: number;
  readonly longestRun: number;
  /** Where analysis stops (null when it reads the whole text). */
  readonly cutAt: number | null;
}

/** The last line break (else space) in the limit's second half, so the cut falls between sentences or words. */
const cutPoint = (text: string): number => {
  for (const separator of ['\n', ' ']) {
    const at = text.lastIndexOf(separator, MAX_ANALYSED_CHARS);
    if (at >= MAX_ANALYSED_CHARS / 2) return at;
  }
  return MAX_ANALYSED_CHARS;
};

/** A line break keeps what is before and after the blank in separate sentences; spaces keep the length. */
const blank = (length: number): string => (length > 0 ? `\n${' '.repeat(length - 1)}` : '');

/** Blanks over-long runs without spaces and everything past `MAX_ANALYSED_CHARS`. */
export const boundText = (text: string): BoundedText => {
  const cutAt = text.length > MAX_ANALYSED_CHARS ? cutPoint(text) : null;
  const head = cutAt === null ? text : text.slice(0, cutAt);
  let runs = 0;
  let longestRun = 0;
  const kept = head.replace(LONG_RUN, (run) => {
    runs++;
    longestRun = Math.max(longestRun, run.length);
    return blank(run.length);
  });
  const tail = cutAt === null ? '' : blank(text.length - cutAt);
  return { text: kept + tail, runs, longestRun, cutAt };
};

/** What the user is told when part of an article was not analysed. */
export const boundsNotes = (bounded: BoundedText, length: number): string[] => [
  ...(bounded.runs > 0
    ? [
        `${bounded.runs} run(s) of more than ${MAX_RUN_CHARS} characters without a space left out of the analysis ` +
          `(the longest has ${bounded.longestRun})`,
      ]
    : []),
  ...(bounded.cutAt === null
    ? []
    : [`only the first ${bounded.cutAt} of its ${length} characters analysed (the rest is kept in the article)`]),
];
