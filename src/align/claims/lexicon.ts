/** Weekday and month names: dates, not content and not speakers. */
export const CALENDAR =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Words of a role written before a name ("Secretary of State Antony Blinken"); the name proper starts after them. */
export const TITLES =
  /^(?:secretary|minister|president|prime|state|defense|defence|foreign|general|gen\.|senator|sen\.|rep\.|governor|gov\.|mayor|chief|spokesman|spokeswoman|spokesperson|ambassador|director|commander|chairman|chairwoman|mr\.?|mrs\.?|ms\.?|dr\.?|us|u\.s\.|uk|un)$/i;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';

/** A date written out with its month and day ("March 3", "3 March", "2031-03-03"), not "Friday" or "yesterday". */
export const WRITTEN_DATE = new RegExp(
  `\\b${MONTH}\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${MONTH}|\\b\\d{4}-\\d{2}-\\d{2}\\b`,
  'i',
);
