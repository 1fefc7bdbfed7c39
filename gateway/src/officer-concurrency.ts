import type { ServerResponse } from 'node:http';
import { limitExceeded } from '@joined-up/federation';

/** Concurrent requests one officer may have in flight at the gateway, unless configured. */
export const DEFAULT_MAX_CONCURRENT_PER_OFFICER = 8;

/** `JOINED_UP_MAX_CONCURRENT_PER_OFFICER`, or the default. */
export function maxConcurrentPerOfficerFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.JOINED_UP_MAX_CONCURRENT_PER_OFFICER);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_MAX_CONCURRENT_PER_OFFICER;
}

/**
 * Fairness between officers: one officer (or one leaked token) may have only
 * `max` requests in flight at once, so no one can take the federation's
 * whole capacity. A request over it is refused at once with HTTP 429 and
 * CONCURRENT_REQUEST_LIMIT rather than queued; a slot is given back when its
 * response ends or its connection closes.
 */
export class OfficerConcurrency {
  private readonly inFlight = new Map<string, number>();

  constructor(readonly max: number) {}

  /** Takes a slot for `officerId` until `response` closes, or throws the refusal. */
  enter(officerId: string, response: ServerResponse): void {
    const current = this.inFlight.get(officerId) ?? 0;
    if (current >= this.max) throw limitExceeded('concurrency', current + 1, this.max, 429);
    this.inFlight.set(officerId, current + 1);
    response.once('close', () => this.leave(officerId));
  }

  /** Requests in flight for `officerId` (for tests and logs). */
  count(officerId: string): number {
    return this.inFlight.get(officerId) ?? 0;
  }

  private leave(officerId: string): void {
    const remaining = (this.inFlight.get(officerId) ?? 1) - 1;
    if (remaining > 0) this.inFlight.set(officerId, remaining);
    else this.inFlight.delete(officerId);
  }
}
