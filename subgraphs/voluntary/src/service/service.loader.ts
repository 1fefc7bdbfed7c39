import type { Kysely } from 'kysely';
import type { ServiceRecord, VoluntaryTables } from '../tables.js';

/** A service row with its organisation's columns beside it. */
export type ServiceWithOrganisation = ServiceRecord & {
  organisation_name: string;
  organisation_charity_number: string | null;
  organisation_description: string;
};

/**
 * The columns of a service and of the organisation that runs it. Every read
 * that serves a `Service` (the directory, a referral, a month of
 * participation) joins the organisation in the same statement, so
 * `Service.organisation` never costs a statement of its own.
 */
export const SERVICE_COLUMNS = [
  'services.service_id',
  'services.organisation_id',
  'services.name',
  'services.description',
  'services.category',
  'services.local_authority_code',
  'services.minimum_age',
  'services.maximum_age',
  'organisations.name as organisation_name',
  'organisations.charity_number as organisation_charity_number',
  'organisations.description as organisation_description',
] as const;

/** Services with their organisations, to be narrowed by the caller. */
export function selectServices(db: Kysely<VoluntaryTables>) {
  return db
    .selectFrom('services')
    .innerJoin('organisations', 'organisations.organisation_id', 'services.organisation_id')
    .select([...SERVICE_COLUMNS]);
}

/** The directory, optionally narrowed to the services of one local authority and one taxonomy term, by name. */
export function servicesInDirectory(
  db: Kysely<VoluntaryTables>,
  filter: { localAuthorityCode?: string; category?: string },
): Promise<ServiceWithOrganisation[]> {
  let query = selectServices(db).orderBy('services.name').orderBy('services.service_id');
  if (filter.localAuthorityCode !== undefined) query = query.where('services.local_authority_code', '=', filter.localAuthorityCode);
  if (filter.category !== undefined) query = query.where('services.category', '=', filter.category);
  return query.execute();
}
