/**
 * Purposes the partnership recognises. A token may state any purpose; one no
 * agreement names (`marketing`, say) simply unlocks nothing.
 */
export const PURPOSES = {
  'direct-care': 'Providing care to the person (the duty to share for direct care).',
  safeguarding: 'Protecting a child or adult at risk of harm.',
  'youth-crime-prevention': 'Preventing offending by young people (Crime and Disorder Act 1998 s115).',
  'family-support': 'Supporting families with multiple needs.',
  planning: 'Planning services from aggregate and person-level data.',
  research: 'Research approved by an ethics committee.',
  'subject-access-request': "Answering a person's request to know who has seen their records.",
  'record-linkage': 'Building the person index from linkage tokens.',
} as const;

/** Purposes for which health records of people with a national data opt-out are withheld. */
export const OPT_OUT_PURPOSES = new Set(['planning', 'research']);
