import type { Cluster } from './assign-person-ids.js';

/**
 * The first linkage rule: records whose keyed hash of normalised name, date
 * of birth and postcode agree are one person. It misses anyone whose details
 * differ by a typo or a house move; the probabilistic linkage replaces it
 * behind the same `linkPeople` boundary.
 */
export function clusterByExactKey(tokens: readonly { agency_id: string; record_id: string; exact_key: string }[]): Cluster[] {
  const byKey = new Map<string, Cluster>();
  for (const token of tokens) {
    const cluster = byKey.get(token.exact_key);
    const ref = { agencyId: token.agency_id, recordId: token.record_id };
    if (cluster) cluster.push(ref);
    else byKey.set(token.exact_key, [ref]);
  }
  return [...byKey.values()];
}
