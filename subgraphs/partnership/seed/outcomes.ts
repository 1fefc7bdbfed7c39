import { LAMBETH, LEWISHAM } from '@joined-up/geography';

/**
 * The shared outcomes the partnership starts with: the report's Lambeth youth
 * crime outcome and four others across the agencies, one of them still
 * without an accountable lead. Baselines of plain counts are stated for a
 * borough of 10,000 synthetic people and scaled to the population seeded;
 * rates need no scaling.
 */
interface SeedIndicator {
  id: string;
  agency: string;
  measure: string;
  name: string;
  unit: string;
  polarity: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
  granularity: 'MONTH' | 'QUARTER';
  baseline: number;
  target: number;
  targetDate: string;
  scales: boolean;
}

interface SeedOutcome {
  id: string;
  title: string;
  mischief: string;
  description: string;
  areaCode: string;
  startDate: string;
  targetDate: string;
  /** When the outcome was first put to the partnership, YYYY-MM-DD. */
  proposedOn: string;
  agreedOn: string | null;
  lead: string | null;
  roles: { agency: string; role: 'LEAD' | 'CONTRIBUTOR'; commitments: string[] }[];
  indicators: SeedIndicator[];
  agreements: { id: string; title: string; freedoms: string[]; reviewDate: string; parties: string[]; conditions: string[] }[];
}

const BASELINE_PERIOD = '2023-06';

export const seedOutcomes: SeedOutcome[] = [
  {
    id: 'OUT-LAMBETH-YOUTH-CRIME',
    title: 'Fewer young people in Lambeth drawn into crime',
    mischief:
      'The same young people are known to the police, schools, health, housing and youth services, and are passed between them: each agency acts on its part of the picture and none on the whole.',
    description:
      'The agencies compare the young people they each know, agree one plan for each young person known to several of them, and share what they learn. Police lead; schools keep young people in education; health and voluntary services offer support early; housing keeps families housed.',
    areaCode: LAMBETH,
    startDate: '2023-07-01',
    targetDate: '2027-03-31',
    proposedOn: '2023-05-09',
    agreedOn: '2023-06-20',
    lead: 'police-lead',
    roles: [
      { agency: 'police', role: 'LEAD', commitments: ['Chair the monthly case panel', 'Offer triage instead of charge for first offences where the victim agrees'] },
      { agency: 'education', role: 'CONTRIBUTOR', commitments: ['Name a lead teacher for each young person on the panel list', 'Avoid permanent exclusion without a panel discussion'] },
      { agency: 'health', role: 'CONTRIBUTOR', commitments: ['Fast-track CAMHS assessment within 4 weeks for panel referrals'] },
      { agency: 'housing', role: 'CONTRIBUTOR', commitments: ['Flag families of panel young people facing eviction before proceedings start'] },
      { agency: 'voluntary', role: 'CONTRIBUTOR', commitments: ['Keep 40 mentoring places open for panel referrals'] },
    ],
    indicators: [
      { id: 'IND-LAMBETH-YOUTH-OFFENCES', agency: 'police', measure: 'youth-offences', name: 'Offences with a suspect aged 10 to 17', unit: 'offences a month', polarity: 'LOWER_IS_BETTER', granularity: 'MONTH', baseline: 19, target: 14, targetDate: '2027-03-31', scales: true },
      { id: 'IND-LAMBETH-FIRST-TIME-ENTRANTS', agency: 'police', measure: 'first-time-entrants', name: 'First-time entrants to youth justice', unit: 'young people a quarter', polarity: 'LOWER_IS_BETTER', granularity: 'QUARTER', baseline: 10, target: 7, targetDate: '2027-03-31', scales: true },
      { id: 'IND-LAMBETH-PERSISTENT-ABSENCE', agency: 'education', measure: 'persistent-absence', name: 'Pupils persistently absent', unit: 'percent of pupils', polarity: 'LOWER_IS_BETTER', granularity: 'MONTH', baseline: 27, target: 24, targetDate: '2027-07-31', scales: false },
      { id: 'IND-LAMBETH-YOUTH-PARTICIPATION', agency: 'voluntary', measure: 'youth-participation', name: 'Young people in youth clubs, mentoring and sport', unit: 'young people a month', polarity: 'HIGHER_IS_BETTER', granularity: 'MONTH', baseline: 20, target: 40, targetDate: '2027-03-31', scales: true },
    ],
    agreements: [
      {
        id: 'OA-LAMBETH-YOUTH-POOLED-BUDGET',
        title: 'Pooled youth budget and a single plan per young person',
        freedoms: [
          'Pool the agencies\' youth prevention budgets under the panel, outside each agency\'s usual approval rules',
          'One shared assessment per young person replaces each agency\'s separate assessment',
        ],
        reviewDate: '2027-01-31',
        parties: ['police', 'education', 'health', 'housing', 'voluntary'],
        conditions: ['IND-LAMBETH-YOUTH-OFFENCES', 'IND-LAMBETH-YOUTH-PARTICIPATION'],
      },
    ],
  },
  {
    id: 'OUT-LEWISHAM-SCHOOL-ATTENDANCE',
    title: 'More Lewisham pupils in school every day',
    mischief: 'Persistent absence rose after 2020 and its causes (illness, anxiety, family crisis, housing moves) sit with agencies other than the school.',
    description: 'Schools share attendance early with the agencies that can act on its causes.',
    areaCode: LEWISHAM,
    startDate: '2023-09-01',
    targetDate: '2027-07-31',
    proposedOn: '2023-05-24',
    agreedOn: '2023-07-12',
    lead: 'education-lead',
    roles: [
      { agency: 'education', role: 'LEAD', commitments: ['Share weekly attendance for pupils below 90% with the family support service'] },
      { agency: 'health', role: 'CONTRIBUTOR', commitments: ['School nurses follow up absence for health reasons within two weeks'] },
      { agency: 'housing', role: 'CONTRIBUTOR', commitments: ['Keep families in temporary accommodation within reach of their school'] },
    ],
    indicators: [
      { id: 'IND-LEWISHAM-PERSISTENT-ABSENCE', agency: 'education', measure: 'persistent-absence', name: 'Pupils persistently absent', unit: 'percent of pupils', polarity: 'LOWER_IS_BETTER', granularity: 'MONTH', baseline: 15, target: 11, targetDate: '2027-07-31', scales: false },
    ],
    agreements: [
      {
        id: 'OA-LEWISHAM-ATTENDANCE-SHARING',
        title: 'School-led attendance support without referral thresholds',
        freedoms: ['Schools refer to family support directly, without meeting the usual referral threshold'],
        reviewDate: '2026-12-31',
        parties: ['education', 'health', 'housing'],
        conditions: ['IND-LEWISHAM-PERSISTENT-ABSENCE'],
      },
    ],
  },
  {
    id: 'OUT-LAMBETH-YOUTH-HOMELESSNESS',
    title: 'Fewer young people in Lambeth becoming homeless',
    mischief: 'Young people leave family homes in crisis and reach housing only when already homeless.',
    description: 'Prevent homelessness of 16 to 24 year olds through earlier contact from schools, health and youth services.',
    areaCode: LAMBETH,
    startDate: '2024-01-01',
    targetDate: '2027-12-31',
    proposedOn: '2023-10-17',
    agreedOn: '2023-12-05',
    lead: 'housing-lead',
    roles: [
      { agency: 'housing', role: 'LEAD', commitments: ['Offer a prevention interview within 5 working days of any referral'] },
      { agency: 'voluntary', role: 'CONTRIBUTOR', commitments: ['Run family mediation for young people at risk of leaving home'] },
    ],
    indicators: [
      { id: 'IND-LAMBETH-YOUTH-HOMELESSNESS', agency: 'housing', measure: 'youth-homelessness', name: 'Homelessness applications with a young person', unit: 'applications a quarter', polarity: 'LOWER_IS_BETTER', granularity: 'QUARTER', baseline: 9, target: 6, targetDate: '2027-12-31', scales: true },
      { id: 'IND-LAMBETH-TEMPORARY-ACCOMMODATION', agency: 'housing', measure: 'temporary-accommodation', name: 'Households in temporary accommodation', unit: 'households', polarity: 'LOWER_IS_BETTER', granularity: 'QUARTER', baseline: 12, target: 8, targetDate: '2027-12-31', scales: true },
    ],
    agreements: [],
  },
  {
    id: 'OUT-LAMBETH-SELF-HARM',
    title: 'Fewer young people in Lambeth harming themselves',
    mischief: 'Young people reach A&E after self-harm before any service has offered them help.',
    description: 'Earlier mental health support through schools, youth services and faster CAMHS access.',
    areaCode: LAMBETH,
    startDate: '2024-04-01',
    targetDate: '2027-03-31',
    proposedOn: '2024-01-30',
    agreedOn: '2024-03-14',
    lead: 'health-lead',
    roles: [
      { agency: 'health', role: 'LEAD', commitments: ['Mental health practitioners in every secondary school'] },
      { agency: 'education', role: 'CONTRIBUTOR', commitments: ['Train a mental health lead in every school'] },
      { agency: 'voluntary', role: 'CONTRIBUTOR', commitments: ['Drop-in support sessions twice a week'] },
    ],
    indicators: [
      { id: 'IND-LAMBETH-SELF-HARM-ADMISSIONS', agency: 'health', measure: 'self-harm-admissions-10-24', name: 'Self-harm admissions aged 10 to 24', unit: 'per 1,000 aged 10 to 24 a quarter', polarity: 'LOWER_IS_BETTER', granularity: 'QUARTER', baseline: 1.5, target: 1, targetDate: '2027-03-31', scales: false },
      { id: 'IND-LAMBETH-CAMHS-REFERRALS', agency: 'health', measure: 'camhs-referrals-under-18', name: 'Referrals to CAMHS, under 18', unit: 'per 1,000 under 18 a month', polarity: 'HIGHER_IS_BETTER', granularity: 'MONTH', baseline: 8, target: 10, targetDate: '2027-03-31', scales: false },
    ],
    agreements: [],
  },
  {
    id: 'OUT-LEWISHAM-YOUTH-PARTICIPATION',
    title: 'More Lewisham young people in positive activities',
    mischief: 'Youth services are full in some wards and empty in others, and nobody sees which young people miss out.',
    description: 'Proposed by the voluntary sector forum; no agency has yet agreed to lead it.',
    areaCode: LEWISHAM,
    startDate: '2026-04-01',
    targetDate: '2028-03-31',
    proposedOn: '2026-02-03',
    agreedOn: null,
    lead: null,
    roles: [{ agency: 'voluntary', role: 'CONTRIBUTOR', commitments: ['Publish every youth session and its attendance each month'] }],
    indicators: [
      { id: 'IND-LEWISHAM-YOUTH-PARTICIPATION', agency: 'voluntary', measure: 'youth-participation', name: 'Young people in youth clubs, mentoring and sport', unit: 'young people a month', polarity: 'HIGHER_IS_BETTER', granularity: 'MONTH', baseline: 9, target: 15, targetDate: '2028-03-31', scales: true },
    ],
    agreements: [],
  },
];

export function seedBaselinePeriod(): string {
  return BASELINE_PERIOD;
}
