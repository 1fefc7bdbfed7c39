import { badUserInput, conflict, isCalendarDate } from '@joined-up/federation';
import type { GraphQLError } from 'graphql';

/** Trimmed text that must not be empty nor longer than `max` characters. */
export function requireText(value: string, argument: string, max = 4000): string {
  const text = value.trim();
  if (text.length === 0) throw badUserInput(`\`${argument}\` must not be empty.`, { argument });
  if (text.length > max) throw badUserInput(`\`${argument}\` is ${text.length} characters; keep it to ${max}.`, { argument });
  return text;
}

/** Optional text: null when absent or blank, otherwise as `requireText`. */
export function optionalText(value: string | null | undefined, argument: string, max = 4000): string | null {
  return value === null || value === undefined || value.trim() === '' ? null : requireText(value, argument, max);
}

/** An ISO 8601 date-time with a time zone, e.g. 2025-03-04T10:00:00Z; never in the future. */
export function requirePastTimestamp(value: string, argument: string): Date {
  const wellFormed = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) && isCalendarDate(value.slice(0, 10));
  const parsed = wellFormed ? new Date(value) : null;
  if (!parsed || Number.isNaN(parsed.getTime())) {
    throw badUserInput(`\`${argument}\` must be an ISO 8601 date-time with a time zone, such as 2025-03-04T10:00:00Z; got "${value}".`, { argument });
  }
  if (parsed.getTime() > Date.now() + 60_000) throw badUserInput(`\`${argument}\` (${value}) is in the future.`, { argument });
  return parsed;
}

/** Refuses a list that names the same thing twice. */
export function requireDistinct(values: readonly string[], argument: string): void {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) throw badUserInput(`\`${argument}\` names "${value}" twice; name each once.`, { argument, value });
    seen.add(value);
  }
}

/** PostgreSQL's unique_violation: another request wrote the same thing first. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '23505';
}

/**
 * Runs a write and turns a unique violation the write could not rule out in
 * advance (a concurrent request won the race) into CONFLICT: `onDuplicate` is
 * its message, or the whole error when it needs extensions.
 */
export async function conflictOnDuplicate<Result>(onDuplicate: string | GraphQLError, write: () => Promise<Result>): Promise<Result> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw typeof onDuplicate === 'string' ? conflict(onDuplicate) : onDuplicate;
    throw error;
  }
}
