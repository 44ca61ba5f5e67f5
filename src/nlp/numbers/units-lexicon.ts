/** Currencies, units and rates as the number reader looks them up, from `data/lexicon/units`. */
import { record, textMap, words } from '../../lexicon/index.js';

export const CURRENCY_PREFIXES = record(textMap('units/currency-prefixes'));
export const CURRENCY_WORDS = record(textMap('units/currency-words'));
export const TIME_UNITS = record(textMap('units/time-units'));
export const MEASURE_UNITS = record(textMap('units/measure-units'));
export const PERCENT_WORDS = words('units/percent-words');
export const RATE_NOUNS = words('units/rate-nouns');
export const RATE_ADVERBS = record(textMap('units/rate-adverbs'));
