import { Field, ID, Int, ObjectType } from 'type-graphql';
import { agencyArea, type AreaEntity } from '@joined-up/service';
import { Organisation } from '../organisation/organisation.type.js';
import type { ServiceWithOrganisation } from './service.loader.js';

/** The voluntary subgraph's `Area` entity, which a service points at. */
const Area = agencyArea('voluntary');

/** The taxonomy every service is filed under, one term per service. */
export const SERVICE_CATEGORIES = [
  'youth club',
  'mentoring',
  'sport',
  'food bank',
  'debt advice',
  'mental health support',
  'family support',
  'housing advice',
] as const;

@ObjectType({
  description:
    'A service an organisation runs, in the spirit of the Open Referral UK `service`: what it offers, who it is for and the local authority it serves. Not personal data: open to any officer.',
})
export class Service {
  @Field(() => ID, { description: "The partnership directory's service id, e.g. SVC-001." })
  id!: string;

  @Field(() => String, { description: 'Name of the service as advertised.' })
  name!: string;

  @Field(() => String, { description: 'What the service offers.' })
  description!: string;

  @Field(() => String, { description: `Taxonomy term: ${SERVICE_CATEGORIES.join(', ')}.` })
  category!: string;

  @Field(() => Organisation, { description: 'The organisation that runs the service.' })
  organisation!: Organisation;

  @Field(() => Area, { description: 'The local authority the service is open to residents of.' })
  areaServed!: AreaEntity;

  @Field(() => Int, { nullable: true, description: 'Youngest age, in years, the service accepts; null when there is no lower limit.' })
  minimumAge!: number | null;

  @Field(() => Int, { nullable: true, description: 'Oldest age, in years, the service accepts; null when there is no upper limit.' })
  maximumAge!: number | null;

  static fromRecord(record: ServiceWithOrganisation): Service {
    return Object.assign(new Service(), {
      id: record.service_id,
      name: record.name,
      description: record.description,
      category: record.category,
      organisation: Organisation.fromRecord({
        organisation_id: record.organisation_id,
        name: record.organisation_name,
        charity_number: record.organisation_charity_number,
        description: record.organisation_description,
      }),
      areaServed: Object.assign(new Area(), { code: record.local_authority_code }),
      minimumAge: record.minimum_age,
      maximumAge: record.maximum_age,
    });
  }
}
