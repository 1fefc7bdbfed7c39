/**
 * Turns scored links into people: union-find over records, adding links from
 * the strongest down, as single-linkage clustering does, with two kinds of
 * human decision taking precedence:
 *
 * - a reviewer's "match" always joins the two records, first;
 * - a reviewer's "non-match" forbids any chain of automatic links that would
 *   put the two records in one person: a link that would join their two
 *   groups is skipped, however strong, and the records stay apart across
 *   re-runs for as long as the decision stands.
 *
 * And, given each record's agency, one rule from how agencies keep records:
 * an agency holds one record per person and rarely two, so an automatic link
 * may not join two groups that would then hold two records of one agency
 * unless those two records are themselves a plausible pair (`sameAgencyPairs`:
 * scored at least at the review threshold). Without it, single linkage joins
 * whatever a chain of links reaches: a twin's record linked, on a related
 * given name, to the other twin's record at another agency brings both twins'
 * records into one person, and every pair between them counts as linked. The
 * strongest links come first, so each record is first joined to its own
 * person's records and the weaker link across is the one refused. At a
 * million people there are ten times the twins and namesakes per true pair
 * that there are at ten thousand, and such merges were most of the lost
 * precision.
 *
 * Records are numbered 0 … n-1 by the caller; links refer to those numbers.
 */
export interface ScoredLink {
  a: number;
  b: number;
  weight: number;
}

export interface ClusterInput {
  records: number;
  /** Automatic links, in any order. */
  links: readonly ScoredLink[];
  /** Reviewer decisions, by record number. */
  matches?: readonly (readonly [number, number])[];
  nonMatches?: readonly (readonly [number, number])[];
  /** Each record's agency (any number naming it); without it, records of one agency join freely. */
  agencyOf?: ArrayLike<number>;
  /** Pairs of records of one agency that may be one person (a duplicate the agency holds). */
  sameAgencyPairs?: readonly (readonly [number, number])[];
}

export interface ClusterResult {
  /** Cluster number of each record (0 … clusters-1), in order of first appearance. */
  clusterOf: Int32Array;
  clusters: number;
  /** Automatic links refused because a reviewer's non-match lay between their groups. */
  refusedLinks: number;
  /** Automatic links refused because they would put two records of one agency, not a plausible pair, in one person. */
  refusedSameAgency: number;
}

export function clusterLinks(input: ClusterInput): ClusterResult {
  const parent = new Int32Array(input.records);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const size = new Int32Array(input.records).fill(1);
  // For each group's root, the records that group must never be joined with.
  const forbidden = new Map<number, number[]>();

  const agencyOf = input.agencyOf;
  // Each group's records, by agency, for the agency rule (kept only when agencies are given).
  const membersByAgency = agencyOf ? new Map<number, Map<number, number[]>>() : null;
  const pairKey = (a: number, b: number) => (a < b ? a * input.records + b : b * input.records + a);
  const plausible = new Set((input.sameAgencyPairs ?? []).map(([a, b]) => pairKey(a, b)));
  const groupAgencies = (root: number): Map<number, number[]> => {
    let agencies = membersByAgency!.get(root);
    if (!agencies) {
      agencies = new Map([[agencyOf![root], [root]]]);
      membersByAgency!.set(root, agencies);
    }
    return agencies;
  };
  /** Whether joining the two groups keeps every two records of one agency a plausible pair. */
  const agenciesAllow = (rootA: number, rootB: number): boolean => {
    const a = groupAgencies(rootA);
    const b = groupAgencies(rootB);
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    for (const [agency, records] of small) {
      const others = large.get(agency);
      if (!others) continue;
      for (const x of records) for (const y of others) if (!plausible.has(pairKey(x, y))) return false;
    }
    return true;
  };

  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root];
    while (parent[x] !== root) {
      const next = parent[x];
      parent[x] = root;
      x = next;
    }
    return root;
  };

  const union = (a: number, b: number, respectReviews: boolean): boolean | 'agency' => {
    let rootA = find(a);
    let rootB = find(b);
    if (rootA === rootB) return true;
    if (respectReviews && membersByAgency && !agenciesAllow(rootA, rootB)) return 'agency';
    const forbiddenA = forbidden.get(rootA);
    const forbiddenB = forbidden.get(rootB);
    if (respectReviews) {
      // Check the shorter list against the other group's root.
      const [list, other] = (forbiddenA?.length ?? 0) <= (forbiddenB?.length ?? 0) ? [forbiddenA, rootB] : [forbiddenB, rootA];
      if (list?.some((record) => find(record) === other)) return false;
    }
    if (size[rootA] < size[rootB]) [rootA, rootB] = [rootB, rootA];
    if (membersByAgency) {
      const into = groupAgencies(rootA);
      for (const [agency, records] of groupAgencies(rootB)) {
        const kept = into.get(agency);
        if (kept) kept.push(...records);
        else into.set(agency, records);
      }
      membersByAgency.delete(rootB);
    }
    parent[rootB] = rootA;
    size[rootA] += size[rootB];
    const merged = [...(forbidden.get(rootA) ?? []), ...(forbidden.get(rootB) ?? [])];
    forbidden.delete(rootB);
    if (merged.length > 0) forbidden.set(rootA, merged);
    return true;
  };

  for (const [a, b] of input.matches ?? []) union(a, b, false);
  for (const [a, b] of input.nonMatches ?? []) {
    const rootA = find(a);
    const rootB = find(b);
    forbidden.set(rootA, [...(forbidden.get(rootA) ?? []), b]);
    forbidden.set(rootB, [...(forbidden.get(rootB) ?? []), a]);
  }

  const ordered = [...input.links].sort((x, y) => y.weight - x.weight);
  let refusedLinks = 0;
  let refusedSameAgency = 0;
  for (const link of ordered) {
    const joined = union(link.a, link.b, true);
    if (joined === 'agency') refusedSameAgency++;
    else if (!joined) refusedLinks++;
  }

  const clusterOf = new Int32Array(input.records);
  const numberOfRoot = new Map<number, number>();
  for (let record = 0; record < input.records; record++) {
    const root = find(record);
    let cluster = numberOfRoot.get(root);
    if (cluster === undefined) {
      cluster = numberOfRoot.size;
      numberOfRoot.set(root, cluster);
    }
    clusterOf[record] = cluster;
  }
  return { clusterOf, clusters: numberOfRoot.size, refusedLinks, refusedSameAgency };
}
