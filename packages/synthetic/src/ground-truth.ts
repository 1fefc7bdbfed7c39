/**
 * Everything true about the population before any agency writes it down: the
 * people and households, the planted cohort, and which agencies know whom.
 * Agencies read this and add only their own view.
 */
import { AGENCY_IDS, type AgencyId } from './agency-records.js';
import { selectCohort } from './cohort.js';
import { toDay } from './dates.js';
import { buildCommunity, type Household, type Resident } from './households.js';
import { countRecords, knownToHousing, type RecordCounts } from './membership.js';
import type { PopulationOptions } from './population-options.js';
import { randomFor } from './prng.js';

export interface GroundTruth {
  options: Required<PopulationOptions>;
  asOfDay: number;
  households: Household[];
  residents: Resident[];
  /** Person indices of the planted cohort, ascending. */
  cohort: number[];
  /** 1 for members of the planted cohort, by person index. */
  planted: Uint8Array;
  counts: RecordCounts;
}

/** Share of women with a birth name on file whose name one agency never updated. */
const STALE_NAME_RATE = 0.75;

export function buildGroundTruth(options: Required<PopulationOptions>): GroundTruth {
  const asOfDay = toDay(options.asOf);
  const community = buildCommunity(options.seed, options.size, options.asOf);
  const cohort = selectCohort(options.seed, community, asOfDay);
  const planted = new Uint8Array(community.residents.length);
  for (const index of cohort) {
    planted[index] = 1;
    community.residents[index].person.planted = true;
    // Every planted young person's household is on the housing service's books: an
    // application if they are not already council or housing association tenants.
    const household = community.households[community.residents[index].household];
    if (!knownToHousing(household)) household.homeless = true;
  }
  const counts = countRecords(options.seed, community, asOfDay, planted);

  for (const resident of community.residents) {
    const known: AgencyId[] = AGENCY_IDS.filter((agency) => counts[agency][resident.index] > 0);
    resident.person.known_to = known;
    if (resident.previousFamilyName && known.length > 0) {
      const rng = randomFor(options.seed, resident.index, 'previous name');
      if (rng.chance(STALE_NAME_RATE)) resident.previousNameAgency = rng.pick(known);
    }
  }
  return { options, asOfDay, households: community.households, residents: community.residents, cohort, planted, counts };
}
