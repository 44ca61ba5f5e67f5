/** A set of lexicon words from a whitespace-separated list. */
export const wordSet = (data: string): ReadonlySet<string> => new Set(data.split(/\s+/).filter((w) => w.length > 0));
