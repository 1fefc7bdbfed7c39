import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type AgencyDatabase } from '@joined-up/db';
import { testDatabaseOptions, type TestDatabaseOptions } from '@joined-up/db/testing';
import { createRecordEncoder } from '../encode-record.js';
import { explainPair } from '../explain-pair.js';
import { pairKind } from '../match-model.js';
import { DEFAULT_MATCH_THRESHOLD, linkRecords, type LinkageResult, type LinkRecordsOptions, type RecordRef } from '../link-records.js';
import { createLinkageTables } from '../linkage-tables.js';
import { addIdentityLevelToLinkagePairs } from '../pair-identity-level-migration.js';
import { pairwiseMetrics } from '../pairwise-metrics.js';
import { recordReview } from '../record-review.js';
import { storeEncodings } from '../store-encodings.js';
import { syntheticAgencies } from './synthetic-agencies.js';

const key = (ref: RecordRef) => `${ref.agencyId}/${ref.recordId}`;
// Smaller random samples than production: enough for 5,000 records, and quick on PGlite.
const OPTIONS: LinkRecordsOptions = { uSamplePairs: 300_000, sessionPairs: 300_000, seed: 'test' };

describe('linking a synthetic population of 3,000 people', () => {
  let shared: TestDatabaseOptions;
  let database: AgencyDatabase<any>;
  const truth = new Map<string, string>();
  let first: LinkageResult;

  beforeAll(async () => {
    shared = await testDatabaseOptions('linkage');
    database = await createDatabase<any>({ ...shared, schema: 'partnership' });
    await createLinkageTables(database.db);
    await addIdentityLevelToLinkagePairs(database.db);
    // Storing and linking run on a pool that bounds each statement far below
    // their longest, as a subgraph's serving pool does: they lift the bound for themselves.
    const serving = await createDatabase<any>({ ...shared, schema: 'partnership', statementTimeoutMs: 100 });
    try {
      const encode = createRecordEncoder('a secret the agencies share');
      for (const agency of syntheticAgencies({ size: 3000, seed: 2024, asOf: '2026-01-01' })) {
        for (const [recordId, person] of agency.truth) truth.set(`${agency.agencyId}/${recordId}`, person);
        await storeEncodings(serving.db, agency.agencyId, agency.records.map(encode));
      }
      first = await linkRecords(serving.db, OPTIONS);
    } finally {
      await serving.destroy();
    }
  });
  afterAll(async () => {
    await database?.destroy();
    await shared?.drop();
  });

  it(`links with pairwise precision ≥ 0.99 and F1 ≥ 0.97 against the truth`, () => {
    const metrics = pairwiseMetrics(first.clusters.map((cluster) => cluster.map(key)), truth);
    expect(first.records).toBe(truth.size);
    expect(first.clusters.flat()).toHaveLength(truth.size);
    expect(metrics.precision).toBeGreaterThanOrEqual(0.99);
    expect(metrics.f1).toBeGreaterThanOrEqual(0.97);
    expect(first.pairsScored).toBeGreaterThan(first.pairsLinked);
  });

  it('learns a model that reads like the data: agreement is evidence for, disagreement against', () => {
    for (const term of first.model.terms) {
      const weights = term.levels.map((level) => Math.log2(level.m / level.u));
      expect(weights.at(-1)!, term.name).toBeGreaterThan(weights[0]);
      expect(weights[0], term.name).toBeLessThan(0);
    }
    expect(first.model.lambda).toBeGreaterThan(0);
    expect(first.model.lambda).toBeLessThan(0.01);
  });

  it('keeps the model and the linked and review-band pairs of the last run', async () => {
    const model = await database.db.selectFrom('linkage_model').selectAll().execute();
    expect(model.length).toBe(first.model.terms.reduce((sum, term) => sum + term.levels.length, 0));
    const outcomes = await database.db.selectFrom('linkage_pairs').select(['outcome']).select((eb) => eb.fn.countAll<number>().as('n')).groupBy('outcome').execute();
    const count = (outcome: string) => Number(outcomes.find((row) => row.outcome === outcome)?.n ?? 0);
    expect(count('link') + count('apart')).toBe(first.pairsLinked);
    expect(count('review')).toBe(first.reviewBand);
    expect(count('joined')).toBe(first.reviewBandJoined);
  });

  it('saves a link the clustering kept apart as apart, never as a link between two people', async () => {
    const clusterOf = new Map<string, number>();
    first.clusters.forEach((cluster, index) => cluster.forEach((ref) => clusterOf.set(key(ref), index)));
    const linked = await database.db
      .selectFrom('linkage_pairs')
      .select(['agency_a', 'record_a', 'agency_b', 'record_b', 'outcome'])
      .where('run_id', '=', first.runId)
      .where('outcome', 'in', ['link', 'apart'])
      .execute();
    const together = (pair: (typeof linked)[number]) =>
      clusterOf.get(key({ agencyId: pair.agency_a, recordId: pair.record_a })) === clusterOf.get(key({ agencyId: pair.agency_b, recordId: pair.record_b }));
    // The population holds twins one agency keeps apart: the one-record-per-agency rule refuses links.
    expect(first.linksRefusedSameAgency).toBeGreaterThan(0);
    expect(linked.filter((pair) => pair.outcome === 'apart').length).toBeGreaterThan(0);
    for (const pair of linked) expect(together(pair), `${pair.outcome} ${pair.record_a}–${pair.record_b}`).toBe(pair.outcome === 'link');
  });

  it('explains a linked pair as a waterfall from the prior to the probability', async () => {
    const cluster = first.clusters.find((candidate) => candidate.length === 2)!;
    const explanation = await explainPair(database.db, cluster[0], cluster[1]);
    // Five agencies: the run sets a prior for pairs within one agency and one for pairs across.
    expect(first.model.priorByKind).toBeDefined();
    expect(first.model.priorByKind!.withinAgency).toBeLessThan(first.model.priorByKind!.acrossAgencies);
    expect(explanation.prior).toBeCloseTo(first.model.priorByKind![pairKind(cluster[0].agencyId, cluster[1].agencyId)], 6);
    expect(explanation.steps.at(-1)!.cumulative).toBeCloseTo(explanation.totalWeight, 9);
    expect(explanation.totalWeight).toBeCloseTo(explanation.prior + explanation.steps.reduce((sum, step) => sum + step.weight, 0), 9);
    expect(explanation.probability).toBeGreaterThanOrEqual(DEFAULT_MATCH_THRESHOLD);
    expect(explanation.outcome).toBe('link');
    expect(explanation.steps.map((step) => step.term).filter((term) => term.startsWith('date_of_birth'))).toHaveLength(1);
    // The waterfall adds up to the weight the run scored the pair with, term-frequency adjustments included.
    const stored = await database.db
      .selectFrom('linkage_pairs')
      .select('match_weight')
      .where((eb) =>
        eb.or([
          eb.and([eb('record_a', '=', cluster[0].recordId), eb('record_b', '=', cluster[1].recordId)]),
          eb.and([eb('record_a', '=', cluster[1].recordId), eb('record_b', '=', cluster[0].recordId)]),
        ]),
      )
      .executeTakeFirstOrThrow();
    expect(explanation.totalWeight).toBeCloseTo(Number(stored.match_weight), 6);
  });

  it("explains a pair across a household's move as the run scored it: the postcode as one address, and says so", async () => {
    // Households in the population move, and an agency may still hold the old address: the run found such pairs.
    expect(first.knownMoves).toBeGreaterThan(0);
    const moved = await sql<{ agency_a: string; record_a: string; agency_b: string; record_b: string; match_weight: number }>`
      select p.agency_a, p.record_a, p.agency_b, p.record_b, p.match_weight
      from linkage_pairs p
      join linkage_encodings ea on ea.agency_id = p.agency_a and ea.record_id = p.record_a
      join linkage_encodings eb on eb.agency_id = p.agency_b and eb.record_id = p.record_b
      where p.outcome = 'link' and p.postcode = 3 and ea.postcode <> eb.postcode
      order by p.agency_a, p.record_a, p.agency_b, p.record_b limit 1`.execute(database.db);
    expect(moved.rows).toHaveLength(1);
    const pair = moved.rows[0];
    const a = { agencyId: pair.agency_a, recordId: pair.record_a };
    const b = { agencyId: pair.agency_b, recordId: pair.record_b };
    // One person at two addresses, not two people.
    expect(truth.get(key(a))).toBe(truth.get(key(b)));
    const explanation = await explainPair(database.db, a, b);
    expect(explanation.knownMove).toBe(true);
    expect(explanation.steps.find((step) => step.term.startsWith('postcode') && step.m !== null)?.label).toBe('exact');
    expect(explanation.outcome).toBe('link');
    expect(explanation.totalWeight).toBeCloseTo(Number(pair.match_weight), 6);
  });

  it('explains a pair of one full name and date at two addresses with who else holds that identity, as the run weighed it', async () => {
    expect(first.identityFrequency.pairs).toBeGreaterThan(0);
    const exact = await sql<{ agency_a: string; record_a: string; agency_b: string; record_b: string; match_weight: number }>`
      select agency_a, record_a, agency_b, record_b, match_weight from linkage_pairs
      where given_name = 4 and family_name = 3 and date_of_birth = 4 and postcode < 3
      order by agency_a, record_a, agency_b, record_b limit 1`.execute(database.db);
    expect(exact.rows).toHaveLength(1);
    const pair = exact.rows[0];
    const explanation = await explainPair(database.db, { agencyId: pair.agency_a, recordId: pair.record_a }, { agencyId: pair.agency_b, recordId: pair.record_b });
    const step = explanation.steps.find((candidate) => candidate.term === 'full_identity_frequency');
    expect(step).toBeDefined();
    expect(first.identityFrequency.levels.map((level) => level.label)).toContain(step!.label);
    expect(explanation.totalWeight).toBeCloseTo(Number(pair.match_weight), 6);
  });

  it('refuses to explain a pair against a run saved with comparison levels this version no longer has', async () => {
    const cluster = first.clusters.find((candidate) => candidate.length === 2)!;
    const renumbered = database.db.updateTable('linkage_model').where('comparison', '=', 'date_of_birth').where('level', '=', 0);
    const { label } = await database.db.selectFrom('linkage_model').select('label').where('comparison', '=', 'date_of_birth').where('level', '=', 0).orderBy('run_id', 'desc').executeTakeFirstOrThrow();
    await renumbered.set({ label: 'different' }).execute();
    try {
      await expect(explainPair(database.db, cluster[0], cluster[1])).rejects.toThrow(/run linkage again/);
    } finally {
      await renumbered.set({ label }).execute();
    }
    expect((await explainPair(database.db, cluster[0], cluster[1])).outcome).toBe('link');
  });

  it("keeps two records apart across a re-run once a reviewer says they are not one person", async () => {
    const cluster = first.clusters.find((candidate) => candidate.length >= 3) ?? first.clusters.find((candidate) => candidate.length === 2)!;
    const [a, b] = [cluster[0], cluster[cluster.length - 1]];
    await recordReview(database.db, { a, b, decision: 'non-match', reason: 'Different mothers on the birth registers.', officerId: 'reviewer-1' });
    const second = await linkRecords(database.db, OPTIONS);
    const clusterOf = new Map(second.clusters.flatMap((members, index) => members.map((ref) => [key(ref), index] as const)));
    expect(clusterOf.get(key(a))).not.toBe(clusterOf.get(key(b)));
    const explanation = await explainPair(database.db, a, b);
    expect(explanation.review).toMatchObject({ decision: 'non-match', officerId: 'reviewer-1' });

    // A late-arriving older decision does not overturn it; a newer one does.
    await recordReview(database.db, { a: b, b: a, decision: 'match', reason: 'stale', officerId: 'reviewer-2', decidedAt: new Date('2020-01-01') });
    expect((await explainPair(database.db, a, b)).review?.decision).toBe('non-match');
    await recordReview(database.db, { a, b, decision: 'match', reason: 'Confirmed by phone.', officerId: 'reviewer-3', decidedAt: new Date(Date.now() + 1000) });
    const reviews = await database.db.selectFrom('linkage_reviews').selectAll().execute();
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ decision: 'match', officer_id: 'reviewer-3' });
  });

  it("always links two records a reviewer says are one person", async () => {
    const singles = first.clusters.filter((candidate) => candidate.length === 1).map((candidate) => candidate[0]);
    const [a, b] = [singles[0], singles[singles.length - 1]];
    await recordReview(database.db, { a, b, decision: 'match', reason: 'Same NHS number on a referral letter.', officerId: 'reviewer-1' });
    const third = await linkRecords(database.db, OPTIONS);
    const cluster = third.clusters.find((members) => members.some((ref) => key(ref) === key(a)))!;
    expect(cluster.map(key)).toContain(key(b));
  });

  it("replaces one agency's encodings without touching the others", async () => {
    const before = await database.db.selectFrom('linkage_encodings').select(['agency_id']).select((eb) => eb.fn.countAll<number>().as('n')).groupBy('agency_id').execute();
    const encode = createRecordEncoder('a secret the agencies share');
    await storeEncodings(database.db, 'voluntary', [
      encode({ recordId: 'VC-1', givenName: 'Ada', familyName: 'Lovelace', dateOfBirth: '2010-12-10', sex: 'F', postcode: 'SE1 7PB', localAuthorityCode: null }),
    ]);
    const after = await database.db.selectFrom('linkage_encodings').select(['agency_id']).select((eb) => eb.fn.countAll<number>().as('n')).groupBy('agency_id').execute();
    const count = (rows: typeof before, agency: string) => Number(rows.find((row) => row.agency_id === agency)?.n ?? 0);
    expect(count(after, 'voluntary')).toBe(1);
    expect(count(after, 'health')).toBe(count(before, 'health'));
    const blocks = await database.db
      .selectFrom('linkage_blocks as b')
      .innerJoin('linkage_encodings as e', 'e.encoding_id', 'b.encoding_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('e.agency_id', '=', 'voluntary')
      .executeTakeFirstOrThrow();
    expect(Number(blocks.n)).toBeGreaterThan(0);
    const orphans = await database.db
      .selectFrom('linkage_blocks as b')
      .leftJoin('linkage_encodings as e', 'e.encoding_id', 'b.encoding_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('e.encoding_id', 'is', null)
      .executeTakeFirstOrThrow();
    expect(Number(orphans.n)).toBe(0);
  });

  it('refuses a token from a different encoder, changing nothing', async () => {
    const before = await database.db.selectFrom('linkage_encodings').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const encode = createRecordEncoder('a secret the agencies share');
    const token = { ...encode({ recordId: 'X', givenName: 'A', familyName: 'B', dateOfBirth: null, sex: null, postcode: null, localAuthorityCode: null }), givenName: 'x00ff' };
    await expect(storeEncodings(database.db, 'health', [token])).rejects.toThrow(/different encoder version/);
    const after = await database.db.selectFrom('linkage_encodings').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('leaves out of review the pairs whose records other links already join', async () => {
    // A match threshold this high puts many pairs of one person in the band while stronger pairs still join them.
    const run = await linkRecords(database.db, { ...OPTIONS, matchThreshold: 0.999 });
    const clusterOf = new Map<string, number>();
    run.clusters.forEach((cluster, index) => cluster.forEach((ref) => clusterOf.set(key(ref), index)));
    const band = await database.db
      .selectFrom('linkage_pairs')
      .select(['agency_a', 'record_a', 'agency_b', 'record_b', 'outcome'])
      .where('outcome', 'in', ['review', 'joined'])
      .execute();
    const together = (pair: (typeof band)[number]) =>
      clusterOf.get(key({ agencyId: pair.agency_a, recordId: pair.record_a })) === clusterOf.get(key({ agencyId: pair.agency_b, recordId: pair.record_b }));
    expect(run.reviewBandJoined).toBeGreaterThan(0);
    expect(band.filter((pair) => pair.outcome === 'joined')).toHaveLength(run.reviewBandJoined);
    expect(band.filter((pair) => pair.outcome === 'review')).toHaveLength(run.reviewBand);
    for (const pair of band) expect(together(pair), `${pair.outcome} ${pair.record_a}–${pair.record_b}`).toBe(pair.outcome === 'joined');
  });

  it("explains a pair's identity level as the run saved it, though another agency's tokens have since moved every term frequency", async () => {
    const run = await linkRecords(database.db, OPTIONS);
    const leveled = await sql<{ agency_a: string; record_a: string; agency_b: string; record_b: string; match_weight: number; identity_level: number }>`
      select agency_a, record_a, agency_b, record_b, match_weight, identity_level from linkage_pairs
      where identity_level is not null order by agency_a, record_a, agency_b, record_b limit 1`.execute(database.db);
    expect(leveled.rows).toHaveLength(1);
    const pair = leveled.rows[0];
    const [a, b] = [{ agencyId: pair.agency_a, recordId: pair.record_a }, { agencyId: pair.agency_b, recordId: pair.record_b }];
    expect((await explainPair(database.db, a, b)).totalWeight).toBeCloseTo(Number(pair.match_weight), 6);
    const encode = createRecordEncoder('a secret the agencies share');
    await storeEncodings(database.db, 'probation', [
      encode({ recordId: 'PR-1', givenName: 'Grace', familyName: 'Hopper', dateOfBirth: '2011-12-09', sex: 'F', postcode: 'E1 6AN', localAuthorityCode: null }),
    ]);
    try {
      const explanation = await explainPair(database.db, a, b);
      // The term-frequency steps are counted afresh: the waterfall no longer adds up to the saved weight to a millionth of a bit.
      expect(Math.abs(explanation.totalWeight - Number(pair.match_weight))).toBeGreaterThan(1e-6);
      const step = explanation.steps.find((candidate) => candidate.term === 'full_identity_frequency');
      expect(step?.level).toBe(Number(pair.identity_level));
      expect(step?.weight).toBe(run.identityFrequency.levels[Number(pair.identity_level)].weight);
    } finally {
      await storeEncodings(database.db, 'probation', []);
    }
  });

  it("leaves every pair's weight as the model and term frequencies make it when told not to weigh who else holds an identity, and groups no first pass", async () => {
    const grouped: string[] = [];
    // Watches the run's statements for the first pass's grouping, which reads every record.
    const watched = database.db.withPlugin({
      transformQuery: ({ node }) => {
        if (JSON.stringify(node).includes('create temp table lk_group')) grouped.push(node.kind);
        return node;
      },
      transformResult: async ({ result }) => result,
    });
    const saved = async () =>
      new Map(
        (await sql<{ agency_a: string; record_a: string; agency_b: string; record_b: string; match_weight: number; identity_level: number | null }>`
          select agency_a, record_a, agency_b, record_b, match_weight, identity_level from linkage_pairs`.execute(database.db)).rows.map(
          (row) => [`${row.agency_a}/${row.record_a}–${row.agency_b}/${row.record_b}`, { weight: Number(row.match_weight), level: row.identity_level }] as const,
        ),
      );
    const without = await linkRecords(watched, { ...OPTIONS, knownMoves: false, identityFrequency: false, keepAllPairs: true });
    expect(grouped).toHaveLength(0);
    expect(without.identityFrequency).toEqual({ pairs: 0, levels: [] });
    const unweighed = await saved();
    expect([...unweighed.values()].every((pair) => pair.level === null)).toBe(true);
    // Pairs of one full name and date at two addresses, as every term but the identity's weighs them.
    const exact = await sql<{ agency_a: string; record_a: string; agency_b: string; record_b: string; match_weight: number }>`
      select agency_a, record_a, agency_b, record_b, match_weight from linkage_pairs
      where given_name = 4 and family_name = 3 and date_of_birth = 4 and postcode < 3
      order by agency_a, record_a, agency_b, record_b limit 10`.execute(database.db);
    expect(exact.rows.length).toBeGreaterThan(0);
    for (const pair of exact.rows) {
      const explanation = await explainPair(database.db, { agencyId: pair.agency_a, recordId: pair.record_a }, { agencyId: pair.agency_b, recordId: pair.record_b });
      expect(explanation.steps.some((step) => step.term === 'full_identity_frequency')).toBe(false);
      expect(explanation.totalWeight).toBeCloseTo(Number(pair.match_weight), 6);
    }

    // Weighed, each such pair moves by its level's weight and no other pair moves.
    const weighed = await linkRecords(watched, { ...OPTIONS, knownMoves: false, keepAllPairs: true });
    expect(grouped).toHaveLength(1);
    const after = await saved();
    expect(after.size).toBe(unweighed.size);
    let moved = 0;
    for (const [pair, { weight, level }] of after) {
      const step = level === null ? 0 : weighed.identityFrequency.levels[Number(level)].weight;
      if (step !== 0) moved++;
      expect(weight, pair).toBeCloseTo(unweighed.get(pair)!.weight + step, 9);
    }
    expect(moved).toBeGreaterThan(0);
  });
});
