import { sql, type Kysely } from 'kysely';
import { PATTERN_SQL } from './compare-pairs.js';
import { COMPARISONS } from './comparisons.js';
import { probabilityFromWeight } from './match-model.js';

const POSTCODE_EXACT = COMPARISONS.find((comparison) => comparison.name === 'postcode')!.levels.at(-1)!.level;

export interface KnownMovesOptions {
  /** The match threshold as a weight: how sure the move must be, and which first-pass pairs are links. */
  linkWeight: number;
  /** The review threshold as a weight: pairs below it are no evidence of a move. */
  reviewWeight: number;
}

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
 * at a hundred thousand. Yet the move itself is evidence, once other people
 * show it: when pairs of records of other people (a mother's, a brother's)
 * hold one record at each of the two postcodes, the two addresses are one
 * household's, old and new.
 *
 * Other *people*, not only other pairs: the first pass's links are clustered
 * (as the run clusters its links) and a pair is evidence for another only if
 * it touches neither of that pair's two groups. Without that, two strangers
 * of one name and date, one recorded once at P1 and the other three times at
 * P2, gave three pairs across P1 and P2 that each "showed" the move for the
 * others, though all three asked one question: whether those two are one
 * person. At a million people that made most of the known moves' false
 * links: re-clustering one run's scored pairs, 11,549 false pairs with moves
 * shown by any other link, 9,445 with no known moves, 9,627 with moves shown
 * by other people's links (recall 0.9651, 0.9574, 0.9650).
 *
 * The evidence is read as a chance: the move is known when, over the other
 * people's pairs across the two postcodes scored at or above review,
 * 1 − ∏(1 − p) reaches the match threshold: one link suffices, as do two
 * pairs of a household each more likely than not. Counting the pair's own
 * people's pairs too, that reading cost precision at a million people
 * (0.9865 → 0.9823 in a full bench); without them it does not (on the same
 * scored pairs: 9,667 false pairs, recall 0.9657).
 *
 * Reads the first pass from `lk_scored`, its people from `lk_group` (see
 * `firstPassGroups`) and the postcodes from
 * `linkage_encodings` (identical filters, identical postcode under the
 * agencies' secret: the partnership learns that two unknown postcodes are one
 * household's addresses, never which). Every candidate pair whose two
 * postcodes are so shown has its postcode level set to exact in
 * `lk_compared`, and is listed in `lk_moved (a, b)` for re-scoring. Returns
 * how many pairs were moved.
 */
export async function applyKnownMoves(db: Kysely<any>, options: KnownMovesOptions): Promise<number> {
  await sql`drop table if exists lk_place, lk_evidence, lk_moved`.execute(db);
  // Each record's postcode as a 64-bit hash of its filter, hashed once: compared across millions of pairs below.
  await sql`create temp table lk_place as
            select encoding_id, ('x' || substr(md5(postcode::text), 1, 16))::bit(64)::bigint as place
            from linkage_encodings where postcode is not null`.execute(db);
  await sql`alter table lk_place add primary key (encoding_id)`.execute(db);
  await sql`analyze lk_place`.execute(db);
  // A record in no group of two or more is a group of its own, numbered below every group's number.
  const pairs = (where: ReturnType<typeof sql>) => sql`
    select s.a, s.b, s.weight, least(pa.place, pb.place) as p1, greatest(pa.place, pb.place) as p2,
           coalesce(ga.grp, -s.a) as ga, coalesce(gb.grp, -s.b) as gb
    from lk_scored s
    join lk_place pa on pa.encoding_id = s.a
    join lk_place pb on pb.encoding_id = s.b
    left join lk_group ga on ga.encoding_id = s.a
    left join lk_group gb on gb.encoding_id = s.b
    where s.postcode >= 0 and s.postcode < ${POSTCODE_EXACT} and ${where}`;
  await sql`create temp table lk_evidence as ${pairs(sql`s.weight >= ${options.reviewWeight}`)}`.execute(db);
  await sql`create index on lk_evidence (p1, p2)`.execute(db);
  await sql`analyze lk_evidence`.execute(db);
  // Chance that no other people's pair across the two postcodes is one person: ∏(1 − p), summed as logs.
  const sure = probabilityFromWeight(options.linkWeight);
  await sql`create temp table lk_moved as
            select d.a, d.b from (${pairs(sql`true`)}) d
            join lk_evidence e on e.p1 = d.p1 and e.p2 = d.p2
            where e.ga not in (d.ga, d.gb) and e.gb not in (d.ga, d.gb)
            group by d.a, d.b
            having sum(ln(greatest(1 - 1 / (1 + power(2::double precision, -e.weight)), 1e-12))) <= ln(1 - ${sure}::double precision)`.execute(db);
  await sql`alter table lk_moved add primary key (a, b)`.execute(db);
  await sql`analyze lk_moved`.execute(db);
  const moved = await sql`
    update lk_compared c set postcode = ${POSTCODE_EXACT}
    from lk_moved m where c.a = m.a and c.b = m.b`.execute(db);
  await sql`update lk_compared c set pattern = (${sql.raw(PATTERN_SQL)})::integer
            from lk_moved m where c.a = m.a and c.b = m.b`.execute(db);
  await sql`drop table if exists lk_place, lk_evidence`.execute(db);
  return Number(moved.numAffectedRows ?? 0);
}
