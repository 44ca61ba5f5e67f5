/** How far into a document to look for its declared encoding; declarations sit in the first few hundred bytes. */
const PRESCAN_BYTES = 4096;

/** WHATWG reads these labels as windows-1252, and servers often give them to UTF-8 pages by default. */
const WESTERN = new Set([
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'l1',
  'us-ascii',
  'ascii',
  'windows-1252',
  'cp1252',
  'x-cp1252',
]);

export const isWesternLabel = (label: string): boolean => WESTERN.has(label);

export const isUtf8Label = (label: string): boolean => label === 'utf-8' || label === 'utf8';

/** The charset a document names itself: <meta charset>, <meta http-equiv content="…; charset=…">, <?xml encoding>. */
export const declaredCharset = (bytes: Uint8Array): string | null => {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const declared =
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
  const label = declared?.toLowerCase() ?? null;
  // A page whose bytes were readable as ASCII to find this is not UTF-16, whatever it says (as the HTML standard has it).
  return label?.startsWith('utf-16') ? 'utf-8' : label;
};

/** Valid multi-byte UTF-8 sequences and bytes fitting none: the larger tells damaged UTF-8 from a single-byte text. */
export const utf8Evidence = (bytes: Uint8Array): { sequences: number; invalid: number } => {
  let sequences = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0;
    for (let k = 1; ok && k < length; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (!ok) invalid++;
    else if (length > 1) sequences++;
    i += ok ? length : 1;
  }
  return { sequences, invalid };
};
