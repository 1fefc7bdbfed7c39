import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseworkerExample, exampleQueries } from '@joined-up/gateway/examples';
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

  for (const { title, query, officer } of exampleQueries) {
    it(`the explorer's example "${title.slice(0, 80)}" answers without errors`, async () => {
      const as = officer ? { officerId: `${officer.agency}-${officer.role}`, agency: officer.agency, roles: [officer.role], purpose: officer.purpose } : officers.policeAnalyst;
      const variables = query === caseworkerExample.query ? { ...federation.caseworkerSample } : undefined;
      const response = await federation.query(query, { as, variables });
      expect(response.errors).toBeUndefined();
    });
  }

  it("opens the explorer on the caseworker's path: a seeded person who is found, with all five agencies' views, and a token command that works as typed", async () => {
    const sample = federation.caseworkerSample!;
    expect(sample.familyName).toBeTruthy();
    const response = await federation.query(caseworkerExample.query, { as: officers.healthCaseworker, variables: { ...sample } });
    expect(response.errors).toBeUndefined();
    const person = response.data.searchHealthRecords.matches[0].record.person;
    for (const agency of ['health', 'police', 'education', 'housing', 'voluntary']) expect(person[agency], agency).not.toBeNull();
    const page = await (await fetch(federation.gatewayUrl.replace(/\/graphql$/, '/explorer'))).text();
    expect(page).toContain(`Bearer <paste the output of: npx -y pnpm@12.21.0 -s run token --agency health --role caseworker --purpose direct-care>`);
    expect(page).toContain(JSON.stringify(sample.familyName).slice(1, -1));
    expect(page).not.toContain('pnpm token');
  });

  for (const [index, query] of examples.entries()) {
    it(`example ${index + 1} answers without errors: ${query.split('\n')[0].slice(0, 60)}`, async () => {
      const response = await federation.query(query, { as: officers.policeAnalyst, variables: query.includes('$id') ? { id: personId } : undefined });
      expect(response.errors).toBeUndefined();
      expect(response.data).toBeTruthy();
    });
  }
});
