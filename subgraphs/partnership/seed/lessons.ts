import type { Kysely } from 'kysely';
import { insertRows } from '@joined-up/db';
import { lsoasWithin, LEWISHAM } from '@joined-up/geography';
import type { PartnershipTables } from '../src/tables.js';
import { seedOutcomes } from './outcomes.js';

interface SeedLesson {
  id: string;
  kind: 'SUCCESS' | 'FAILURE';
  title: string;
  tried: string;
  happened: string;
  tags: string[];
  outcome: string | null;
  agreement: string | null;
  area: string | null;
  recordedBy: string;
  recordedAt: string;
  /** Values as published at the time, stated for a borough of 10,000 synthetic people like the indicators' baselines. */
  evidence: { indicator: string; period: string; value: number; capturedAt: string }[];
}

/**
 * The register of lessons the partnership starts with: successes and
 * failures on the seeded outcomes, one imported from elsewhere (the report's
 * Kent STEP programme, adapted rather than copied), each with the indicator
 * values that were its evidence.
 */
export const seedLessons: SeedLesson[] = [
  {
    id: 'LES-LAMBETH-TRIAGE',
    kind: 'SUCCESS',
    title: 'Triage instead of charge kept first offenders out of the system',
    tried: 'From October 2023 police referred young people arrested for a first, non-violent offence to youth offending triage instead of charging them, with the school told within 48 hours and a mentoring place held by the voluntary sector.',
    happened: 'First-time entrants to youth justice fell by a third within a year. Schools say the 48-hour notice mattered most: a named teacher met the young person before rumours did.',
    tags: ['youth-crime', 'triage', 'diversion', 'schools'],
    outcome: 'OUT-LAMBETH-YOUTH-CRIME',
    agreement: null,
    area: null,
    recordedBy: 'police-lead',
    recordedAt: '2024-11-04T10:00:00Z',
    evidence: [
      { indicator: 'IND-LAMBETH-FIRST-TIME-ENTRANTS', period: '2023-Q3', value: 10, capturedAt: '2023-10-20T09:00:00Z' },
      { indicator: 'IND-LAMBETH-FIRST-TIME-ENTRANTS', period: '2024-Q3', value: 7, capturedAt: '2024-10-21T09:00:00Z' },
    ],
  },
  {
    id: 'LES-LAMBETH-PANEL-WITHOUT-SCHOOLS',
    kind: 'FAILURE',
    title: 'Panel plans made without the school did not stop truancy',
    tried: 'In its first months the case panel agreed plans for young people without a teacher in the room, and sent schools the plan afterwards.',
    happened: 'Truancy among young people on the panel list rose: schools did not know who was on it, and excluded two of them in the same term. Since January 2024 every young person has a named lead teacher who attends the panel.',
    tags: ['truancy', 'schools', 'youth-crime', 'case-panel'],
    outcome: 'OUT-LAMBETH-YOUTH-CRIME',
    agreement: null,
    area: null,
    recordedBy: 'education-lead',
    recordedAt: '2024-02-12T15:00:00Z',
    evidence: [{ indicator: 'IND-LAMBETH-PERSISTENT-ABSENCE', period: '2023-11', value: 29, capturedAt: '2023-12-15T09:00:00Z' }],
  },
  {
    id: 'LES-KENT-STEP',
    kind: 'SUCCESS',
    title: "Work placements on condition of attending school (Kent's STEP programme)",
    tried: "In Kent, the police, schools, local businesses and social services pooled staff and money into the School Time Enterprise Programme: young people at risk of offending in their last year of school had a work placement one day a week provided they attended school the other four.",
    happened: 'Truancy among participants fell dramatically and re-offending fell well below the national average. Lambeth adapted rather than copied it: placements are arranged by the voluntary sector and offered through the case panel.',
    tags: ['truancy', 'work-placements', 'youth-crime'],
    outcome: 'OUT-LAMBETH-YOUTH-CRIME',
    agreement: null,
    area: null,
    recordedBy: 'partnership-admin',
    recordedAt: '2023-08-01T09:00:00Z',
    evidence: [],
  },
  {
    id: 'LES-LAMBETH-POOLED-BUDGET-DELAY',
    kind: 'FAILURE',
    title: 'Pooled budget approvals were slower than any agency on its own',
    tried: 'The pooled youth budget needed sign-off from every contributing agency for each spend over £5,000, to keep each agency comfortable with the freedom to pool.',
    happened: 'Mentoring places went unpaid for two quarters while approvals went round five agencies, and youth participation fell. The review replaced unanimous sign-off with the accountable lead\'s approval within limits agreed in advance.',
    tags: ['pooled-budget', 'mentoring', 'approvals'],
    outcome: null,
    agreement: 'OA-LAMBETH-YOUTH-POOLED-BUDGET',
    area: null,
    recordedBy: 'voluntary-lead',
    recordedAt: '2024-05-20T11:00:00Z',
    evidence: [{ indicator: 'IND-LAMBETH-YOUTH-PARTICIPATION', period: '2024-03', value: 18, capturedAt: '2024-04-18T09:00:00Z' }],
  },
  {
    id: 'LES-LEWISHAM-NURSE-FOLLOW-UP',
    kind: 'SUCCESS',
    title: 'School nurses following up absence for health reasons',
    tried: 'School nurses called the family of every pupil absent for illness three times in a term, within two weeks of the third absence.',
    happened: 'Persistent absence fell where nurses followed up: many "illness" absences turned out to be anxiety, bullying or a parent\'s illness, which the nurse could refer on. Truancy was rarely the first cause.',
    tags: ['attendance', 'truancy', 'health', 'school-nurses'],
    outcome: 'OUT-LEWISHAM-SCHOOL-ATTENDANCE',
    agreement: null,
    area: null,
    recordedBy: 'health-lead',
    recordedAt: '2024-09-09T10:00:00Z',
    evidence: [{ indicator: 'IND-LEWISHAM-PERSISTENT-ABSENCE', period: '2024-06', value: 13, capturedAt: '2024-07-15T09:00:00Z' }],
  },
  {
    id: 'LES-LEWISHAM-EMPTY-YOUTH-SESSIONS',
    kind: 'FAILURE',
    title: 'Youth sessions were put where the hall was free, not where young people are',
    tried: 'New evening youth sessions were placed in whichever community hall had free evenings.',
    happened: 'Half the sessions stood almost empty: the halls were a long bus ride from where young people live, and mentoring places there went unused. The community map showed the same need from the other side.',
    tags: ['youth-participation', 'mentoring', 'transport'],
    outcome: 'OUT-LEWISHAM-YOUTH-PARTICIPATION',
    agreement: null,
    area: lsoasWithin(LEWISHAM)[5].code,
    recordedBy: 'voluntary-analyst',
    recordedAt: '2025-07-01T10:00:00Z',
    evidence: [],
  },
  {
    id: 'LES-LAMBETH-FAMILY-MEDIATION',
    kind: 'SUCCESS',
    title: 'Family mediation kept young people at home',
    tried: 'Young people referred as at risk of leaving home were offered family mediation by a voluntary organisation within five working days.',
    happened: 'Most families who took up mediation stayed together through the crisis; homelessness applications from 16 and 17 year olds fell.',
    tags: ['mediation', 'homelessness-prevention', 'young-people'],
    outcome: 'OUT-LAMBETH-YOUTH-HOMELESSNESS',
    agreement: null,
    area: null,
    recordedBy: 'housing-lead',
    recordedAt: '2025-01-27T10:00:00Z',
    evidence: [{ indicator: 'IND-LAMBETH-YOUTH-HOMELESSNESS', period: '2024-Q4', value: 7, capturedAt: '2025-01-20T09:00:00Z' }],
  },
  {
    id: 'LES-LAMBETH-CAMHS-FAST-TRACK',
    kind: 'FAILURE',
    title: 'A fast track for one group lengthened everyone else\'s wait',
    tried: 'Referrals from the case panel were fast-tracked to a CAMHS assessment within four weeks.',
    happened: 'Panel referrals were seen quickly but the general waiting list grew, including for young people who had self-harmed. The fast track now comes with extra assessment sessions rather than jumping the queue.',
    tags: ['camhs', 'waiting-lists', 'self-harm'],
    outcome: 'OUT-LAMBETH-SELF-HARM',
    agreement: null,
    area: null,
    recordedBy: 'health-analyst',
    recordedAt: '2025-03-03T10:00:00Z',
    evidence: [{ indicator: 'IND-LAMBETH-CAMHS-REFERRALS', period: '2025-01', value: 8.4, capturedAt: '2025-02-20T09:00:00Z' }],
  },
];

/** Writes the lessons, scaling evidence of plain counts to the population like the indicators they cite. */
export async function insertSeedLessons(db: Kysely<PartnershipTables>, populationSize: number): Promise<void> {
  const scales = new Map(seedOutcomes.flatMap((outcome) => outcome.indicators.map((indicator) => [indicator.id, indicator.scales])));
  const scale = (indicator: string, value: number) => (scales.get(indicator) ? Math.round(value * (populationSize / 10_000) * 10) / 10 : value);
  await insertRows(
    db,
    'lessons',
    seedLessons.map((lesson) => ({
      lesson_id: lesson.id,
      kind: lesson.kind,
      title: lesson.title,
      tried: lesson.tried,
      happened: lesson.happened,
      tags: lesson.tags,
      outcome_id: lesson.outcome,
      agreement_id: lesson.agreement,
      area_code: lesson.area,
      recorded_by: lesson.recordedBy,
      recorded_at: new Date(lesson.recordedAt),
    })),
  );
  await insertRows(
    db,
    'lesson_evidence',
    seedLessons.flatMap((lesson) =>
      lesson.evidence.map((evidence) => ({
        lesson_id: lesson.id,
        indicator_id: evidence.indicator,
        period: evidence.period,
        value: scale(evidence.indicator, evidence.value),
        captured_at: new Date(evidence.capturedAt),
      })),
    ),
  );
}
