import iconv from 'iconv-lite';
import type { Draft, Entry, GenContext } from '../cases.js';

const WESTERN = ' The café “Blue Gull” served crème brûlée — €4 a dish — said the façade’s owner.';
const CENTRAL = ' Mieszkańcy Łódki i Żółwina przyszli na otwarcie — řekl starosta Šťastný.';

/** UTF-16 with and without BOM, windows-1252/1250 declared and not, bad bytes in UTF-8, UTF-32. */
export const oddEncoding = (ctx: GenContext): Draft => {
  const { rng } = ctx;
  const a = ctx.invent();
  const plain = `${a.title}\n${a.text}${WESTERN}`;
  const one = (kind: string, name: string, data: Buffer, good: string | null): Draft => {
    const entry: Entry = good ? { name, data, good } : { name, data };
    return { kind, entries: [entry] };
  };
  const html = (charset: string, body: string): Buffer =>
    iconv.encode(
      `<html><head><meta charset="${charset}"><title>${a.title}</title></head><body><p>${a.text}${body}</p></body></html>`,
      charset,
    );
  switch (rng.int(0, 10)) {
    case 0:
      return one(
        'utf16le-bom',
        'utf16.txt',
        Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(plain, 'utf16le')]),
        a.marker,
      );
    case 1:
      return one(
        'utf16be-bom',
        'utf16be.txt',
        Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(plain, 'utf16be')]),
        a.marker,
      );
    case 2:
      return one('utf16le-no-bom', 'nobom.txt', iconv.encode(plain, 'utf16le'), null);
    case 3:
      return one('windows-1252-undeclared', 'cp1252.txt', iconv.encode(plain, 'windows-1252'), a.marker);
    case 4:
      return one('windows-1252-declared-html', 'cp1252.html', html('windows-1252', WESTERN), a.marker);
    case 5:
      return one('windows-1250-declared-html', 'cp1250.html', html('windows-1250', CENTRAL), a.marker);
    case 6:
      return one(
        'windows-1250-undeclared',
        'cp1250.txt',
        iconv.encode(`${a.title}\n${a.text}${CENTRAL}`, 'windows-1250'),
        a.marker,
      );
    case 7: {
      const bad = [
        Buffer.from([0xc0, 0xaf]),
        Buffer.from([0xff]),
        Buffer.from([0x80, 0x80]),
        Buffer.from([0xed, 0xa0, 0x80]),
      ];
      const parts = [Buffer.from(`${a.title}\n${a.text}`), rng.pick(bad), Buffer.from(WESTERN)];
      return one('bad-bytes-in-utf8', 'badutf8.txt', Buffer.concat(parts), a.marker);
    }
    case 8: {
      const xml = `<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>Wire</title><item><title>${a.title}</title><description>${a.text}${WESTERN}</description></item></channel></rss>`;
      return one('windows-1252-declared-feed', 'cp1252.rss', iconv.encode(xml, 'windows-1252'), a.marker);
    }
    case 9:
      return one(
        'utf32le-bom',
        'utf32.txt',
        Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), iconv.encode(plain, 'utf32le')]),
        null,
      );
    default: {
      const halves = Buffer.concat([Buffer.from(plain.slice(0, 60)), iconv.encode(plain.slice(60), 'utf16le')]);
      return one('utf8-then-utf16', 'mixed.txt', halves, null);
    }
  }
};
