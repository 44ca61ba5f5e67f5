import type { ReportNumber } from './contract.js';

const SCALES: readonly [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];
const CURRENCY_SIGNS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

/** 22000000000 → "22 billion", 1200 → "1,200": how a reader writes a figure. */
export const plainNumber = (value: number): string => {
  for (const [scale, word] of SCALES) {
    if (Math.abs(value) >= scale && Number.isInteger((value / scale) * 100)) return `${value / scale} ${word}`;
  }
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
};

/** A figure with its unit and rate: "$22 billion", "86 minutes", "3,000–5,000", "1,200 per day", "12%". */
export const quantityText = (n: Pick<ReportNumber, 'value' | 'low' | 'high' | 'unit' | 'rate'>): string => {
  const core =
    n.low !== null && n.high !== null ? `${plainNumber(n.low)}–${plainNumber(n.high)}` : plainNumber(n.value);
  const sign = n.unit ? CURRENCY_SIGNS[n.unit] : undefined;
  const withUnit = sign ? `${sign}${core}` : n.unit === '%' ? `${core}%` : n.unit ? `${core} ${n.unit}` : core;
  return n.rate ? `${withUnit} ${n.rate}` : withUnit;
};
