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
}

export interface ClusterResult {
  /** Cluster number of each record (0 … clusters-1), in order of first appearance. */
  clusterOf: Int32Array;
  clusters: number;
  /** Automatic links refused because a reviewer's non-match lay between their groups. */
  refusedLinks: number;
}

export function clusterLinks(input: ClusterInput): ClusterResult {
  const parent = new Int32Array(input.records);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const size = new Int32Array(input.records).fill(1);
  // For each group's root, the records that group must never be joined with.
  const forbidden = new Map<number, number[]>();

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

  const union = (a: number, b: number, respectReviews: boolean): boolean => {
    let rootA = find(a);
    let rootB = find(b);
    if (rootA === rootB) return true;
    const forbiddenA = forbidden.get(rootA);
    const forbiddenB = forbidden.get(rootB);
    if (respectReviews) {
      // Check the shorter list against the other group's root.
      const [list, other] = (forbiddenA?.length ?? 0) <= (forbiddenB?.length ?? 0) ? [forbiddenA, rootB] : [forbiddenB, rootA];
      if (list?.some((record) => find(record) === other)) return false;
    }
    if (size[rootA] < size[rootB]) [rootA, rootB] = [rootB, rootA];
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
  for (const link of ordered) if (!union(link.a, link.b, true)) refusedLinks++;

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
  return { clusterOf, clusters: numberOfRoot.size, refusedLinks };
}
