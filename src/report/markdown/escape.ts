/** Article text shown in Markdown must not become markup (links, HTML, emphasis, tables). */
export const md = (text: string): string => text.replace(/([\\`*_[\]<>|#])/g, '\\$1').replace(/\s+/g, ' ');
