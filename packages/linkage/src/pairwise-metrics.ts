/**
 * Pairwise precision and recall of a clustering against the truth, the usual
 * measure for record linkage: of the pairs of records put into one person,
 * how many are truly one person (precision), and of the pairs that truly are,
 * how many were put together (recall). Counted from cluster sizes, never by
 * listing pairs, so a million records cost a pass over them.
 */
export interface PairwiseMetrics {
  truePairs: number;
  foundPairs: number;
  correctPairs: number;
  precision: number;
  recall: number;
  f1: number;
  trueClusters: number;
  foundClusters: number;
}

/** `clusters` holds record keys; `truth` maps each record key to its true person. Records without truth are ignored. */
export function pairwiseMetrics(clusters: Iterable<Iterable<string>>, truth: ReadonlyMap<string, string>): PairwiseMetrics {
  let foundPairs = 0;
  let correctPairs = 0;
  let foundClusters = 0;
  for (const cluster of clusters) {
    const people = new Map<string, number>();
    let size = 0;
    for (const record of cluster) {
      const person = truth.get(record);
      if (person === undefined) continue;
      size++;
      people.set(person, (people.get(person) ?? 0) + 1);
    }
    if (size === 0) continue;
    foundClusters++;
    foundPairs += pairs(size);
    for (const count of people.values()) correctPairs += pairs(count);
  }
  const sizes = new Map<string, number>();
  for (const person of truth.values()) sizes.set(person, (sizes.get(person) ?? 0) + 1);
  let truePairs = 0;
  for (const count of sizes.values()) truePairs += pairs(count);
  const precision = foundPairs === 0 ? 1 : correctPairs / foundPairs;
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePairs, foundPairs, correctPairs, precision, recall, f1, trueClusters: sizes.size, foundClusters };
}

const pairs = (n: number) => (n * (n - 1)) / 2;
