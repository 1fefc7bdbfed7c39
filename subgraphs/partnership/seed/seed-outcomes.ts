import type { Kysely } from 'kysely';
import { insertRows } from '@joined-up/db';
import type { PartnershipTables } from '../src/tables.js';
import { seedBaselinePeriod, seedOutcomes } from './outcomes.js';

/** Writes the seeded outcomes, scaling count baselines and targets to the population size. */
export async function insertSeedOutcomes(db: Kysely<PartnershipTables>, populationSize: number): Promise<void> {
  const scale = populationSize / 10_000;
  // Three significant figures, not one decimal place: in a small population a
  // scaled baseline and target would otherwise round to the same value, and a
  // target must improve on its baseline.
  const round = (value: number) => Number(value.toPrecision(3));
  await insertRows(
    db,
    'outcomes',
    seedOutcomes.map((outcome) => ({
      outcome_id: outcome.id,
      title: outcome.title,
      mischief: outcome.mischief,
      description: outcome.description,
      area_code: outcome.areaCode,
      start_date: outcome.startDate,
      target_date: outcome.targetDate,
      stage: outcome.agreedOn ? 'agreed' : 'proposed',
      proposed_by: 'partnership-admin',
      agreed_on: outcome.agreedOn,
      created_at: new Date(`${outcome.proposedOn}T09:00:00Z`),
    })),
  );
  await insertRows(
    db,
    'indicators',
    seedOutcomes.flatMap((outcome) =>
      outcome.indicators.map((indicator) => ({
        indicator_id: indicator.id,
        outcome_id: outcome.id,
        agency_id: indicator.agency,
        measure: indicator.measure,
        name: indicator.name,
        unit: indicator.unit,
        polarity: indicator.polarity,
        granularity: indicator.granularity,
        baseline: indicator.scales ? round(indicator.baseline * scale) : indicator.baseline,
        baseline_period: seedBaselinePeriod(),
        target: indicator.scales ? round(indicator.target * scale) : indicator.target,
        target_date: indicator.targetDate,
      })),
    ),
  );
  await insertRows(
    db,
    'outcome_roles',
    seedOutcomes.flatMap((outcome) => outcome.roles.map((role) => ({ outcome_id: outcome.id, agency_id: role.agency, role: role.role, commitments: role.commitments }))),
  );
  await insertRows(
    db,
    'accountabilities',
    seedOutcomes.flatMap((outcome) =>
      outcome.lead ? [{ outcome_id: outcome.id, officer_id: outcome.lead, held_from: new Date(`${outcome.agreedOn}T09:00:00Z`), assigned_by: 'partnership-admin' }] : [],
    ),
  );
  const agreements = seedOutcomes.flatMap((outcome) =>
    outcome.agreements.map((agreement) => ({ ...agreement, outcomeId: outcome.id, openedAt: new Date(`${outcome.startDate}T09:00:00Z`) })),
  );
  await insertRows(
    db,
    'operating_agreements',
    agreements.map((agreement) => ({
      agreement_id: agreement.id,
      outcome_id: agreement.outcomeId,
      title: agreement.title,
      freedoms: agreement.freedoms,
      review_date: agreement.reviewDate,
      opened_by: 'partnership-admin',
      opened_at: agreement.openedAt,
    })),
  );
  await insertRows(db, 'operating_agreement_parties', agreements.flatMap((agreement) => agreement.parties.map((agency_id) => ({ agreement_id: agreement.id, agency_id }))));
  await insertRows(
    db,
    'operating_agreement_conditions',
    agreements.flatMap((agreement) => agreement.conditions.map((indicator_id) => ({ agreement_id: agreement.id, indicator_id }))),
  );
}
