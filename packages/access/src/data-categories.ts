/**
 * The categories of personal data an information sharing agreement can name.
 * Each belongs to the agency that holds the data; every person-level field an
 * agency serves is tagged with one of its categories.
 */
export const DATA_CATEGORIES = {
  'health.registration': 'GP registration: name, date of birth, address, practice, national data opt-out.',
  'health.urgent-care': 'A&E attendances: when, presenting complaint, what happened next.',
  'health.admissions': 'Hospital admissions, including diagnoses and self-harm.',
  'health.mental-health': 'Referrals to child and adolescent mental health services.',
  'police.nominal': "Police person record: name, date of birth, address.",
  'police.offences': 'Offences the person was involved in, their role, category and outcome.',
  'police.youth-justice': 'Youth justice interventions and first-time entry.',
  'education.pupil': 'Pupil record: name, date of birth, school, free school meals, special educational needs.',
  'education.attendance': 'School attendance and absence by month.',
  'education.exclusions': 'Suspensions and permanent exclusions.',
  'housing.household': 'Household membership and address.',
  'housing.tenancy': 'Tenancies and rent arrears.',
  'housing.homelessness': 'Homelessness applications and temporary accommodation.',
  'voluntary.client': 'Client record held by a voluntary organisation.',
  'voluntary.referrals': 'Referrals to voluntary services and participation in them.',
  'partnership.person-index': 'Which agencies hold records of a person, from the partnership\'s person index.',
} as const;

export type DataCategory = keyof typeof DATA_CATEGORIES;

export function isDataCategory(value: string): value is DataCategory {
  return Object.hasOwn(DATA_CATEGORIES, value);
}

/** The agency that holds a category's data: the part before the dot. */
export function ownerOfCategory(category: DataCategory): string {
  return category.slice(0, category.indexOf('.'));
}

/** Every category of data an agency holds. */
export function categoriesOf(agency: string): DataCategory[] {
  return (Object.keys(DATA_CATEGORIES) as DataCategory[]).filter((category) => ownerOfCategory(category) === agency);
}
