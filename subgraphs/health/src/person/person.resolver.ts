import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { OPT_OUT_PURPOSES } from '@joined-up/access';
import { forbidden } from '@joined-up/federation';
import { subjectsOf } from '@joined-up/service';
import type { HealthContext } from '../tables.js';
import { AeAttendance, Admission, CamhsReferral } from '../care/care-event.types.js';
import { admissionsOfSubject, attendancesOfSubject, camhsReferralsOfSubject } from '../care/care-event.loaders.js';
import { Patient } from '../patient/patient.type.js';
import { optedOut, patientsOfSubject } from '../patient/patient.loader.js';
import { PersonHealth } from './person-health.type.js';

/**
 * Health records of a person with a national data opt-out are not used for
 * planning or research: the view is refused (FORBIDDEN) before anything is read.
 */
export async function refuseOptedOut(recordIds: string[], context: HealthContext): Promise<void> {
  if (!OPT_OUT_PURPOSES.has(context.identity.purpose)) return;
  const opted = await context.loaders.get(optedOut).loadMany(recordIds);
  if (opted.some((value) => value === true)) {
    throw forbidden(`This person has registered a national data opt-out: their health records are not used for ${context.identity.purpose}.`, {
      reason: 'national-data-opt-out',
    });
  }
}

@Resolver(() => PersonHealth)
export class PersonHealthResolver {
  @FieldResolver(() => [Patient], { nullable: true, description: 'Patient registrations, normally one. Category health.registration.' })
  async patients(@Root() view: PersonHealth, @Ctx() context: HealthContext): Promise<Patient[]> {
    return (await context.loaders.loadFlat(patientsOfSubject, subjectsOf(view.personId, view.recordIds))).map(Patient.fromRecord);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: "True when any of the person's registrations carries a national data opt-out. Category health.registration.",
  })
  async nationalOptOut(@Root() view: PersonHealth, @Ctx() context: HealthContext): Promise<boolean> {
    const patients = await context.loaders.loadFlat(patientsOfSubject, subjectsOf(view.personId, view.recordIds));
    return patients.some((patient) => patient.national_opt_out);
  }

  @FieldResolver(() => [AeAttendance], { nullable: true, description: 'A&E attendances, newest first. Category health.urgent-care.' })
  async aeAttendances(@Root() view: PersonHealth, @Ctx() context: HealthContext): Promise<AeAttendance[]> {
    return (await context.loaders.loadFlat(attendancesOfSubject, subjectsOf(view.personId, view.recordIds))).map(AeAttendance.fromRecord);
  }

  @FieldResolver(() => [Admission], { nullable: true, description: 'Hospital admissions, newest first. Category health.admissions.' })
  async admissions(@Root() view: PersonHealth, @Ctx() context: HealthContext): Promise<Admission[]> {
    return (await context.loaders.loadFlat(admissionsOfSubject, subjectsOf(view.personId, view.recordIds))).map(Admission.fromRecord);
  }

  @FieldResolver(() => [CamhsReferral], {
    nullable: true,
    description: 'Referrals to child and adolescent mental health services, newest first. Category health.mental-health.',
  })
  async camhsReferrals(@Root() view: PersonHealth, @Ctx() context: HealthContext): Promise<CamhsReferral[]> {
    return (await context.loaders.loadFlat(camhsReferralsOfSubject, subjectsOf(view.personId, view.recordIds))).map(CamhsReferral.fromRecord);
  }
}
