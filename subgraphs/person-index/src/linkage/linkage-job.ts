import type { Kysely } from 'kysely';
import type { PersonIndexTables } from '../tables.js';
import { linkPeople } from '../linkage-run/link-people.js';

interface JobState {
  running: Promise<void> | null;
  lastError: string | null;
}

export type { JobState };

const START_DELAY_MS = 250;

const jobs = new WeakMap<Kysely<PersonIndexTables>, JobState>();

/**
 * A linkage run started through the API. It takes seconds to minutes, longer
 * than any request should wait behind the gateway's timeout, so it runs in
 * the background, one at a time per person index database, and reports
 * through `linkageStatus`. On the embedded database the run holds its only
 * connection, and its long statements run on this process's event loop, so
 * other person index requests wait (and may time out at the gateway) until it
 * ends; on PostgreSQL they carry on.
 */
export function linkageJob(db: Kysely<PersonIndexTables>): JobState {
  let state = jobs.get(db);
  if (!state) {
    state = { running: null, lastError: null };
    jobs.set(db, state);
  }
  return state;
}

/** Starts a run unless one is under way; returns false when one already is. */
export function startLinkageJob(db: Kysely<PersonIndexTables>): boolean {
  const state = linkageJob(db);
  if (state.running) return false;
  state.lastError = null;
  // Start once the request that asked for the run has been answered: on the
  // embedded database the first statement would otherwise hold up the reply.
  state.running = new Promise((resolve) => setTimeout(resolve, START_DELAY_MS))
    .then(() => linkPeople(db))
    .then(
      () => undefined,
      (error: unknown) => {
        state.lastError = error instanceof Error ? error.message : String(error);
        console.error('[person-index] linkage run failed', error);
      },
    )
    .finally(() => {
      state.running = null;
    });
  return true;
}
