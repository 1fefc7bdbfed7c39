import { sql, type Kysely } from 'kysely';
import { PATTERN_SQL } from './compare-pairs.js';
import { COMPARISONS } from './comparisons.js';

const POSTCODE_EXACT = COMPARISONS.find((comparison) => comparison.name === 'postcode')!.levels.at(-1)!.level;

/**
 * Moves the links show, counted as the same address.
 *
 * A household that moves takes its people from one postcode to another
 * together, and each agency may hold either address. Two records of one
 * person at the old and the new postcode differ in postcode exactly as two
 * strangers at different addresses do, so such a pair has only its names and
 * date to go on, and those are shared by ever more strangers as the
 * population grows: a woman who married and moved meets every other woman of
 * her given name and date of birth, ten times as many at a million people as
 * at a hundred thousand. Yet the move itself is evidence, once another link
 * has shown it: when some other pair linked on the first pass (a mother's
 * records, a brother's) holds one record at each of the two postcodes, the
 * two addresses are one household's, old and new.
 *
 * Reads the first pass's links from `lk_scored` (weight at or above
 * `linkWeight`, postcodes present and different) and the postcodes from
 * `linkage_encodings` (identical filters, identical postcode under the
 * agencies' secret: the partnership learns that two unknown postcodes are
 * one household's addresses, never which). Every candidate pair whose two
 * postcodes some link other than itself joins has its postcode level set to
 * exact in `lk_compared`, and is listed in `lk_moved (a, b)` for re-scoring.
 * Returns how many pairs were moved.
 */
export async function applyKnownMoves(db: Kysely<any>, linkWeight: number): Promise<number> {
  await sql`drop table if exists lk_place, lk_moves, lk_moved`.execute(db);
  // Each record's postcode as a 64-bit hash of its filter, hashed once: compared across millions of pairs below.
  await sql`create temp table lk_place as
            select encoding_id, ('x' || substr(md5(postcode::text), 1, 16))::bit(64)::bigint as place
            from linkage_encodings where postcode is not null`.execute(db);
  await sql`alter table lk_place add primary key (encoding_id)`.execute(db);
  await sql`analyze lk_place`.execute(db);
  const pairs = (where: ReturnType<typeof sql>) => sql`
    select s.a, s.b, s.weight, least(pa.place, pb.place) as p1, greatest(pa.place, pb.place) as p2
    from lk_scored s
    join lk_place pa on pa.encoding_id = s.a
    join lk_place pb on pb.encoding_id = s.b
    where s.postcode >= 0 and s.postcode < ${POSTCODE_EXACT} and ${where}`;
  await sql`create temp table lk_moves as
            select p1, p2, count(*)::integer as links from (${pairs(sql`s.weight >= ${linkWeight}`)}) l
            group by 1, 2`.execute(db);
  await sql`analyze lk_moves`.execute(db);
  await sql`create temp table lk_moved as
            select d.a, d.b from (${pairs(sql`true`)}) d
            join lk_moves m on m.p1 = d.p1 and m.p2 = d.p2
            where m.links > case when d.weight >= ${linkWeight} then 1 else 0 end`.execute(db);
  await sql`alter table lk_moved add primary key (a, b)`.execute(db);
  await sql`analyze lk_moved`.execute(db);
  const moved = await sql`
    update lk_compared c set postcode = ${POSTCODE_EXACT}
    from lk_moved m where c.a = m.a and c.b = m.b`.execute(db);
  await sql`update lk_compared c set pattern = (${sql.raw(PATTERN_SQL)})::integer
            from lk_moved m where c.a = m.a and c.b = m.b`.execute(db);
  await sql`drop table lk_place`.execute(db);
  return Number(moved.numAffectedRows ?? 0);
}
