/**
 * The state schools of each borough: eight primaries, four secondaries, a
 * special school and an alternative provision centre. Names are made up; URNs
 * are six-digit and DfE establishment numbers follow the usual ranges (2xxx
 * primary, 4xxx secondary, 7xxx special, 1xxx pupil referral units).
 */
import { LAMBETH, LEWISHAM } from '@joined-up/geography';
import type { SchoolRow } from './agency-records.js';
import { PLACES, positionInBorough } from './places.js';

export type Phase = 'primary' | 'secondary' | 'special' | 'alternative provision';

export interface School extends SchoolRow {
  phase: Phase;
  /** DfE establishment number: the middle of the UPNs the school issues. */
  establishment: string;
  /** Position (0–23) of the school's LSOA in its borough, for choosing a nearby school. */
  position: number;
}

/** DfE local authority numbers, the first three digits of a UPN. */
export const LA_NUMBERS: ReadonlyMap<string, string> = new Map([
  [LAMBETH, '208'],
  [LEWISHAM, '209'],
]);

const NAMES: Record<string, Record<Phase, readonly string[]>> = {
  [LAMBETH]: {
    primary: [
      'Effra Park Primary School', 'Loughborough Fields Primary School', 'Stockwell Green Primary School', 'Railton Road Primary School',
      'Windmill Hill Primary School', 'Tulse Hill Gardens Primary School', 'Streatham Vale Primary School', 'Oval Gardens Primary School',
    ],
    secondary: ['Lambeth Park Academy', 'Norwood Ridge School', 'Vauxhall Riverside Academy', 'Brixton Hill School'],
    special: ['Larkhall Rise School'],
    'alternative provision': ['Lambeth Learning Centre'],
  },
  [LEWISHAM]: {
    primary: [
      'Ladywell Fields Primary School', 'Hither Green Lane Primary School', 'Brockley Rise Primary School', 'Deptford Creek Primary School',
      'Catford Hill Primary School', 'Sydenham Wells Primary School', 'Blackheath Vale Primary School', 'Honor Oak Primary School',
    ],
    secondary: ['Ravensbourne Academy', 'Forest Hill Park School', 'New Cross Gate Academy', 'Lee Green School'],
    special: ['Perry Vale School'],
    'alternative provision': ['Lewisham Pathways Centre'],
  },
};

const ESTABLISHMENT_BASE: Record<Phase, number> = { primary: 2001, secondary: 4001, special: 7001, 'alternative provision': 1101 };
const PHASES: readonly Phase[] = ['primary', 'secondary', 'special', 'alternative provision'];

function buildSchools(): School[] {
  const schools: School[] = [];
  [LAMBETH, LEWISHAM].forEach((authority, b) => {
    const lsoasHere = PLACES.filter((place) => place.lsoa.parentCode === authority);
    let k = 0;
    for (const phase of PHASES) {
      NAMES[authority][phase].forEach((name, i) => {
        // Spread schools across the borough: every fifth LSOA, wrapping round.
        const lsoa = lsoasHere[(k * 5 + 2) % lsoasHere.length].lsoa;
        schools.push({
          urn: String(100600 + b * 100 + 11 * k + 3),
          name,
          phase,
          lsoa_code: lsoa.code,
          local_authority_code: authority,
          establishment: String(ESTABLISHMENT_BASE[phase] + i * 7),
          position: positionInBorough(lsoa.code),
        });
        k++;
      });
    }
  });
  return schools;
}

export const SCHOOLS: readonly School[] = buildSchools();

const byAuthorityAndPhase = new Map<string, School[]>();
for (const school of SCHOOLS) {
  const key = `${school.local_authority_code} ${school.phase}`;
  byAuthorityAndPhase.set(key, [...(byAuthorityAndPhase.get(key) ?? []), school]);
}

export function schoolsOf(authority: string, phase: Phase): readonly School[] {
  return byAuthorityAndPhase.get(`${authority} ${phase}`) ?? [];
}

const establishmentsByAuthority = new Map<string, string[]>();
for (const school of SCHOOLS) {
  establishmentsByAuthority.set(school.local_authority_code, [...(establishmentsByAuthority.get(school.local_authority_code) ?? []), school.establishment]);
}

/** Establishment numbers of a borough's schools: the places its UPNs can be issued. */
export function establishmentsOf(authority: string): readonly string[] {
  return establishmentsByAuthority.get(authority) ?? [];
}

/** As the census lists schools: just the columns of the schools table. */
export function schoolRows(): SchoolRow[] {
  return SCHOOLS.map(({ urn, name, phase, lsoa_code, local_authority_code }) => ({ urn, name, phase, lsoa_code, local_authority_code }));
}
