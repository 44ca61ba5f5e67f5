const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Text from articles and feeds shown in Markdown must not become markup: Markdown syntax (links, emphasis, code,
 * tables, headings, strikethrough) is backslash-escaped, and HTML's own characters become entities, which every
 * Markdown renderer shows as text, with or without backslash escapes.
 */
export const md = (text: string): string =>
  text
    .replace(/[&<>]/g, (c) => HTML_ENTITIES[c] ?? c)
    .replace(/([\\`*_[\]|#~])/g, '\\$1')
    .replace(/\s+/g, ' ');
