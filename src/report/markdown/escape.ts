const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Text from articles and feeds shown in Markdown must not become markup: Markdown syntax (links, emphasis, code,
 * tables, headings, strikethrough) is backslash-escaped, HTML's own characters become entities, which every
 * Markdown renderer shows as text, and control characters are replaced.
 */
export const md = (text: string): string =>
  text
    .replace(/[&<>]/g, (c) => HTML_ENTITIES[c] ?? c)
    .replace(/([\\`*_[\]|#~])/g, '\\$1')
    .replace(/\s+/g, ' ')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters (a file name's escape codes) would act on a terminal
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
