import { wordSet } from './lexicon.js';

/** Currency marks written before a figure, mapped to ISO codes. */
export const CURRENCY_PREFIXES: Readonly<Record<string, string>> = {
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  a$: 'AUD',
  au$: 'AUD',
  c$: 'CAD',
  ca$: 'CAD',
  hk$: 'HKD',
  nz$: 'NZD',
  s$: 'SGD',
  '€': 'EUR',
  eur: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  rs: 'INR',
  'rs.': 'INR',
  '₩': 'KRW',
  '₽': 'RUB',
  '₴': 'UAH',
};

/** Currency names written after a figure ("5 million euros"). */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rupee: 'INR',
  rupees: 'INR',
  ruble: 'RUB',
  rubles: 'RUB',
  rouble: 'RUB',
  roubles: 'RUB',
  hryvnia: 'UAH',
  hryvnias: 'UAH',
  pesos: 'MXN',
  francs: 'CHF',
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
};

/** Time units, by every spelling, mapped to the plural the report shows. */
export const TIME_UNITS: Readonly<Record<string, string>> = {
  second: 'seconds',
  seconds: 'seconds',
  sec: 'seconds',
  secs: 'seconds',
  minute: 'minutes',
  minutes: 'minutes',
  min: 'minutes',
  mins: 'minutes',
  hour: 'hours',
  hours: 'hours',
  hr: 'hours',
  hrs: 'hours',
  day: 'days',
  days: 'days',
  week: 'weeks',
  weeks: 'weeks',
  month: 'months',
  months: 'months',
  year: 'years',
  years: 'years',
  decade: 'decades',
  decades: 'decades',
  century: 'centuries',
  centuries: 'centuries',
};

/** Units of measure, mapped to the form the report shows. */
export const MEASURE_UNITS: Readonly<Record<string, string>> = {
  km: 'km',
  kilometer: 'km',
  kilometers: 'km',
  kilometre: 'km',
  kilometres: 'km',
  mile: 'miles',
  miles: 'miles',
  meter: 'metres',
  meters: 'metres',
  metre: 'metres',
  metres: 'metres',
  foot: 'feet',
  feet: 'feet',
  ft: 'feet',
  inch: 'inches',
  inches: 'inches',
  kg: 'kg',
  kilogram: 'kg',
  kilograms: 'kg',
  ton: 'tons',
  tons: 'tons',
  tonne: 'tonnes',
  tonnes: 'tonnes',
  acre: 'acres',
  acres: 'acres',
  hectare: 'hectares',
  hectares: 'hectares',
  degree: 'degrees',
  degrees: 'degrees',
  mph: 'mph',
  kph: 'km/h',
  magnitude: 'magnitude',
  gallon: 'gallons',
  gallons: 'gallons',
  litre: 'litres',
  litres: 'litres',
  liter: 'litres',
  liters: 'litres',
};

/** Words that turn a figure into a percentage. */
export const PERCENT_WORDS = new Set(['%', 'percent', 'pct']);

/** Nouns after "per", "a" or "each" that make a rate ("per day", "a year", "per capita"). */
export const RATE_NOUNS = wordSet('second minute hour day week month year capita person head share barrel');

/** Adverbs that make a rate on their own ("daily"). */
export const RATE_ADVERBS: Readonly<Record<string, string>> = {
  daily: 'per day',
  weekly: 'per week',
  monthly: 'per month',
  annually: 'per year',
  yearly: 'per year',
  hourly: 'per hour',
};
