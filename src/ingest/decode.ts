import iconv from 'iconv-lite';
import { declaredCharset, isUtf8Label, isWesternLabel, utf8Evidence } from './charset.js';
import { InputError, type InputNote } from './errors.js';

export interface Decoded {
  readonly text: string;
  readonly encoding: string;
  readonly notes: readonly InputNote[];
}

/** Share of control bytes (NULs included) above which a file is binary, not text with a few stray bytes. */
const BINARY_CONTROL_RATIO = 0.02;

const looksBinary = (bytes: Uint8Array): boolean => {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) control++;
  return control / Math.max(1, sample.length) > BINARY_CONTROL_RATIO;
};

const withoutNuls = (bytes: Uint8Array): { bytes: Uint8Array; removed: number } => {
  if (!bytes.includes(0)) return { bytes, removed: 0 };
  const kept = bytes.filter((b) => b !== 0);
  return { bytes: kept, removed: bytes.length - kept.length };
};

const plural = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;

const utf8 = (bytes: Uint8Array): Decoded => ({
  text: new TextDecoder('utf-8').decode(bytes),
  encoding: 'utf-8',
  notes: [],
});

/** UTF-8 with each invalid byte replaced by U+FFFD, counted for the warning. */
const lenientUtf8 = (bytes: Uint8Array, why: string): Decoded => {
  const { invalid } = utf8Evidence(bytes);
  const notes: InputNote[] =
    invalid > 0 ? [{ code: 'bad-encoding', reason: `${plural(invalid, 'invalid UTF-8 byte')} replaced (${why})` }] : [];
  return { ...utf8(bytes), notes };
};

const windows1252 = (bytes: Uint8Array): Decoded =>
  // Node's own decoder treats windows-1252 as latin-1 and loses curly quotes and dashes.
  ({ text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252', notes: [] });

/** Without a usable declaration: UTF-8 when its sequences outnumber stray bytes, else windows-1252. */
const detect = (bytes: Uint8Array): Decoded => {
  const { sequences, invalid } = utf8Evidence(bytes);
  if (invalid === 0) return utf8(bytes);
  if (sequences > invalid) return lenientUtf8(bytes, 'the text is otherwise UTF-8');
  return windows1252(bytes);
};

const byLabel = (bytes: Uint8Array, label: string): Decoded => {
  if (isUtf8Label(label)) return lenientUtf8(bytes, 'the input declares UTF-8');
  if (isWesternLabel(label)) return utf8Evidence(bytes).invalid === 0 ? utf8(bytes) : windows1252(bytes);
  if (iconv.encodingExists(label)) return { text: iconv.decode(Buffer.from(bytes), label), encoding: label, notes: [] };
  const guessed = detect(bytes);
  const note: InputNote = { code: 'bad-encoding', reason: `unknown charset "${label}"; read as ${guessed.encoding}` };
  return { ...guessed, notes: [note, ...guessed.notes] };
};

/**
 * Bytes to text: a byte-order mark first, then the charset the transport or the document declares, then detection.
 * Invalid bytes are replaced, not a reason to misread the whole text; a few NUL bytes are removed with a warning,
 * and only a text made largely of control bytes is refused as binary.
 */
export const decodeText = (input: string, bytes: Uint8Array, charset: string | null = null): Decoded => {
  if (bytes.length === 0) throw new InputError(input, 'empty file', 'empty');
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', notes: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', notes: [] };
  if (looksBinary(bytes)) throw new InputError(input, 'binary content, not text', 'binary');
  const { bytes: clean, removed } = withoutNuls(bytes);
  const nulNote: InputNote[] =
    removed > 0 ? [{ code: 'bad-encoding', reason: `${plural(removed, 'NUL byte')} removed` }] : [];
  if (clean[0] === 0xef && clean[1] === 0xbb && clean[2] === 0xbf) {
    const decoded = lenientUtf8(clean.subarray(3), 'the input starts with a UTF-8 byte-order mark');
    return { ...decoded, notes: [...nulNote, ...decoded.notes] };
  }
  const label = charset?.toLowerCase() ?? declaredCharset(clean);
  const decoded = label ? byLabel(clean, label) : detect(clean);
  return { ...decoded, notes: [...nulNote, ...decoded.notes] };
};

/** Line endings to \n and stray control characters out, so offsets are stable across platforms. */
export const normalizeText = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '')
    .replace(/\u00a0/g, ' ');
