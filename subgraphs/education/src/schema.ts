import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@joined-up/federation';
import { auditEntriesResolver } from '@joined-up/service';
import { educationIndicator } from './indicator/education-indicator.js';
import type { EducationContext } from './context.js';
import { Area } from './area/area.type.js';
import { AreaResolver } from './area/area.resolver.js';
import { AttendanceMonthResolver } from './attendance/attendance.resolver.js';
import { ExclusionResolver } from './exclusion/exclusion.resolver.js';
import { Person } from './person/person.type.js';
import { PersonEducationResolver, PersonResolver } from './person/person.resolver.js';
import { PupilResolver } from './pupil/pupil.resolver.js';
import { SchoolResolver } from './school/school.resolver.js';
import { schoolByUrn } from './school/school.loader.js';
import { School } from './school/school.type.js';
import { recordSearch } from './record-search.js';

/**
 * The education subgraph's schema. Person and Area representations carry all
 * we need, so they resolve to themselves; School is ours, looked up by URN.
 */
export function buildEducationSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [...recordSearch.resolvers, PersonResolver, PersonEducationResolver, PupilResolver, AttendanceMonthResolver, ExclusionResolver, SchoolResolver, AreaResolver, ...educationIndicator.resolvers, auditEntriesResolver('education')],
      orphanedTypes: [...recordSearch.orphanedTypes, Person, Area, ...educationIndicator.orphanedTypes],
    },
    {
      ...educationIndicator.referenceResolvers,
      Person: { __resolveReference: (reference: Person) => reference },
      Area: { __resolveReference: (reference: Area) => reference },
      School: {
        __resolveReference: async ({ urn }: { urn: string }, context: EducationContext) => {
          const record = await schoolByUrn(urn, context);
          return record ? School.fromRecord(record) : null;
        },
      },
    },
  );
}
