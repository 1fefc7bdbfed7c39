/**
 * The Home Office offence categories the force records against, in the order
 * area figures list them. The `offences` table refuses any other category.
 */
export const HOME_OFFICE_CATEGORIES = [
  'violence against the person',
  'robbery',
  'theft',
  'burglary',
  'criminal damage and arson',
  'drug offences',
  'possession of weapons',
  'public order offences',
  'sexual offences',
  'vehicle offences',
] as const;

export type HomeOfficeCategory = (typeof HOME_OFFICE_CATEGORIES)[number];

/** The outcome counted as a charge: the case goes to court. */
export const CHARGED_OR_SUMMONSED = 'charged or summonsed';
