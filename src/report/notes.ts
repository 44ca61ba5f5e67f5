import type { ArticleId, ClaimNote, WordingDifference } from '../doc/index.js';

type Label = (id: ArticleId) => string;

const listing = (values: readonly { value: string; articleIds: readonly ArticleId[] }[], label: Label): string =>
  values.map((v) => `${v.value} (${[...new Set(v.articleIds.map(label))].join(', ')})`).join('; ');

/** One claim note in words: "4 outlets, 1 original source: …", "figures differ: …", "B copies A (counted once)". */
const noteText = (note: ClaimNote, label: Label): string => {
  switch (note.kind) {
    case 'copies':
      return note.families
        .map((f) => {
          const copied = f.copies.map(label);
          const head = f.original ? label(f.original) : 'one wire story';
          return `${copied.join(', ')} ${copied.length > 1 ? 'copy' : 'copies'} ${head} (counted once)`;
        })
        .join('; ');
    case 'primary-source':
      return `${note.outlets} outlets, 1 original source: ${note.source}${note.venue ? ` (${note.venue})` : ''}`;
    case 'figures-differ':
      return `figures differ: ${listing(note.values, label)}`;
    case 'dates-differ':
      return `dates differ: ${listing(note.values, label)}`;
    case 'negation':
      return `negated in ${label(note.negatedIn)}, affirmed in ${label(note.affirmedIn)}`;
    case 'speakers-differ':
      return `attributed to ${note.speakers.map((s) => `${s.name} (${label(s.articleId)})`).join(' and to ')}`;
  }
};

/** A claim's notes in words, joined; null when it has none. */
export const claimNoteText = (notes: readonly ClaimNote[], label: Label): string | null =>
  notes.length === 0 ? null : notes.map((n) => noteText(n, label)).join('; ');

/** One wording difference for readers: `"frontline" → "front line"`, `comma dropped after "forces"`. */
export const differenceText = (d: WordingDifference): string => {
  switch (d.kind) {
    case 'omits-start-or-end':
      return `shortened: omits "${d.words}"`;
    case 'adds-start-or-end':
      return `longer: adds "${d.words}"`;
    case 'omits':
    case 'adds':
      return `${d.kind} "${d.words}"`;
    case 'reworded':
      return `"${d.from}" → "${d.to}"`;
    case 'comma-dropped':
      return `comma dropped after "${d.after}"`;
    case 'comma-added':
      return `comma added after "${d.after}"`;
    case 'punctuation':
      return `"${d.from || ' '}" → "${d.to || ' '}" after "${d.after}"`;
  }
};
