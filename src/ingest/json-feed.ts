import { z } from 'zod';
import type { ArticleDraft } from './draft.js';
import { htmlToText } from './html-text.js';
import { normalizePublished } from './published.js';

const VERSION = 'https://jsonfeed.org/version/';

const feedObject = z.object({
  version: z.string().startsWith(VERSION),
  title: z.string().nullish(),
  items: z.array(z.unknown()),
});

const text = z.string().nullish().catch(null);

const itemObject = z.object({
  url: text,
  external_url: text,
  title: text,
  content_text: text,
  content_html: text,
  summary: text,
  date_published: text,
});

const webUrl = (s: string | null | undefined): string | null => (s && /^https?:\/\//i.test(s) ? s : null);

/** JSON Feed (version 1 or 1.1) items as drafts, text possibly empty; null when the value is not a JSON Feed. */
export const readJsonFeedItems = (value: unknown): ArticleDraft[] | null => {
  const feed = feedObject.safeParse(value);
  if (!feed.success) return null;
  const outlet = feed.data.title?.trim() || null;
  return feed.data.items.map((raw) => {
    const item = itemObject.safeParse(raw).data ?? {};
    const body = item.content_text ?? (item.content_html ? htmlToText(item.content_html) : (item.summary ?? ''));
    return {
      title: item.title?.replace(/\s+/g, ' ').trim() || null,
      published: normalizePublished(item.date_published),
      url: webUrl(item.url) ?? webUrl(item.external_url),
      outlet,
      text: body.trim(),
    };
  });
};
