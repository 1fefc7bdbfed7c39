/**
 * The hard evaluation set: agency CSVs made by a generator of its own, apart
 * from the population the stack seeds with, with each kind of real-data
 * messiness switchable at its own rate and named on every record it touches.
 */
export { DEFAULT_COVERAGE, DEFAULT_NOISE_RATES, NOISE_KINDS, parseNoiseRates, type NoiseKind, type NoiseRates } from './noise-kinds.js';
export { writeHardSet, type HardSetOptions } from './write-hard-set.js';
