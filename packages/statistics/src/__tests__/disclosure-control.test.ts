import { describe, expect, it } from 'vitest';
import { discloseCount, discloseRate } from '../disclosure-control.js';

describe('disclosure control', () => {
  it.each([
    [0, { value: 0, suppressed: false }],
    [1, { value: null, suppressed: true }],
    [7, { value: null, suppressed: true }],
    [8, { value: 10, suppressed: false }],
    [12, { value: 10, suppressed: false }],
    [13, { value: 15, suppressed: false }],
    [1234, { value: 1235, suppressed: false }],
  ])('publishes a count of %i as %o', (raw, expected) => {
    const disclosed = discloseCount(raw);
    expect(disclosed).toMatchObject(expected);
    expect(disclosed.reason === null).toBe(!expected.suppressed);
  });

  it('suppresses a rate whose numerator is small, and says why', () => {
    const rate = discloseRate(3, 400, 100);
    expect(rate).toMatchObject({ value: null, suppressed: true, numerator: { value: null, suppressed: true }, denominator: { value: 400 } });
    expect(rate.reason).toMatch(/numerator/);
  });

  it('suppresses a rate whose denominator is small', () => {
    expect(discloseRate(0, 5, 100)).toMatchObject({ value: null, suppressed: true, reason: expect.stringMatching(/denominator/) });
  });

  it('computes a published rate from the unrounded counts', () => {
    // 12 of 83 is 14.46%: from the rounded 10 of 85 it would be 11.8%.
    expect(discloseRate(12, 83, 100)).toMatchObject({ value: 14.5, suppressed: false, numerator: { value: 10 }, denominator: { value: 85 } });
  });

  it('publishes a zero rate, and no rate over an empty population', () => {
    expect(discloseRate(0, 50, 100)).toMatchObject({ value: 0, suppressed: false });
    expect(discloseRate(0, 0, 100)).toMatchObject({ value: null, suppressed: false });
  });

  it('refuses nonsense counts', () => {
    expect(() => discloseCount(-1)).toThrow();
    expect(() => discloseCount(Number.NaN)).toThrow();
  });
});
