/** Text as the contract's checker compares a citation with its sentence: straight quotes, folded white space, lower case. */
export const groundingForm = (s: string): string =>
  s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
