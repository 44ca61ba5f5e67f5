export { calendarWord, isCalendarWord, monthNumber, weekdayNumber } from './calendar.js';
export { alternation, record, union } from './compose.js';
export { HEDGES_AFTER, HEDGES_BEFORE } from './hedges.js';
export type { GazetteerName, NumberMapName, TextMapName, WordListName } from './lists.js';
export { EXCLUSIVE_KINDS, GAZETTEERS, NUMBER_MAPS, TEXT_MAPS, WORD_LISTS } from './lists.js';
export type { GazetteerRow } from './load.js';
export { gazetteer, numberMap, parseGazetteerLine, textMap, words } from './load.js';
export { LEXICON_DIR, listFiles, parseLines, readList } from './read.js';
