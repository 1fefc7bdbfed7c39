import { defineAgencySubgraph } from '@joined-up/service';
import { migrations } from '../migrations/index.js';
import { seedEducation } from '../seed/seed.js';
import { educationArea } from './area/education-area.js';
import { educationMeasures } from './indicator/education-measures.js';
import { PersonEducation } from './person/person-education.type.js';
import { PersonEducationResolver } from './person/person.resolver.js';
import { AttendanceMonthResolver } from './attendance/attendance.resolver.js';
import { ExclusionResolver } from './exclusion/exclusion.resolver.js';
import { PupilResolver } from './pupil/pupil.resolver.js';
import { SchoolResolver } from './school/school.resolver.js';
import { schoolByUrn } from './school/school.loader.js';
import { School } from './school/school.type.js';
import type { EducationContext } from './tables.js';
import type { EducationTables } from './tables.js';

/** The education agency's subgraph: schools, pupils, attendance, suspensions and exclusions. */
export const educationSubgraph = defineAgencySubgraph({
  agency: 'education',
  migrations,
  seed: seedEducation,
  people: { table: 'pupils', idColumn: 'upn', category: 'pupil', recordIdName: 'UPN (unique pupil number)' },
  resolvers: [PupilResolver, AttendanceMonthResolver, ExclusionResolver, SchoolResolver],
  referenceResolvers: {
    // Schools are ours, looked up by URN.
    School: {
      __resolveReference: async ({ urn }: { urn: string }, context: EducationContext) => {
        const record = await schoolByUrn(urn, context);
        return record ? School.fromRecord(record) : null;
      },
    },
  },
  person: {
    type: PersonEducation,
    description: "The education agency's records of this person; null when education holds none.",
    resolvers: [PersonEducationResolver],
  },
  area: educationArea,
  measures: educationMeasures,
});
