/** Comments, a BOM and whitespace that may precede a document's first element. */
const PROLOGUE = /^(?:\uFEFF|\s+|<!--[\s\S]*?-->)*/;

/**
 * HTML or a feed, told from the first markup: a doctype or <html> is a page; an XML declaration or an <rss>, <feed> or
 * <rdf:RDF> root is a feed (XML that is neither is read as a feed too, so it is refused with its root named); null
 * when the text does not start with markup.
 */
export const sniffMarkup = (text: string): 'html' | 'feed' | null => {
  const head = text.slice(0, 4096).replace(PROLOGUE, '');
  if (/^<!doctype\s+html|^<html[\s>]/i.test(head)) return 'html';
  if (/^<(?:rss|feed|rdf:RDF)[\s>]/.test(head)) return 'feed';
  if (!/^<\?xml[\s?]/i.test(head)) return null;
  const afterDeclaration = head.replace(/^<\?xml[\s\S]*?\?>/i, '').replace(PROLOGUE, '');
  return /^(?:<!doctype\s+html|<html[\s>])/i.test(afterDeclaration) ? 'html' : 'feed';
};
