import { sql, type Kysely } from 'kysely';
import { clusterLinks, type ClusterResult } from './cluster-links.js';

/**
 * A run's encoded records numbered 0 … n-1 as `clusterLinks` takes them
 * (in encoding id order), with each one's agency as a small number, and the
 * scored pairs of one agency's records that may share a person. Read the same
 * way by the clustering that makes people and by the first pass's grouping
 * that known moves rely on, so the two cannot drift apart.
 */
export interface ScoredRecords {
  rows: { encoding_id: number; agency_id: string; record_id: string }[];
  /** A record's number from its encoding id. */
  at(encodingId: number | string): number;
  agencyOf: Int32Array;
  /** Pairs of one agency's records scored at least `sameAgencyWeight`, by record number. */
  sameAgencyPairs: (readonly [number, number])[];
}

export async function readScoredRecords(db: Kysely<any>, sameAgencyWeight: number): Promise<ScoredRecords> {
  const rows = (await sql<{ encoding_id: number; agency_id: string; record_id: string }>`
    select encoding_id, agency_id, record_id from linkage_encodings order by encoding_id`.execute(db)).rows;
  const index = new Map<number, number>();
  rows.forEach((row, i) => index.set(Number(row.encoding_id), i));
  const at = (encodingId: number | string) => index.get(Number(encodingId))!;
  const agencyNumbers = new Map<string, number>();
  const agencyOf = Int32Array.from(rows, (row) => {
    let number = agencyNumbers.get(row.agency_id);
    if (number === undefined) agencyNumbers.set(row.agency_id, (number = agencyNumbers.size));
    return number;
  });
  const sameAgency = await sql<{ a: number; b: number }>`
    select a, b from lk_scored where same_agency and weight >= ${sameAgencyWeight}`.execute(db);
  return { rows, at, agencyOf, sameAgencyPairs: sameAgency.rows.map((pair) => [at(pair.a), at(pair.b)] as const) };
}

/** A reviewer's standing decision on two stored records, by encoding id, the smaller first. */
export interface ReviewedPair {
  a: number | string;
  b: number | string;
  decision: 'match' | 'non-match';
}

/**
 * Scored links clustered into people as the run clusters them: a reviewed
 * pair's own link gives way to the decision (a match joins its two records
 * first, a non-match keeps them apart however other links chain), and two
 * records of one agency join only as a plausible pair. The run's people and
 * the first pass's groups are both made here, so a clerk's decision counts
 * alike in each. `automaticLinks` is how many links were not reviewed.
 */
export function clusterScoredLinks(
  records: ScoredRecords,
  links: readonly { a: number | string; b: number | string; weight: number }[],
  reviews: readonly ReviewedPair[],
): ClusterResult & { automaticLinks: number } {
  const pairKey = (a: number | string, b: number | string) => `${Number(a)}:${Number(b)}`;
  const reviewed = new Set(reviews.map((review) => pairKey(review.a, review.b)));
  const automatic = links
    .filter((link) => !reviewed.has(pairKey(link.a, link.b)))
    .map((link) => ({ a: records.at(link.a), b: records.at(link.b), weight: Number(link.weight) }));
  const decided = (decision: ReviewedPair['decision']) =>
    reviews.filter((review) => review.decision === decision).map((review) => [records.at(review.a), records.at(review.b)] as const);
  const clustering = clusterLinks({
    records: records.rows.length,
    links: automatic,
    matches: decided('match'),
    nonMatches: decided('non-match'),
    agencyOf: records.agencyOf,
    sameAgencyPairs: records.sameAgencyPairs,
  });
  return { ...clustering, automaticLinks: automatic.length };
}

/**
 * The people the first pass found, as `lk_group (encoding_id, grp)` for every
 * record in a group of two or more: the links in `lk_scored` (weight at least
 * `linkWeight`) clustered as the run clusters them (`clusterScoredLinks`),
 * reviewers' decisions first, then one record per agency unless two are
 * themselves a plausible pair (scored at least `sameAgencyWeight`). Known
 * moves and the full identity's frequency both count people by these groups,
 * not records.
 */
export async function firstPassGroups(
  db: Kysely<any>,
  options: { linkWeight: number; sameAgencyWeight: number; reviews: readonly ReviewedPair[] },
): Promise<void> {
  await sql`drop table if exists lk_group`.execute(db);
  await sql`create temp table lk_group (encoding_id bigint primary key, grp integer not null)`.execute(db);
  const scored = await readScoredRecords(db, options.sameAgencyWeight);
  const links = (await sql<{ a: string; b: string; weight: number }>`
    select a, b, weight from lk_scored where weight >= ${options.linkWeight}`.execute(db)).rows;
  const { clusterOf } = clusterScoredLinks(scored, links, options.reviews);
  const records = scored.rows;
  const size = new Int32Array(records.length);
  for (const cluster of clusterOf) size[cluster]++;
  const ids: number[] = [];
  const groups: number[] = [];
  records.forEach((row, i) => {
    if (size[clusterOf[i]] < 2) return;
    ids.push(Number(row.encoding_id));
    groups.push(clusterOf[i]);
  });
  for (let start = 0; start < ids.length; start += 50_000) {
    await sql`insert into lk_group select * from unnest(${ids.slice(start, start + 50_000)}::bigint[], ${groups.slice(start, start + 50_000)}::integer[])`.execute(db);
  }
  await sql`analyze lk_group`.execute(db);
}
