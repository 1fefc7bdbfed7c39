/**
 * What each agency can measure for a shared outcome. An indicator names one
 * of these; the agency that owns it computes its values from its own tables.
 * `per` scales a rate (values are count ÷ denominator × per); a measure
 * without a denominator is a plain count.
 */
export interface MeasureDefinition {
  agency: 'health' | 'police' | 'education' | 'housing' | 'voluntary';
  code: string;
  name: string;
  unit: string;
  per: number | null;
  description: string;
}

export const MEASURES: readonly MeasureDefinition[] = [
  {
    agency: 'health',
    code: 'self-harm-admissions-10-24',
    name: 'Hospital admissions for self-harm, aged 10 to 24',
    unit: 'per 1,000 registered patients aged 10 to 24',
    per: 1000,
    description: 'Admissions with an intentional self-harm diagnosis (ICD-10 X60–X84) of patients aged 10 to 24, over registered patients of that age living in the area.',
  },
  {
    agency: 'health',
    code: 'camhs-referrals-under-18',
    name: 'Referrals to CAMHS, under 18',
    unit: 'per 1,000 registered patients under 18',
    per: 1000,
    description: 'Referrals to child and adolescent mental health services of patients under 18 living in the area.',
  },
  {
    agency: 'police',
    code: 'youth-offences',
    name: 'Offences with a suspect aged 10 to 17',
    unit: 'offences',
    per: null,
    description: 'Recorded offences in the area in which at least one suspect was aged 10 to 17 on the date of the offence.',
  },
  {
    agency: 'police',
    code: 'first-time-entrants',
    name: 'First-time entrants to the youth justice system',
    unit: 'young people',
    per: null,
    description: 'Young people living in the area entering the youth justice system for the first time.',
  },
  {
    agency: 'education',
    code: 'persistent-absence',
    name: 'Pupils persistently absent',
    unit: 'percent of pupils',
    per: 100,
    description: 'Pupils living in the area who missed 10% or more of their possible sessions in the period, over pupils with possible sessions (the DfE definition).',
  },
  {
    agency: 'education',
    code: 'suspensions',
    name: 'Suspensions',
    unit: 'per 100 pupils',
    per: 100,
    description: 'Suspensions of pupils living in the area, over pupils with possible sessions in the period.',
  },
  {
    agency: 'housing',
    code: 'youth-homelessness',
    name: 'Homelessness applications with a young person aged 16 to 24',
    unit: 'applications',
    per: null,
    description: 'Homelessness applications made in the area by households with a member aged 16 to 24 on the day of the application.',
  },
  {
    agency: 'housing',
    code: 'temporary-accommodation',
    name: 'Households in temporary accommodation',
    unit: 'households',
    per: null,
    description: 'Households of the area in temporary accommodation on the last day of the period.',
  },
  {
    agency: 'voluntary',
    code: 'youth-participation',
    name: 'Young people aged 10 to 17 taking part in youth services',
    unit: 'young people',
    per: null,
    description: 'Young people aged 10 to 17 living in the area who attended at least one session of a youth club, mentoring or sport service in the period.',
  },
];

export function findMeasure(agency: string, code: string): MeasureDefinition | undefined {
  return MEASURES.find((measure) => measure.agency === agency && measure.code === code);
}

export function measuresOf(agency: string): MeasureDefinition[] {
  return MEASURES.filter((measure) => measure.agency === agency);
}
