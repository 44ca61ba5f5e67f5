export { extractQuantities } from './extract.js';
export { isVagueText, wordSet } from './lexicon.js';
