import { z } from 'zod';
import type { ArticleDraft } from './draft.js';
import { InputError } from './errors.js';
import { readJsonFeedItems } from './json-feed.js';
import { droppedDate, normalizePublished } from './published.js';

/** The contract's article object; other fields are ignored. */
const articleObject = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  title: z.string().nullish(),
  published: z.string().nullish(),
  url: z.string().nullish(),
  outlet: z.string().nullish(),
  text: z.string(),
});

const toDraft = (value: unknown, where: string, input: string): ArticleDraft => {
  const parsed = articleObject.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'object';
    throw new InputError(input, `${where}: ${field}: ${issue?.message ?? 'not an article object'}`, 'bad-article');
  }
  const a = parsed.data;
  const published = normalizePublished(a.published);
  return {
    id: a.id === undefined ? undefined : String(a.id),
    title: a.title?.trim() || null,
    published,
    url: a.url ?? null,
    outlet: a.outlet?.trim() || null,
    text: a.text,
    notes: droppedDate(a.published, published),
  };
};

export interface JsonReadResult {
  readonly drafts: ArticleDraft[];
  /** Entries that were not article objects, each with its position and reason. */
  readonly rejected: InputError[];
}

const collect = (entries: { value: unknown; where: string }[], input: string): JsonReadResult => {
  const drafts: ArticleDraft[] = [];
  const rejected: InputError[] = [];
  for (const { value, where } of entries) {
    try {
      drafts.push(toDraft(value, where, input));
    } catch (error) {
      if (error instanceof InputError) rejected.push(error);
      else throw error;
    }
  }
  return { drafts, rejected };
};

/** The parsed value, or an InputError naming the input and the parser's complaint. */
export const parseJsonInput = (raw: string, input: string): unknown => {
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new InputError(input, `not valid JSON (${(error as Error).message})`, 'bad-json');
  }
};

/** `.json`: one article object, an array of them, or a JSON Feed. */
export const readJson = (raw: string, input: string): JsonReadResult => {
  const value = parseJsonInput(raw, input);
  const feed = readJsonFeedItems(value);
  if (feed)
    return collect(
      feed.map((draft, i) => ({ value: draft, where: `item ${i + 1}` })),
      input,
    );
  const list = Array.isArray(value) ? value : [value];
  return collect(
    list.map((v, i) => ({ value: v, where: Array.isArray(value) ? `item ${i}` : 'article' })),
    input,
  );
};

/** `.jsonl`: one article object per line; a bad line is reported and the others kept. */
export const readJsonLines = (raw: string, input: string): JsonReadResult => {
  const entries: { value: unknown; where: string }[] = [];
  const rejected: InputError[] = [];
  raw.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      entries.push({ value: JSON.parse(line), where: `line ${i + 1}` });
    } catch {
      rejected.push(new InputError(input, `line ${i + 1}: not valid JSON`, 'bad-json'));
    }
  });
  const result = collect(entries, input);
  return { drafts: result.drafts, rejected: [...rejected, ...result.rejected] };
};
