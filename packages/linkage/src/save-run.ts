import { sql, type Kysely } from 'kysely';
import type { MatchModel } from './match-model.js';

export interface RunRecord {
  started: Date;
  records: number;
  pairsScored: number;
  pairsSkipped: number;
  pairsLinked: number;
  reviewBand: number;
  model: MatchModel;
  matchThreshold: number;
  reviewThreshold: number;
  keepAllPairs: boolean;
  matchWeightThreshold: number;
  reviewWeightThreshold: number;
  summary: object;
}

/**
 * Replaces the previous run's model and pairs with this run's, in one
 * transaction, so `explainPair` and reviewers always see one coherent run.
 * It reads the run's temporary tables (`lk_scored`,
 * `lk_reviews`), so it runs on the run's own connection.
 */
export async function saveRun(db: Kysely<any>, run: RunRecord): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom('linkage_runs').execute();
    const { run_id } = await trx
      .insertInto('linkage_runs')
      .values({
        started_at: run.started,
        records: run.records,
        pairs_scored: run.pairsScored,
        pairs_skipped: run.pairsSkipped,
        pairs_linked: run.pairsLinked,
        review_band: run.reviewBand,
        lambda: run.model.lambda,
        match_threshold: run.matchThreshold,
        review_threshold: run.reviewThreshold,
        summary: JSON.stringify(run.summary),
      })
      .returning('run_id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('linkage_model')
      .values(
        run.model.terms.flatMap((term) =>
          term.levels.map((level) => ({
            run_id,
            comparison: term.name,
            level: level.level,
            label: level.label,
            m_probability: level.m,
            u_probability: level.u,
          })),
        ),
      )
      .execute();
    // Pairs are stored in the same order as reviews: the smaller (agency, record) first.
    await sql`
      insert into linkage_pairs (run_id, agency_a, record_a, agency_b, record_b, given_name, family_name, date_of_birth, postcode, sex,
                                 match_weight, match_probability, outcome, identity_level)
      select ${run_id},
             case when o.a_first then ea.agency_id else eb.agency_id end,
             case when o.a_first then ea.record_id else eb.record_id end,
             case when o.a_first then eb.agency_id else ea.agency_id end,
             case when o.a_first then eb.record_id else ea.record_id end,
             c.given_name, c.family_name, c.date_of_birth, c.postcode, c.sex, c.weight, 1 / (1 + power(2::double precision, -c.weight)),
             case when r.decision is not null then 'reviewed'
                  when c.weight >= ${run.matchWeightThreshold} and ap.a is not null then 'apart'
                  when c.weight >= ${run.matchWeightThreshold} then 'link'
                  when j.a is not null then 'joined'
                  when c.weight >= ${run.reviewWeightThreshold} then 'review'
                  else 'non-link' end,
             c.identity_level
      from lk_scored c
      join linkage_encodings ea on ea.encoding_id = c.a
      join linkage_encodings eb on eb.encoding_id = c.b
      left join lk_reviews r on r.a = c.a and r.b = c.b
      left join lk_joined j on j.a = c.a and j.b = c.b
      left join lk_apart ap on ap.a = c.a and ap.b = c.b
      cross join lateral (select (ea.agency_id collate "C", ea.record_id collate "C") < (eb.agency_id collate "C", eb.record_id collate "C") as a_first) o
      where ${run.keepAllPairs} or c.weight >= ${run.reviewWeightThreshold} or r.decision is not null`.execute(trx);
    return Number(run_id);
  });
}
