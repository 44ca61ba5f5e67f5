import type { DaySpan } from './dates.js';
import type { ArticleFeatures } from './online.js';

/** ArticleFeatures as plain JSON: terms as pairs, signature words as base64 of their little-endian bytes. */
export interface FeaturesJson {
  readonly terms: readonly (readonly [string, number])[];
  readonly mins: string;
  readonly bottom: string;
  readonly sampleSize: number;
  readonly span: DaySpan | null;
}

const toBase64 = (words: Uint32Array): string => {
  const bytes = Buffer.alloc(words.length * 4);
  words.forEach((w, i) => {
    bytes.writeUInt32LE(w, i * 4);
  });
  return bytes.toString('base64');
};

const fromBase64 = (text: string): Uint32Array => {
  const bytes = Buffer.from(text, 'base64');
  return Uint32Array.from({ length: bytes.length / 4 }, (_, i) => bytes.readUInt32LE(i * 4));
};

export const featuresToJson = (f: ArticleFeatures): FeaturesJson => ({
  terms: [...f.terms],
  mins: toBase64(f.signature.mins),
  bottom: toBase64(f.signature.bottom),
  sampleSize: f.signature.sampleSize,
  span: f.span,
});

export const featuresFromJson = (json: FeaturesJson): ArticleFeatures => ({
  terms: new Map(json.terms),
  signature: { mins: fromBase64(json.mins), bottom: fromBase64(json.bottom), sampleSize: json.sampleSize },
  span: json.span,
});
