import { sql, type Kysely } from 'kysely';
import { clusterLinks } from './cluster-links.js';

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

/**
 * The people the first pass found, as `lk_group (encoding_id, grp)` for every
 * record in a group of two or more: the links in `lk_scored` (weight at least
 * `linkWeight`) clustered as the run clusters them, one record per agency
 * unless two are themselves a plausible pair (scored at least
 * `sameAgencyWeight`). Known moves and the full identity's frequency both
 * count people by these groups, not records.
 */
export async function firstPassGroups(db: Kysely<any>, options: { linkWeight: number; sameAgencyWeight: number }): Promise<void> {
  await sql`drop table if exists lk_group`.execute(db);
  await sql`create temp table lk_group (encoding_id bigint primary key, grp integer not null)`.execute(db);
  const { rows: records, at, agencyOf, sameAgencyPairs } = await readScoredRecords(db, options.sameAgencyWeight);
  const links = (await sql<{ a: string; b: string; weight: number }>`
    select a, b, weight from lk_scored where weight >= ${options.linkWeight}`.execute(db)).rows;
  const { clusterOf } = clusterLinks({
    records: records.length,
    links: links.map((link) => ({ a: at(link.a), b: at(link.b), weight: Number(link.weight) })),
    agencyOf,
    sameAgencyPairs,
  });
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
