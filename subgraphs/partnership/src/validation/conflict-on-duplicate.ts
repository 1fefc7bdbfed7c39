import { conflict } from '@joined-up/federation';
import type { GraphQLError } from 'graphql';

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
