export { extractQuantities } from './extract.js';
export { isVagueText } from './lexicon.js';
