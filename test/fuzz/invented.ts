import type { Rng } from './prng.js';

/** An invented article with a made-up place name (the marker) that must reach the report when the article is good. */
export interface Invented {
  readonly marker: string;
  readonly title: string;
  readonly text: string;
  readonly published: string;
}

const HEADS = ['Brin', 'Quell', 'Marr', 'Tovel', 'Caddis', 'Fenw', 'Olvar', 'Pemb', 'Skarl', 'Wendle'];
const TAILS = ['wick', 'mouth', 'ford', 'haven', 'stead', 'moor', 'bury', 'holm'];
const PEOPLE = ['Ilsa Varnholt', 'Teodor Quimby', 'Maren Ostwick', 'Jory Calloway', 'Perpetua Dunmore'];
const OUTLETS = ['The Fenwick Ledger', 'Quillon Evening Post', 'Harrowgate Courier', 'The Saltmere Bell'];
const THINGS = ['ferry piers', 'reading rooms', 'tidal pumps', 'bus shelters', 'orchard plots', 'bell towers'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** Letters only, so the marker survives tokenising and JSON escaping unchanged. */
const letters = (n: number): string => {
  let out = '';
  let rest = n;
  do {
    out += String.fromCharCode(97 + (rest % 26));
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return out;
};

/** `serial` makes each marker (and so each article's content hash) unique within a corpus. */
export const inventArticle = (rng: Rng, serial: number): Invented => {
  const marker = `${rng.pick(HEADS)}${letters(serial)}${rng.pick(TAILS)}`;
  const person = rng.pick(PEOPLE);
  const count = rng.int(3, 90);
  const things = rng.pick(THINGS);
  const day = rng.pick(DAYS);
  const title = `${marker} council opens ${count} new ${things}`;
  const text = [
    `The invented town of ${marker} opened ${count} new ${things} on ${day}, council leader ${person} said.`,
    `About ${count * 12} residents attended the opening, according to ${rng.pick(OUTLETS)}.`,
    `"We waited a long time for this," ${person} told reporters outside the town hall.`,
    `The work in ${marker} cost ${rng.int(2, 40)} million crowns and took ${rng.int(2, 30)} months.`,
  ].join(' ');
  const published = `20${rng.int(10, 25)}-0${rng.int(1, 9)}-${rng.int(10, 28)}`;
  return { marker, title, text, published };
};
