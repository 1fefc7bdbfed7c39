import { Field, Int, ObjectType } from 'type-graphql';
import { Service } from '../service/service.type.js';
import type { ServiceParticipationRow } from './service-participation.loader.js';

@ObjectType({ description: 'The sessions of one service a client attended in one calendar month.' })
export class ServiceParticipation {
  @Field(() => String, { description: 'The month, YYYY-MM.' })
  month!: string;

  @Field(() => Service, { description: 'The service attended.' })
  service!: Service;

  @Field(() => Int, { description: 'Sessions attended in the month.' })
  sessionsAttended!: number;

  static fromRecord(record: ServiceParticipationRow): ServiceParticipation {
    return Object.assign(new ServiceParticipation(), {
      // Stored as the first day of the month; served as the month itself, like every period in the graph.
      month: record.month.slice(0, 7),
      service: Service.fromRecord(record),
      sessionsAttended: record.sessions_attended,
    });
  }
}
