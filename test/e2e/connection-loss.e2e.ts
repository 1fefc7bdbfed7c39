import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@joined-up/audit';
import { officers, startTestFederation, type TestFederation } from '@joined-up/testing';

const SERVER_URL = process.env.JOINED_UP_TEST_POSTGRES_URL;
const RUN = `run${Date.now()}`;

/**
 * PostgreSQL kills every connection of the federation's database in the
 * middle of a stream of idempotent mutations and audited reads (as a server
 * restart or a failover would). The embedded PGlite has no connections to
 * lose, so this runs on PostgreSQL only.
 */
describe.runIf(SERVER_URL)('losing every database connection mid-stream', () => {
  let federation: TestFederation;
  let personId: string;

  beforeAll(async () => {
    federation = await startTestFederation('connection-loss');
    const row = await federation.subgraphs.get('person-index')!.database.db.selectFrom('person_records').select('person_id').limit(1).executeTakeFirstOrThrow();
    personId = row.person_id;
  });
  afterAll(() => federation?.stop());

  async function terminateConnections(): Promise<number> {
    const target = federation.subgraphs.get('partnership')!.database.target;
    if (target.kind !== 'postgres') throw new Error('This test needs PostgreSQL.');
    const databaseName = new URL(target.connectionString).pathname.slice(1);
    const admin = new pg.Client({ connectionString: SERVER_URL });
    await admin.connect();
    try {
      const result = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [databaseName]);
      return result.rowCount ?? 0;
    } finally {
      await admin.end();
    }
  }

  /** Sends one mutation until it succeeds, resending with the same key, for at most 10 s. */
  async function sendUntilDone(index: number): Promise<{ attempts: number }> {
    const deadline = Date.now() + 10_000;
    for (let attempts = 1; ; attempts++) {
      const response = await federation.query(
        `mutation { sendFeedback(input: { to: { agencyId: "education" }, subjectKind: OUTCOME, subjectId: "OUT-LAMBETH-YOUTH-CRIME", message: "${RUN} message ${index}" }, idempotencyKey: "${RUN}-${index}") { id } }`,
        { as: officers.policeAnalyst },
      );
      if (response.status === 200 && !response.errors) return { attempts };
      if (Date.now() > deadline) throw new Error(`Mutation ${index} still failing after 10 s: ${response.text.slice(0, 300)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('answers again within 10 s, loses and doubles no write, and keeps every audit chain intact', async () => {
    let killed = 0;
    let killedAt = 0;
    let recoveredAt = 0;
    let resent = 0;
    // 20 rounds of three concurrent mutations and an audited read; the
    // connections are killed twice while a round is in flight.
    for (let round = 0; round < 20; round++) {
      const killing = round === 8 || round === 14;
      if (killing && killedAt === 0) killedAt = Date.now();
      const [results, , terminated] = await Promise.all([
        Promise.all([0, 1, 2].map((offset) => sendUntilDone(round * 3 + offset))),
        federation.query(`query($id: ID!) { person(id: $id) { id police { offences { role } } } }`, { as: officers.policeCaseworker, variables: { id: personId } }),
        killing ? new Promise((resolve) => setTimeout(resolve, 15)).then(terminateConnections) : Promise.resolve(0),
      ]);
      killed += terminated;
      resent += results.reduce((sum, { attempts }) => sum + attempts - 1, 0);
      if (killedAt > 0 && recoveredAt === 0) recoveredAt = Date.now();
    }
    expect(killed, 'connections terminated').toBeGreaterThan(0);
    expect(recoveredAt - killedAt, 'time to answer again').toBeLessThan(10_000);

    const rows = await federation.subgraphs
      .get('partnership')!
      .database.db.selectFrom('feedback')
      .select('message')
      .where('message', 'like', `${RUN} message %`)
      .execute();
    expect(rows).toHaveLength(60);
    expect(new Set(rows.map((row) => row.message)).size).toBe(60);
    // ${resent} resends with the same keys wrote nothing more: 60 rows, 60 messages.
    console.log(`connection loss: ${killed} connections terminated, ${resent} mutations resent, answering again after ${recoveredAt - killedAt} ms`);

    for (const [name, subgraph] of federation.subgraphs) {
      const verdict = await verifyAuditChain(subgraph.database.db);
      expect(verdict.intact, `${name}: ${JSON.stringify(verdict)}`).toBe(true);
    }
  });
});
