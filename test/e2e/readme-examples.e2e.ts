import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleQueries } from '@joined-up/gateway/examples';
import { mostKnownPersonId, officers, readmeExamples, startTestFederation, type TestFederation } from '@joined-up/testing';

const examples = readmeExamples();

describe('the README example queries', () => {
  let federation: TestFederation;
  let personId: string;

  beforeAll(async () => {
    federation = await startTestFederation('readme-examples');
    personId = await mostKnownPersonId(federation.subgraphs.get('partnership')!.database.db);
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
