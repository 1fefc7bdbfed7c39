import { sql, type Kysely } from 'kysely';
import { buildCandidatePairs } from './candidate-pairs.js';
import { candidatePatterns, compareCandidatePairs, patternCode } from './compare-pairs.js';
import type { ComparisonPattern } from './expectation-maximisation.js';
import { matchWeight, weightFromProbability, type MatchModel } from './match-model.js';
import { applyKnownMoves } from './known-moves.js';
import { levelsByComparison } from './model-terms.js';
import { keepPairs, reviewBandPairs } from './review-band.js';
import { saveRun } from './save-run.js';
import { clusterScoredLinks, firstPassGroups, readScoredRecords, type ReviewedPair } from './scored-records.js';
import { applyIdentityFrequency, type IdentityFrequency } from './identity-frequency.js';
import { countTermFrequencies, termFrequencyAdjustmentSql } from './term-frequencies.js';
import { priorByKind } from './prior-by-kind.js';
import { trainModel, type TrainingSession } from './train-model.js';
import { weightHistogram, type WeightBin } from './weight-histogram.js';

export const DEFAULT_MATCH_THRESHOLD = 0.8;

export interface RecordRef {
  agencyId: string;
  recordId: string;
}

export interface LinkRecordsOptions {
  /** Blocks with more records than this are skipped (and counted). Default 1000. */
  maxBlockSize?: number;
  /**
   * Pairs at or above this match probability are linked. Default 0.8: once
   * a date that differs beyond one keying slip counted as it should (see
   * `twoSlipBound` in train-model.ts), namesakes at one address no longer
   * scored 0.8–0.85, and 0.8 gave precision 0.993 and recall 0.975 at 10,000
   * people (0.85: 0.993, 0.970), and 0.996 on the seeding population of
   * 3,000. Before that, 0.85: on the hard evaluation set (10,000 people), once twins no longer passed for
   * matches in training, the pairs scored 0.85–0.9 were mostly true: 0.85 gave
   * precision 0.993, recall 0.972 and 271 pairs to review, 0.9 gave 0.995,
   * 0.966 and 336. (Before that change, 0.9 against 0.99 at 20,000 people:
   * precision 0.991 and recall 0.943 against 0.9994 and 0.883.)
   */
  matchThreshold?: number;
  /** Pairs at or above this probability but below `matchThreshold` go to clerical review. Default 0.5. */
  reviewThreshold?: number;
  /** Random pairs compared to estimate u. Default 1 000 000. */
  uSamplePairs?: number;
  /** Pairs sampled for each EM training session. Default 1 000 000. */
  sessionPairs?: number;
  /**
   * A prior of its own for pairs within one agency and for pairs across
   * agencies (see `priorByKind`). Default true.
   */
  priorByAgency?: boolean;
  /**
   * A second pass counting as one address two postcodes that other people's
   * pairs show to be one household's old and new (see `applyKnownMoves`). Default true.
   */
  knownMoves?: boolean;
  /**
   * Weigh who else holds a pair's exact full name and date of birth (see
   * `applyIdentityFrequency`). Default true.
   */
  identityFrequency?: boolean;
  /** Makes the random sample repeatable. */
  seed?: string;
  /** Keep every scored pair in `linkage_pairs`, not only links and the review band. */
  keepAllPairs?: boolean;
  /** Told as each of the run's stages ends (blocking, comparing, training, scoring, clustering, saving), with its duration. */
  onStage?: (stage: LinkageStage, ms: number) => void;
  /** PostgreSQL `work_mem` for the run's sorts and hash joins. Default '256MB'. */
  workMem?: string;
}

/** The stages of a run, in order. */
export const LINKAGE_STAGES = ['blocking', 'comparing', 'training', 'scoring', 'clustering', 'saving'] as const;
export type LinkageStage = (typeof LINKAGE_STAGES)[number];

export interface LinkageTimings {
  blockingMs: number;
  comparingMs: number;
  /** u from random pairs, m from EM training sessions. */
  trainingMs: number;
  scoringMs: number;
  clusteringMs: number;
  /** Writing the run, its model and its links and review band. */
  savingMs: number;
  totalMs: number;
}

export interface LinkageResult {
  runId: number;
  /** Every record, grouped into people (singletons included). */
  clusters: RecordRef[][];
  records: number;
  pairsScored: number;
  /** Pairs in blocks over the size cap, not scored. */
  pairsSkipped: number;
  pairsByRule: Record<string, number>;
  pairsLinked: number;
  /** Pairs between the review and match thresholds, not decided by a reviewer: work for clerical review. */
  reviewBand: number;
  /** Distinct records in the review band's pairs: how many records an officer would look at. */
  reviewBandRecords: number;
  /** Pairs between the thresholds whose records other links already join: nothing to review (saved as `joined`). */
  reviewBandJoined: number;
  /** Automatic links refused because a reviewer's non-match lay between the groups they would join. */
  linksRefused: number;
  /** Automatic links refused because they would put two records of one agency, not themselves a plausible pair, in one person. */
  linksRefusedSameAgency: number;
  /** Candidate pairs whose postcodes other links show to be one household's old and new address, scored as at one postcode. */
  knownMoves: number;
  /** Pairs agreeing exactly on full name and date at two postcodes, and the m, u and weight of each level of who else holds that identity. */
  identityFrequency: IdentityFrequency;
  model: MatchModel;
  /** The EM training sessions and what each estimated. */
  training: TrainingSession[];
  /** Estimated number of pairs of records that are one person (the prior times all pairs). */
  matchingPairs: number;
  /** Candidate pairs by match weight, one bin per bit. */
  weightHistogram: WeightBin[];
  /** The thresholds as match weights (bits): links at or above the first, review from the second. */
  matchWeightThreshold: number;
  reviewWeightThreshold: number;
  timings: LinkageTimings;
}

/**
 * Links every stored encoding into people, in the database, Splink-style:
 *
 * 1. blocking: candidate pairs are records sharing a blocking key;
 * 2. comparison levels of every candidate pair, from Dice coefficients of
 *    their Bloom filters, computed in SQL;
 * 3. u from random pairs; m and the prior by expectation maximisation in
 *    training sessions (see `trainModel`);
 * 4. each pattern's match weight (prior + log2 Bayes factors); pairs above
 *    the match threshold link, pairs between the thresholds await review;
 * 5. union-find over links, strongest first, honouring reviewer decisions.
 *
 * Work grows with the number of candidate pairs, which blocking keeps near
 * linear in the number of records, and stays in PostgreSQL until the links
 * themselves are clustered.
 */
export async function linkRecords(db: Kysely<any>, options: LinkRecordsOptions = {}): Promise<LinkageResult> {
  const maxBlockSize = options.maxBlockSize ?? 1000;
  const matchThreshold = options.matchThreshold ?? DEFAULT_MATCH_THRESHOLD;
  const reviewThreshold = options.reviewThreshold ?? 0.5;
  if (!(reviewThreshold > 0 && reviewThreshold <= matchThreshold && matchThreshold < 1)) {
    throw new Error(`Thresholds must satisfy 0 < reviewThreshold ≤ matchThreshold < 1; got ${reviewThreshold} and ${matchThreshold}.`);
  }
  const started = new Date();
  const stopwatchClock = stopwatch();
  // Each lap ends a stage: report it as it happens, since a large run is minutes of otherwise silent SQL.
  const clock = Object.assign(
    (stage: LinkageStage) => {
      const ms = stopwatchClock();
      options.onStage?.(stage, ms);
      return ms;
    },
    { total: () => stopwatchClock.total() },
  );

  // Temporary tables live in one session, so the whole run holds one connection.
  return db.connection().execute(async (connection) => {
    await sql`select set_config('work_mem', ${options.workMem ?? '256MB'}, false)`.execute(connection);
    // A large run's statements take minutes: lift the serving pool's per-statement bound on this connection only.
    await sql`select set_config('statement_timeout', '0', false)`.execute(connection);
    try {
      const records = Number((await sql<{ n: number }>`select count(*)::bigint as n from linkage_encodings`.execute(connection)).rows[0].n);

      const blocking = await buildCandidatePairs(connection, maxBlockSize);
      const blockingMs = clock('blocking');

      await compareCandidatePairs(connection);
      const patterns = await candidatePatterns(connection);
      const comparingMs = clock('comparing');

      const training = await trainModel(connection, records, {
        uSamplePairs: options.uSamplePairs ?? 1_000_000,
        sessionPairs: options.sessionPairs ?? 1_000_000,
        maxGroupSize: maxBlockSize,
        seed: options.seed ?? 'joined-up',
      });
      let model = training.model;
      const trainingMs = clock('training');

      const matchWeightThreshold = weightFromProbability(matchThreshold);
      const reviewWeightThreshold = weightFromProbability(reviewThreshold);
      await writePatternWeights(connection, model, patterns);
      const patternCodes = new Set(patterns.map((pattern) => patternCode(pattern.levels)));
      const reviews = await reviewDecisions(connection);
      await countTermFrequencies(connection, model.lambda);
      if (options.priorByAgency ?? true) {
        const kinds = await priorByKind(connection, model, training.matchingPairs);
        if (kinds) model = { ...model, priorByKind: kinds };
      }
      await scorePairs(connection, model);
      // Two records of one agency may be one person only if their own pair is worth
      // reviewing (see `clusterLinks`). The bar is the review threshold at the prior of
      // pairs across agencies: the question is not whether two records of one agency
      // drawn at random are one person (rarely: duplicates are few), but whether two
      // already joined through other records may be, which their own comparison answers.
      const sameAgencyBar = reviewWeightThreshold - ((model.priorByKind?.acrossAgencies ?? 0) - (model.priorByKind?.withinAgency ?? 0));
      const weighIdentity = options.identityFrequency ?? true;
      const findMoves = options.knownMoves ?? true;
      // The people the first pass found, counted by the two readings below (and only for them: it reads every record).
      if (weighIdentity || findMoves) {
        await firstPassGroups(connection, { linkWeight: matchWeightThreshold, sameAgencyWeight: sameAgencyBar, reviews });
      }
      // Who else holds a pair's full name and date (see `applyIdentityFrequency`).
      const identityFrequency = weighIdentity ? await applyIdentityFrequency(connection) : { pairs: 0, levels: [] };
      // Second pass: pairs at two postcodes that other people's pairs show to be one household's old and new address (see
      // `applyKnownMoves`). Its evidence is the first pass's weights with each pair's identity level added.
      let knownMoves = 0;
      if (findMoves) {
        knownMoves = await applyKnownMoves(connection, { linkWeight: matchWeightThreshold, reviewWeight: reviewWeightThreshold });
        if (knownMoves > 0) {
          const added = (await candidatePatterns(connection, 'lk_moved')).filter((pattern) => !patternCodes.has(patternCode(pattern.levels)));
          await writePatternWeights(connection, model, added, false);
          await scorePairs(connection, model, 'lk_moved');
        }
      }
      const links = await sql<{ a: number; b: number; weight: number }>`
        select a, b, weight from lk_scored where weight >= ${matchWeightThreshold}`.execute(connection);
      const histogram = await weightHistogram(connection);
      const scoringMs = clock('scoring');

      const refs = await readScoredRecords(connection, sameAgencyBar);
      const clustering = clusterScoredLinks(refs, links.rows, reviews);
      // A link the clustering refused (a reviewer's non-match between the two groups, or two
      // of one agency's records that are no plausible pair) is saved as 'apart', not 'link':
      // its records are not one person, and whoever reads the run must not take them for one.
      // (A reviewed pair is saved as 'reviewed' whatever this says.)
      const sameCluster = (a: number, b: number) => clustering.clusterOf[refs.at(a)] === clustering.clusterOf[refs.at(b)];
      await keepPairs(connection, 'lk_apart', links.rows.filter((link) => !sameCluster(Number(link.a), Number(link.b))));
      const clusters: RecordRef[][] = Array.from({ length: clustering.clusters }, () => []);
      refs.rows.forEach((row, i) => clusters[clustering.clusterOf[i]].push({ agencyId: row.agency_id, recordId: row.record_id }));
      const { reviewBand, joined: reviewBandJoined, records: reviewBandRecords } = await reviewBandPairs(
        connection,
        { reviewWeight: reviewWeightThreshold, matchWeight: matchWeightThreshold },
        sameCluster,
      );
      const clusteringMs = clock('clustering');

      const timings: LinkageTimings = {
        blockingMs,
        comparingMs,
        trainingMs,
        scoringMs,
        clusteringMs,
        savingMs: 0,
        totalMs: 0,
      };
      const runId = await saveRun(connection, {
        started,
        records,
        pairsScored: blocking.candidatePairs,
        pairsSkipped: blocking.skippedPairs,
        pairsLinked: clustering.automaticLinks,
        reviewBand,
        model,
        matchThreshold,
        reviewThreshold,
        keepAllPairs: options.keepAllPairs ?? false,
        matchWeightThreshold,
        reviewWeightThreshold,
        summary: {
          pairsByRule: blocking.pairsByRule,
          skippedBlocks: blocking.skippedBlocks,
          sessions: training.sessions,
          ...(model.priorByKind ? { priorByKind: model.priorByKind } : {}),
          knownMoves,
          identityFrequency,
          linksRefusedSameAgency: clustering.refusedSameAgency,
          timings: { blockingMs, comparingMs, trainingMs, scoringMs, clusteringMs },
        },
      });
      timings.savingMs = clock('saving');
      timings.totalMs = clock.total();
      return {
        runId,
        clusters,
        records,
        pairsScored: blocking.candidatePairs,
        pairsSkipped: blocking.skippedPairs,
        pairsByRule: blocking.pairsByRule,
        pairsLinked: clustering.automaticLinks,
        reviewBand,
        reviewBandRecords,
        reviewBandJoined,
        linksRefused: clustering.refusedLinks,
        linksRefusedSameAgency: clustering.refusedSameAgency,
        knownMoves,
        identityFrequency,
        model,
        training: training.sessions,
        matchingPairs: training.matchingPairs,
        weightHistogram: histogram,
        matchWeightThreshold,
        reviewWeightThreshold,
        timings,
      };
    } finally {
      await sql`drop table if exists lk_candidates, lk_compared, lk_weights, lk_reviews, lk_scored, lk_tf, lk_joined, lk_apart, lk_place, lk_group, lk_evidence, lk_moved, lk_identity, lk_identity_people, lk_identity_pairs`.execute(connection);
      await sql`reset work_mem`.execute(connection);
      await sql`reset statement_timeout`.execute(connection);
    }
  });
}

async function writePatternWeights(db: Kysely<any>, model: MatchModel, patterns: ComparisonPattern[], fresh = true): Promise<void> {
  if (fresh) {
    await sql`drop table if exists lk_weights`.execute(db);
    await sql`create temp table lk_weights (pattern integer primary key, match_weight double precision, match_probability double precision)`.execute(db);
  }
  const rows = patterns.map((pattern) => {
    const weight = matchWeight(model, levelsByComparison(pattern.levels));
    return sql`(${patternCode(pattern.levels)}, ${weight.total}, ${weight.probability})`;
  });
  for (let start = 0; start < rows.length; start += 5000) {
    await sql`insert into lk_weights values ${sql.join(rows.slice(start, start + 5000))}`.execute(db);
  }
  await sql`analyze lk_weights`.execute(db);
}

/**
 * Every candidate pair's levels and match weight, into `lk_scored (a, b,
 * <levels>, weight, identity_level)`: the pattern's weight plus the pair's
 * term-frequency adjustments (identical values share one frequency, so record
 * a's suffices), moved to its kind's prior (one agency or two) when the run
 * has one. A re-scored pair's `identity_level` is null: known moves put it at
 * one postcode, where the identity's level does not apply.
 */
async function scorePairs(db: Kysely<any>, model: MatchModel, only?: 'lk_moved'): Promise<void> {
  // Pattern weights start from lambda; a prior per kind of pair moves each pair from there.
  const prior = Math.log2(model.lambda / (1 - model.lambda));
  const within = (model.priorByKind?.withinAgency ?? prior) - prior;
  const across = (model.priorByKind?.acrossAgencies ?? prior) - prior;
  const scored = sql`
            select c.*, w.match_weight + ${sql.raw(termFrequencyAdjustmentSql(model))}
                   + case when c.same_agency then ${within}::double precision else ${across}::double precision end as weight
            from lk_compared c join lk_weights w using (pattern) join lk_tf ta on ta.encoding_id = c.a`;
  if (only) {
    // Re-score just the listed pairs, whose levels changed.
    await sql`delete from lk_scored s using ${sql.table(only)} m where s.a = m.a and s.b = m.b`.execute(db);
    await sql`insert into lk_scored ${scored} join ${sql.table(only)} m on m.a = c.a and m.b = c.b`.execute(db);
    return;
  }
  await sql`drop table if exists lk_scored`.execute(db);
  await sql`create temp table lk_scored as ${scored}`.execute(db);
  // Who else holds the pair's identity, as `applyIdentityFrequency` leveled it (null: no level applied), saved with the pair.
  await sql`alter table lk_scored add column identity_level smallint`.execute(db);
}

/** Reviewer decisions on records that are still stored, by encoding id, smaller id first. */
async function reviewDecisions(db: Kysely<any>): Promise<ReviewedPair[]> {
  await sql`drop table if exists lk_reviews`.execute(db);
  await sql`create temp table lk_reviews as
            select least(ea.encoding_id, eb.encoding_id) as a, greatest(ea.encoding_id, eb.encoding_id) as b, r.decision
            from linkage_reviews r
            join linkage_encodings ea on ea.agency_id = r.agency_a and ea.record_id = r.record_a
            join linkage_encodings eb on eb.agency_id = r.agency_b and eb.record_id = r.record_b`.execute(db);
  return (await sql<ReviewedPair>`select a, b, decision from lk_reviews`.execute(db)).rows;
}

function stopwatch() {
  const start = performance.now();
  let last = start;
  const lap = () => {
    const now = performance.now();
    const elapsed = Math.round(now - last);
    last = now;
    return elapsed;
  };
  lap.total = () => Math.round(performance.now() - start);
  return lap;
}
