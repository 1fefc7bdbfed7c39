import { InputProblems } from '../validation/input-problems.js';

/** The `idempotencyKey` argument's options, the same on every mutation that takes one. */
export const idempotencyKeyArg = {
  description: 'A key you choose for this request (a UUID is ideal). Resending the same request with the same key changes nothing and returns the first result.',
};

/** For a mutation with no other input to check: the key alone, reported as InputProblems reports everything. */
export function checkIdempotencyKey(key: string): string {
  new InputProblems().idempotencyKey(key).throwIfAny();
  return key;
}
