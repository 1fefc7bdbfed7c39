import type { Kysely, Migration } from 'kysely';
import { findAgency } from '@joined-up/agencies';
import { auditLogMigration } from '@joined-up/audit';
import { buildFederatedSchema, type ExtraResolvers } from '@joined-up/federation';
import { defineAgencyIndicator, type MeasureImplementation } from '@joined-up/indicators';
import type { Period } from '@joined-up/statistics';
import type { Population } from '@joined-up/synthetic';
import { auditEntriesResolver } from '../audit-trail/audit-trail.resolver.js';
import { personTablePager } from '../person-table-pager.js';
import { defineRecordSearch } from '../record-search/record-search.resolver.js';
import type { SubgraphDefinition } from '../subgraph-definition.js';
import { agencyArea, areaFiguresResolver, type AgencyAreaFigures } from './agency-area.js';
import { agencyPerson, personViewResolver, type AgencyPersonViewOptions } from './agency-person.js';
import type { AgencyPersonView } from './agency-person-view.js';

export interface AgencySubgraphOptions<DB, View extends AgencyPersonView, Counts, Figures extends { period: Period }> {
  /** The agency's id, as declared in `@joined-up/agencies` (which gives its port and data categories). */
  agency: string;
  /** The agency's migrations, its own tables' and `auditLogMigration` among them, applied in name order. */
  migrations: Record<string, Migration>;
  /** Loads the agency's view of the synthetic population, all or nothing. */
  seed(db: Kysely<DB>, population: Population): Promise<void>;
  /**
   * The agency's table of people (with the identifying columns) and its record id column;
   * with them its officers' record search (`search<Agency>Records`) is built.
   */
  people: {
    table: string;
    idColumn: string;
    /** The declared category of the identifying details, under which searches are audited: `registration` for health.registration. */
    category: string;
    /** What officers call the record id, e.g. "NHS number". */
    recordIdName: string;
  };
  /** True when the agency already holds data; default: its table of people has a row. */
  hasData?: (db: Kysely<DB>) => Promise<boolean>;
  person: AgencyPersonViewOptions<DB, View>;
  area: AgencyAreaFigures<DB, Counts, Figures>;
  /** The agency's implementation of each of its declared measures. */
  measures: Record<string, MeasureImplementation<DB>>;
  /** The agency's own entity types beyond its view of people and areas (schools, services, ...). */
  resolvers?: readonly Function[];
  orphanedTypes?: readonly Function[];
  referenceResolvers?: ExtraResolvers;
}

/**
 * One agency's subgraph, from only what is its own. The skeleton every agency
 * shares lives here: its `Person` and `Area` entities (representations carry
 * all an agency needs, so references resolve to themselves), the person-view
 * gate, its side of the `Indicator` interface, its audit log and the
 * `auditEntries` query, its port, its linkage export and the first-start seed check.
 */
export function defineAgencySubgraph<DB, View extends AgencyPersonView, Counts, Figures extends { period: Period }>(
  options: AgencySubgraphOptions<DB, View, Counts, Figures>,
): SubgraphDefinition<DB> {
  const { agency } = options;
  const declaration = findAgency(agency);
  if (!declaration) throw new Error(`"${agency}" is not a declared agency: declare it in packages/agencies/src/agencies.ts.`);
  if (!Object.values(options.migrations).includes(auditLogMigration)) {
    throw new Error(`The ${agency} subgraph's migrations must include auditLogMigration (from @joined-up/audit): every read of personal data is audited.`);
  }
  const measures = Object.keys(options.measures);
  const missing = declaration.measures.filter((measure) => !measures.includes(measure.code));
  if (missing.length > 0) throw new Error(`The ${agency} subgraph does not implement its declared measure(s) ${missing.map((measure) => measure.code).join(', ')}.`);

  const { table, idColumn } = options.people;
  if (!Object.hasOwn(declaration.categories, options.people.category)) {
    throw new Error(`The ${agency} subgraph's people.category "${options.people.category}" is not one of its declared categories (${Object.keys(declaration.categories).join(', ')}).`);
  }
  return {
    name: agency,
    defaultPort: declaration.defaultPort,
    migrations: options.migrations,
    seed: options.seed,
    hasData:
      options.hasData ?? (async (db) => (await (db as unknown as Kysely<any>).selectFrom(table).select(idColumn).limit(1).execute()).length > 0),
    linkageRecords: personTablePager<DB>(table, idColumn),
    buildSchema: () => {
      const Person = agencyPerson(agency);
      const Area = agencyArea(agency);
      const indicator = defineAgencyIndicator<DB>(agency, options.measures);
      const recordSearch = defineRecordSearch({ agency, table, idColumn, category: `${agency}.${options.people.category}`, recordIdName: options.people.recordIdName });
      return buildFederatedSchema(
        {
          resolvers: [
            personViewResolver(agency, Person, options.person),
            ...options.person.resolvers,
            areaFiguresResolver(agency, options.area),
            ...(options.resolvers ?? []),
            ...indicator.resolvers,
            auditEntriesResolver(agency),
            ...recordSearch.resolvers,
          ] as unknown as [Function, ...Function[]],
          orphanedTypes: [Person, Area, ...indicator.orphanedTypes, ...recordSearch.orphanedTypes, ...(options.orphanedTypes ?? [])],
        },
        {
          ...indicator.referenceResolvers,
          ...options.referenceResolvers,
          Person: { __resolveReference: (reference: unknown) => reference },
          Area: { __resolveReference: (reference: unknown) => reference },
        },
      );
    },
  };
}
