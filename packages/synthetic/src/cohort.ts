/**
 * The planted cohort: the report's "120 young people known to all agencies" in
 * Lambeth. Chosen among 10–17 year olds living in Lambeth, weighted the way
 * such cohorts are in practice (more boys, more from poorer streets and social
 * or insecure housing), by weighted sampling without replacement. They must
 * have turned 10 at least three months before the as-of day: younger than
 * that, nobody can yet have offended, been cautioned and started an intervention.
 */
import { LAMBETH } from '@joined-up/geography';
import { ageInYears } from './dates.js';
import type { Community } from './households.js';
import { PLACES } from './places.js';
import { randomFor } from './prng.js';

/** 120 in a population of 10 000, as in the report. */
export const COHORT_SHARE = 0.012;
export const COHORT_MIN_AGE = 10;
export const COHORT_MAX_AGE = 17;
const SETTLING_DAYS = 91;

/** Person indices of the cohort, ascending. Smaller if too few young people live in Lambeth. */
export function selectCohort(seed: number, community: Community, asOfDay: number): number[] {
  const wanted = Math.round(community.residents.length * COHORT_SHARE);
  const candidates: { index: number; key: number }[] = [];
  for (const resident of community.residents) {
    if (ageInYears(resident.birthDay, asOfDay - SETTLING_DAYS) < COHORT_MIN_AGE) continue;
    if (ageInYears(resident.birthDay, asOfDay) > COHORT_MAX_AGE) continue;
    const household = community.households[resident.household];
    const place = PLACES[household.currentPlace];
    if (place.lsoa.parentCode !== LAMBETH) continue;
    const insecure = household.homeless || household.tenure === 'council' || household.tenure === 'housing association';
    // Older teenagers far outnumber ten-year-olds in such cohorts (and were already
    // offending when the history starts, so the cohort does not swamp the falling trend).
    const age = ageInYears(resident.birthDay, asOfDay);
    const weight = (age - COHORT_MIN_AGE + 1) ** 2 * (resident.person.sex === 'M' ? 2.5 : 1) * (insecure ? 1.5 : 1) * (0.5 + place.deprivation);
    // Efraimidis–Spirakis: the largest log(u)/w are a weighted sample without replacement.
    const u = 1 - randomFor(seed, resident.index, 'cohort').float();
    candidates.push({ index: resident.index, key: Math.log(u) / weight });
  }
  candidates.sort((a, b) => b.key - a.key || a.index - b.index);
  return candidates
    .slice(0, wanted)
    .map((candidate) => candidate.index)
    .sort((a, b) => a - b);
}
