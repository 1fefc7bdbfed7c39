import type { AgencyDeclaration, DeliveringAgencyDeclaration } from './agency-declaration.js';

/**
 * The federation's members, declared once. Everything that lists agencies
 * derives from here: the gateway's subgraph registry and ports, the data
 * categories sharing agreements name, the measure catalogue, the person
 * index's record ids, the audit tools. Adding an agency means declaring it
 * here and writing its subgraph in `subgraphs/<id>/` (see README, "Adding an agency").
 */
export const PARTNERSHIP = {
  id: 'partnership',
  name: 'Joined-Up Partnership Team',
  description: 'The centre: convenes the agencies, keeps the person index, outcomes and agreements.',
  defaultPort: 4006,
  categories: {
    'person-index': "Which agencies hold records of a person, from the partnership's person index.",
  },
} as const satisfies AgencyDeclaration;

/**
 * The partnership's person index, a service of its own: which agency records
 * denote the same person, under a pseudonymous partnership id. Who is known
 * to which agency is the most sensitive fact in the federation, so it lives
 * apart from the outcomes side, in its own database. Its data is the
 * partnership's category `partnership.person-index`; it holds none of its own.
 */
export const PERSON_INDEX = {
  id: 'person-index',
  name: 'Joined-Up Partnership Person Index',
  description: "The partnership's person index: which agency records are one person, the linkage that decides it, cohorts, and who looked.",
  defaultPort: 4008,
  categories: {},
} as const satisfies AgencyDeclaration;

/** The agencies that hold records of people, in the order they are shown. */
export const AGENCIES = [
  {
    id: 'health',
    name: 'South London Health Partnership',
    description: 'GP registrations, A&E, hospital admissions and child and adolescent mental health services for Lambeth and Lewisham residents.',
    defaultPort: 4001,
    recordIds: "NHS numbers of this person's patient registrations",
    categories: {
      registration: 'GP registration: name, date of birth, address, practice, national data opt-out.',
      'urgent-care': 'A&E attendances: when, presenting complaint, what happened next.',
      admissions: 'Hospital admissions, including diagnoses and self-harm.',
      'mental-health': 'Referrals to child and adolescent mental health services.',
    },
    measures: [
      {
        code: 'self-harm-admissions-10-24',
        name: 'Hospital admissions for self-harm, aged 10 to 24',
        unit: 'per 1,000 registered patients aged 10 to 24',
        per: 1000,
        description: 'Admissions with an intentional self-harm diagnosis (ICD-10 X60–X84) of patients aged 10 to 24, over registered patients of that age living in the area.',
      },
      {
        code: 'camhs-referrals-under-18',
        name: 'Referrals to CAMHS, under 18',
        unit: 'per 1,000 registered patients under 18',
        per: 1000,
        description: 'Referrals to child and adolescent mental health services of patients under 18 living in the area.',
      },
    ],
  },
  {
    id: 'police',
    name: 'Metropolitan Police, South Area',
    description: 'Recorded crime, the people involved in it, and youth justice referrals.',
    defaultPort: 4002,
    recordIds: "Force references of this person's nominal records",
    categories: {
      nominal: 'Police person record: name, date of birth, address.',
      offences: 'Offences the person was involved in, their role, category and outcome.',
      'youth-justice': 'Youth justice interventions and first-time entry.',
    },
    measures: [
      {
        code: 'youth-offences',
        name: 'Offences with a suspect aged 10 to 17',
        unit: 'offences',
        per: null,
        description: 'Recorded offences in the area in which at least one suspect was aged 10 to 17 on the date of the offence.',
      },
      {
        code: 'first-time-entrants',
        name: 'First-time entrants to the youth justice system',
        unit: 'young people',
        per: null,
        description: 'Young people living in the area entering the youth justice system for the first time.',
      },
    ],
  },
  {
    id: 'education',
    name: 'Lambeth and Lewisham Education Services',
    description: 'Schools, pupils, attendance, suspensions and exclusions, special educational needs and free school meals.',
    defaultPort: 4003,
    recordIds: "UPNs of this person's pupil records",
    categories: {
      pupil: 'Pupil record: name, date of birth, school, free school meals, special educational needs.',
      attendance: 'School attendance and absence by month.',
      exclusions: 'Suspensions and permanent exclusions.',
    },
    measures: [
      {
        code: 'persistent-absence',
        name: 'Pupils persistently absent',
        unit: 'percent of pupils',
        per: 100,
        description: 'Pupils living in the area who missed 10% or more of their possible sessions in the period, over pupils with possible sessions (the DfE definition).',
      },
      {
        code: 'suspensions',
        name: 'Suspensions',
        unit: 'per 100 pupils',
        per: 100,
        description: 'Suspensions of pupils living in the area, over pupils with possible sessions in the period.',
      },
    ],
  },
  {
    id: 'housing',
    name: 'Lambeth and Lewisham Housing Services',
    description: 'Council and housing association tenancies, homelessness applications, temporary accommodation and rent arrears.',
    defaultPort: 4004,
    recordIds: "Housing member references (HM-…) of this person's household member records",
    categories: {
      household: 'Household membership and address.',
      tenancy: 'Tenancies and rent arrears.',
      homelessness: 'Homelessness applications and temporary accommodation.',
    },
    measures: [
      {
        code: 'youth-homelessness',
        name: 'Homelessness applications with a young person aged 16 to 24',
        unit: 'applications',
        per: null,
        description: 'Homelessness applications made in the area by households with a member aged 16 to 24 on the day of the application.',
      },
      {
        code: 'temporary-accommodation',
        name: 'Households in temporary accommodation',
        unit: 'households',
        per: null,
        description: 'Households of the area in temporary accommodation on the last day of the period.',
      },
    ],
  },
  {
    id: 'voluntary',
    name: 'South London Voluntary Action',
    description: 'Local charities and community groups: their services, referrals and participation.',
    defaultPort: 4005,
    recordIds: "Client references of this person's client records",
    categories: {
      client: 'Client record held by a voluntary organisation.',
      referrals: 'Referrals to voluntary services and participation in them.',
    },
    measures: [
      {
        code: 'youth-participation',
        name: 'Young people aged 10 to 17 taking part in youth services',
        unit: 'young people',
        per: null,
        description: 'Young people aged 10 to 17 living in the area who attended at least one session of a youth club, mentoring or sport service in the period.',
      },
    ],
  },
  {
    id: 'probation',
    name: 'Probation Service, London South',
    description: 'People on probation: community and suspended sentence orders and licences, their requirements, and how each order ended.',
    defaultPort: 4007,
    recordIds: "Case reference numbers (CRNs) of this person's probation cases",
    categories: {
      case: 'Probation case record: name, date of birth, address and supervising office.',
      orders: 'Supervision orders and licences: the offence, dates, requirements and how they ended.',
    },
    measures: [
      {
        code: 'people-under-supervision',
        name: 'People under probation supervision',
        unit: 'people',
        per: null,
        description: 'People living in the area under a community order, a suspended sentence order or a licence on the last day of the period.',
      },
    ],
  },
] as const satisfies readonly DeliveringAgencyDeclaration[];
