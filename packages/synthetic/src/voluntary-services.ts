/**
 * Local charities and their services, in the spirit of Open Referral UK: an
 * organisation runs services, each with a taxonomy category, the borough it
 * serves and an age range. Names and charity numbers are made up.
 */
import { LAMBETH, LEWISHAM } from '@joined-up/geography';
import type { OrganisationRow, ServiceRow } from './agency-records.js';

export const ORGANISATIONS: readonly OrganisationRow[] = [
  { organisation_id: 'ORG-001', name: 'Brixton Youth Collective', charity_number: '1143021', description: 'Youth clubs and mentoring for young people in central Lambeth.' },
  { organisation_id: 'ORG-002', name: 'Stockwell Park Sports Trust', charity_number: '1098754', description: 'Free football, boxing and basketball sessions on Lambeth estates.' },
  { organisation_id: 'ORG-003', name: 'Lambeth Community Larder', charity_number: '1167340', description: 'Food bank and community meals with a weekly advice surgery.' },
  { organisation_id: 'ORG-004', name: 'South London Money Advice', charity_number: '1120583', description: 'Free, confidential debt and benefits advice across Lambeth and Lewisham.' },
  { organisation_id: 'ORG-005', name: 'Riverside Minds', charity_number: '1059212', description: 'Talking therapies and peer support for young people and adults.' },
  { organisation_id: 'ORG-006', name: 'Lewisham Family Hub Trust', charity_number: '1151876', description: 'Parenting support, family key work and holiday activities.' },
  { organisation_id: 'ORG-007', name: "Deptford Young People's Project", charity_number: '1132409', description: 'Detached youth work, a youth club and one-to-one mentoring in north Lewisham.' },
  { organisation_id: 'ORG-008', name: 'Catford and Bellingham Food Network', charity_number: null, description: 'A community interest company running two food banks and a pantry.' },
  { organisation_id: 'ORG-009', name: 'Homeward Housing Advice', charity_number: '1176625', description: 'Housing advice, tenancy sustainment and help for people facing homelessness.' },
  { organisation_id: 'ORG-010', name: 'Second Chance Mentoring', charity_number: '1189047', description: 'Trained mentors for young people in contact with the youth justice system.' },
];

function service(
  number: number,
  organisation: number,
  name: string,
  category: string,
  authority: string,
  ages: [number | null, number | null],
  description: string,
): ServiceRow {
  return {
    service_id: `SVC-${String(number).padStart(3, '0')}`,
    organisation_id: `ORG-${String(organisation).padStart(3, '0')}`,
    name,
    description,
    category,
    local_authority_code: authority,
    minimum_age: ages[0],
    maximum_age: ages[1],
  };
}

export const SERVICES: readonly ServiceRow[] = [
  service(1, 1, 'Friday Night Youth Club', 'youth club', LAMBETH, [11, 19], 'Open-access youth club with music studio and cooking.'),
  service(2, 1, 'Step Up Mentoring', 'mentoring', LAMBETH, [10, 18], 'Weekly one-to-one mentoring for a school year.'),
  service(3, 2, 'Estate Football League', 'sport', LAMBETH, [8, 21], 'Coached football sessions and a summer league.'),
  service(4, 2, 'Boxing for Focus', 'sport', LAMBETH, [12, 24], 'Non-contact boxing training with a youth worker.'),
  service(5, 3, 'Community Larder', 'food bank', LAMBETH, [18, null], 'Emergency food parcels on referral or drop-in.'),
  service(6, 4, 'Debt Advice Lambeth', 'debt advice', LAMBETH, [18, null], 'Casework on rent, council tax and utility debts.'),
  service(7, 4, 'Debt Advice Lewisham', 'debt advice', LEWISHAM, [18, null], 'Casework on rent, council tax and utility debts.'),
  service(8, 5, 'Young Minds Drop-in', 'mental health support', LAMBETH, [14, 25], 'Counselling and peer support for young people.'),
  service(9, 5, 'Adult Wellbeing Groups', 'mental health support', LEWISHAM, [18, null], 'Peer support groups for anxiety and low mood.'),
  service(10, 6, 'Family Key Work', 'family support', LEWISHAM, [null, null], 'A key worker for families facing several difficulties at once.'),
  service(11, 6, 'Holiday Activities and Food', 'family support', LEWISHAM, [5, 16], 'Holiday clubs with a hot meal for children on free school meals.'),
  service(12, 7, 'Deptford Youth Club', 'youth club', LEWISHAM, [11, 19], 'Evening youth club and detached outreach.'),
  service(13, 7, 'Deptford Mentoring', 'mentoring', LEWISHAM, [11, 18], 'One-to-one mentoring in school and out.'),
  service(14, 8, 'Catford Food Bank', 'food bank', LEWISHAM, [18, null], 'Emergency food parcels on referral.'),
  service(15, 8, 'Bellingham Pantry', 'food bank', LEWISHAM, [18, null], 'Low-cost pantry membership.'),
  service(16, 9, 'Housing Advice Lambeth', 'housing advice', LAMBETH, [16, null], 'Advice on homelessness, disrepair and tenancy rights.'),
  service(17, 9, 'Housing Advice Lewisham', 'housing advice', LEWISHAM, [16, null], 'Advice on homelessness, disrepair and tenancy rights.'),
  service(18, 10, 'Turning Point Mentoring', 'mentoring', LAMBETH, [10, 18], 'Mentors for young people referred by youth justice or schools.'),
  service(19, 10, 'Turning Point Lewisham', 'mentoring', LEWISHAM, [10, 18], 'Mentors for young people referred by youth justice or schools.'),
  service(20, 3, 'Lambeth Family Support', 'family support', LAMBETH, [null, null], 'Practical and emotional support for parents.'),
  service(21, 2, 'Lewisham Street Sport', 'sport', LEWISHAM, [8, 21], 'Multi-sport sessions in parks and cages.'),
];

/** Services open to someone of this age in this borough. */
export function servicesFor(authority: string, age: number): ServiceRow[] {
  return SERVICES.filter(
    (s) => s.local_authority_code === authority && (s.minimum_age === null || age >= s.minimum_age) && (s.maximum_age === null || age <= s.maximum_age),
  );
}
