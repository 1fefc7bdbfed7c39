/**
 * Agency identifiers: NHS numbers (modulus 11), unique pupil numbers (the DfE
 * modulus 23 check letter) and the local reference numbers of the other
 * agencies. Allocation draws numbers from each person's own stream and skips
 * any already issued, so identifiers are unique, unordered and reproducible.
 */
import type { Random } from './prng.js';

/**
 * Check digit of an NHS number: weights 10 down to 2 on the first nine digits,
 * 11 minus the sum modulo 11, 11 read as 0. Null when the result is 10: no
 * NHS number is issued on such a base.
 */
export function nhsNumberCheckDigit(nineDigits: string): number | null {
  if (!/^\d{9}$/.test(nineDigits)) throw new RangeError(`expected nine digits, got '${nineDigits}'`);
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (nineDigits.charCodeAt(i) - 48) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return null;
  return check === 11 ? 0 : check;
}

/** Ten digits (spaces allowed, as in "943 476 5919") with the right check digit. */
export function isValidNhsNumber(value: string): boolean {
  const digits = value.replace(/ /g, '');
  return /^\d{10}$/.test(digits) && nhsNumberCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
}

/** The 23 check letters: A to Z without I, O and S. */
const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** Check letter of a permanent UPN: digits weighted by their position (2 to 13), modulo 23. */
export function upnCheckLetter(twelveDigits: string): string {
  if (!/^\d{12}$/.test(twelveDigits)) throw new RangeError(`expected twelve digits, got '${twelveDigits}'`);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (twelveDigits.charCodeAt(i) - 48) * (i + 2);
  return UPN_LETTERS[sum % 23];
}

/** A permanent UPN: check letter, then LA (3), establishment (4), year (2) and serial (3) digits. */
export function isValidUpn(value: string): boolean {
  return /^[A-Z]\d{12}$/.test(value) && upnCheckLetter(value.slice(1)) === value[0];
}

/** NHS numbers issued in England start with 4 (and 6–7); we use the 4 range, with room for 90 million. */
export class NhsNumberRegister {
  private readonly issued = new Set<number>();

  issue(rng: Random): string {
    for (;;) {
      const base = 400_000_000 + rng.int(100_000_000);
      if (this.issued.has(base)) continue;
      const check = nhsNumberCheckDigit(String(base));
      if (check === null) continue;
      this.issued.add(base);
      return `${base}${check}`;
    }
  }
}

/**
 * Local references like 'MP-0012345'. The width grows past the usual one when
 * an agency holds so many records that random numbers would start to collide.
 */
export class ReferenceRegister {
  private readonly issued = new Set<number>();
  private readonly space: number;
  readonly digits: number;

  constructor(private readonly prefix: string, digits: number, expected: number) {
    this.digits = Math.max(digits, Math.ceil(Math.log10(Math.max(1, expected) * 4)));
    this.space = 10 ** this.digits - 1;
  }

  issue(rng: Random): string {
    for (;;) {
      const number = 1 + rng.int(this.space);
      if (this.issued.has(number)) continue;
      this.issued.add(number);
      return `${this.prefix}${String(number).padStart(this.digits, '0')}`;
    }
  }
}

/**
 * UPNs as schools issue them: the serial counts up within an establishment and
 * year. When a school runs out of its thousand serials in a year, the number
 * goes to the next establishment in the list.
 */
export class UpnRegister {
  private readonly nextSerial = new Map<string, number>();

  issue(laCode: string, establishments: readonly string[], preferred: number, year: number): string {
    const yy = String(((year % 100) + 100) % 100).padStart(2, '0');
    for (let offset = 0; offset < establishments.length; offset++) {
      const establishment = establishments[(preferred + offset) % establishments.length];
      const key = `${laCode}${establishment}${yy}`;
      const serial = this.nextSerial.get(key) ?? 0;
      if (serial > 999) continue;
      this.nextSerial.set(key, serial + 1);
      const digits = `${laCode}${establishment}${yy}${String(serial).padStart(3, '0')}`;
      return `${upnCheckLetter(digits)}${digits}`;
    }
    throw new RangeError(`every establishment in LA ${laCode} has issued 1000 UPNs in ${yy}: too many pupils for one year`);
  }
}
