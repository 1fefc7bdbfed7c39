import { DATA_CATEGORIES } from '@joined-up/access';
import { AGENCY_IDS } from '@joined-up/agencies';

const ALL_CATEGORIES = Object.keys(DATA_CATEGORIES);
const DELIVERING_AGENCIES = [...AGENCY_IDS];

interface SeedAgreement {
  agreement_id: string;
  title: string;
  legal_basis: string;
  purposes: string[];
  categories: string[];
  valid_from: string;
  valid_to: string;
  parties: { agency_id: string; approved_by: string | null; approved_on: string | null }[];
  /** Per category, the roles of receiving agencies that see identifying fields; the rest get the pseudonymised view. */
  identifying_roles: Record<string, string[]>;
}

const approvedBy = (agencies: string[], on: string) =>
  agencies.map((agency) => ({ agency_id: agency, approved_by: `${agency}-dpo`, approved_on: on }));

const SAFEGUARDING_CATEGORIES = [
  'health.registration',
  'health.urgent-care',
  'health.admissions',
  'health.mental-health',
  'education.pupil',
  'education.attendance',
  'education.exclusions',
  'housing.household',
  'housing.homelessness',
  'police.youth-justice',
  'voluntary.client',
  'voluntary.referrals',
  'partnership.person-index',
];

/** The same roles for every category an agreement covers. */
const everyCategory = (categories: string[], roles: string[]) => Object.fromEntries(categories.map((category) => [category, roles]));

/** Caseworkers work with the person and see who they are; analysts and everyone else get the pseudonymised view. */
const CASEWORKERS = ['caseworker'];

/**
 * The agreements the report's cases need. None names a purpose such as
 * marketing, so such a purpose unlocks nothing.
 */
export const sharingAgreements: SeedAgreement[] = [
  {
    agreement_id: 'ISA-LAMBETH-YOUTH-CRIME',
    title: 'Lambeth youth crime partnership',
    legal_basis: 'Crime and Disorder Act 1998, section 115',
    purposes: ['youth-crime-prevention'],
    categories: ALL_CATEGORIES,
    valid_from: '2023-01-01',
    valid_to: '2027-12-31',
    parties: approvedBy([...DELIVERING_AGENCIES, 'partnership'], '2022-12-12'),
    identifying_roles: everyCategory(ALL_CATEGORIES, CASEWORKERS),
  },
  {
    agreement_id: 'ISA-SAFEGUARDING-DIRECT-CARE',
    title: 'Safeguarding and direct care',
    legal_basis: 'Duty to share for direct care (Health and Social Care (Safety and Quality) Act 2015, s251B) and Children Act 2004, section 11',
    purposes: ['direct-care', 'safeguarding'],
    categories: SAFEGUARDING_CATEGORIES,
    valid_from: '2023-04-01',
    valid_to: '2028-03-31',
    parties: approvedBy([...DELIVERING_AGENCIES, 'partnership'], '2023-03-20'),
    identifying_roles: everyCategory(SAFEGUARDING_CATEGORIES, CASEWORKERS),
  },
  {
    agreement_id: 'ISA-HEALTH-SERVICE-PLANNING',
    title: 'Health service planning',
    legal_basis: 'UK GDPR Article 6(1)(e) and Article 9(2)(h); national data opt-out applies',
    purposes: ['planning'],
    categories: ['health.urgent-care', 'health.admissions'],
    valid_from: '2024-01-01',
    valid_to: '2028-12-31',
    parties: approvedBy(['health', 'partnership'], '2023-12-01'),
    // Planning is done from the pseudonymised view: no role sees who the patients are.
    identifying_roles: {},
  },
  {
    agreement_id: 'ISA-PUBLIC-PROTECTION',
    title: 'Public protection: people under probation supervision',
    legal_basis: 'Criminal Justice Act 2003, section 325 (multi-agency public protection arrangements)',
    purposes: ['safeguarding'],
    categories: ['probation.case', 'probation.orders'],
    identifying_roles: everyCategory(['probation.case', 'probation.orders'], CASEWORKERS),
    valid_from: '2024-04-01',
    valid_to: '2029-03-31',
    parties: approvedBy(['probation', 'police', 'housing', 'health', 'partnership'], '2024-03-14'),
  },
  {
    agreement_id: 'ISA-LEWISHAM-FAMILIES-PILOT',
    title: 'Lewisham families pilot (ended)',
    legal_basis: 'Children Act 2004, section 10',
    purposes: ['family-support'],
    categories: ['education.attendance', 'housing.homelessness', 'police.youth-justice'],
    valid_from: '2022-01-01',
    valid_to: '2023-12-31',
    parties: approvedBy(['education', 'housing', 'police'], '2021-12-01'),
    identifying_roles: everyCategory(['education.attendance', 'housing.homelessness', 'police.youth-justice'], CASEWORKERS),
  },
];
