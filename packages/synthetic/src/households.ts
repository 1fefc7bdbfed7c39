/**
 * The true population: households of related (or sharing) people at real-looking
 * addresses in Lambeth and Lewisham, some of whom moved during the history.
 * Each household is drawn from its own stream (seed, household index), so the
 * first thousand households are the same whatever the population size.
 */
import { residentialAuthorities } from '@joined-up/geography';
import type { AgencyId, Sex } from './agency-records.js';
import { daysFromCivil, civilFromDays, HISTORY_START, isoDate, toDay } from './dates.js';
import { givenNamesOf, NAME_GROUPS, type NameGroup } from './names.js';
import { DwellingRegister, pickPlace, placesIn, PLACES, type Dwelling } from './places.js';
import { randomFor, WeightedChoice, type Random } from './prng.js';
import type { AddressPeriod, TruePerson } from './true-person.js';

export type HouseholdKind =
  | 'single adult'
  | 'couple'
  | 'couple with children'
  | 'lone parent'
  | 'multi-generation'
  | 'sharers'
  | 'parents with grown-up children';

export type Tenure = 'owner occupied' | 'private rented' | 'council' | 'housing association';

export type MemberRole = 'head' | 'partner' | 'child' | 'adult child' | 'grandparent' | 'sharer';

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
  previousPlace: number | null;
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

const KINDS = new WeightedChoice<HouseholdKind>([
  ['single adult', 0.32],
  ['couple', 0.18],
  ['couple with children', 0.18],
  ['lone parent', 0.1],
  ['multi-generation', 0.06],
  ['sharers', 0.12],
  ['parents with grown-up children', 0.04],
]);

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

const GROUPS = new WeightedChoice<NameGroup>(NAME_GROUPS.map((group) => [group, group.weight]));

/** Moves during the history other than those that follow a homelessness application. */
const MOVE_RATE = 0.13;

interface Draft {
  sex: Sex;
  age: number;
  role: MemberRole;
  group: NameGroup;
  familyName: string;
  previousFamilyName: string | null;
}

function ageBetween(rng: Random, min: number, max: number): number {
  return rng.between(min, max);
}

function adultAge(rng: Random, bands: readonly (readonly [[number, number], number])[]): number {
  const [min, max] = rng.weighted(bands);
  return ageBetween(rng, min, max);
}

/** Nobody in the population is older than this. */
const OLDEST = 90;

const SINGLE_AGES: readonly (readonly [[number, number], number])[] = [
  [[18, 24], 0.1], [[25, 34], 0.32], [[35, 49], 0.22], [[50, 64], 0.2], [[65, 79], 0.11], [[80, OLDEST], 0.05],
];
const COUPLE_AGES: readonly (readonly [[number, number], number])[] = [
  [[22, 34], 0.36], [[35, 49], 0.22], [[50, 64], 0.26], [[65, 79], 0.13], [[80, OLDEST], 0.03],
];

/** Most people take names from their family's heritage; some from anywhere in the city. */
function personGroup(rng: Random, household: NameGroup): NameGroup {
  return rng.chance(0.85) ? household : GROUPS.pick(rng);
}

function familyNameFrom(rng: Random, group: NameGroup): string {
  return rng.pickSkewed(group.family, 1.3);
}

/**
 * Children's ages, eldest first: siblings one to six years apart, the odd pair
 * of twins. The eldest leans older, or young children would outnumber teenagers.
 */
function childAges(rng: Random, count: number, eldestMax: number): number[] {
  const ages = [Math.floor(Math.max(1, eldestMax + 1) * (1 - Math.pow(rng.float(), 1.25)))];
  while (ages.length < count) {
    const gap = rng.chance(0.03) ? 0 : rng.between(1, 6);
    const next = ages[ages.length - 1] - gap;
    if (next < 0) break;
    ages.push(next);
  }
  return ages;
}

function hyphenate(first: string, second: string): string {
  return first === second || /[- ]/.test(first + second) ? first : `${first}-${second}`;
}

/** A couple: the head, and a partner who may have taken the head's name. */
function couple(rng: Random, group: NameGroup, headAge: number): Draft[] {
  const familyName = familyNameFrom(rng, group);
  const sameSex = rng.chance(0.08);
  const headSex: Sex = sameSex ? (rng.chance(0.5) ? 'F' : 'M') : 'M';
  const partnerSex: Sex = sameSex ? headSex : 'F';
  const partnerGroup = rng.chance(0.8) ? group : GROUPS.pick(rng);
  const partnerAge = Math.min(OLDEST, Math.max(18, Math.round(headAge - 2 + rng.normal() * 3)));
  const birthName = familyNameFrom(rng, partnerGroup);
  const tookName = !sameSex && birthName !== familyName && rng.chance(0.6);
  return [
    { sex: headSex, age: headAge, role: 'head', group, familyName, previousFamilyName: null },
    {
      sex: partnerSex,
      age: partnerAge,
      role: 'partner',
      group: partnerGroup,
      familyName: tookName ? familyName : birthName,
      previousFamilyName: tookName ? birthName : null,
    },
  ];
}

function children(rng: Random, ages: number[], group: NameGroup, familyName: string, role: MemberRole = 'child'): Draft[] {
  return ages.map((age) => ({
    sex: rng.chance(0.51) ? 'M' : 'F',
    age,
    role,
    group,
    familyName,
    previousFamilyName: null,
  }));
}

/** Surname of a couple's children: usually the father's, sometimes both joined. */
function childrenSurname(rng: Random, parents: Draft[]): string {
  const [head, partner] = parents as [Draft, Draft | undefined];
  if (!partner || partner.familyName === head.familyName) return head.familyName;
  const roll = rng.float();
  return roll < 0.7 ? head.familyName : roll < 0.85 ? partner.familyName : hyphenate(head.familyName, partner.familyName);
}

function draftMembers(rng: Random, kind: HouseholdKind, group: NameGroup): Draft[] {
  switch (kind) {
    case 'single adult': {
      const age = adultAge(rng, SINGLE_AGES);
      const sex: Sex = rng.chance(age > 70 ? 0.65 : 0.48) ? 'F' : 'M';
      return [{ sex, age, role: 'head', group, familyName: familyNameFrom(rng, group), previousFamilyName: null }];
    }
    case 'couple':
      return couple(rng, group, adultAge(rng, COUPLE_AGES));
    case 'couple with children': {
      const ages = childAges(rng, rng.weighted([[1, 0.4], [2, 0.38], [3, 0.16], [4, 0.06]]), 17);
      const parents = couple(rng, group, ages[0] + 22 + rng.int(18));
      return [...parents, ...children(rng, ages, group, childrenSurname(rng, parents))];
    }
    case 'lone parent': {
      const ages = childAges(rng, rng.weighted([[1, 0.5], [2, 0.35], [3, 0.15]]), 17);
      const sex: Sex = rng.chance(0.88) ? 'F' : 'M';
      const familyName = familyNameFrom(rng, group);
      const parent: Draft = { sex, age: ages[0] + 18 + rng.int(20), role: 'head', group, familyName, previousFamilyName: null };
      const roll = rng.float();
      const childName =
        roll < 0.65 ? familyName : roll < 0.9 ? familyNameFrom(rng, group) : hyphenate(familyName, familyNameFrom(rng, group));
      return [parent, ...children(rng, ages, group, childName)];
    }
    case 'multi-generation': {
      const grandparentAge = ageBetween(rng, 58, OLDEST);
      const elders = rng.chance(0.5)
        ? couple(rng, group, grandparentAge).map((draft) => ({ ...draft, role: 'grandparent' as const }))
        : [{ sex: (rng.chance(0.7) ? 'F' : 'M') as Sex, age: grandparentAge, role: 'grandparent' as const, group, familyName: familyNameFrom(rng, group), previousFamilyName: null }];
      const parentAge = Math.max(20, grandparentAge - rng.between(22, 34));
      const familyName = elders[0].familyName;
      const parent: Draft = { sex: rng.chance(0.5) ? 'F' : 'M', age: parentAge, role: 'head', group, familyName, previousFamilyName: null };
      const ages = childAges(rng, rng.between(1, 3), Math.min(17, parentAge - 18));
      return [parent, ...elders, ...children(rng, ages, group, familyName)];
    }
    case 'sharers': {
      const count = rng.weighted([[2, 0.55], [3, 0.3], [4, 0.15]]);
      return Array.from({ length: count }, (_, i) => {
        const own = GROUPS.pick(rng);
        return {
          sex: (rng.chance(0.5) ? 'F' : 'M') as Sex,
          age: ageBetween(rng, 19, 40),
          role: i === 0 ? ('head' as const) : ('sharer' as const),
          group: own,
          familyName: familyNameFrom(rng, own),
          previousFamilyName: null,
        };
      });
    }
    case 'parents with grown-up children': {
      const parents = rng.chance(0.6)
        ? couple(rng, group, ageBetween(rng, 45, 78))
        : [{ sex: (rng.chance(0.75) ? 'F' : 'M') as Sex, age: ageBetween(rng, 45, 78), role: 'head' as const, group, familyName: familyNameFrom(rng, group), previousFamilyName: null }];
      const eldest = Math.max(18, parents[0].age - rng.between(22, 36));
      const ages = childAges(rng, rng.between(1, 2), eldest).map((age) => Math.max(18, Math.min(age, eldest)));
      ages[0] = eldest;
      return [...parents, ...children(rng, ages, group, childrenSurname(rng, parents), 'adult child')];
    }
  }
}

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
  return daysFromCivil(year - age, month, month === 2 && day === 29 ? 28 : day) - 1 - rng.int(365);
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
    const kind = KINDS.pick(rng);
    const drafts = draftMembers(rng, kind, GROUPS.pick(rng)).slice(0, size - residents.length);
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
      previousPlace,
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
          given_name: rng.pickSkewed(givenNamesOf(personGroup(rng, draft.group), draft.sex), 1.4),
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
