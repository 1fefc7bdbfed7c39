/**
 * A deterministic synthetic population of Lambeth and Lewisham, seen by health,
 * police, education, housing and voluntary agencies each under its own
 * identifiers and with its own errors, with the ground truth kept for tests.
 */
export * from './agency-records.js';
export { ageOn } from './dates.js';
export { isValidNhsNumber, isValidUpn, nhsNumberCheckDigit, upnCheckLetter } from './identifiers.js';
export type { PopulationOptions } from './population-options.js';
export { generatePopulation, type Population } from './population.js';
export type { AddressPeriod, TruePerson, TruthLink } from './true-person.js';
