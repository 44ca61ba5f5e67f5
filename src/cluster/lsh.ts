import { mix32 } from './hash.js';
import type { MinHashSignature } from './minhash.js';

/** LSH banding: items whose min-wise values agree on every row of some band share a bucket. */
export class LshIndex<T> {
  private readonly buckets = new Map<string, T[]>();

  constructor(
    private readonly bands: number,
    private readonly rows: number,
  ) {}

  private keys(signature: MinHashSignature): string[] {
    const keys: string[] = [];
    for (let b = 0; b < this.bands; b++) {
      let h = b;
      for (let r = 0; r < this.rows; r++) h = mix32(h ^ (signature.mins[b * this.rows + r] ?? 0)) + r;
      keys.push(`${b}:${h >>> 0}`);
    }
    return keys;
  }

  /** Items already indexed that share at least one band with `signature`, in insertion order. */
  candidates(signature: MinHashSignature): T[] {
    const found = new Set<T>();
    for (const key of this.keys(signature)) for (const item of this.buckets.get(key) ?? []) found.add(item);
    return [...found];
  }

  add(item: T, signature: MinHashSignature): void {
    for (const key of this.keys(signature)) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(item);
      else this.buckets.set(key, [item]);
    }
  }
}
