/**
 * The partnership's directory as first set up: the five delivering agencies
 * of Lambeth and Lewisham, the partnership team, and named officers for each
 * role the report describes. Officer ids follow `<agency>-<role>` so that a
 * development token (`pnpm token --agency police --role analyst`) names a real officer.
 */
export const agencies = [
  { agency_id: 'health', name: 'South London Health Partnership', kind: 'health', description: 'GP registrations, A&E, hospital admissions and child and adolescent mental health services for Lambeth and Lewisham residents.' },
  { agency_id: 'police', name: 'Metropolitan Police, South Area', kind: 'police', description: 'Recorded crime, the people involved in it, and youth justice referrals.' },
  { agency_id: 'education', name: 'Lambeth and Lewisham Education Services', kind: 'education', description: 'Schools, pupils, attendance, suspensions and exclusions, special educational needs and free school meals.' },
  { agency_id: 'housing', name: 'Lambeth and Lewisham Housing Services', kind: 'housing', description: 'Council and housing association tenancies, homelessness applications, temporary accommodation and rent arrears.' },
  { agency_id: 'voluntary', name: 'South London Voluntary Action', kind: 'voluntary', description: 'Local charities and community groups: their services, referrals and participation.' },
  { agency_id: 'partnership', name: 'Joined-Up Partnership Team', kind: 'centre', description: 'The centre: convenes the agencies, keeps the person index, outcomes and agreements.' },
];

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
  officer('partnership', 'admin', 'Martin Hale', 'Partnership Manager', ['partnership-admin']),
  officer('partnership', 'analyst', 'Chloe Baptiste', 'Partnership Analyst'),
  officer('partnership', 'linkage-reviewer', 'Omar Siddiqui', 'Linkage Reviewer'),
  officer('partnership', 'dpo', 'Fiona Grant', 'Partnership Data Protection Officer'),
  officer('partnership', 'service', 'Linkage Service', 'Automated linkage run', ['service']),
];
