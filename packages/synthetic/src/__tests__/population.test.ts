import { describe, expect, it } from 'vitest';
import { AGENCY_IDS, generatePopulation, type TruePerson } from '../index.js';

const options = { size: 2000, seed: 1998, asOf: '2025-03-31' };

function snapshot(pop: ReturnType<typeof generatePopulation>): string {
  return JSON.stringify({
    people: pop.people(),
    records: AGENCY_IDS.map((agency) => pop.records(agency)),
    truth: pop.truth(),
    cohort: pop.plantedCohort(),
  });
}

describe('generatePopulation', () => {
  it('gives byte-identical output for the same options', () => {
    expect(snapshot(generatePopulation(options))).toBe(snapshot(generatePopulation(options)));
  });

  it('gives a different population for a different seed', () => {
    const a = generatePopulation(options).people();
    const b = generatePopulation({ ...options, seed: 1999 }).people();
    expect(b).toHaveLength(a.length);
    const same = a.filter((person, i) => person.given_name === b[i].given_name && person.date_of_birth === b[i].date_of_birth);
    expect(same.length).toBeLessThan(a.length * 0.05);
  });

  it("makes one agency's records the same whether or not the others were made first", () => {
    const alone = generatePopulation(options).records('police');
    const late = generatePopulation(options);
    for (const agency of AGENCY_IDS) late.records(agency);
    expect(JSON.stringify(alone)).toBe(JSON.stringify(late.records('police')));
  });

  it('keeps the first households the same when the population grows', () => {
    // Who is planted (and so who knows them) depends on the size; who lives where does not.
    const identity = ({ known_to, planted, ...person }: TruePerson) => person;
    const small = generatePopulation({ ...options, size: 500 }).people().map(identity);
    const large = generatePopulation(options).people().map(identity);
    expect(large.slice(0, 400)).toEqual(small.slice(0, 400));
  });

  it('without events, gives the same person records and empty event tables', () => {
    const full = generatePopulation(options);
    const bare = generatePopulation({ ...options, events: false });
    expect(bare.records('health').patients).toEqual(full.records('health').patients);
    expect(bare.records('education').pupils).toEqual(full.records('education').pupils);
    expect(bare.records('housing').households).toEqual(full.records('housing').households);
    expect(bare.records('voluntary').services).toEqual(full.records('voluntary').services);
    expect(bare.records('health').aeAttendances).toEqual([]);
    expect(bare.records('police').offences).toEqual([]);
    expect(bare.records('education').attendance).toEqual([]);
    expect(bare.records('housing').tenancies).toEqual([]);
    expect(bare.records('voluntary').referrals).toEqual([]);
    expect(bare.truth()).toEqual(full.truth());
  });

  it('fills in defaults and rejects options it cannot honour', () => {
    const defaults = generatePopulation().options;
    expect(defaults).toMatchObject({ size: 10_000, seed: 1998, events: true });
    expect(defaults.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(() => generatePopulation({ size: 0 })).toThrow(/size/);
    expect(() => generatePopulation({ size: 1.5 })).toThrow(/size/);
    expect(() => generatePopulation({ asOf: '28/11/2026' })).toThrow(/YYYY-MM-DD/);
    expect(() => generatePopulation({ asOf: '2022-12-31' })).toThrow(/2023-01-01/);
  });
});
