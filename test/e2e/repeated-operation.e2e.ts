import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mostKnownPersonIds, officers, personIndexDb, startTestFederation, type TestFederation } from '@joined-up/testing';

/**
 * The gateway shapes each answer with the operation it built once for its
 * query text (`patches/@apollo__gateway@2.14.4.patch`): the same text sent
 * again with other variables must be shaped by those variables, `@include`
 * and `@skip` and fragments included, exactly as a text it had never seen.
 */
describe('an operation sent again is shaped by its own variables', () => {
  let federation: TestFederation;
  let people: string[];

  beforeAll(async () => {
    federation = await startTestFederation('repeated-operation');
    people = await mostKnownPersonIds(personIndexDb(federation), 2);
  });
  afterAll(() => federation?.stop());

  const query = `query($id: ID!, $health: Boolean!) {
    person(id: $id) { id ...Agencies }
  }
  fragment Agencies on Person {
    health @include(if: $health) { aeAttendances { arrivedAt } }
    police @skip(if: $health) { youthJustice { kind } }
  }`;

  it('answers each request by its variables, and as a new text would', async () => {
    const as = { as: officers.policeAnalyst };
    const first = await federation.query(query, { ...as, variables: { id: people[0], health: true } });
    const second = await federation.query(query, { ...as, variables: { id: people[1], health: false } });
    const third = await federation.query(query, { ...as, variables: { id: people[0], health: true } });
    expect(first.errors).toBeUndefined();
    expect(first.data.person.id).toBe(people[0]);
    expect(Object.keys(first.data.person)).toEqual(['id', 'health']);
    expect(second.data.person.id).toBe(people[1]);
    expect(Object.keys(second.data.person)).toEqual(['id', 'police']);
    expect(third).toEqual(first);
    // The same operation in a text the gateway has not seen answers alike.
    const fresh = await federation.query(`${query}\n# another text`, { ...as, variables: { id: people[1], health: false } });
    expect(fresh).toEqual(second);
  });
});
