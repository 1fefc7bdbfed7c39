import { sql, type Kysely } from 'kysely';

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
