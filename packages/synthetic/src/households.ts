/**
 * The true population: households of related (or sharing) people at real-looking
 * addresses in Lambeth and Lewisham, some of whom moved during the history.
 * Each household is drawn from its own stream (seed, household index), so the
 * first thousand households are the same whatever the population size. Who is
 * in a household, and what they are called, is drafted in `household-members.ts`.
 */
import { residentialAuthorities } from '@joined-up/geography';
import type { AgencyId } from './agency-records.js';
import { daysFromCivil, civilFromDays, HISTORY_START, isoDate, toDay } from './dates.js';
import { draftHousehold, givenNameFor, type HouseholdKind, type MemberRole } from './household-members.js';
import { DwellingRegister, pickPlace, placesIn, PLACES, type Dwelling } from './places.js';
import { randomFor, type Random } from './prng.js';
import type { AddressPeriod, TruePerson } from './true-person.js';

export type Tenure = 'owner occupied' | 'private rented' | 'council' | 'housing association';

export interface Household {
  index: number;
  id: string;
  kind: HouseholdKind;
  /** Person indices, head first, children last. */
  members: number[];
  tenure: Tenure;
  /** Applied to the council as homeless during the history. */
  homeless: boolean;
  current: Dwelling;
  currentPlace: number;
  /** Day the household moved in. */
  currentSince: number;
  /** Where the household lived before a move during the history. */
  previous: Dwelling | null;
  previousSince: number | null;
}

export interface Resident {
  index: number;
  household: number;
  role: MemberRole;
  birthDay: number;
  person: TruePerson;
  /** Birth name of a woman who took her partner's name. */
  previousFamilyName: string | null;
  /** The one agency that still has the birth name, if any (set once membership is known). */
  previousNameAgency: AgencyId | null;
}

export interface Community {
  households: Household[];
  residents: Resident[];
}

/** Share of each kind of household renting from the council or a housing association, before deprivation. */
const SOCIAL_RENT: Record<HouseholdKind, number> = {
  'single adult': 0.32,
  couple: 0.18,
  'couple with children': 0.3,
  'lone parent': 0.62,
  'multi-generation': 0.4,
  sharers: 0.06,
  'parents with grown-up children': 0.4,
};

/** Moves during the history other than those that follow a homelessness application. */
const MOVE_RATE = 0.13;

function chooseTenure(rng: Random, kind: HouseholdKind, deprivation: number, headAge: number): Tenure {
  if (rng.chance(SOCIAL_RENT[kind] * (0.45 + deprivation) * 0.9)) {
    return rng.chance(0.55) ? 'council' : 'housing association';
  }
  const privateShare = kind === 'sharers' ? 0.9 : headAge < 35 ? 0.7 : 0.35;
  return rng.chance(privateShare) ? 'private rented' : 'owner occupied';
}

function homelessChance(kind: HouseholdKind, tenure: Tenure): number {
  const base = tenure === 'private rented' ? 0.06 : tenure === 'owner occupied' ? 0.005 : 0.015;
  return base * (kind === 'lone parent' ? 1.8 : kind === 'single adult' ? 1.3 : 1);
}

/** A birth date that makes someone exactly `age` on the day given. */
function birthDayFor(rng: Random, age: number, asOfDay: number): number {
  const [year, month, day] = civilFromDays(asOfDay);
  // Born on or up to 364 days before the as-of day's anniversary `age` years back.
  return daysFromCivil(year - age, month, month === 2 && day === 29 ? 28 : day) - rng.int(365);
}

function personId(index: number): string {
  return `P${String(index + 1).padStart(7, '0')}`;
}

function householdId(index: number): string {
  return `H${String(index + 1).padStart(7, '0')}`;
}

/** Written out field by field: object spread is ten times slower here, and this runs a million times. */
function period(dwelling: Dwelling, from: number, to: number | null): AddressPeriod {
  return {
    address_line: dwelling.address_line,
    postcode: dwelling.postcode,
    lsoa_code: dwelling.lsoa_code,
    local_authority_code: dwelling.local_authority_code,
    from: isoDate(from),
    to: to === null ? null : isoDate(to),
  };
}

function addressHistory(household: Household, birthDay: number): AddressPeriod[] {
  const periods: AddressPeriod[] = [];
  if (household.previous && household.previousSince !== null && birthDay < household.currentSince) {
    periods.push(period(household.previous, Math.max(household.previousSince, birthDay), household.currentSince));
  }
  periods.push(period(household.current, Math.max(household.currentSince, birthDay), null));
  return periods;
}

/** Households and their members until the population reaches `size` people. */
export function buildCommunity(seed: number, size: number, asOf: string): Community {
  const asOfDay = toDay(asOf);
  const historyStart = toDay(HISTORY_START);
  const register = new DwellingRegister();
  const households: Household[] = [];
  const residents: Resident[] = [];

  for (let h = 0; residents.length < size; h++) {
    const rng = randomFor(seed, h, 'household');
    const { kind, members } = draftHousehold(rng);
    const drafts = members.slice(0, size - residents.length);
    const currentPlace = pickPlace(rng);
    const tenure = chooseTenure(rng, kind, PLACES[currentPlace].deprivation, drafts[0].age);
    const homeless = rng.chance(homelessChance(kind, tenure));
    // Homelessness usually ends in a move; the move is what the application was about.
    const moved = rng.chance(MOVE_RATE) || (homeless && rng.chance(0.5));
    let youngestAdult = drafts[0].age;
    for (const draft of drafts) if (draft.age >= 18 && draft.age < youngestAdult) youngestAdult = draft.age;
    const settledSince = asOfDay - rng.int(365 * Math.max(1, Math.min(25, youngestAdult - 17)));
    // Moves after homelessness follow the rising number of applications: later moves are likelier.
    const span = Math.max(1, asOfDay - historyStart - 67);
    const when = homeless && rng.chance(0.5) ? Math.max(rng.float(), rng.float()) : rng.float();
    const moveDay = historyStart + 60 + Math.floor(when * span);

    let previousPlace: number | null = null;
    if (moved) {
      // Most moves are within the borough; the rest come from the other one.
      const borough = PLACES[currentPlace].lsoa.parentCode;
      const other = residentialAuthorities.find((authority) => authority.code !== borough)?.code ?? borough;
      previousPlace = rng.pick(placesIn(rng.chance(0.75) ? borough : other));
    }
    const household: Household = {
      index: h,
      id: householdId(h),
      kind,
      members: [],
      tenure,
      homeless,
      current: register.allocate(rng, currentPlace),
      currentPlace,
      currentSince: moved ? moveDay : settledSince,
      previous: previousPlace === null ? null : register.allocate(rng, previousPlace),
      previousSince: moved ? moveDay - 365 - rng.int(365 * 12) : null,
    };
    households.push(household);

    for (const draft of drafts) {
      const index = residents.length;
      const birthDay = birthDayFor(rng, draft.age, asOfDay);
      household.members.push(index);
      residents.push({
        index,
        household: h,
        role: draft.role,
        birthDay,
        previousFamilyName: draft.previousFamilyName,
        previousNameAgency: null,
        person: {
          person_id: personId(index),
          given_name: givenNameFor(rng, draft),
          family_name: draft.familyName,
          date_of_birth: isoDate(birthDay),
          sex: draft.sex,
          household_id: household.id,
          addresses: addressHistory(household, birthDay),
          known_to: [],
          planted: false,
        },
      });
    }
  }
  return { households, residents };
}
