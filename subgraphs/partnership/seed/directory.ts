import { AGENCIES, PARTNERSHIP } from '@joined-up/agencies';

/**
 * The partnership's directory as first set up: every declared agency of
 * Lambeth and Lewisham, the partnership team, and named officers for each
 * role the report describes. Officer ids follow `<agency>-<role>` so that a
 * development token (`pnpm token --agency police --role analyst`) names a real officer.
 */
export const agencies = [...AGENCIES, PARTNERSHIP].map((member) => ({
  agency_id: member.id,
  name: member.name,
  kind: member.id === PARTNERSHIP.id ? 'centre' : member.id,
  description: member.description,
}));

type Officer = { officer_id: string; agency_id: string; name: string; job_title: string; email: string; roles: string[] };

const officer = (agency: string, role: string, name: string, jobTitle: string, roles: string[] = [role]): Officer => ({
  officer_id: `${agency}-${role}`,
  agency_id: agency,
  name,
  job_title: jobTitle,
  email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@${agency}.joined-up.example`,
  roles,
});

export const officers: Officer[] = [
  officer('health', 'caseworker', 'Amara Okafor', 'Safeguarding Nurse'),
  officer('health', 'analyst', 'Daniel Price', 'Public Health Analyst'),
  officer('health', 'dpo', 'Helen Marsh', 'Caldicott Guardian and Data Protection Officer'),
  officer('health', 'lead', 'Dr Priya Raman', 'Director of Public Health', ['lead']),
  officer('police', 'caseworker', 'Sgt Tom Reilly', 'Youth Engagement Officer'),
  officer('police', 'analyst', 'Kemi Adeyemi', 'Crime Analyst'),
  officer('police', 'dpo', 'Gareth Lloyd', 'Information Manager and Data Protection Officer'),
  officer('police', 'lead', 'Ch Supt Sarah Whitfield', 'Borough Commander', ['lead']),
  officer('education', 'caseworker', 'Joanne Mensah', 'Education Welfare Officer'),
  officer('education', 'analyst', 'Ravi Chandran', 'Pupil Data Analyst'),
  officer('education', 'dpo', 'Lucy Fernandes', 'Data Protection Officer'),
  officer('education', 'lead', 'Mark Ellison', 'Director of Education', ['lead']),
  officer('housing', 'caseworker', 'Sam Osei', 'Housing Options Officer'),
  officer('housing', 'analyst', 'Nadia Hussain', 'Housing Needs Analyst'),
  officer('housing', 'dpo', 'Peter Kowalski', 'Data Protection Officer'),
  officer('housing', 'lead', 'Angela Brooks', 'Head of Housing Needs', ['lead']),
  officer('voluntary', 'caseworker', 'Grace Thompson', 'Youth Mentor Coordinator'),
  officer('voluntary', 'analyst', 'Ben Carter', 'Impact Analyst'),
  officer('voluntary', 'dpo', 'Ifeoma Nwosu', 'Data Protection Lead'),
  officer('voluntary', 'lead', 'Rosa Delgado', 'Chief Executive', ['lead']),
  officer('probation', 'caseworker', 'Marcus Bell', 'Probation Practitioner'),
  officer('probation', 'analyst', 'Yasmin Ali', 'Performance and Quality Analyst'),
  officer('probation', 'dpo', 'Eleanor Hughes', 'Data Protection Officer'),
  officer('probation', 'lead', 'David Okoro', 'Head of Probation Delivery Unit', ['lead']),
  officer('partnership', 'admin', 'Martin Hale', 'Partnership Manager', ['partnership-admin']),
  officer('partnership', 'analyst', 'Chloe Baptiste', 'Partnership Analyst'),
  officer('partnership', 'linkage-reviewer', 'Omar Siddiqui', 'Linkage Reviewer'),
  officer('partnership', 'dpo', 'Fiona Grant', 'Partnership Data Protection Officer'),
  officer('partnership', 'service', 'Linkage Service', 'Automated linkage run', ['service']),
];
