import { Field, ID, ObjectType } from 'type-graphql';
import { Service } from '../service/service.type.js';
import type { ServiceReferralRow } from './service-referral.loader.js';

/** Who refers clients to voluntary services, as the organisations record it. */
export const REFERRAL_SOURCES = ['police', 'school', 'health', 'housing', 'self'] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];

@ObjectType({ description: 'A referral of a client to a voluntary service.' })
export class ServiceReferral {
  @Field(() => ID, { description: "The organisations' referral reference, e.g. VR-000123." })
  id!: string;

  @Field(() => String, { description: 'Date referred, YYYY-MM-DD.' })
  referredOn!: string;

  @Field(() => String, { description: `Who referred: ${REFERRAL_SOURCES.join(', ')} (the client or their family).` })
  referredBy!: string;

  @Field(() => String, {
    description: 'Where the referral stands: waiting (not yet picked up), accepted (taking part), declined, or completed.',
  })
  status!: string;

  @Field(() => Service, { description: 'The service the client was referred to.' })
  service!: Service;

  static fromRecord(record: ServiceReferralRow): ServiceReferral {
    return Object.assign(new ServiceReferral(), {
      id: record.referral_id,
      referredOn: record.referred_on,
      referredBy: record.referred_by,
      status: record.status,
      service: Service.fromRecord(record),
    });
  }
}
