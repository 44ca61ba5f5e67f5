import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SHARED } from '../helpers/check-report.js';

/** Real reports read at run time from ../shared (never copied into the repo); empty lists when it is absent. */
export interface RealTexts {
  readonly plain: readonly Buffer[];
  readonly jsonLines: readonly string[];
  readonly html: readonly Buffer[];
}

const files = (dir: string, limit: number): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .sort()
        .slice(0, limit)
        .map((name) => join(dir, name))
    : [];

export const loadRealTexts = (): RealTexts => {
  const ecb = join(SHARED, 'data/ecbplus/articles.jsonl');
  return {
    plain: files(join(SHARED, 'seeds'), 10).map((path) => readFileSync(path)),
    jsonLines: existsSync(ecb) ? readFileSync(ecb, 'utf8').split('\n').filter(Boolean).slice(0, 40) : [],
    html: files(join(SHARED, 'data/article-extraction/html'), 12).map((path) => gunzipSync(readFileSync(path))),
  };
};
