import { badUserInput } from '@joined-up/federation';

export const DEFAULT_FEEDBACK_DAYS = 14;
const MAX_DAYS = 3650;

/**
 * How many days feedback may wait before it is listed as unanswered: the
 * argument when given, else `JOINED_UP_FEEDBACK_DAYS`, else 14. Read on every
 * call, so that a change of configuration needs no restart of the schema.
 */
export function unansweredThresholdDays(argument: number | null | undefined, env: NodeJS.ProcessEnv = process.env): number {
  if (argument !== null && argument !== undefined) {
    if (!Number.isInteger(argument) || argument < 0 || argument > MAX_DAYS) {
      throw badUserInput(`\`olderThanDays\` must be a whole number of days from 0 to ${MAX_DAYS}, got ${argument}.`, { argument: 'olderThanDays' });
    }
    return argument;
  }
  const configured = env.JOINED_UP_FEEDBACK_DAYS;
  if (configured === undefined || configured === '') return DEFAULT_FEEDBACK_DAYS;
  const days = Number(configured);
  if (!Number.isInteger(days) || days < 0 || days > MAX_DAYS) {
    // A configuration mistake, not the client's: it goes to the server log, the client sees a generic error.
    throw new Error(`JOINED_UP_FEEDBACK_DAYS must be a whole number of days from 0 to ${MAX_DAYS}; it is "${configured}".`);
  }
  return days;
}
