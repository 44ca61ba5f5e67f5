import type { AnnotatedArticle } from '../doc/index.js';
import { hashString, mix32 } from './hash.js';

export interface MinHashOptions {
  /** Words per shingle. */
  readonly shingleSize: number;
  /** LSH bands × rows = the number of min-wise hashes kept for candidate search. */
  readonly bands: number;
  readonly rows: number;
  /** Size of the bottom-k sample the Jaccard estimate is read from. */
  readonly sampleSize: number;
}

export const DEFAULT_MINHASH: MinHashOptions = { shingleSize: 4, bands: 32, rows: 3, sampleSize: 1024 };

/**
 * Two MinHash sketches over one hash per shingle: k min-wise values (one per hash function) for LSH banding, and
 * the k smallest hashes (bottom-k) for the estimate, which samples without replacement and is exact on short texts.
 */
export interface MinHashSignature {
  readonly mins: Uint32Array;
  /** Sorted ascending, distinct. */
  readonly bottom: Uint32Array;
  readonly sampleSize: number;
}

/** The article's words as compared for copying: lower-cased, punctuation and symbols left out. */
export const articleWords = (doc: AnnotatedArticle): string[] =>
  doc.tokens.filter((t) => t.type === 'word' || t.type === 'number').map((t) => t.normal);

/** Word n-grams; a text shorter than one shingle is a single shingle. */
export const shingleSet = (words: readonly string[], size: number): Set<string> => {
  const out = new Set<string>();
  if (words.length === 0) return out;
  const last = Math.max(0, words.length - size);
  for (let i = 0; i <= last; i++) out.add(words.slice(i, i + size).join(' '));
  return out;
};

/** One hash per distinct shingle, built from word hashes (no n-gram strings); order inside a shingle matters. */
const shingleHashes = (words: readonly string[], size: number): Uint32Array => {
  const wordHashes = words.map((w) => hashString(w));
  const count = words.length === 0 ? 0 : Math.max(1, words.length - size + 1);
  const out = new Set<number>();
  for (let i = 0; i < count; i++) {
    let h = size;
    for (let j = i; j < Math.min(i + size, words.length); j++)
      h = mix32(Math.imul(h, 0x01000193) + (wordHashes[j] ?? 0));
    out.add(h);
  }
  return Uint32Array.from(out);
};

/** Per-function constants: odd multipliers and xor masks drawn once from a fixed seed. */
const MULTIPLIERS = Array.from({ length: 1024 }, (_, i) => (mix32(i * 2 + 1) | 1) >>> 0);
const MASKS = Array.from({ length: 1024 }, (_, i) => mix32(i * 2 + 2));

export const minhashSignature = (
  words: readonly string[],
  options: MinHashOptions = DEFAULT_MINHASH,
): MinHashSignature => {
  const count = Math.min(MULTIPLIERS.length, options.bands * options.rows);
  const mins = new Uint32Array(count).fill(0xffffffff);
  const hashes = shingleHashes(words, options.shingleSize);
  for (const h of hashes) {
    for (let i = 0; i < count; i++) {
      // Each min-wise function: xor with its mask, multiply by its odd constant, fold the high bits down.
      let v = Math.imul(h ^ (MASKS[i] ?? 0), MULTIPLIERS[i] ?? 1);
      v = (v ^ (v >>> 15)) >>> 0;
      if (v < (mins[i] ?? 0)) mins[i] = v;
    }
  }
  const bottom = hashes.sort().subarray(0, options.sampleSize);
  return { mins, bottom: Uint32Array.from(bottom), sampleSize: options.sampleSize };
};

/** Jaccard estimate from two bottom-k sketches: the share of the union's k smallest hashes found in both. */
export const estimateJaccard = (a: MinHashSignature, b: MinHashSignature): number => {
  const k = Math.min(a.sampleSize, b.sampleSize);
  let i = 0;
  let j = 0;
  let seen = 0;
  let both = 0;
  while (seen < k && (i < a.bottom.length || j < b.bottom.length)) {
    const x = a.bottom[i] ?? Number.POSITIVE_INFINITY;
    const y = b.bottom[j] ?? Number.POSITIVE_INFINITY;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    seen++;
  }
  return seen === 0 ? 0 : both / seen;
};
