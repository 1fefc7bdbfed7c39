import { describe, expect, it } from 'vitest';
import { scoreRecord } from '../record-search/score-record.js';

const record = { recordId: 'R1', givenName: 'William', familyName: 'Smith-Jones', dateOfBirth: '2010-04-03', postcode: 'SW9 7AB' };

describe('scoring a record against what an officer typed', () => {
  it('scores 1 when everything typed is the same, however it is written', () => {
    const scored = scoreRecord({ givenName: ' william ', familyName: 'SMITH-JONES', dateOfBirth: '2010-04-03', postcode: 'sw97ab' }, record);
    expect(scored).toEqual({ score: 1, matchedOn: ['given name: the same', 'family name: the same', 'date of birth: the same', 'postcode: the same'] });
  });

  it('takes a nickname for the formal name', () => {
    expect(scoreRecord({ givenName: 'Bill', familyName: 'Smith-Jones' }, record).matchedOn[0]).toBe('given name: a familiar form of william');
  });

  it('takes one part of a double-barrelled name, a misspelling, a swapped day and month, and the same postcode sector, each for less', () => {
    const scored = scoreRecord({ familyName: 'Jones', dateOfBirth: '2010-03-04', postcode: 'SW9 7ZZ' }, record);
    expect(scored.matchedOn).toEqual(['family name: one part of a double-barrelled name', 'date of birth: day and month swapped', 'postcode: the same sector']);
    expect(scored.score).toBeGreaterThan(0.7);
    expect(scored.score).toBeLessThan(1);
    expect(scoreRecord({ familyName: 'Smyth' }, { ...record, familyName: 'Smith' }).matchedOn[0]).toMatch(/^family name: spelt differently/);
  });

  it('scores a different person low', () => {
    const scored = scoreRecord({ givenName: 'Aisha', familyName: 'Okafor', dateOfBirth: '1975-11-30', postcode: 'SE13 5AA' }, record);
    expect(scored.score).toBeLessThan(0.2);
  });
});
