import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { buildSchema, getNamedType, isLeafType, isNonNullType, isObjectType, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDENTIFYING_MARKER, type SharingAgreementTerms } from '@joined-up/access';
import { peopleKnownMost, startTestFederation, type TestFederation } from '@joined-up/testing';

/** The API partner apps see: the queries below are drawn from it at random. */
const schema = buildSchema(readFileSync(new URL('../../gateway/published-schema.graphql', import.meta.url), 'utf8'));
const VIEWS = ['health', 'police', 'education', 'housing', 'voluntary'];
const AGENCIES = [...VIEWS, 'partnership'];
const ROLES = ['analyst', 'caseworker', 'lead', 'dpo'];
const PURPOSES = ['youth-crime-prevention', 'direct-care', 'safeguarding', 'planning', 'family-support', 'marketing'];
const MARKED = new RegExp(`${IDENTIFYING_MARKER} ([a-z]+\\.[a-z-]+)`);

/** `Type.field` → the data category, for every field the schema marks identifying. */
const identifying = new Map<string, string>();
for (const type of Object.values(schema.getTypeMap())) {
  if (!isObjectType(type) || type.name.startsWith('__')) continue;
  for (const field of Object.values(type.getFields())) {
    const category = MARKED.exec(field.description ?? '')?.[1];
    if (category) identifying.set(`${type.name}.${field.name}`, category);
  }
}

/** A random selection set of `type`, `depth` object levels deep; every level asks `__typename` so answers can be checked against the schema. */
function selectionOf(type: GraphQLObjectType, depth: number): fc.Arbitrary<string> {
  const usable = Object.values(type.getFields()).filter((field) => field.args.every((arg) => !isNonNullType(arg.type)));
  const leaves = usable.filter((field) => isLeafType(getNamedType(field.type)));
  const objects = depth > 0 ? usable.filter((field) => isObjectType(getNamedType(field.type))) : [];
  return fc.tuple(fc.subarray(leaves), fc.subarray(objects, { maxLength: Math.min(3, objects.length) })).chain(([chosenLeaves, chosenObjects]) =>
    fc
      .tuple(...chosenObjects.map((field) => selectionOf(getNamedType(field.type) as GraphQLObjectType, depth - 1).map((inner) => `${field.name} { ${inner} }`)))
      .map((nested) => ['__typename', ...chosenLeaves.map((field) => field.name), ...nested].join(' ')),
  );
}

const personType = schema.getType('Person') as GraphQLObjectType;
const randomQuery = fc
  .subarray(VIEWS, { minLength: 1 })
  .chain((views) =>
    fc.tuple(...views.map((view) => selectionOf(getNamedType(personType.getFields()[view].type) as GraphQLObjectType, 2).map((inner) => `${view} { ${inner} }`))),
  )
  .map((views) => `query($id: ID!) { person(id: $id) { __typename id ${views.join(' ')} } }`);

/** Written from the agreements' terms alone, apart from the code under test: may this role see `category`'s identifying fields? */
function mayIdentify(agreements: SharingAgreementTerms[], agency: string, role: string, purpose: string, category: string, today: string): boolean {
  const owner = category.slice(0, category.indexOf('.'));
  if (agency === owner) return true;
  return agreements.some(
    (agreement) =>
      agreement.approved &&
      agreement.validFrom <= today &&
      today <= agreement.validTo &&
      agreement.parties.includes(agency) &&
      agreement.parties.includes(owner) &&
      agreement.purposes.includes(purpose) &&
      agreement.categories.includes(category) &&
      (agreement.identifyingRoles.find((entry) => entry.category === category)?.roles ?? []).includes(role),
  );
}

type Visit = { path: (string | number)[]; key: string; category: string; value: unknown };

/** Every identifying field in an answer, with its path. */
function identifyingFieldsIn(value: unknown, path: (string | number)[], found: Visit[] = []): Visit[] {
  if (Array.isArray(value)) value.forEach((item, index) => identifyingFieldsIn(item, [...path, index], found));
  else if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    for (const [key, child] of Object.entries(object)) {
      const category = identifying.get(`${object.__typename}.${key}`);
      if (category) found.push({ path: [...path, key], key, category, value: child });
      else identifyingFieldsIn(child, [...path, key], found);
    }
  }
  return found;
}

describe('property: no identifying field is served to a role its agreement does not name', () => {
  let federation: TestFederation;
  let agreements: SharingAgreementTerms[];
  let people: string[];

  beforeAll(async () => {
    federation = await startTestFederation('no-identifying-field');
    const register = await federation.query('{ sharingAgreements(includeInactive: true) { id title parties categories purposes legalBasis validFrom validTo approved identifyingRoles { category roles } } }');
    agreements = register.data.sharingAgreements;
    people = await peopleKnownMost(federation, 6);
  }, 120_000);
  afterAll(() => federation?.stop());

  it('marks every name, date of birth, identifier and address of the person views as identifying', () => {
    const names = /^(givenName|familyName|dateOfBirth|postcode|addressLine|nhsNumber|upn|nominalId|memberId|householdId)$/;
    const records = ['Patient', 'Nominal', 'OffenceInvolvement', 'YouthJusticeIntervention', 'Pupil', 'HouseholdMembership', 'Tenancy', 'HomelessnessApplication', 'TemporaryAccommodationPlacement', 'Client'];
    for (const name of records) {
      const type = schema.getType(name) as GraphQLObjectType;
      for (const field of Object.values(type.getFields()).filter((field) => names.test(field.name))) {
        expect(identifying.get(`${name}.${field.name}`), `${name}.${field.name}`).toMatch(/^[a-z]+\./);
      }
    }
    expect(identifying.get('Client.id')).toBe('voluntary.client');
    expect(identifying.size).toBeGreaterThanOrEqual(30);
  });

  it('holds for random officers, roles, purposes, people and queries of the public schema', async () => {
    const today = new Date().toISOString().slice(0, 10);
    let served = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...AGENCIES), fc.constantFrom(...ROLES), fc.constantFrom(...PURPOSES), fc.constantFrom(...people), randomQuery, async (agency, role, purpose, person, query) => {
        const response = await federation.query(query, { as: { officerId: `${agency}-${role}`, agency, roles: [role], purpose }, variables: { id: person } });
        expect(response.status, query).toBe(200);
        expect(response.data?.person?.id, query).toBe(person);
        for (const visit of identifyingFieldsIn(response.data.person, ['person'])) {
          const allowed = mayIdentify(agreements, agency, role, purpose, visit.category, today);
          if (!allowed) {
            expect(visit.value, `${agency} ${role} for ${purpose} must not see ${visit.path.join('.')}`).toBeNull();
            const error = response.errors?.find((candidate: { path?: unknown[] }) => JSON.stringify(candidate.path) === JSON.stringify(visit.path));
            expect(error?.extensions?.code, `FORBIDDEN at ${visit.path.join('.')}`).toBe('FORBIDDEN');
            refused += 1;
          } else if (visit.value !== null) {
            served += 1;
          }
        }
      }),
      { numRuns: 80, seed: 1998 },
    );
    // A graph that refused (or nulled) everything would pass the loop: both answers must have been seen.
    expect(served).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });
});
