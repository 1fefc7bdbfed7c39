/** The knobs of a population and their defaults. */
import { HISTORY_START, todayUtc } from './dates.js';

export interface PopulationOptions {
  /** Number of true people; default 10 000, and works at 1 000 000. */
  size?: number;
  /** Default 1998, the year of the report. */
  seed?: number;
  /** 'YYYY-MM-DD', the "today" of the data; default today's date in UTC. */
  asOf?: string;
  /**
   * Default true. False gives person records only (the agency person tables
   * plus schools, households, organisations and services), no events: for
   * linkage benchmarks at a million people.
   */
  events?: boolean;
}

export function resolveOptions(options: PopulationOptions = {}): Required<PopulationOptions> {
  const resolved = {
    size: options.size ?? 10_000,
    seed: options.seed ?? 1998,
    asOf: options.asOf ?? todayUtc(),
    events: options.events ?? true,
  };
  if (!Number.isInteger(resolved.size) || resolved.size < 1) {
    throw new RangeError(`size must be a positive whole number of people, got ${resolved.size}`);
  }
  if (!Number.isInteger(resolved.seed)) {
    throw new RangeError(`seed must be a whole number, got ${resolved.seed}`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(resolved.asOf) || Number.isNaN(Date.parse(resolved.asOf))) {
    throw new RangeError(`asOf must be a date written YYYY-MM-DD, got '${resolved.asOf}'`);
  }
  if (resolved.asOf < HISTORY_START) {
    throw new RangeError(`asOf must be on or after ${HISTORY_START}, where the event history starts; got '${resolved.asOf}'`);
  }
  return resolved;
}
