import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENCY_IDS } from '@joined-up/agencies';
import { caseworkerExample, exampleQueries } from '@joined-up/gateway/examples';
import { lsoas, LAMBETH } from '@joined-up/geography';
import { officers, readmeExamples, startTestFederation, type TestFederation } from '@joined-up/testing';

/** Every ```graphql block of the README, so the documented queries stay true. */
const examples = readmeExamples();

const AGENCIES = [...AGENCY_IDS].sort();
const PROGRESS = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NOT_ENOUGH_DATA'];

/** A published count: a whole multiple of 5, or suppressed with no value. */
function expectCount(count: { value: number | null; suppressed?: boolean }) {
  if (count.suppressed) expect(count.value).toBeNull();
  else expect(count.value! % 5).toBe(0);
}

interface Known {
  personId: string;
  /** The agencies whose records the person index links to `personId`. */
  personAgencies: string[];
}

/**
 * What each README example must really answer, by its first top-level field:
 * the data itself, not merely that some came back. An example with no entry
 * here fails, so a new one cannot be documented unchecked.
 */
const expectations: Record<string, (data: any, known: Known) => void> = {
  agencies: (data) => {
    expect(data.agencies.map((agency: { id: string }) => agency.id).sort()).toEqual(AGENCIES);
    for (const agency of data.agencies) {
      expect(agency.name.length).toBeGreaterThan(5);
      expect(agency.officers.length).toBeGreaterThan(0);
      for (const officer of agency.officers) expect(officer.email).toMatch(new RegExp(`@${agency.id}\\.joined-up\\.example$`));
    }
  },
  person: (data, known) => {
    expect(data.person.id).toBe(known.personId);
    if (!data.person.knownTo) {
      // The security model's example: the pseudonymised fields an analyst is shown.
      expect(data.person.health.patients[0].ageBand).toMatch(/^\d+/);
      expect(data.person.health.patients[0].lsoaCode).toMatch(/^E01/);
      return;
    }
    expect(data.person.knownTo.map((agency: { id: string }) => agency.id).sort()).toEqual(known.personAgencies);
    for (const agency of known.personAgencies) expect(data.person[agency], `${agency}'s view`).not.toBeNull();
    const arrivals = data.person.health.aeAttendances.map((attendance: { arrivedAt: string }) => attendance.arrivedAt);
    expect(arrivals.length).toBeGreaterThan(0);
    expect([...arrivals].sort().reverse()).toEqual(arrivals);
    expect(data.person.police.offences.length + data.person.police.youthJustice.length).toBeGreaterThan(0);
    expect(data.person.education.pupils[0].school.name.length).toBeGreaterThan(3);
  },
  lambeth: (data) => {
    expect(data.lambeth.name).toBe('Lambeth');
    expect(data.lewisham.name).toBe('Lewisham');
    for (const area of [data.lambeth, data.lewisham]) {
      expect(area.health.aeAttendances.value).toBeGreaterThan(0);
      expect(area.police.recordedOffences.value).toBeGreaterThan(0);
      expectCount(area.health.selfHarmAdmissions);
      const byCategory = area.police.offencesByCategory.map((entry: { count: { value: number | null } }) => entry.count.value ?? 0);
      expect(byCategory.length).toBeGreaterThan(3);
      // Rounded to 5 each, the categories add up to about the total.
      expect(Math.abs(byCategory.reduce((sum: number, value: number) => sum + value, 0) - area.police.recordedOffences.value)).toBeLessThanOrEqual(5 * byCategory.length);
    }
  },
  areas: (data) => {
    const expected = lsoas.filter((lsoa) => lsoa.parentCode === LAMBETH).map((lsoa) => lsoa.code).sort();
    expect(data.areas.map((area: { code: string }) => area.code).sort()).toEqual(expected);
    for (const area of data.areas) {
      expectCount(area.police.recordedOffences);
      expectCount(area.education.persistentAbsence);
    }
  },
  outcomes: (data) => {
    expect(data.outcomes.length).toBeGreaterThan(1);
    for (const outcome of data.outcomes) {
      expect(outcome.id).toMatch(/^OUT-LAMBETH-/);
      expect(PROGRESS).toContain(outcome.status);
      expect(outcome.roles.filter((role: { role: string }) => role.role === 'LEAD')).toHaveLength(1);
      if (!outcome.needsLead) expect(outcome.lead.name.length).toBeGreaterThan(3);
      expect(outcome.indicators.length).toBeGreaterThan(0);
      for (const indicator of outcome.indicators) {
        expect(indicator.values.length).toBeGreaterThan(0);
        for (const value of indicator.values) expect(value.period).toMatch(/^2025-/);
        expect(PROGRESS).toContain(indicator.status);
      }
    }
  },
  sharingAgreements: (data) => {
    expect(data.sharingAgreements.map((agreement: { id: string }) => agreement.id)).toContain('ISA-LAMBETH-YOUTH-CRIME');
    for (const agreement of data.sharingAgreements) {
      expect(agreement.parties.length).toBeGreaterThanOrEqual(2);
      expect(agreement.purposes.length).toBeGreaterThan(0);
      expect(agreement.validFrom < agreement.validTo).toBe(true);
      for (const approval of agreement.approvals) expect(agreement.parties).toContain(approval.agencyId);
    }
  },
  proposals: (data) => {
    expect(data.proposals.length).toBeGreaterThan(0);
    for (const proposal of data.proposals) {
      expect(proposal.versions.map((version: { number: number }) => version.number)).toContain(proposal.currentVersionNumber);
      const objected = proposal.standing.some((standing: { stance: string }) => standing.stance === 'OBJECTION');
      if (objected) expect(proposal.readyToAdopt).toBe(false);
    }
  },
  unansweredFeedback: (data) => {
    expect(data.unansweredFeedback.length).toBeGreaterThan(0);
    for (const feedback of data.unansweredFeedback) {
      expect(feedback.daysWaiting).toBeGreaterThanOrEqual(14);
      expect(feedback.message.length).toBeGreaterThan(10);
    }
  },
  coventry: (data) => {
    expect(data.coventry.budget).toBeGreaterThan(0);
    for (const round of data.coventry.rounds) {
      const published = round.support.filter((support: { suppressed: boolean }) => !support.suppressed);
      expect(published.length).toBeGreaterThan(0);
      for (const support of published) expect(support.amount).toBeGreaterThanOrEqual(0);
    }
  },
  lessons: (data) => {
    expect(data.lessons.length).toBeGreaterThan(0);
    expect(JSON.stringify(data.lessons).toLowerCase()).toContain('truan');
    expect(data.lessonsLike.length).toBeGreaterThan(0);
    for (const like of data.lessonsLike) expect(like.score).toBeGreaterThan(0);
  },
  outcome: (data) => {
    expect(data.outcome.title).toBe('Fewer young people in Lambeth drawn into crime');
    const times = data.outcome.timeline.map((entry: { at: string }) => entry.at);
    expect(times.length).toBeGreaterThan(2);
    expect([...times].sort()).toEqual(times);
  },
  cohort: (data) => {
    const members = data.cohort.members;
    // The planted cohort: 1.2% of the 2,000 test people, give or take linkage.
    expect(members.length).toBeGreaterThanOrEqual(20);
    expect(members.length).toBeLessThanOrEqual(30);
    expect(Math.abs(data.cohort.size.value - members.length)).toBeLessThanOrEqual(2.5);
    const allFive = data.cohort.combinations.find((combination: { agencies: { id: string }[] }) => combination.agencies.length === 5);
    expect(allFive.people.value).toBe(data.cohort.size.value);
    for (const member of members) {
      for (const agency of ['police', 'education', 'health', 'housing', 'voluntary']) expect(member[agency], `${member.id}'s ${agency} view`).not.toBeNull();
    }
  },
};

function firstField(query: string): string {
  const body = query.replace(/^\s*(query\s*\w*\s*(\([^)]*\))?)?\s*\{/, '');
  return /^\s*(\w+)/.exec(body)![1];
}

describe('the README example queries', () => {
  let federation: TestFederation;
  let known: Known;

  beforeAll(async () => {
    federation = await startTestFederation('readme-examples');
    const db = federation.subgraphs.get('person-index')!.database.db;
    const row = await db
      .selectFrom('person_records')
      .select('person_id')
      .groupBy('person_id')
      .orderBy((eb) => eb.fn.count('agency_id').distinct(), 'desc')
      .orderBy('person_id')
      .limit(1)
      .executeTakeFirstOrThrow();
    const agencies = await db.selectFrom('person_records').select('agency_id').distinct().where('person_id', '=', row.person_id).execute();
    known = { personId: row.person_id, personAgencies: agencies.map((agency) => agency.agency_id).sort() };
  });
  afterAll(() => federation?.stop());

  it('are all present, and each has its expectation', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const query of examples) expect(Object.keys(expectations), query.slice(0, 80)).toContain(firstField(query));
  });

  for (const { title, query, officer } of exampleQueries) {
    it(`the explorer's example "${title.slice(0, 80)}" answers what the README's does`, async () => {
      const as = officer ? { officerId: `${officer.agency}-${officer.role}`, agency: officer.agency, roles: [officer.role], purpose: officer.purpose } : officers.policeAnalyst;
      const variables = query === caseworkerExample.query ? { ...federation.caseworkerSample } : undefined;
      const response = await federation.query(query, { as, variables });
      expect(response.errors).toBeUndefined();
      const field = firstField(query);
      expect(response.data?.[field]).toBeTruthy();
      if (field === 'agencies' || field === 'sharingAgreements') expectations[field](response.data, known);
    });
  }

  it("opens the explorer on the caseworker's path: a seeded person who is found, with all five agencies' views, and a token command that works as typed", async () => {
    const sample = federation.caseworkerSample!;
    expect(sample.familyName).toBeTruthy();
    const response = await federation.query(caseworkerExample.query, { as: officers.healthCaseworker, variables: { ...sample } });
    expect(response.errors).toBeUndefined();
    const person = response.data.searchHealthRecords.matches[0].record.person;
    for (const agency of ['health', 'police', 'education', 'housing', 'voluntary']) expect(person[agency], agency).not.toBeNull();
    const page = await (await fetch(federation.gatewayUrl.replace(/\/graphql$/, '/explorer'))).text();
    expect(page).toContain(`Bearer <paste the output of: npx -y pnpm@12.21.0 -s run token --agency health --role caseworker --purpose direct-care>`);
    expect(page).toContain(JSON.stringify(sample.familyName).slice(1, -1));
    expect(page).not.toContain('pnpm token');
  });

  for (const [index, query] of examples.entries()) {
    it(`example ${index + 1} answers with the right data: ${query.split('\n')[0].slice(0, 60)}`, async () => {
      // The README runs the person and cohort examples as a caseworker.
      const response = await federation.query(query, { as: officers.policeCaseworker, variables: query.includes('$id') ? { id: known.personId } : undefined });
      expect(response.errors).toBeUndefined();
      expectations[firstField(query)](response.data, known);
    });
  }
});
