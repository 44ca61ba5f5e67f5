export { extractMentions } from './extract.js';
export type { GazetteerEntry, GazetteerKind } from './gazetteer/index.js';
export { demonymCountry, isSurnameFirst, lookupName } from './gazetteer/index.js';
export { normalizeKey } from './normalize.js';
export { nameParts, personKeys } from './person-keys.js';
