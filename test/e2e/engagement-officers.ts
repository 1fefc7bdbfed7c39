import { agencyLead as lead, type TestFederation } from '@joined-up/testing';

/** Agency leads as seeded in the partnership directory: only the engagement scenarios act as them. */
export const leads = {
  police: lead('police'),
  education: lead('education'),
  health: lead('health'),
  housing: lead('housing'),
  voluntary: lead('voluntary'),
};

let counter = 0;

/** A fresh idempotency key for each request a test means to be new. */
export function newKey(label = 'test'): string {
  counter += 1;
  return `${label}-${process.pid}-${Date.now()}-${counter}`;
}

/** Runs a query that must succeed, and returns its data. */
export async function ok<Data = any>(federation: TestFederation, query: string, options: Parameters<TestFederation['query']>[1] = {}): Promise<Data> {
  const response = await federation.query<Data>(query, options);
  if (response.errors) throw new Error(`Expected no errors, got ${JSON.stringify(response.errors)}`);
  return response.data as Data;
}
