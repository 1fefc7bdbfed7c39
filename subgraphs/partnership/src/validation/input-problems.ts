import { badUserInput, isCalendarDate } from '@joined-up/federation';
import { areaCodeProblem } from '@joined-up/geography';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,128}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The one way a partnership mutation validates its input: every check adds
 * to the list instead of throwing, and `throwIfAny` reports everything wrong
 * at once, before anything is read or written, so the client fixes it in one
 * round: one BAD_USER_INPUT error whose `problems` lists each field and what
 * is wrong with it (`argument` names the first, for clients that show one).
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

  /** The client's idempotency key (a UUID is ideal): 8 to 128 letters, digits, dots, colons, dashes or underscores. */
  idempotencyKey(key: string): this {
    this.check(IDEMPOTENCY_KEY.test(key), 'idempotencyKey', '`idempotencyKey` must be 8 to 128 letters, digits, dots, colons, dashes or underscores; a UUID is ideal.');
    return this;
  }

  /** Required text, trimmed: not blank, at most `max` characters. Null (and a problem) otherwise. */
  text(field: string, value: string | undefined | null, max = 2000): string | null {
    const text = value?.trim() ?? '';
    if (text.length === 0) return this.add(field, `\`${field}\` must not be empty.`), null;
    if (text.length > max) return this.add(field, `\`${field}\` is ${text.length} characters; keep it to ${max}.`), null;
    return text;
  }

  /** Optional text: null when absent or blank, otherwise as `text`. */
  optionalText(field: string, value: string | undefined | null, max = 2000): string | null {
    return value === null || value === undefined || value.trim() === '' ? null : this.text(field, value, max);
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

  /** An area the partnership covers, by GSS code: the same check, and the same words, wherever an area code is given. */
  area(field: string, code: string): this {
    const problem = areaCodeProblem(code);
    if (problem) this.add(field, `\`${field}\`: ${problem}`);
    return this;
  }

  /** An ISO 8601 date-time with a time zone, e.g. 2025-03-04T10:00:00Z, not in the future; null (and a problem) otherwise. */
  pastTimestamp(field: string, value: string): Date | null {
    const parsed = TIMESTAMP.test(value) && isCalendarDate(value.slice(0, 10)) ? new Date(value) : null;
    if (!parsed || Number.isNaN(parsed.getTime())) {
      return this.add(field, `\`${field}\` must be an ISO 8601 date-time with a time zone, such as 2025-03-04T10:00:00Z; got "${value}".`), null;
    }
    if (parsed.getTime() > Date.now() + 60_000) return this.add(field, `\`${field}\` (${value}) is in the future.`), null;
    return parsed;
  }

  /** A list that names each thing once. */
  distinct(field: string, values: readonly string[]): boolean {
    const twice = [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
    return this.check(twice.length === 0, field, `\`${field}\` names ${twice.map((value) => `"${value}"`).join(', ')} more than once; name each once.`);
  }

  get any(): boolean {
    return this.#problems.length > 0;
  }

  /** Throws every problem in one BAD_USER_INPUT; `preface` comes first (a query changes nothing, so it passes none). */
  throwIfAny(preface = 'Nothing was changed.'): void {
    if (this.#problems.length === 0) return;
    const summary = [preface, ...this.#problems.map((problem) => problem.message)].filter(Boolean).join(' ');
    throw badUserInput(summary, { argument: this.#problems[0].field, problems: this.#problems });
  }
}
