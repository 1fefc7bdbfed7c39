import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { sql, type Kysely } from 'kysely';
import { badUserInput, conflict, forbidden, notFound } from '@joined-up/federation';
import { explainPair, NothingToExplainError, recordReview } from '@joined-up/linkage';
import { writeAuditEntries } from '@joined-up/audit';
import type { PersonIndexContext } from '../context.js';
import type { PersonIndexTables } from '../tables.js';
import { checkIdempotencyKey, idempotent } from '@joined-up/service';
import { AgencyRecordInput, LinkCandidate, LinkDecision, LinkExplanation, LinkageRun, LinkageStatus, LinkReview, LinkWeightStep } from './linkage.types.js';
import { linkageJob, startLinkageJob } from './linkage-job.js';

/** Who works on the linkage: reviewers decide uncertain pairs; administrators also re-run it. */
const LINKAGE_ROLES = ['linkage-reviewer', 'partnership-admin'] as const;

/**
 * The linkage compares every agency's records, so only the partnership's own
 * officers work on it: an agency officer holding a role of the same name in
 * their own agency's token is refused.
 */
function requireLinkageOfficer(context: PersonIndexContext, roles: readonly string[], action: string): void {
  if (context.identity.agency !== 'partnership') {
    throw forbidden(`Only partnership officers may ${action}; your token is for ${context.identity.agency}.`, { requiredAgency: 'partnership' });
  }
  if (roles.some((role) => context.identity.roles.includes(role))) return;
  throw forbidden(`Only ${roles.join(' or ')} officers may ${action}; your token carries ${context.identity.roles.join(', ') || 'no roles'}.`, {
    requiredRoles: roles,
  });
}

/**
 * One audit entry per record looked at, under the person it is linked to (if
 * any), so the person's subject access request shows the reviewer's look.
 */
async function auditEntries(db: Kysely<PersonIndexTables>, context: PersonIndexContext, records: readonly AgencyRecordInput[], field: string) {
  const linked = await db
    .selectFrom('person_records')
    .select(['agency_id', 'record_id', 'person_id'])
    .where((eb) => eb.or(records.map((record) => eb.and([eb('agency_id', '=', record.agencyId), eb('record_id', '=', record.recordId)]))))
    .execute();
  return records.map((record) => ({
    officerId: context.identity.officerId,
    officerAgency: context.identity.agency,
    purpose: context.identity.purpose,
    basis: 'own-agency' as const,
    agreementId: null,
    subjectPersonId: linked.find((row) => row.agency_id === record.agencyId && row.record_id === record.recordId)?.person_id ?? null,
    subjectRecordId: `${record.agencyId}/${record.recordId}`,
    category: 'partnership.person-index',
    fields: [field],
    requestId: context.requestId,
  }));
}

function checkPair(a: AgencyRecordInput, b: AgencyRecordInput): void {
  if (a.agencyId === b.agencyId && a.recordId === b.recordId) throw badUserInput('Name two different records.', { argument: 'recordB' });
}

async function lastRun(context: PersonIndexContext): Promise<LinkageRun | null> {
  const row = await context.db.selectFrom('linkage_runs').selectAll().orderBy('run_id', 'desc').limit(1).executeTakeFirst();
  return row
    ? Object.assign(new LinkageRun(), {
        id: String(row.run_id),
        finishedAt: new Date(row.finished_at).toISOString(),
        records: Number(row.records),
        pairsScored: Number(row.pairs_scored),
        pairsLinked: Number(row.pairs_linked),
        reviewBand: Number(row.review_band),
      })
    : null;
}

@Resolver()
export class LinkageResolver {
  @Query(() => LinkageStatus, {
    description: 'Whether a linkage run is under way and, when none is, the last one that finished. For linkage reviewers and partnership administrators.',
  })
  async linkageStatus(@Ctx() context: PersonIndexContext): Promise<LinkageStatus> {
    requireLinkageOfficer(context, LINKAGE_ROLES, 'see the linkage status');
    const job = linkageJob(context.db);
    // While a run holds the embedded database's one connection, answer without touching it.
    if (job.running) return Object.assign(new LinkageStatus(), { running: true, lastRun: null, lastError: null });
    return Object.assign(new LinkageStatus(), { running: false, lastRun: await lastRun(context), lastError: job.lastError });
  }

  @Query(() => [LinkCandidate], {
    description:
      'The clerical review queue: pairs the last run could not decide (probability between the review and match thresholds) that no reviewer has decided yet, most likely first.',
  })
  async linkageReviewQueue(
    @Ctx() context: PersonIndexContext,
    @Arg('limit', () => Int, { defaultValue: 50, description: 'At most this many pairs (1 to 500).' }) limit: number,
  ): Promise<LinkCandidate[]> {
    requireLinkageOfficer(context, LINKAGE_ROLES, 'review links');
    if (limit < 1 || limit > 500) throw badUserInput('`limit` must be between 1 and 500.', { argument: 'limit' });
    const rows = await context.db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ agency_a: string; record_a: string; agency_b: string; record_b: string; match_weight: number; match_probability: number }>`
        select p.agency_a, p.record_a, p.agency_b, p.record_b, p.match_weight, p.match_probability
        from linkage_pairs p
        where p.run_id = (select max(run_id) from linkage_runs) and p.outcome = 'review'
          and not exists (select 1 from linkage_reviews r
                          where r.agency_a = p.agency_a and r.record_a = p.record_a and r.agency_b = p.agency_b and r.record_b = p.record_b)
        order by p.match_probability desc, p.agency_a, p.record_a, p.agency_b, p.record_b
        limit ${limit}`.execute(trx);
      const listed = rows.flatMap((row) => [
        { agencyId: row.agency_a, recordId: row.record_a },
        { agencyId: row.agency_b, recordId: row.record_b },
      ]);
      if (listed.length > 0) await writeAuditEntries(trx, await auditEntries(trx, context, listed, 'linkageReviewQueue'));
      return rows;
    });
    return rows.map((row) =>
      Object.assign(new LinkCandidate(), {
        recordA: { agencyId: row.agency_a, recordId: row.record_a },
        recordB: { agencyId: row.agency_b, recordId: row.record_b },
        matchWeight: Number(row.match_weight),
        probability: Number(row.match_probability),
      }),
    );
  }

  @Query(() => LinkExplanation, { description: 'Why two records were or were not linked: the weight each comparison contributed. Reading it is audited.' })
  async linkExplanation(
    @Ctx() context: PersonIndexContext,
    @Arg('recordA', () => AgencyRecordInput) recordA: AgencyRecordInput,
    @Arg('recordB', () => AgencyRecordInput) recordB: AgencyRecordInput,
  ): Promise<LinkExplanation> {
    requireLinkageOfficer(context, LINKAGE_ROLES, 'explain links');
    checkPair(recordA, recordB);
    const explanation = await context.db.transaction().execute(async (trx) => {
      let found;
      try {
        found = await explainPair(trx, recordA, recordB);
      } catch (error) {
        if (error instanceof NothingToExplainError) throw notFound(error.message, { argument: 'recordA' });
        throw error;
      }
      await writeAuditEntries(trx, await auditEntries(trx, context, [recordA, recordB], 'linkExplanation'));
      return found;
    });
    return Object.assign(new LinkExplanation(), {
      recordA: explanation.a,
      recordB: explanation.b,
      prior: explanation.prior,
      steps: explanation.steps.map((step) =>
        Object.assign(new LinkWeightStep(), {
          comparison: step.term,
          description: step.description,
          level: step.label,
          m: step.m,
          u: step.u,
          weight: step.weight,
          cumulative: step.cumulative,
        }),
      ),
      totalWeight: explanation.totalWeight,
      probability: explanation.probability,
      outcome: explanation.outcome,
      review: explanation.review
        ? Object.assign(new LinkReview(), {
            decision: explanation.review.decision === 'match' ? LinkDecision.MATCH : LinkDecision.NON_MATCH,
            reason: explanation.review.reason,
            officerId: explanation.review.officerId,
            decidedAt: new Date(explanation.review.decidedAt).toISOString(),
          })
        : null,
    });
  }

  @Mutation(() => LinkReview, {
    description:
      "Records a reviewer's decision on two records: the same person or not. It is audited, and every later linkage run respects it (a match always links; a non-match is never joined, even through other links). It takes effect at the next run.",
  })
  async reviewLink(
    @Ctx() context: PersonIndexContext,
    @Arg('recordA', () => AgencyRecordInput) recordA: AgencyRecordInput,
    @Arg('recordB', () => AgencyRecordInput) recordB: AgencyRecordInput,
    @Arg('decision', () => LinkDecision) decision: LinkDecision,
    @Arg('reason', () => String, { description: 'Why, for the audit and the next reviewer.' }) reason: string,
    @Arg('idempotencyKey', () => String, { description: 'A key the client chooses (a UUID); a resend records the decision once.' }) idempotencyKey: string,
  ): Promise<LinkReview> {
    requireLinkageOfficer(context, LINKAGE_ROLES, 'review links');
    checkIdempotencyKey(idempotencyKey);
    checkPair(recordA, recordB);
    if (!reason.trim() || reason.length > 2000) throw badUserInput('`reason` must be between 1 and 2000 characters.', { argument: 'reason' });
    const encodings = await context.db
      .selectFrom('linkage_encodings')
      .select(['agency_id', 'record_id'])
      .where((eb) =>
        eb.or([
          eb.and([eb('agency_id', '=', recordA.agencyId), eb('record_id', '=', recordA.recordId)]),
          eb.and([eb('agency_id', '=', recordB.agencyId), eb('record_id', '=', recordB.recordId)]),
        ]),
      )
      .execute();
    if (encodings.length < 2) throw notFound('The partnership holds no linkage tokens for one of these records: check the agency and record ids.', { argument: 'recordA' });
    const decidedAt = new Date().toISOString();
    const stored = await idempotent(
      context,
      { key: idempotencyKey, operation: 'reviewLink', input: { recordA, recordB, decision, reason }, officerId: context.identity.officerId },
      async (trx) => {
        await recordReview(trx, { a: recordA, b: recordB, decision: decision === LinkDecision.MATCH ? 'match' : 'non-match', reason: reason.trim(), officerId: context.identity.officerId, decidedAt: new Date(decidedAt) });
        await writeAuditEntries(trx, await auditEntries(trx, context, [recordA, recordB], 'reviewLink'));
        return { decidedAt };
      },
    );
    return Object.assign(new LinkReview(), { decision, reason: reason.trim(), officerId: context.identity.officerId, decidedAt: stored.decidedAt });
  }

  @Mutation(() => LinkageStatus, {
    description:
      'Re-runs the linkage over the tokens the agencies last sent (to apply reviewers\' decisions, say), in the background; follow it with linkageStatus. Partnership administrators only. `pnpm linkage:run` also collects fresh tokens first.',
  })
  async relinkPeople(@Ctx() context: PersonIndexContext): Promise<LinkageStatus> {
    requireLinkageOfficer(context, ['partnership-admin'], 're-run the linkage');
    const previous = await lastRun(context);
    if (!startLinkageJob(context.db)) throw conflict('A linkage run is already under way; follow it with linkageStatus.');
    return Object.assign(new LinkageStatus(), { running: true, lastRun: previous, lastError: null });
  }
}

