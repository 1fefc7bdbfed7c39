import { describe, expect, it } from 'vitest';
import { isValidNhsNumber, isValidUpn, nhsNumberCheckDigit, upnCheckLetter, UpnRegister } from '../identifiers.js';

describe('NHS numbers', () => {
  it('computes the modulus 11 check digit', () => {
    // The NHS Digital worked example: 943 476 591 has check digit 9.
    expect(nhsNumberCheckDigit('943476591')).toBe(9);
    expect(nhsNumberCheckDigit('401023213')).toBe(7);
  });

  it('reads 11 as 0 and refuses a base whose check would be 10', () => {
    // 4×10 + 2×2 = 44, a multiple of 11: 11 - 0 = 11, written 0.
    expect(nhsNumberCheckDigit('400000002')).toBe(0);
    // 4×10 + 1×5 = 45, remainder 1: 11 - 1 = 10, so no number is issued on this base.
    expect(nhsNumberCheckDigit('400001000')).toBeNull();
  });

  it('validates whole numbers, with or without spaces', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(isValidNhsNumber('943476591')).toBe(false);
    expect(isValidNhsNumber('943476591X')).toBe(false);
  });

  it('rejects input that is not nine digits', () => {
    expect(() => nhsNumberCheckDigit('12345678')).toThrow(RangeError);
  });
});

describe('unique pupil numbers', () => {
  it('computes the DfE check letter', () => {
    // python-stdnum's example: 2×8 + 4×1 + 5×2 + 10×5 + 13×1 = 93, and 93 mod 23 = 1, B.
    expect(upnCheckLetter('801200005001')).toBe('B');
    // 2×2 + 4×7 + 9×1 + 10×6 + 12×4 + 13×9 = 266, and 266 mod 23 = 13, P (the 14th letter without I and O).
    expect(upnCheckLetter('207000016049')).toBe('P');
  });

  it('never uses I, O or S', () => {
    const letters = new Set(Array.from({ length: 2000 }, (_, i) => upnCheckLetter(String(208200100000 + i * 7919))));
    expect([...letters].some((letter) => 'IOS'.includes(letter))).toBe(false);
    expect(letters.size).toBe(23);
  });

  it('validates permanent UPNs only', () => {
    expect(isValidUpn('B801200005001')).toBe(true);
    expect(isValidUpn('A801200005001')).toBe(false);
    expect(isValidUpn('B80120000500A')).toBe(false);
    expect(isValidUpn('801200005001')).toBe(false);
  });

  it('moves to the next establishment when a school has issued a thousand in a year', () => {
    const register = new UpnRegister();
    const upns = Array.from({ length: 1500 }, () => register.issue('208', ['2001', '2008'], 0, 2020));
    expect(new Set(upns).size).toBe(1500);
    expect(upns.every(isValidUpn)).toBe(true);
    expect(upns[999].slice(4, 8)).toBe('2001');
    expect(upns[1000].slice(4, 8)).toBe('2008');
    expect(() => Array.from({ length: 600 }, () => register.issue('208', ['2001', '2008'], 0, 2020))).toThrow(/too many pupils/);
  });
});
