import type { Token } from '../../doc/index.js';

const DATELINE =
  /^[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+)*(?:,\s*[A-Z][\p{L}.'’]*(?:\s+[A-Z][\p{L}.'’]*)*)?(?:\s*\([A-Za-z. ]+\))?\s*(?:--|–|—|-)\s+/u;
const FURNITURE =
  /^(?:transcript provided by|copyright\b|©|all rights reserved|sign up\b|subscribe\b|click here|read more\b|related:|advertisement\b|follow (?:us|him|her|them)\b|(?:additional )?reporting by\b|editing by\b|written by\b|this (?:story|article|report) (?:was|has been)\b|get (?:the|our) [\w ]*(?:newsletter|updates)|download (?:the|our) app)/i;
const FURNITURE_ANYWHERE =
  /contributed (?:to )?this report|delivered to your inbox|for our newsletter|newsletter sign-?up/i;
const WEB_ADDRESS = /^\s*(?:https?:|www\.)/i;
const VERBAL = new Set(['VERB', 'AUX']);

/** Characters taken by a dateline ("WASHINGTON – ", "KYIV, Ukraine -- ") at the start of `text`. */
export const datelineLength = (text: string): number => DATELINE.exec(text)?.[0].length ?? 0;

const words = (tokens: readonly Token[]): Token[] => tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM');

/**
 * Text that carries no claim: sign-offs and credits, newsletter prompts, bylines, web addresses, questions used as
 * section headers, and short verbless lines (bylines, section labels, "Michele Kelemen, NPR news, Washington.").
 */
export const isBoilerplate = (text: string, tokens: readonly Token[]): boolean => {
  const trimmed = text.trim();
  const w = words(tokens);
  if (w.length < 4 || WEB_ADDRESS.test(trimmed)) return true;
  if (/\?[”"’']?$/.test(trimmed)) return true;
  if (FURNITURE.test(trimmed) || FURNITURE_ANYWHERE.test(trimmed)) return true;
  return w.length <= 10 && !w.some((t) => VERBAL.has(t.pos));
};
