import { describe, expect, it } from 'vitest';
import { RECORD_GRANT_LIFETIME_SECONDS, recordGrantProblem, signRecordGrant } from '../record-grant.js';

const terms = { agency: 'health', personId: 'JU0000000001', recordIds: ['9434765919', '9434765870'] };

describe('record grants', () => {
  it('vouch for exactly the terms signed, record ids in any order, until they expire', () => {
    const now = Date.UTC(2026, 0, 1);
    const grant = signRecordGrant('health-key', terms, now);
    expect(recordGrantProblem('health-key', grant, terms, now)).toBeNull();
    expect(recordGrantProblem('health-key', grant, { ...terms, recordIds: [...terms.recordIds].reverse() }, now)).toBeNull();
    expect(recordGrantProblem('health-key', grant, terms, now + RECORD_GRANT_LIFETIME_SECONDS * 1000)).toMatch(/expired/);
  });

  it('refuse other terms, another key, tampering and no grant at all', () => {
    const grant = signRecordGrant('health-key', terms);
    expect(recordGrantProblem('health-key', grant, { ...terms, personId: 'JU0000000002' })).toMatch(/not signed/);
    expect(recordGrantProblem('health-key', grant, { ...terms, recordIds: terms.recordIds.slice(1) })).toMatch(/not signed/);
    expect(recordGrantProblem('health-key', grant, { ...terms, agency: 'police' })).toMatch(/not signed/);
    expect(recordGrantProblem('police-key', grant, terms)).toMatch(/not signed/);
    const [expires, signature] = grant.split('.');
    expect(recordGrantProblem('health-key', `${Number(expires) + 3600}.${signature}`, terms)).toMatch(/not signed/);
    expect(recordGrantProblem('health-key', 'anything', terms)).toMatch(/not one the person index issues/);
    expect(recordGrantProblem('health-key', undefined, terms)).toMatch(/no grant/);
  });
});
