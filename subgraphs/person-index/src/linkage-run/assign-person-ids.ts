import { newPersonId } from '../person/person-id.js';

export interface RecordRef {
  agencyId: string;
  recordId: string;
}

/** A group of agency records judged to be one person. */
export type Cluster = RecordRef[];

const refKey = (ref: RecordRef) => `${ref.agencyId}\u0000${ref.recordId}`;

/**
 * Gives every cluster a partnership id, keeping existing ids stable: a
 * cluster takes the id most of its records already had, unless a larger
 * cluster has claimed it (the person was split), in which case it gets a new
 * one. Ids are never reused for somebody else.
 */
export function assignPersonIds(
  clusters: readonly Cluster[],
  previous: ReadonlyMap<string, string>,
  mint: () => string = newPersonId,
): Map<Cluster, string> {
  const ordered = [...clusters].sort((a, b) => b.length - a.length);
  const claimed = new Set<string>();
  const assigned = new Map<Cluster, string>();
  for (const cluster of ordered) {
    const votes = new Map<string, number>();
    for (const ref of cluster) {
      const id = previous.get(refKey(ref));
      if (id) votes.set(id, (votes.get(id) ?? 0) + 1);
    }
    const candidates = [...votes].filter(([id]) => !claimed.has(id)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const id = candidates[0]?.[0] ?? mint();
    claimed.add(id);
    assigned.set(cluster, id);
  }
  return assigned;
}

export function previousAssignments(rows: readonly { agency_id: string; record_id: string; person_id: string }[]): Map<string, string> {
  return new Map(rows.map((row) => [refKey({ agencyId: row.agency_id, recordId: row.record_id }), row.person_id]));
}
