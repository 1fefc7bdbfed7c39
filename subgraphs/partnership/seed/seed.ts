import type { Kysely } from 'kysely';
import { insertRows } from '@joined-up/db';
import type { PartnershipTables } from '../src/tables.js';
import { agencies, officers } from './directory.js';
import { sharingAgreements } from './sharing-agreements.js';
import { insertSeedOutcomes } from './seed-outcomes.js';
import { insertSeedEngagement } from './engagement.js';
import type { Population } from '@joined-up/synthetic';

/**
 * Seeds the partnership's own records. The person index is not seeded: it is
 * built by linkage from the tokens the agencies send once they are running.
 */
export async function seedPartnership(db: Kysely<PartnershipTables>, population: Population): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await insertRows(trx, 'agencies', agencies);
    await insertRows(trx, 'officers', officers);
    await insertRows(
      trx,
      'sharing_agreements',
      sharingAgreements.map(({ parties: _parties, identifying_roles: _roles, ...agreement }) => agreement),
    );
    await insertRows(
      trx,
      'sharing_agreement_identifying_roles',
      sharingAgreements.flatMap((agreement) =>
        Object.entries(agreement.identifying_roles).flatMap(([category, roles]) => roles.map((role) => ({ agreement_id: agreement.agreement_id, category, role }))),
      ),
    );
    await insertRows(
      trx,
      'sharing_agreement_parties',
      sharingAgreements.flatMap((agreement) => agreement.parties.map((party) => ({ agreement_id: agreement.agreement_id, ...party }))),
    );
    await insertSeedOutcomes(trx, population.options.size);
    await insertSeedEngagement(trx, population.options.size);
  });
}
