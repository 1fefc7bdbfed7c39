import { describe, expect, it } from 'vitest';
import { canonicalGivenNames } from '../nicknames.js';
import {
  familyNameForms,
  givenNameForms,
  normaliseDate,
  normaliseName,
  normalisePostcode,
  normaliseSex,
  postcodeParts,
  swapDayAndMonth,
  unorderedDayMonth,
} from '../normalise.js';
import { soundex } from '../soundex.js';

describe('name normalisation', () => {
  it('folds case and accents, including letters Unicode does not decompose', () => {
    expect(normaliseName('Zoë')).toBe('zoe');
    expect(normaliseName('  RENÉE ')).toBe('renee');
    expect(normaliseName('Łukasz')).toBe('lukasz');
    expect(normaliseName('Ciarán')).toBe('ciaran');
    expect(normaliseName('Yıldız')).toBe('yildiz');
    expect(normaliseName(null)).toBe('');
  });

  it("joins apostrophes and separates other punctuation: O'Connor, O’Connor and OConnor agree", () => {
    expect(normaliseName("O'Connor")).toBe('oconnor');
    expect(normaliseName('O’Connor')).toBe('oconnor');
    expect(normaliseName("N'Diaye")).toBe('ndiaye');
    expect(normaliseName('St. Hilaire')).toBe('st hilaire');
  });

  it('gives a double-barrelled family name whole and in parts, however it was written', () => {
    expect(familyNameForms('Smith-Jones')).toEqual({ full: 'smith jones', parts: ['smith', 'jones'] });
    expect(familyNameForms('Smith  Jones')).toEqual(familyNameForms('smith-jones'));
    expect(familyNameForms('JONES').parts).toEqual(['jones']);
    expect(familyNameForms('Bonham Carter').parts).toEqual(['bonham', 'carter']);
    expect(familyNameForms('').parts).toEqual([]);
  });
});

describe('nicknames', () => {
  it('maps familiar forms to the formal name', () => {
    for (const name of ['Bill', 'Will', 'Billy', 'William']) expect(givenNameForms(name).canonical).toEqual(['william']);
    for (const name of ['Liz', 'Beth', 'Betty', 'Elizabeth']) expect(givenNameForms(name).canonical).toEqual(['elizabeth']);
    for (const name of ['Mohammad', 'Muhammad', 'Mohamed', 'Mohd']) expect(givenNameForms(name).canonical).toEqual(['mohammed']);
    expect(givenNameForms('Alex').canonical[0]).toBe('alexander');
  });

  it('keeps every formal name an ambiguous form may stand for, most likely first', () => {
    expect(canonicalGivenNames('sam')).toEqual(['samuel', 'samantha']);
    expect(canonicalGivenNames('alex')).toEqual(expect.arrayContaining(['alexander', 'alexandra']));
  });

  it('keeps the name as written beside its formal form, and unknown names as they are', () => {
    expect(givenNameForms('  billy ')).toEqual({ raw: 'billy', canonical: ['william'] });
    expect(givenNameForms('Kwame')).toEqual({ raw: 'kwame', canonical: ['kwame'] });
    expect(givenNameForms('Abdi Rahman').canonical).toEqual(['abdirahman']);
    expect(givenNameForms(null)).toEqual({ raw: '', canonical: [] });
  });

  it('knows a few hundred spellings', async () => {
    const { NICKNAME_DICTIONARY_SIZE } = await import('../nicknames.js');
    expect(NICKNAME_DICTIONARY_SIZE).toBeGreaterThan(600);
  });
});

describe('postcodes', () => {
  it('normalises spacing and case', () => {
    expect(normalisePostcode('sw97ab')).toBe('SW97AB');
    expect(normalisePostcode('SW9 7AB')).toBe('SW97AB');
    expect(normalisePostcode(' SW9  7AB ')).toBe('SW97AB');
  });

  it('gives the sector, district and area of a well-formed postcode', () => {
    expect(postcodeParts('sw9 7ab')).toEqual({ unit: 'SW97AB', sector: 'SW97', district: 'SW9', area: 'SW' });
    expect(postcodeParts('SE1 2ZQ')).toEqual({ unit: 'SE12ZQ', sector: 'SE12', district: 'SE1', area: 'SE' });
    expect(postcodeParts('EC1A 1BB')).toEqual({ unit: 'EC1A1BB', sector: 'EC1A1', district: 'EC1A', area: 'EC' });
    expect(postcodeParts('not a postcode')).toEqual({ unit: 'NOTAPOSTCODE', sector: '', district: '', area: '' });
    expect(postcodeParts('')).toBeNull();
  });
});

describe('dates of birth', () => {
  it('accepts ISO and British dates and refuses impossible ones', () => {
    expect(normaliseDate('2010-03-07')).toBe('2010-03-07');
    expect(normaliseDate('7/3/2010')).toBe('2010-03-07');
    expect(normaliseDate('2010-02-30')).toBeNull();
    expect(normaliseDate('2012-02-29')).toBe('2012-02-29');
    expect(normaliseDate('yesterday')).toBeNull();
  });

  it('produces the day-month swap only where it is another real date', () => {
    expect(swapDayAndMonth('2010-07-03')).toBe('2010-03-07');
    expect(swapDayAndMonth('2010-03-07')).toBe('2010-07-03');
    expect(swapDayAndMonth('2010-03-25')).toBeNull();
    expect(swapDayAndMonth('2010-05-05')).toBeNull();
  });

  it('keys a date and its swap alike', () => {
    expect(unorderedDayMonth('2010-07-03')).toBe(unorderedDayMonth('2010-03-07'));
  });
});

describe('sex and Soundex', () => {
  it('reads the usual ways of writing sex', () => {
    expect(normaliseSex('female')).toBe('F');
    expect(normaliseSex(' m')).toBe('M');
    expect(normaliseSex('unknown')).toBeNull();
  });

  it('codes names that sound alike the same', () => {
    expect(soundex('robert')).toBe('R163');
    expect(soundex('rupert')).toBe('R163');
    expect(soundex('ashcraft')).toBe('A261');
    expect(soundex('tymczak')).toBe('T522');
    expect(soundex('smith')).toBe(soundex('smyth'));
    expect(soundex('okafor')).toBe(soundex('okafro'));
    expect(soundex('')).toBe('');
  });
});
