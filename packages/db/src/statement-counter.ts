import type { LogEvent } from 'kysely';
import { sqlStatements } from '@joined-up/metrics';
import { recordSqlSpan } from '@joined-up/tracing';

/**
 * Counts the SQL statements a database has run. Tests and the benchmark read
 * it to prove that a request costs a fixed number of statements, however many
 * people it touches.
 */
export class StatementCounter {
  #count = 0;
  #total = 0;
  #recent: string[] = [];

  constructor(
    private readonly schema = 'unknown',
    private readonly keepRecent = 50,
  ) {}

  readonly record = (event: LogEvent): void => {
    this.#count += 1;
    this.#total += 1;
    sqlStatements.inc({ schema: this.schema, outcome: event.level === 'error' ? 'error' : 'ok' });
    recordSqlSpan(this.schema, event.query.sql, event.queryDurationMillis, event.level === 'error');
    this.#recent.push(event.query.sql);
    if (this.#recent.length > this.keepRecent) this.#recent.shift();
    if (event.level === 'error' && process.env.JOINED_UP_LOG_SQL_ERRORS) {
      console.error('SQL error:', event.query.sql, event.error);
    }
  };

  get count(): number {
    return this.#count;
  }

  /** Statements run since the database was opened; `reset` leaves it alone. */
  get total(): number {
    return this.#total;
  }

  /** The last statements run, oldest first, to explain a surprising count. */
  get recent(): readonly string[] {
    return this.#recent;
  }

  reset(): void {
    this.#count = 0;
    this.#recent = [];
  }
}
