import iconv from 'iconv-lite';
import { InputError } from './errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Share of control bytes above which a file is binary, not text in an unusual encoding. */
const BINARY_CONTROL_RATIO = 0.02;

const looksBinary = (bytes: Uint8Array): boolean => {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) control++;
  }
  return control / Math.max(1, sample.length) > BINARY_CONTROL_RATIO;
};

/**
 * Bytes to text: UTF-8 (with or without BOM, UTF-16 with BOM) when valid, else windows-1252, which every byte
 * sequence decodes under, so old Western-European files are read rather than rejected.
 */
export const decodeText = (input: string, bytes: Uint8Array): { text: string; encoding: string } => {
  if (bytes.length === 0) throw new InputError(input, 'empty file');
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(bytes)) throw new InputError(input, 'binary content, not text');
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8.decode(body), encoding: 'utf-8' };
  } catch {
    // Node's own decoder treats windows-1252 as latin-1 and loses curly quotes and dashes.
    return { text: iconv.decode(Buffer.from(body), 'windows-1252'), encoding: 'windows-1252' };
  }
};

/** Line endings to \n and stray control characters out, so offsets are stable across platforms. */
export const normalizeText = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '')
    .replace(/\u00a0/g, ' ');
