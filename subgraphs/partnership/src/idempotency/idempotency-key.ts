import { InputProblems } from '../validation/input-problems.js';

/** For a mutation with no other input to check: the key alone, reported as InputProblems reports everything. */
export function checkIdempotencyKey(key: string): string {
  new InputProblems().idempotencyKey(key).throwIfAny();
  return key;
}
