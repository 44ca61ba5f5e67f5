export { nonPublicKind } from './address.js';
export { readCappedBody } from './body.js';
export { formatOfResponse, headerCharset } from './content-type.js';
export type { Lookup } from './destination.js';
export { checkDestination, systemLookup } from './destination.js';
export { describeFetchFailure, errorCode } from './failure.js';
export type { FetchedDocument, FetchOptions } from './fetch-url.js';
export { DEFAULT_TIMEOUT_MS, fetchUrl, MAX_REDIRECTS, urlFetcher } from './fetch-url.js';
