import { sql, type Kysely } from 'kysely';

/**
 * The truth an evaluation scores against: each record's true person and the
 * noise kinds its file names, kept compactly (a bit per kind) because a
 * million-person set has two million records.
 */
export class EvaluationTruth {
  readonly trueId = new Map<string, string>();
  readonly noiseMask = new Map<string, number>();
  readonly kinds: string[] = [];

  add(key: string, trueId: string, noise: readonly string[]): void {
    this.trueId.set(key, trueId);
    let mask = 0;
    for (const kind of noise) {
      let bit = this.kinds.indexOf(kind);
      if (bit < 0) {
        if (this.kinds.length >= 30) continue; // more kinds than bits: the rest go unreported
        bit = this.kinds.push(kind) - 1;
      }
      mask |= 1 << bit;
    }
    if (mask) this.noiseMask.set(key, mask);
  }

  get size(): number {
    return this.trueId.size;
  }

  /** Records of each true person, for walking the true pairs. */
  people(): Map<string, string[]> {
    const people = new Map<string, string[]>();
    for (const [key, person] of this.trueId) {
      const records = people.get(person);
      if (records) records.push(key);
      else people.set(person, [key]);
    }
    return people;
  }

  /**
   * Copies the truth into `linkage_eval_truth` in the evaluation's own schema,
   * so blocking recall can be counted beside the stored blocking keys.
   */
  async store(db: Kysely<any>, splitKey: (key: string) => [string, string]): Promise<void> {
    await sql`create table linkage_eval_truth (agency_id text not null, record_id text not null, true_id text not null, noise integer not null)`.execute(db);
    let batch: [string, string, string, number][] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      await sql`insert into linkage_eval_truth
                select * from unnest(${batch.map((row) => row[0])}::text[], ${batch.map((row) => row[1])}::text[],
                                     ${batch.map((row) => row[2])}::text[], ${batch.map((row) => row[3])}::integer[])`.execute(db);
      batch = [];
    };
    for (const [key, person] of this.trueId) {
      const [agency, record] = splitKey(key);
      batch.push([agency, record, person, this.noiseMask.get(key) ?? 0]);
      if (batch.length >= 20_000) await flush();
    }
    await flush();
  }
}

export interface RecallByKind {
  kind: string;
  /** True pairs in which either record carries the kind. */
  truePairs: number;
  /** Of those, pairs the linkage put into one person. */
  found: number;
  recall: number;
  /** Of those, pairs some blocking rule proposed (null when not measured). */
  blocked: number | null;
}

/**
 * Recall among the true pairs touched by each noise kind (and `none`, pairs
 * whose records carry no kind): where a regression in one kind of messiness
 * shows first.
 */
export function recallByNoise(truth: EvaluationTruth, clusterOf: ReadonlyMap<string, number>): RecallByKind[] {
  const counts = [...truth.kinds, 'none'].map((kind) => ({ kind, truePairs: 0, found: 0 }));
  const none = counts.length - 1;
  for (const records of truth.people().values()) {
    for (let i = 0; i < records.length; i++) {
      for (let j = i + 1; j < records.length; j++) {
        const mask = (truth.noiseMask.get(records[i]) ?? 0) | (truth.noiseMask.get(records[j]) ?? 0);
        const found = clusterOf.get(records[i]) === clusterOf.get(records[j]) ? 1 : 0;
        if (mask === 0) {
          counts[none].truePairs++;
          counts[none].found += found;
        }
        for (let bit = 0; mask >> bit; bit++) {
          if (mask & (1 << bit)) {
            counts[bit].truePairs++;
            counts[bit].found += found;
          }
        }
      }
    }
  }
  return counts
    .filter((count) => count.truePairs > 0)
    .map((count) => ({ ...count, recall: count.found / count.truePairs, blocked: null }));
}
