/**
 * Who lives in a household: its kind (single adult, couple with children,
 * sharers...), each member's age, sex and role, and their names. Families share
 * a heritage and usually a surname; some women took a partner's name, and
 * their birth name is kept for the agency that never heard of the change.
 */
import type { Sex } from './agency-records.js';
import { givenNamesOf, NAME_GROUPS, type NameGroup } from './names.js';
import { WeightedChoice, type Random, type Weights } from './prng.js';

export type HouseholdKind =
  | 'single adult'
  | 'couple'
  | 'couple with children'
  | 'lone parent'
  | 'multi-generation'
  | 'sharers'
  | 'parents with grown-up children';

export type MemberRole = 'head' | 'partner' | 'child' | 'adult child' | 'grandparent' | 'sharer';

export interface MemberDraft {
  sex: Sex;
  /** Age on the as-of day. */
  age: number;
  role: MemberRole;
  group: NameGroup;
  familyName: string;
  previousFamilyName: string | null;
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

const GROUPS = new WeightedChoice<NameGroup>(NAME_GROUPS.map((group) => [group, group.weight]));

function adultAge(rng: Random, bands: Weights<[number, number]>): number {
  const [min, max] = rng.weighted(bands);
  return rng.between(min, max);
}

/** Nobody in the population is older than this. */
const OLDEST = 90;

const SINGLE_AGES: Weights<[number, number]> = [
  [[18, 24], 0.1], [[25, 34], 0.32], [[35, 49], 0.22], [[50, 64], 0.2], [[65, 79], 0.11], [[80, OLDEST], 0.05],
];
const COUPLE_AGES: Weights<[number, number]> = [
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
function couple(rng: Random, group: NameGroup, headAge: number): MemberDraft[] {
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

function children(rng: Random, ages: number[], group: NameGroup, familyName: string, role: MemberRole = 'child'): MemberDraft[] {
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
function childrenSurname(rng: Random, parents: MemberDraft[]): string {
  const [head, partner] = parents as [MemberDraft, MemberDraft | undefined];
  if (!partner || partner.familyName === head.familyName) return head.familyName;
  const roll = rng.float();
  return roll < 0.7 ? head.familyName : roll < 0.85 ? partner.familyName : hyphenate(head.familyName, partner.familyName);
}

function draftMembers(rng: Random, kind: HouseholdKind, group: NameGroup): MemberDraft[] {
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
      const parent: MemberDraft = { sex, age: ages[0] + 18 + rng.int(20), role: 'head', group, familyName, previousFamilyName: null };
      const roll = rng.float();
      const childName =
        roll < 0.65 ? familyName : roll < 0.9 ? familyNameFrom(rng, group) : hyphenate(familyName, familyNameFrom(rng, group));
      return [parent, ...children(rng, ages, group, childName)];
    }
    case 'multi-generation': {
      const grandparentAge = rng.between(58, OLDEST);
      const elders = rng.chance(0.5)
        ? couple(rng, group, grandparentAge).map((draft) => ({ ...draft, role: 'grandparent' as const }))
        : [{ sex: (rng.chance(0.7) ? 'F' : 'M') as Sex, age: grandparentAge, role: 'grandparent' as const, group, familyName: familyNameFrom(rng, group), previousFamilyName: null }];
      const parentAge = Math.max(20, grandparentAge - rng.between(22, 34));
      const familyName = elders[0].familyName;
      const parent: MemberDraft = { sex: rng.chance(0.5) ? 'F' : 'M', age: parentAge, role: 'head', group, familyName, previousFamilyName: null };
      const ages = childAges(rng, rng.between(1, 3), Math.min(17, parentAge - 18));
      return [parent, ...elders, ...children(rng, ages, group, familyName)];
    }
    case 'sharers': {
      const count = rng.weighted([[2, 0.55], [3, 0.3], [4, 0.15]]);
      return Array.from({ length: count }, (_, i) => {
        const own = GROUPS.pick(rng);
        return {
          sex: (rng.chance(0.5) ? 'F' : 'M') as Sex,
          age: rng.between(19, 40),
          role: i === 0 ? ('head' as const) : ('sharer' as const),
          group: own,
          familyName: familyNameFrom(rng, own),
          previousFamilyName: null,
        };
      });
    }
    case 'parents with grown-up children': {
      const parents = rng.chance(0.6)
        ? couple(rng, group, rng.between(45, 78))
        : [{ sex: (rng.chance(0.75) ? 'F' : 'M') as Sex, age: rng.between(45, 78), role: 'head' as const, group, familyName: familyNameFrom(rng, group), previousFamilyName: null }];
      const eldest = Math.max(18, parents[0].age - rng.between(22, 36));
      const ages = childAges(rng, rng.between(1, 2), eldest).map((age) => Math.max(18, Math.min(age, eldest)));
      ages[0] = eldest;
      return [...parents, ...children(rng, ages, group, childrenSurname(rng, parents), 'adult child')];
    }
  }
}

/** A household's kind and members, each drawn from the household's own stream. */
export function draftHousehold(rng: Random): { kind: HouseholdKind; members: MemberDraft[] } {
  const kind = KINDS.pick(rng);
  return { kind, members: draftMembers(rng, kind, GROUPS.pick(rng)) };
}

/** Common names are common: lists run most to least frequent and are drawn with a skew. */
export function givenNameFor(rng: Random, member: MemberDraft): string {
  return rng.pickSkewed(givenNamesOf(personGroup(rng, member.group), member.sex), 1.4);
}
