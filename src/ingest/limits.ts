/** Inputs above this size are refused: a news article is kilobytes; a 10 MiB text is a mistake or an attack. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** A JSON Lines file is a bulk list of articles (an archive export), so it may be larger; each line stays bounded. */
export const MAX_BULK_INPUT_BYTES = 512 * 1024 * 1024;

/** Articles shorter than this carry nothing to analyse. */
export const MIN_ARTICLE_CHARS = 40;

/** Headlines are a line; a longer title is a page's mistake or an attack, and is cut to this. */
export const MAX_TITLE_CHARS = 300;

/** Outlet names are a few words; they label every citation, so a stuffed one is cut to this. */
export const MAX_OUTLET_CHARS = 100;

/** Items read from one feed: real feeds carry tens; a flood of thousands would cost minutes of analysis for nothing. */
export const MAX_FEED_ITEMS = 1_000;
