import type { Kysely } from 'kysely';
import { insertRows } from '@joined-up/db';
import type { PartnershipTables } from '../src/tables.js';
import { insertSeedConsultations } from './consultations.js';
import { insertSeedLessons } from './lessons.js';

/**
 * Engagement and learning around the seeded outcomes: the Lambeth youth crime
 * proposals as the delivering agencies answered them, feedback between the
 * agencies, the centre and a community group (one item unanswered for weeks),
 * the Coventry shopping basket, the Lewisham community map, and the register
 * of lessons. Past events carry fixed dates; feedback is dated relative to the
 * day of seeding, so that "unanswered for 30 days" stays true of a fresh database.
 */
export async function insertSeedEngagement(db: Kysely<PartnershipTables>, populationSize: number, now = new Date()): Promise<void> {
  await insertSeedProposals(db);
  await insertSeedFeedback(db, now);
  await insertSeedConsultations(db);
  await insertSeedLessons(db, populationSize);
}

const at = (iso: string) => new Date(iso);

interface SeedResponse {
  agency: string;
  version: number;
  stance: 'SIGN_OFF' | 'OBJECTION';
  reasons: string | null;
  at: string;
  /** The discussion of this answer: each comment replies to the one before. */
  thread?: { author: string; body: string; at: string }[];
}

interface SeedProposal {
  id: string;
  title: string;
  proposedBy: string;
  agencies: string[];
  versions: { body: string; changeNote: string | null; editedBy: string; at: string }[];
  responses: SeedResponse[];
  comments: { author: string; body: string; at: string }[];
  adopted: { by: string; at: string } | null;
}

const YOUTH_CRIME = 'OUT-LAMBETH-YOUTH-CRIME';

export const seedProposals: SeedProposal[] = [
  {
    id: 'PROP-LAMBETH-YOUTH-TRIAGE',
    title: 'Triage instead of charge for first offences',
    proposedBy: 'police-lead',
    agencies: ['education', 'police', 'voluntary'],
    versions: [
      {
        body: "For a young person's first offence, where the victim agrees and the offence is not serious violence, police refer the young person to triage by the youth offending service instead of charging them. Triage offers mentoring through the voluntary sector within two weeks.",
        changeNote: null,
        editedBy: 'police-lead',
        at: '2023-09-04T10:00:00Z',
      },
      {
        body: "For a young person's first offence, where the victim agrees and the offence is not serious violence, police refer the young person to triage by the youth offending service instead of charging them. The young person's school is told within 48 hours and names a lead teacher. Triage offers mentoring through the voluntary sector within two weeks.",
        changeNote: "Meets education's objection: the school is told within 48 hours and names a lead teacher.",
        editedBy: 'partnership-admin',
        at: '2023-09-20T14:00:00Z',
      },
    ],
    responses: [
      { agency: 'police', version: 1, stance: 'SIGN_OFF', reasons: null, at: '2023-09-08T11:00:00Z' },
      {
        agency: 'education',
        version: 1,
        stance: 'OBJECTION',
        reasons: "Schools hear about triage weeks later, if at all. The young person's school must be told within 48 hours so that a lead teacher can keep them in school: otherwise triage happens around the school, not with it.",
        at: '2023-09-12T16:30:00Z',
        thread: [
          { author: 'police-lead', body: "Agreed. The custody suite can notify the school's designated safeguarding lead the next working day.", at: '2023-09-14T09:15:00Z' },
          { author: 'education-lead', body: 'That would meet our objection if it is written into the proposal.', at: '2023-09-15T12:00:00Z' },
        ],
      },
      { agency: 'voluntary', version: 1, stance: 'SIGN_OFF', reasons: 'We can hold mentoring places for triaged young people.', at: '2023-09-13T10:00:00Z' },
      { agency: 'police', version: 2, stance: 'SIGN_OFF', reasons: null, at: '2023-09-22T09:00:00Z' },
      { agency: 'education', version: 2, stance: 'SIGN_OFF', reasons: 'Lead teachers will be named within a week of notification.', at: '2023-09-25T15:00:00Z' },
      { agency: 'voluntary', version: 2, stance: 'SIGN_OFF', reasons: null, at: '2023-09-26T11:30:00Z' },
    ],
    comments: [],
    adopted: { by: 'partnership-admin', at: '2023-10-02T10:00:00Z' },
  },
  {
    id: 'PROP-LAMBETH-YOUTH-SHARED-ASSESSMENT',
    title: 'One shared assessment per young person',
    proposedBy: 'partnership-admin',
    agencies: ['education', 'health', 'housing', 'police'],
    versions: [
      {
        body: "Each young person on the panel list is assessed once, on one form the delivering agencies complete together, instead of four separate assessments. The form records the young person's needs, risks and the one plan agreed for them.",
        changeNote: null,
        editedBy: 'partnership-admin',
        at: '2024-02-05T10:00:00Z',
      },
    ],
    responses: [
      { agency: 'police', version: 1, stance: 'SIGN_OFF', reasons: null, at: '2024-02-09T10:00:00Z' },
      { agency: 'education', version: 1, stance: 'SIGN_OFF', reasons: 'Provided the form replaces, not adds to, the early help assessment.', at: '2024-02-14T13:00:00Z' },
      {
        agency: 'health',
        version: 1,
        stance: 'OBJECTION',
        reasons: 'Clinical information cannot go onto a shared form without consent or a direct-care basis. The Caldicott Guardian must approve which fields are shared before we can sign off.',
        at: '2024-02-16T17:00:00Z',
        thread: [
          { author: 'partnership-admin', body: 'Would a form limited to the categories of the youth crime sharing agreement meet this?', at: '2024-02-20T09:30:00Z' },
          { author: 'health-lead', body: 'Only if the Caldicott Guardian signs off the field list. We will send our version of it.', at: '2024-02-23T14:00:00Z' },
        ],
      },
    ],
    comments: [{ author: 'housing-lead', body: 'Housing will answer once the tenancy sustainment team has seen the draft form.', at: '2024-02-21T11:00:00Z' }],
    adopted: null,
  },
];

async function insertSeedProposals(db: Kysely<PartnershipTables>): Promise<void> {
  for (const proposal of seedProposals) {
    await db
      .insertInto('proposals')
      .values({
        proposal_id: proposal.id,
        outcome_id: YOUTH_CRIME,
        title: proposal.title,
        state: proposal.adopted ? 'ADOPTED' : 'CONSULTING',
        proposed_by: proposal.proposedBy,
        proposed_at: at(proposal.versions[0].at),
        adopted_by: proposal.adopted?.by ?? null,
        adopted_at: proposal.adopted ? at(proposal.adopted.at) : null,
      })
      .execute();
    await insertRows(
      db,
      'proposal_versions',
      proposal.versions.map((version, index) => ({
        proposal_id: proposal.id,
        version: index + 1,
        body: version.body,
        change_note: version.changeNote,
        edited_by: version.editedBy,
        created_at: at(version.at),
      })),
    );
    await insertRows(db, 'proposal_agencies', proposal.agencies.map((agency_id) => ({ proposal_id: proposal.id, agency_id })));
    for (const response of proposal.responses) {
      const { response_id } = await db
        .insertInto('proposal_responses')
        .values({
          proposal_id: proposal.id,
          agency_id: response.agency,
          version: response.version,
          stance: response.stance,
          reasons: response.reasons,
          responded_by: `${response.agency}-lead`,
          responded_at: at(response.at),
        })
        .returning('response_id')
        .executeTakeFirstOrThrow();
      await insertThread(db, proposal.id, Number(response_id), response.thread ?? []);
    }
    for (const comment of proposal.comments) await insertThread(db, proposal.id, null, [comment]);
  }
}

/** A thread: the first comment heads it, each later one replies to the one before. */
async function insertThread(db: Kysely<PartnershipTables>, proposalId: string, responseId: number | null, thread: { author: string; body: string; at: string }[]) {
  let previous: number | null = null;
  for (const comment of thread) {
    const inserted: { comment_id: number } = await db
      .insertInto('proposal_comments')
      .values({
        proposal_id: proposalId,
        response_id: responseId,
        in_reply_to: previous,
        author: comment.author,
        agency_id: comment.author.split('-')[0],
        body: comment.body,
        posted_at: at(comment.at),
      })
      .returning('comment_id')
      .executeTakeFirstOrThrow();
    previous = Number(inserted.comment_id);
  }
}

interface SeedFeedback {
  id: string;
  from: { agency: string } | { group: string };
  to: { agency: string } | { group: string };
  subject: { kind: 'OUTCOME' | 'INDICATOR' | 'OPERATING_AGREEMENT' | 'PROPOSAL'; id: string; outcome: string };
  message: string;
  sentBy: string;
  daysAgo: number;
  answer: { response: string; by: string; daysAgo: number } | null;
}

export const seedFeedback: SeedFeedback[] = [
  {
    id: 'FB-LAMBETH-ABSENCE-DATA',
    from: { agency: 'education' },
    to: { agency: 'partnership' },
    subject: { kind: 'INDICATOR', id: 'IND-LAMBETH-PERSISTENT-ABSENCE', outcome: YOUTH_CRIME },
    message: 'Persistent absence is reported a month behind the panel list. Could the panel see the latest week for the young people on it?',
    sentBy: 'education-analyst',
    daysAgo: 60,
    answer: {
      response: 'The indicator stays monthly, as the school census supports; panel members can ask the lead teacher for the latest week for each young person.',
      by: 'partnership-admin',
      daysAgo: 55,
    },
  },
  {
    id: 'FB-LAMBETH-PANEL-MINUTES',
    from: { agency: 'partnership' },
    to: { agency: 'police' },
    subject: { kind: 'OUTCOME', id: YOUTH_CRIME, outcome: YOUTH_CRIME },
    message: 'The case panel minutes have not reached the centre since the summer, so the partnership cannot see which plans are stuck.',
    sentBy: 'partnership-admin',
    daysAgo: 45,
    answer: { response: 'Minutes from the last three panels are now in the shared folder; they will follow within a week of each panel.', by: 'police-lead', daysAgo: 41 },
  },
  {
    id: 'FB-LAMBETH-TRIAGE-FORUM',
    from: { group: "Brixton Young People's Forum" },
    to: { agency: 'partnership' },
    subject: { kind: 'PROPOSAL', id: 'PROP-LAMBETH-YOUTH-TRIAGE', outcome: YOUTH_CRIME },
    message: 'Young people on triage did not know that their school would be told. They want to hear it from the officer, not from a teacher.',
    sentBy: 'partnership-admin',
    daysAgo: 35,
    answer: { response: 'Triage officers now explain at the first meeting who will be told and why; the forum will check with young people in three months.', by: 'partnership-admin', daysAgo: 30 },
  },
  {
    id: 'FB-LAMBETH-MENTORING-BUDGET',
    from: { agency: 'voluntary' },
    to: { agency: 'police' },
    subject: { kind: 'OPERATING_AGREEMENT', id: 'OA-LAMBETH-YOUTH-POOLED-BUDGET', outcome: YOUTH_CRIME },
    message: 'Mentoring places for panel referrals have not been paid from the pooled budget for two quarters. We are holding the places at our own cost and cannot for much longer.',
    sentBy: 'voluntary-lead',
    daysAgo: 30,
    answer: null,
  },
  {
    id: 'FB-LEWISHAM-ATTENDANCE-MOVES',
    from: { agency: 'housing' },
    to: { agency: 'education' },
    subject: { kind: 'OUTCOME', id: 'OUT-LEWISHAM-SCHOOL-ATTENDANCE', outcome: 'OUT-LEWISHAM-SCHOOL-ATTENDANCE' },
    message: 'Three families in temporary accommodation were moved out of the borough this month; their children now travel over an hour to school.',
    sentBy: 'housing-caseworker',
    daysAgo: 3,
    answer: null,
  },
];

async function insertSeedFeedback(db: Kysely<PartnershipTables>, now: Date): Promise<void> {
  const daysBefore = (days: number) => new Date(now.getTime() - days * 86_400_000);
  await insertRows(
    db,
    'feedback',
    seedFeedback.map((feedback) => ({
      feedback_id: feedback.id,
      from_agency_id: 'agency' in feedback.from ? feedback.from.agency : null,
      from_group: 'group' in feedback.from ? feedback.from.group : null,
      to_agency_id: 'agency' in feedback.to ? feedback.to.agency : null,
      to_group: 'group' in feedback.to ? feedback.to.group : null,
      subject_kind: feedback.subject.kind,
      subject_id: feedback.subject.id,
      outcome_id: feedback.subject.outcome,
      message: feedback.message,
      sent_by: feedback.sentBy,
      sent_at: daysBefore(feedback.daysAgo),
      response: feedback.answer?.response ?? null,
      responded_by: feedback.answer?.by ?? null,
      responded_at: feedback.answer ? daysBefore(feedback.answer.daysAgo) : null,
    })),
  );
}
