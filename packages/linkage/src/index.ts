export { type LinkageSourceRecord, type LinkageToken } from './linkage-record.js';
export { normaliseName, normalisePostcode } from './normalise.js';
export { encodeExact } from './exact-key.js';
