import { Field, ID, ObjectType } from 'type-graphql';
import type { AdmissionRecord, AeAttendanceRecord, CamhsReferralRecord } from '../tables.js';

@ObjectType({ description: 'An attendance at an accident and emergency department.' })
export class AeAttendance {
  @Field(() => ID, { description: "The trust's attendance reference." })
  id!: string;

  @Field(() => String, { description: 'Arrival time, ISO 8601 in UTC.' })
  arrivedAt!: string;

  @Field(() => String, { description: 'Presenting complaint: injury, self-harm, assault, mental health, respiratory, abdominal pain or other.' })
  chiefComplaint!: string;

  @Field(() => String, { description: 'What happened next: discharged, admitted, referred to CAMHS, or left before being seen.' })
  disposal!: string;

  static fromRecord(record: AeAttendanceRecord): AeAttendance {
    return Object.assign(new AeAttendance(), {
      id: record.attendance_id,
      arrivedAt: new Date(record.arrived_at).toISOString(),
      chiefComplaint: record.chief_complaint,
      disposal: record.disposal,
    });
  }
}

@ObjectType({ description: 'A hospital admission (a spell), emergency or elective.' })
export class Admission {
  @Field(() => ID, { description: "The trust's spell reference." })
  id!: string;

  @Field(() => String, { description: 'Date admitted, YYYY-MM-DD.' })
  admittedOn!: string;

  @Field(() => String, { nullable: true, description: 'Date discharged, YYYY-MM-DD; null while the patient is still in hospital.' })
  dischargedOn!: string | null;

  @Field(() => String, { description: 'Admission method: emergency or elective.' })
  method!: string;

  @Field(() => String, { description: 'Primary diagnosis as an ICD-10 code.' })
  primaryDiagnosis!: string;

  @Field(() => Boolean, { description: 'True for intentional self-harm (ICD-10 X60 to X84).' })
  selfHarm!: boolean;

  static fromRecord(record: AdmissionRecord): Admission {
    return Object.assign(new Admission(), {
      id: record.admission_id,
      admittedOn: record.admitted_on,
      dischargedOn: record.discharged_on,
      method: record.method,
      primaryDiagnosis: record.primary_diagnosis,
      selfHarm: record.self_harm,
    });
  }
}

@ObjectType({ description: 'A referral to child and adolescent mental health services.' })
export class CamhsReferral {
  @Field(() => ID, { description: "The service's referral reference." })
  id!: string;

  @Field(() => String, { description: 'Date referred, YYYY-MM-DD.' })
  referredOn!: string;

  @Field(() => String, { description: 'Who referred: GP, school, police, A&E, social care or self.' })
  source!: string;

  @Field(() => String, { description: 'Where the referral stands: waiting, accepted, not accepted or closed.' })
  status!: string;

  @Field(() => String, { nullable: true, description: 'Date of the first appointment, YYYY-MM-DD; null if not yet seen.' })
  firstSeenOn!: string | null;

  static fromRecord(record: CamhsReferralRecord): CamhsReferral {
    return Object.assign(new CamhsReferral(), {
      id: record.referral_id,
      referredOn: record.referred_on,
      source: record.source,
      status: record.status,
      firstSeenOn: record.first_seen_on,
    });
  }
}
