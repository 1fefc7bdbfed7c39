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
 * at a hundred thousand. Yet the move itself is evidence, once other pairs
 * show it: when other pairs (a mother's records, a brother's) hold one record
 * at each of the two postcodes, the two addresses may be one household's, old
 * and new.
 *
 * How far to believe it comes from the first pass's own probabilities, read
 * jointly rather than pair by pair. The pairwise model scores each pair as if
 * the others were not there; but if one of them is one person, the household
 * did move, and every other pair across the two postcodes is then a pair at
 * one address, its odds multiplied by K, its pattern's weight with the postcode
 * exact over its weight as scored (`moveBits`, log2 K by pattern: about 15
 * bits between different family names, less within one family, where the
 * shared postcode is worth less and an exact date, as twins share it, too). Taking the other pairs together as one (none of them is one person
 * with chance Q = ∏(1 − p), odds o = 1/Q − 1) and the pair's own odds o_i,
 * the four readings have odds o_i·o·K (both true), o_i (only this pair),
 * o (only the others), 1 (neither), so this pair is one person with chance
 *
 *   (o_i·o·K + o_i) / (o_i·o·K + o_i + o + 1),
 *
 * and its two postcodes count as one address when that reaches the match
 * threshold, the bar a link itself must pass. A link beside it (o ≥ 4 at
 * 0.8) moves every pair but those the model all but rules out (o_i·K below
 * about 5, so that even at one postcode it would not link); so do two members of a couple each scored 0.6 across the move,
 * neither linked on its own: at a million people a mover's pairs have a tenth
 * of the prior they have at a hundred thousand, and a household of common
 * names may have no member above the threshold though each is more likely
 * one person than not. The other pairs counted are those worth a review (at
 * or above `reviewWeight`): below it a pair is more likely two strangers than
 * one person, and many such pairs are one household's chance resemblances,
 * not independent evidence. A pair with no such other pair is never moved.
 *
 * Reads the first pass's pairs from `lk_scored` (weights, postcodes present
 * and different) and the postcodes from `linkage_encodings` (identical
 * filters, identical postcode under the agencies' secret: the partnership
 * learns that two unknown postcodes are one household's addresses, never
 * which). Every candidate pair so moved has its postcode level set to exact
 * in `lk_compared`, and is listed in `lk_moved (a, b)` for re-scoring.
 * Returns how many pairs were moved.
 */
export async function applyKnownMoves(
  db: Kysely<any>,
  thresholds: { linkWeight: number; reviewWeight: number },
  moveBits: ReadonlyMap<number, number>,
): Promise<number> {
  const { linkWeight, reviewWeight } = thresholds;
  await sql`drop table if exists lk_move_bits`.execute(db);
  await sql`create temp table lk_move_bits (pattern integer primary key, bits double precision not null)`.execute(db);
  const gains = [...moveBits].map(([pattern, bits]) => sql`(${pattern}, ${bits})`);
  for (let start = 0; start < gains.length; start += 5000) {
    await sql`insert into lk_move_bits values ${sql.join(gains.slice(start, start + 5000))}`.execute(db);
  }
  await sql`drop table if exists lk_place, lk_moves, lk_moved`.execute(db);
  // Each record's postcode as a 64-bit hash of its filter, hashed once: compared across millions of pairs below.
  await sql`create temp table lk_place as
            select encoding_id, ('x' || substr(md5(postcode::text), 1, 16))::bit(64)::bigint as place
            from linkage_encodings where postcode is not null`.execute(db);
  await sql`alter table lk_place add primary key (encoding_id)`.execute(db);
  await sql`analyze lk_place`.execute(db);
  const pairs = (where: ReturnType<typeof sql>) => sql`
    select s.a, s.b, s.weight, s.pattern, least(pa.place, pb.place) as p1, greatest(pa.place, pb.place) as p2
    from lk_scored s
    join lk_place pa on pa.encoding_id = s.a
    join lk_place pb on pb.encoding_id = s.b
    where s.postcode >= 0 and s.postcode < ${POSTCODE_EXACT} and ${where}`;
  // ln(1 − p) of a pair of weight w is −ln(1 + 2^w); summed per pair of postcodes, it is ln Q, of the chance none is one person.
  const notMatch = (weight: ReturnType<typeof sql>) => sql`-ln(1 + power(2::double precision, least(${weight}, 60)))`;
  await sql`create temp table lk_moves as
            select p1, p2, sum(${notMatch(sql`l.weight`)}) as none_match, count(*)::integer as pairs
            from (${pairs(sql`s.weight >= ${reviewWeight}`)}) l
            group by 1, 2`.execute(db);
  await sql`analyze lk_moves`.execute(db);
  // The others' 1/Q = o + 1, leaving the pair itself out; then o_i·(o·K + 1) ≥ T·(o + 1), T the threshold's odds.
  await sql`create temp table lk_moved as
            select d.a, d.b from (${pairs(sql`true`)}) d
            join lk_moves m on m.p1 = d.p1 and m.p2 = d.p2
            join lk_move_bits k on k.pattern = d.pattern
            cross join lateral (select d.weight >= ${reviewWeight} as counted) own
            cross join lateral (select exp(least(-(m.none_match - case when own.counted then ${notMatch(sql`d.weight`)} else 0 end), 700)) as inverse_q) o
            where m.pairs > case when own.counted then 1 else 0 end
              and power(2::double precision, least(d.weight, 60)) * ((o.inverse_q - 1) * power(2::double precision, least(k.bits, 60)) + 1)
                  >= power(2::double precision, ${linkWeight}::double precision) * o.inverse_q`.execute(db);
  await sql`alter table lk_moved add primary key (a, b)`.execute(db);
  await sql`analyze lk_moved`.execute(db);
  const moved = await sql`
    update lk_compared c set postcode = ${POSTCODE_EXACT}
    from lk_moved m where c.a = m.a and c.b = m.b`.execute(db);
  await sql`update lk_compared c set pattern = (${sql.raw(PATTERN_SQL)})::integer
            from lk_moved m where c.a = m.a and c.b = m.b`.execute(db);
  await sql`drop table lk_place, lk_move_bits`.execute(db);
  return Number(moved.numAffectedRows ?? 0);
}
