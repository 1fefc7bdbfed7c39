import { badUserInput, isCalendarDate } from '@joined-up/federation';
import { findArea } from '@joined-up/geography';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Collects everything wrong with a mutation's input before anything is
 * written, so the client learns all of it at once: one BAD_USER_INPUT error
 * listing each problem by field.
 */
export class InputProblems {
  readonly #problems: { field: string; message: string }[] = [];

  add(field: string, message: string): this {
    this.#problems.push({ field, message });
    return this;
  }

  check(condition: boolean, field: string, message: string): boolean {
    if (!condition) this.add(field, message);
    return condition;
  }

  text(field: string, value: string | undefined | null, max = 2000): boolean {
    return this.check(!!value && value.trim().length > 0 && value.length <= max, field, `\`${field}\` must be between 1 and ${max} characters.`);
  }

  texts(field: string, values: readonly string[], max = 1000): boolean {
    return this.check(values.length > 0 && values.every((value) => value.trim().length > 0 && value.length <= max), field, `\`${field}\` needs at least one entry, each between 1 and ${max} characters.`);
  }

  date(field: string, value: string): boolean {
    return this.check(isCalendarDate(value), field, `\`${field}\` must be a date written YYYY-MM-DD; got "${value}".`);
  }

  month(field: string, value: string): boolean {
    return this.check(MONTH.test(value), field, `\`${field}\` must be a month written YYYY-MM; got "${value}".`);
  }

  area(field: string, code: string): boolean {
    return this.check(!!findArea(code), field, `\`${field}\` "${code}" is not a GSS code of an area the partnership covers.`);
  }

  throwIfAny(): void {
    if (this.#problems.length === 0) return;
    const summary = this.#problems.map((problem) => problem.message).join(' ');
    throw badUserInput(`Nothing was changed. ${summary}`, { problems: this.#problems });
  }
}
