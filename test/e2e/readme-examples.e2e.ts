import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleQueries } from '@joined-up/gateway/examples';
import { officers, startTestFederation, type TestFederation } from '@joined-up/testing';

/** Every ```graphql block of the README, so the documented queries stay true. */
const examples = [...readFileSync(new URL('../../README.md', import.meta.url), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);

describe('the README example queries', () => {
  let federation: TestFederation;
  let personId: string;

  beforeAll(async () => {
    federation = await startTestFederation('readme-examples');
    const row = await federation.subgraphs
      .get('partnership')!
      .database.db.selectFrom('person_records')
      .select('person_id')
      .groupBy('person_id')
      .orderBy((eb) => eb.fn.count('agency_id').distinct(), 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    personId = row.person_id;
  });
  afterAll(() => federation?.stop());

  it('are all present', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  for (const { title, query } of exampleQueries) {
    it(`the explorer's example "${title}" answers without errors`, async () => {
      const response = await federation.query(query, { as: officers.policeAnalyst });
      expect(response.errors).toBeUndefined();
    });
  }

  for (const [index, query] of examples.entries()) {
    it(`example ${index + 1} answers without errors: ${query.split('\n')[0].slice(0, 60)}`, async () => {
      const response = await federation.query(query, { as: officers.policeAnalyst, variables: query.includes('$id') ? { id: personId } : undefined });
      expect(response.errors).toBeUndefined();
      expect(response.data).toBeTruthy();
    });
  }
});
