const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text from articles becomes text, never markup: safe in element content and in quoted attribute values. */
export const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/** A figure as readers write it: 8,000 rather than 8000. */
export const figure = (value: number): string => value.toLocaleString('en-US');

/** An element only when it has content; empty sections are left out. */
export const section = (id: string, title: string, body: string): string =>
  body === '' ? '' : `<section id="${esc(id)}"><h2>${esc(title)}</h2>${body}</section>`;

export const list = (items: readonly string[], tag: 'ul' | 'ol' = 'ul'): string =>
  items.length === 0 ? '' : `<${tag}>${items.map((i) => `<li>${i}</li>`).join('')}</${tag}>`;
