import { describe, expect, it } from 'vitest';
import { clusterLinks } from '../cluster-links.js';

const together = (clusterOf: Int32Array, a: number, b: number) => clusterOf[a] === clusterOf[b];

describe('clustering links into people', () => {
  it('joins records through chains of links', () => {
    const result = clusterLinks({ records: 5, links: [{ a: 0, b: 1, weight: 10 }, { a: 1, b: 2, weight: 8 }] });
    expect(result.clusters).toBe(3);
    expect(together(result.clusterOf, 0, 2)).toBe(true);
    expect(together(result.clusterOf, 3, 4)).toBe(false);
  });

  it('never joins the two sides of a reviewer’s non-match, even through other records', () => {
    // 0–1 strong, 2–3 strong, 1–2 weaker: the chain would make 0 and 3 one person.
    const links = [
      { a: 0, b: 1, weight: 20 },
      { a: 2, b: 3, weight: 18 },
      { a: 1, b: 2, weight: 9 },
    ];
    expect(clusterLinks({ records: 4, links }).clusters).toBe(1);
    const result = clusterLinks({ records: 4, links, nonMatches: [[0, 3]] });
    expect(together(result.clusterOf, 0, 3)).toBe(false);
    expect(together(result.clusterOf, 0, 1)).toBe(true);
    expect(together(result.clusterOf, 2, 3)).toBe(true);
    expect(result.refusedLinks).toBe(1);
  });

  it('adds links strongest first, so the weakest link in a conflict is the one refused', () => {
    const links = [
      { a: 1, b: 2, weight: 5 },
      { a: 0, b: 1, weight: 30 },
    ];
    const result = clusterLinks({ records: 3, links, nonMatches: [[0, 2]] });
    expect(together(result.clusterOf, 0, 1)).toBe(true);
    expect(together(result.clusterOf, 1, 2)).toBe(false);
  });

  it('always links a reviewer’s match', () => {
    const result = clusterLinks({ records: 3, links: [], matches: [[0, 2]] });
    expect(together(result.clusterOf, 0, 2)).toBe(true);
    expect(result.clusters).toBe(2);
  });

  it('never puts two records of one agency in one person through a weaker link unless their own pair is plausible', () => {
    // Twins: 0 and 2 are health records, 1 and 3 education records. Each twin's two
    // records link strongly; one twin's education record links weakly (a related
    // given name, the same family, date and address) to the other twin's health record.
    const agencyOf = [0, 1, 0, 1];
    const links = [
      { a: 0, b: 1, weight: 20 },
      { a: 2, b: 3, weight: 20 },
      { a: 1, b: 2, weight: 3 },
    ];
    expect(clusterLinks({ records: 4, links }).clusters).toBe(1);
    const result = clusterLinks({ records: 4, links, agencyOf });
    expect(result.clusters).toBe(2);
    expect(together(result.clusterOf, 0, 1)).toBe(true);
    expect(together(result.clusterOf, 2, 3)).toBe(true);
    expect(together(result.clusterOf, 1, 2)).toBe(false);
    expect(result.refusedSameAgency).toBe(1);
    expect(result.refusedLinks).toBe(0);
    // The same when the other twin has no education record: its health record would sit beside the first twin's.
    const lone = clusterLinks({ records: 3, links: [{ a: 0, b: 1, weight: 20 }, { a: 1, b: 2, weight: 3 }], agencyOf: [0, 1, 0] });
    expect(lone.clusters).toBe(2);
  });

  it('joins an agency’s duplicate records when their own pair is plausible', () => {
    // 0 and 1 are one agency's two records of a person, both linked to 2 at another agency.
    const links = [
      { a: 0, b: 2, weight: 15 },
      { a: 1, b: 2, weight: 12 },
    ];
    expect(clusterLinks({ records: 3, links, agencyOf: [0, 0, 1] }).clusters).toBe(2);
    const result = clusterLinks({ records: 3, links, agencyOf: [0, 0, 1], sameAgencyPairs: [[1, 0]] });
    expect(result.clusters).toBe(1);
    expect(result.refusedSameAgency).toBe(0);
  });

  it('lets a reviewer’s match join two records of one agency', () => {
    const result = clusterLinks({ records: 2, links: [], matches: [[0, 1]], agencyOf: [0, 0] });
    expect(result.clusters).toBe(1);
  });
});
