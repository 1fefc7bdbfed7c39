import { describe, expect, it } from 'vitest';
import { diceCoefficient } from '../bloom-filter.js';
import { BLOCKING_RULES } from '../blocking-rules.js';
import { encodeRecord, FILTER_SHAPES } from '../encode-record.js';
import type { LinkageSourceRecord } from '../linkage-record.js';

const record = (overrides: Partial<LinkageSourceRecord> = {}): LinkageSourceRecord => ({
  recordId: 'R1',
  givenName: 'William',
  familyName: 'Okafor-Williams',
  dateOfBirth: '2009-04-07',
  sex: 'M',
  postcode: 'SW9 7AB',
  localAuthorityCode: 'E09000022',
  ...overrides,
});

describe('encoding at the agency', () => {
  it('is deterministic under one secret', () => {
    expect(encodeRecord(record(), 'secret-a')).toEqual(encodeRecord(record(), 'secret-a'));
  });

  it('writes Bloom filters PostgreSQL reads as bit varying, of fixed length', () => {
    const token = encodeRecord(record(), 'secret-a');
    expect(token.givenName).toMatch(new RegExp(`^x[0-9a-f]{${FILTER_SHAPES.givenName.bits / 4}}$`));
    expect(token.postcode).toMatch(new RegExp(`^x[0-9a-f]{${FILTER_SHAPES.postcode.bits / 4}}$`));
    expect(token.birthMonth).toBe('2009-04');
    expect(token.localAuthorityCode).toBe('E09000022');
  });

  it('sends no name, date or postcode in the clear', () => {
    const text = JSON.stringify(encodeRecord(record(), 'secret-a')).toLowerCase();
    for (const clear of ['william', 'okafor', '2009-04-07', 'sw9']) expect(text).not.toContain(clear);
  });

  it('prefixes every blocking key with its rule', () => {
    const token = encodeRecord(record(), 'secret-a');
    const rules = new Set(BLOCKING_RULES.map((rule) => rule.name));
    for (const key of token.blockingKeys) expect(rules.has(key.split(':')[0])).toBe(true);
    // Two family name parts: each gives its own date-and-family key.
    expect(token.blockingKeys.filter((key) => key.startsWith('dob-family:'))).toHaveLength(2);
  });

  it('keeps similar values similar: nicknames, typos, one part of a double-barrelled name', () => {
    const base = encodeRecord(record(), 'secret-a');
    const dice = (field: 'givenName' | 'familyName' | 'dateOfBirth' | 'postcode', other: Partial<LinkageSourceRecord>) =>
      diceCoefficient(base[field]!, encodeRecord(record(other), 'secret-a')[field]!);
    expect(dice('givenName', { givenName: 'WILLIAM ' })).toBe(1);
    expect(dice('givenName', { givenName: 'Bill' })).toBeGreaterThan(0.75);
    expect(dice('givenName', { givenName: 'Wiliam' })).toBeGreaterThan(0.75);
    expect(dice('givenName', { givenName: 'Grace' })).toBeLessThan(0.4);
    expect(dice('familyName', { familyName: 'Okafor Williams' })).toBe(1);
    expect(dice('familyName', { familyName: 'Okafor' })).toBeGreaterThan(0.55);
    expect(dice('dateOfBirth', { dateOfBirth: '2009-04-08' })).toBeGreaterThan(0.8);
    expect(dice('postcode', { postcode: 'sw97ab' })).toBe(1);
    expect(dice('postcode', { postcode: 'SW9 7XY' })).toBeGreaterThan(0.7);
  });

  it('encodes a swapped date so that it equals the other record’s date bit for bit', () => {
    const plain = encodeRecord(record({ dateOfBirth: '2009-04-07' }), 'secret-a');
    const swapped = encodeRecord(record({ dateOfBirth: '2009-07-04' }), 'secret-a');
    expect(swapped.dateOfBirthSwapped).toBe(plain.dateOfBirth);
    expect(encodeRecord(record({ dateOfBirth: '2009-04-27' }), 'secret-a').dateOfBirthSwapped).toBeNull();
  });

  it('leaves missing values missing rather than encoding emptiness', () => {
    const token = encodeRecord(record({ dateOfBirth: null, postcode: null, sex: null }), 'secret-a');
    expect(token).toMatchObject({ dateOfBirth: null, dateOfBirthSwapped: null, postcode: null, sex: null, birthMonth: null });
    expect(token.blockingKeys.some((key) => key.startsWith('dob-'))).toBe(false);
    expect(token.blockingKeys.some((key) => key.startsWith('postcode-'))).toBe(false);
  });

  it('is unlinkable under another secret: the same name shares no more bits than chance', () => {
    const names = ['William', 'Olivia', 'Mohammed', 'Adaeze', 'Katarzyna', 'Oluwaseun', 'Zoë', 'Siobhan'];
    const sameKey = diceCoefficient(encodeRecord(record({ givenName: 'Olivia' }), 'secret-a').givenName!, encodeRecord(record({ givenName: 'Adaeze' }), 'secret-a').givenName!);
    let total = 0;
    for (const name of names) {
      const a = encodeRecord(record({ givenName: name }), 'secret-a');
      const b = encodeRecord(record({ givenName: name }), 'secret-b');
      const dice = diceCoefficient(a.givenName!, b.givenName!);
      total += dice;
      // As low as two different names under one key: chance overlaps only.
      expect(dice).toBeLessThan(0.35);
      expect(a.exactKey).not.toBe(b.exactKey);
      expect(a.sex).not.toBe(b.sex);
      expect(a.blockingKeys.filter((key) => b.blockingKeys.includes(key))).toEqual([]);
    }
    expect(total / names.length).toBeLessThan(sameKey + 0.15);
  });
});
