import { describe, expect, it } from 'vitest';
import { OPERATION_LIMITS } from '@joined-up/federation';
import { SERVING_POOL } from '../start-subgraph.js';

/**
 * A subgraph's serving pool: its statements end within the request budget,
 * and its connections outlast a pause in traffic (pg's own 10 s made every
 * subgraph reopen its connections after each pause; that the pool honours
 * `idleTimeoutMs` is tested in @joined-up/db).
 */
describe('the serving pool', () => {
  it('bounds every statement by the longest request budget', () => {
    expect(SERVING_POOL.statementTimeoutMs).toBe(OPERATION_LIMITS.timeBudgetMs);
  });

  it('keeps an idle connection for minutes, not pg’s 10 s', () => {
    expect(SERVING_POOL.idleTimeoutMs).toBeGreaterThanOrEqual(60_000);
  });
});
