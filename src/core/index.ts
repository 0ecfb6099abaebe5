/** Readcite's environment-free core: give it a Document and a URL, get plain data back. */
export { extractArticle } from './extract.js';
export type { ExtractOptions } from './extract.js';
export { readPageMeta } from './metadata.js';
export { splitCredit } from './figures.js';
export type * from './types.js';
export { formatLongDate, dateParts } from './dates.js';
export { detectLicence } from './licence.js';
export type { LicenceResult, LicenceEvidence } from './licence.js';
export type { Licence } from './licence-registry.js';
export { readingMinutes, readingRate } from './reading-time.js';
