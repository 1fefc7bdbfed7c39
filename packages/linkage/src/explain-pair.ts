import { sql, type Kysely } from 'kysely';
import { COMPARISONS, comparisonLevelsSql, type ComparisonName } from './comparisons.js';
import type { RecordRef } from './link-records.js';
import { matchWeight, pairKind, probabilityFromWeight, type MatchModel, type WeightContribution } from './match-model.js';
import { termFrequencyContributions } from './term-frequencies.js';
import { identityFrequencyContribution, type IdentityFrequency } from './identity-frequency.js';
import { MODEL_TERMS } from './model-terms.js';
import { ordered } from './record-review.js';

export interface WaterfallStep extends WeightContribution {
  /** Running total after this step, as the bars of Splink's waterfall chart end. */
  cumulative: number;
}

export interface PairExplanation {
  a: RecordRef;
  b: RecordRef;
  runId: number;
  /** log2 prior odds: the first bar (for two records of one agency, or of two, when the run set them apart). */
  prior: number;
  /** One step per model term that applies, in model order. */
  steps: WaterfallStep[];
  /** The postcodes differ, but other people's pairs in the last run showed them to be one household's old and new address, so the postcode counts as exact. */
  knownMove: boolean;
  totalWeight: number;
  probability: number;
  /** What the last run did with weights like this one. */
  outcome: 'link' | 'review' | 'non-link';
  /** The standing reviewer decision on the pair, if any (it overrides the outcome when clustering). */
  review: { decision: 'match' | 'non-match'; reason: string; officerId: string; decidedAt: string } | null;
}

const POSTCODE_EXACT = COMPARISONS.find((comparison) => comparison.name === 'postcode')!.levels.at(-1)!.level;

/** There is nothing to explain: no run has been made, or a record has sent no tokens. */
export class NothingToExplainError extends Error {
  override name = 'NothingToExplainError';
}

/**
 * Why the last run scored two records as it did: per model term, the level
 * the pair reached, its m and u, and the weight it added, from the prior to
 * the final probability. Computed afresh from the stored encodings and the
 * last run's model, so it works for any pair, blocked together or not.
 */
export async function explainPair(db: Kysely<any>, a: RecordRef, b: RecordRef): Promise<PairExplanation> {
  const model = await loadModel(db);
  const result = await sql<Record<ComparisonName, number>>`
    select ${sql.raw(comparisonLevelsSql('ea', 'eb'))}
    from linkage_encodings ea, linkage_encodings eb
    where ea.agency_id = ${a.agencyId} and ea.record_id = ${a.recordId}
      and eb.agency_id = ${b.agencyId} and eb.record_id = ${b.recordId}`.execute(db);
  const levels = result.rows[0];
  if (!levels) {
    throw new NothingToExplainError(
      `No stored encoding for ${a.agencyId}/${a.recordId} or ${b.agencyId}/${b.recordId}: ` +
        'check the agency and record ids, and that the agency has sent its linkage tokens.',
    );
  }
  const byName = Object.fromEntries(Object.entries(levels).map(([name, level]) => [name, Number(level)])) as Record<ComparisonName, number>;
  // The run counts as one address two postcodes other people's pairs show to be one household's old and new (`applyKnownMoves`):
  // explain the pair as the run scored it.
  const [first, second] = ordered(a, b);
  const saved = await db
    .selectFrom('linkage_pairs')
    .select(['postcode', 'identity_level'])
    .where('agency_a', '=', first.agencyId)
    .where('record_a', '=', first.recordId)
    .where('agency_b', '=', second.agencyId)
    .where('record_b', '=', second.recordId)
    .executeTakeFirst();
  const knownMove = saved !== undefined && Number(saved.postcode) === POSTCODE_EXACT && byName.postcode >= 0 && byName.postcode < POSTCODE_EXACT;
  if (knownMove) byName.postcode = POSTCODE_EXACT;
  const weight = matchWeight(model.model, byName, pairKind(a.agencyId, b.agencyId));
  const contributions = [...weight.contributions, ...(await termFrequencyContributions(db, model.model, byName, a))];
  // The identity's level as the run saved it with the pair (its groups are not kept).
  const identity = await identityFrequencyContribution(db, model.identityFrequency, byName, a, saved && {
    identityLevel: saved.identity_level === null ? null : Number(saved.identity_level),
  });
  if (identity) contributions.push(identity);
  let cumulative = weight.prior;
  const steps = contributions.map((contribution) => ({ ...contribution, cumulative: (cumulative += contribution.weight) }));
  const totalWeight = cumulative;
  const probability = probabilityFromWeight(totalWeight);
  const review = await db
    .selectFrom('linkage_reviews')
    .select(['decision', 'reason', 'officer_id', 'decided_at'])
    .where('agency_a', '=', first.agencyId)
    .where('record_a', '=', first.recordId)
    .where('agency_b', '=', second.agencyId)
    .where('record_b', '=', second.recordId)
    .executeTakeFirst();
  return {
    a,
    b,
    runId: model.runId,
    prior: weight.prior,
    steps,
    knownMove,
    totalWeight,
    probability,
    outcome: probability >= model.matchThreshold ? 'link' : probability >= model.reviewThreshold ? 'review' : 'non-link',
    review: review
      ? { decision: review.decision, reason: review.reason, officerId: review.officer_id, decidedAt: new Date(review.decided_at).toISOString() }
      : null,
  };
}

/** The last run's model, as `linkRecords` stored it. */
export async function loadModel(
  db: Kysely<any>,
): Promise<{ runId: number; model: MatchModel; matchThreshold: number; reviewThreshold: number; identityFrequency: IdentityFrequency | null }> {
  const run = await db
    .selectFrom('linkage_runs')
    .select(['run_id', 'lambda', 'match_threshold', 'review_threshold', 'summary'])
    .orderBy('run_id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!run) throw new NothingToExplainError('No linkage run has been made yet: call linkRecords before explaining pairs.');
  const rows = await db
    .selectFrom('linkage_model')
    .select(['comparison', 'level', 'label', 'm_probability', 'u_probability'])
    .where('run_id', '=', run.run_id)
    .orderBy('level')
    .execute();
  // A run saved before the comparison levels changed numbers them otherwise:
  // read against today's levels its m and u would explain the wrong evidence.
  const stale = MODEL_TERMS.find((term) => {
    const stored = rows.filter((row) => row.comparison === term.name);
    return stored.length !== term.levels.length || term.levels.some((level) => !stored.some((row) => Number(row.level) === level.level && row.label === level.label));
  });
  if (stale) {
    throw new NothingToExplainError(
      `The last linkage run compared ${stale.name.replace(/_/g, ' ')} at levels this version no longer has: run linkage again before explaining pairs.`,
    );
  }
  const summary = (typeof run.summary === 'string' ? JSON.parse(run.summary) : run.summary) as {
    priorByKind?: MatchModel['priorByKind'];
    identityFrequency?: IdentityFrequency;
  };
  const model: MatchModel = {
    lambda: Number(run.lambda),
    ...(summary?.priorByKind ? { priorByKind: summary.priorByKind } : {}),
    terms: MODEL_TERMS.map((term) => ({
      name: term.name,
      description: term.description,
      levels: rows
        .filter((row) => row.comparison === term.name)
        .map((row) => ({ level: Number(row.level), label: row.label, m: Number(row.m_probability), u: Number(row.u_probability) })),
    })),
  };
  return {
    runId: Number(run.run_id),
    model,
    matchThreshold: Number(run.match_threshold),
    reviewThreshold: Number(run.review_threshold),
    identityFrequency: summary?.identityFrequency ?? null,
  };
}
