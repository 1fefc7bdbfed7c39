import { badUserInput } from '@joined-up/federation';

const KEY = /^[A-Za-z0-9._:-]{8,128}$/;

/** The `idempotencyKey` argument's options, the same on every mutation that takes one. */
export const idempotencyKeyArg = {
  description: 'A key you choose for this request (a UUID is ideal). Resending the same request with the same key changes nothing and returns the first result.',
};

/** Idempotency keys are chosen by the client (a UUID is ideal): 8 to 128 letters, digits, dots, colons, dashes or underscores. */
export function checkIdempotencyKey(key: string): string {
  if (!KEY.test(key)) {
    throw badUserInput('`idempotencyKey` must be 8 to 128 letters, digits, dots, colons, dashes or underscores; a UUID is ideal.', {
      argument: 'idempotencyKey',
    });
  }
  return key;
}
