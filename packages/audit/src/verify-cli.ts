import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { databaseSchemaOf, MEMBERS } from '@joined-up/agencies';
import { createDatabase } from '@joined-up/db';
import { verifyAuditChain } from './verify-audit-chain.js';

/**
 * `pnpm audit:verify [--agency health]`: recomputes every agency's audit
 * chain and reports the first entry that was altered, inserted or removed
 * outside the rules. Exits non-zero when any chain is broken.
 */
const { values } = parseArgs({ options: { agency: { type: 'string', multiple: true } } });

let broken = 0;
for (const agency of values.agency ?? MEMBERS.map((member) => member.id)) {
  const database = await createDatabase({ schema: databaseSchemaOf(agency) });
  try {
    const { rows } = await sql<{ present: boolean }>`select to_regclass('audit_entries') is not null as present`.execute(database.db);
    if (!rows[0].present) {
      console.log(`${agency.padEnd(12)} no audit log`);
      continue;
    }
    const verdict = await verifyAuditChain(database.db);
    if (verdict.intact) {
      console.log(`${agency.padEnd(12)} intact (${verdict.entries} entries)`);
    } else {
      broken += 1;
      console.log(`${agency.padEnd(12)} BROKEN at entry ${verdict.firstBrokenSeq} of ${verdict.entries}: ${verdict.problem}`);
    }
  } finally {
    await database.destroy();
  }
}
process.exitCode = broken > 0 ? 1 : 0;
