import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfficerClaims } from '@joined-up/auth';
import { officers, startTestFederation, type TestFederation } from '@joined-up/testing';

/** A seeded directory officer: `<agency>-<role>`. */
const officer = (agency: string, role: string): OfficerClaims => ({ officerId: `${agency}-${role}`, agency, roles: [role], purpose: 'youth-crime-prevention' });
const lead = (agency: string) => officer(agency, 'lead');

/** The partnership's shared records: a refusal must leave every one of them as it was (idempotency keys included). */
const RECORDS = [
  'outcomes',
  'outcome_roles',
  'accountabilities',
  'indicators',
  'operating_agreements',
  'operating_agreement_parties',
  'operating_agreement_conditions',
  'operating_agreement_reviews',
  'proposals',
  'proposal_versions',
  'proposal_agencies',
  'proposal_responses',
  'proposal_comments',
  'feedback',
  'consultations',
  'consultation_sessions',
  'consultation_participants',
  'basket_submissions',
  'mapping_entries',
  'lessons',
  'idempotency_keys',
];

let counter = 0;
const key = () => `authority-${process.pid}-${++counter}`;

describe('partnership mutations: allowed to those the record concerns, refused to the rest, and every invalid field reported at once', () => {
  let federation: TestFederation;

  /** A digest of every shared record, to prove a refusal wrote nothing. */
  async function snapshot(): Promise<string> {
    const db = federation.subgraphs.get('partnership')!.database.db;
    const digests = await Promise.all(
      RECORDS.map(async (table) => {
        const { rows } = await sql<{ digest: string | null }>`select md5(string_agg(t::text, '|' order by t::text)) as digest from ${sql.table(table)} t`.execute(db);
        return `${table}:${rows[0].digest}`;
      }),
    );
    return digests.join('\n');
  }

  async function allowed(mutation: string, as: OfficerClaims, variables: Record<string, unknown> = {}): Promise<any> {
    const response = await federation.query(mutation, { as, variables: { key: key(), ...variables } });
    expect(response.errors, `${as.officerId}: ${mutation}`).toBeUndefined();
    return response.data;
  }

  /** Refused with FORBIDDEN, and nothing in the partnership's records changed. */
  async function refused(mutation: string, as: OfficerClaims, variables: Record<string, unknown> = {}, message?: RegExp): Promise<void> {
    const before = await snapshot();
    const response = await federation.query(mutation, { as, variables: { key: key(), ...variables } });
    expect(response.errors?.[0]?.extensions?.code, `${as.officerId}: ${mutation}`).toBe('FORBIDDEN');
    if (message) expect(response.errors?.[0]?.message).toMatch(message);
    expect(await snapshot()).toBe(before);
  }

  beforeAll(async () => {
    federation = await startTestFederation('authority');
  }, 120_000);
  afterAll(() => federation?.stop());

  it('reassignLead: refuses the police lead on an outcome health leads, changing nothing; the health lead may', async () => {
    const REASSIGN = `mutation($id: ID!, $officer: ID!, $key: String!) { reassignLead(outcomeId: $id, officerId: $officer, reason: "Handover", idempotencyKey: $key) { lead { id } leadHistory { officer { id } } } }`;
    const LEAD = `query { outcome(id: "OUT-LAMBETH-SELF-HARM") { lead { id } leadHistory { officer { id } } } }`;
    const before = (await federation.query(LEAD)).data.outcome;
    expect(before.lead.id).toBe('health-lead');
    await refused(REASSIGN, lead('police'), { id: 'OUT-LAMBETH-SELF-HARM', officer: 'police-lead' }, /the outcome's lead agency: that is health\. You are police-lead of police\./);
    expect((await federation.query(LEAD)).data.outcome).toEqual(before);
    // A caseworker of the lead agency carries no lead role: the relationship is not enough on its own.
    await refused(REASSIGN, officer('health', 'caseworker'), { id: 'OUT-LAMBETH-SELF-HARM', officer: 'health-caseworker' });
    const handed = await allowed(REASSIGN, lead('health'), { id: 'OUT-LAMBETH-SELF-HARM', officer: 'health-analyst' });
    expect(handed.reassignLead.lead.id).toBe('health-analyst');
  });

  it('proposeOutcome, assignRole, assignLead and agreeOutcome: leads propose; the lead agency organises its outcome; administrators agree', async () => {
    const PROPOSE = `mutation($key: String!) { proposeOutcome(input: { title: "Safer routes to school", mischief: "Young people are robbed on the way to school.", description: "Walk-with schemes.", areaCode: "E09000022", startDate: "2025-01-01", targetDate: "2027-03-31" }, idempotencyKey: $key) { id } }`;
    await refused(PROPOSE, officers.policeAnalyst);
    const { id } = (await allowed(PROPOSE, lead('police'))).proposeOutcome;
    const ROLE = `mutation($id: ID!, $agency: ID!, $role: RoleKind!, $key: String!) { assignRole(outcomeId: $id, input: { agencyId: $agency, role: $role, commitments: ["Do it"] }, idempotencyKey: $key) { role } }`;
    // No agency leads it yet: only an administrator may name the lead agency.
    await refused(ROLE, lead('police'), { id, agency: 'police', role: 'LEAD' });
    await allowed(ROLE, officers.partnershipAdmin, { id, agency: 'police', role: 'LEAD' });
    await refused(ROLE, lead('education'), { id, agency: 'education', role: 'CONTRIBUTOR' }, /lead agency: that is police\./);
    await allowed(ROLE, lead('police'), { id, agency: 'education', role: 'CONTRIBUTOR' });
    const ASSIGN = `mutation($id: ID!, $key: String!) { assignLead(outcomeId: $id, officerId: "police-lead", idempotencyKey: $key) { lead { id } } }`;
    await refused(ASSIGN, lead('education'), { id });
    expect((await allowed(ASSIGN, lead('police'), { id })).assignLead.lead.id).toBe('police-lead');
    await refused(`mutation($id: ID!, $key: String!) { agreeOutcome(outcomeId: $id, idempotencyKey: $key) { stage } }`, lead('police'), { id });
  });

  it('addIndicator, setIndicatorTarget and openOperatingAgreement: agencies on the outcome add indicators; its lead agency sets targets and opens agreements', async () => {
    const ADD = `mutation($agency: ID!, $key: String!) { addIndicator(outcomeId: "OUT-LAMBETH-SELF-HARM", input: { agencyId: $agency, measure: "persistent-absence", polarity: LOWER_IS_BETTER, granularity: MONTH, baseline: 27, baselinePeriod: "2025-01", target: 24, targetDate: "2027-03-31" }, idempotencyKey: $key) { id } }`;
    await refused(ADD, lead('police'), { agency: 'education' }, /role on the outcome/);
    await allowed(ADD, lead('education'), { agency: 'education' });
    const TARGET = `mutation($key: String!) { setIndicatorTarget(indicatorId: "IND-LAMBETH-SELF-HARM-ADMISSIONS", target: 0.9, targetDate: "2027-03-31", idempotencyKey: $key) { target } }`;
    await refused(TARGET, lead('education'));
    expect((await allowed(TARGET, lead('health'))).setIndicatorTarget.target).toBe(0.9);
    const OPEN = `mutation($key: String!) { openOperatingAgreement(outcomeId: "OUT-LAMBETH-SELF-HARM", input: { title: "School counselling freedoms", freedoms: ["Refer without a GP letter"], parties: ["health", "education"], conditionIndicatorIds: ["IND-LAMBETH-SELF-HARM-ADMISSIONS"], reviewDate: "2027-06-30" }, idempotencyKey: $key) { id } }`;
    await refused(OPEN, lead('education'));
    await allowed(OPEN, lead('health'));
  });

  it('reviewOperatingAgreement: its parties review it; others are refused', async () => {
    const REVIEW = `mutation($key: String!) { reviewOperatingAgreement(agreementId: "OA-LEWISHAM-ATTENDANCE-SHARING", input: { decision: CONTINUE, whatChanged: "Nothing needed to change.", nextReviewDate: "2028-01-31" }, idempotencyKey: $key) { id } }`;
    await refused(REVIEW, lead('voluntary'), {}, /a party to the operating agreement: that is education, health, housing\./);
    await allowed(REVIEW, lead('housing'));
  });

  it('createProposal, reviseProposal, respondToProposal and adoptProposal: each by the agency the step belongs to', async () => {
    const CREATE = `mutation($key: String!) { createProposal(input: { outcomeId: "OUT-LAMBETH-SELF-HARM", title: "Drop-in counselling", body: "Counsellors at youth clubs.", deliveringAgencyIds: ["health", "voluntary"] }, idempotencyKey: $key) { id } }`;
    await refused(CREATE, lead('police'));
    const { id } = (await allowed(CREATE, lead('voluntary'))).createProposal;
    const REVISE = `mutation($id: ID!, $key: String!) { reviseProposal(proposalId: $id, input: { fromVersion: 1, body: "Counsellors at youth clubs twice a week.", changeNote: "How often." }, idempotencyKey: $key) { currentVersionNumber } }`;
    await refused(REVISE, lead('health'), { id }, /the agency that proposed it: that is voluntary /);
    await allowed(REVISE, lead('voluntary'), { id });
    const ANSWER = `mutation($id: ID!, $key: String!) { respondToProposal(proposalId: $id, input: { version: 2, stance: SIGN_OFF }, idempotencyKey: $key) { id } }`;
    await refused(ANSWER, lead('education'), { id });
    await refused(ANSWER, officers.partnershipAdmin, { id });
    await allowed(ANSWER, lead('health'), { id });
    await allowed(ANSWER, lead('voluntary'), { id });
    const ADOPT = `mutation($id: ID!, $key: String!) { adoptProposal(proposalId: $id, idempotencyKey: $key) { state } }`;
    await refused(ADOPT, lead('voluntary'), { id }, /lead agency of the proposal's outcome: that is health\./);
    expect((await allowed(ADOPT, lead('health'), { id })).adoptProposal.state).toBe('ADOPTED');
  });

  it('commentOnProposal: delivering agencies and the partnership team discuss a proposal', async () => {
    const COMMENT = `mutation($key: String!) { commentOnProposal(proposalId: "PROP-LAMBETH-YOUTH-SHARED-ASSESSMENT", input: { body: "Our view." }, idempotencyKey: $key) { id } }`;
    await refused(COMMENT, officer('voluntary', 'caseworker'));
    await allowed(COMMENT, officers.educationCaseworker);
  });

  it('sendFeedback and answerFeedback: officers on delivery send; the agency it was sent to answers', async () => {
    const SEND = `mutation($key: String!) { sendFeedback(input: { to: { agencyId: "police" }, subjectKind: OUTCOME, subjectId: "OUT-LAMBETH-YOUTH-CRIME", message: "Panel dates, please." }, idempotencyKey: $key) { id } }`;
    await refused(SEND, officers.healthDpo);
    const { id } = (await allowed(SEND, officers.healthCaseworker)).sendFeedback;
    const ANSWER = `mutation($id: ID!, $key: String!) { answerFeedback(feedbackId: $id, response: "First Tuesday of the month.", idempotencyKey: $key) { answered } }`;
    await refused(ANSWER, officers.educationCaseworker, { id }, /agency it was sent to/);
    expect((await allowed(ANSWER, officers.policeCaseworker, { id })).answerFeedback.answered).toBe(true);
  });

  it('openConsultation, addConsultationSession, addMappingEntry and submitBasket: leads open consultations; the agency that opened one runs it', async () => {
    const OPEN = `mutation($key: String!) { openConsultation(input: { kind: COMMUNITY_MAPPING, title: "Safe places", question: "Where do young people feel safe?", areaCode: "E09000022" }, idempotencyKey: $key) { id } }`;
    await refused(OPEN, officers.policeAnalyst);
    const { id } = (await allowed(OPEN, lead('police'))).openConsultation;
    const SESSION = `mutation($id: ID!, $key: String!) { addConsultationSession(consultationId: $id, input: { title: "Walkabout", heldAt: "2025-04-01T10:00:00Z", participantPseudonyms: ["W1-P01"] }, idempotencyKey: $key) { id } }`;
    await refused(SESSION, lead('education'), { id }, /the agency that opened the consultation: that is police\./);
    await allowed(SESSION, lead('police'), { id });
    const ENTRY = `mutation($id: ID!, $key: String!) { addMappingEntry(consultationId: $id, input: { kind: NEED, areaCode: "E01003013", themeId: "learning", text: "Somewhere to study" }, idempotencyKey: $key) { id } }`;
    await refused(ENTRY, lead('police'), { id: 'CON-LEWISHAM-COMMUNITY-MAP' });
    await allowed(ENTRY, lead('police'), { id });
    await refused(
      `mutation($key: String!) { submitBasket(consultationId: "CON-COVENTRY-HEALTH-PRIORITIES", sessionId: "S", participantId: "P", round: FIRST, items: [{ optionId: "O", amount: 1 }], idempotencyKey: $key) { id } }`,
      lead('police'),
    );
  });

  it('recordLesson: officers who work on delivery record lessons; a data protection officer does not', async () => {
    const LESSON = `mutation($key: String!) { recordLesson(input: { kind: SUCCESS, title: "Walk-with works", tried: "Volunteers walked with pupils.", happened: "No robberies on the route.", areaCode: "E09000022" }, idempotencyKey: $key) { id } }`;
    await refused(LESSON, officers.healthDpo);
    await allowed(LESSON, officers.housingCaseworker);
  });

  it('reports every invalid field of an input, not the first, and writes nothing', async () => {
    const before = await snapshot();
    const outcome = await federation.query(
      `mutation($key: String!) { proposeOutcome(input: { title: "t", mischief: "m", description: "d", areaCode: "E09000022", startDate: "2026-02-31", targetDate: "2027-13-01" }, idempotencyKey: $key) { id } }`,
      { as: officers.partnershipAdmin, variables: { key: key() } },
    );
    expect(outcome.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(outcome.errors?.[0].extensions?.problems.map((problem: { field: string }) => problem.field)).toEqual(['startDate', 'targetDate']);
    const proposal = await federation.query(
      `mutation($key: String!) { createProposal(input: { outcomeId: "OUT-LAMBETH-YOUTH-CRIME", title: " ", body: "", deliveringAgencyIds: ["police", "police"] }, idempotencyKey: $key) { id } }`,
      { as: officers.partnershipAdmin, variables: { key: key() } },
    );
    expect(proposal.errors?.[0].extensions?.problems.map((problem: { field: string }) => problem.field)).toEqual(['input.title', 'input.body', 'input.deliveringAgencyIds']);
    const lesson = await federation.query(
      `mutation($key: String!) { recordLesson(input: { kind: SUCCESS, title: "", tried: "t", happened: "", tags: ["Not A Tag"], areaCode: "Lambeth" }, idempotencyKey: $key) { id } }`,
      { as: officers.partnershipAdmin, variables: { key: key() } },
    );
    expect(lesson.errors?.[0].extensions?.problems.map((problem: { field: string }) => problem.field)).toEqual(['input.title', 'input.happened', 'input.tags', 'input.areaCode']);
    expect(lesson.errors?.[0].message).toMatch(/^Nothing was changed\./);
    expect(await snapshot()).toBe(before);
  });
});
