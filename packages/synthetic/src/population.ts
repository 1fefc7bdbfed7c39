/**
 * The population as callers see it: the ground truth, each agency's records
 * made on first request and kept, and the links between them. Asking for one
 * agency makes only that agency's records (plus the shared ground truth).
 * Returned arrays are the population's own: treat them as read-only.
 */
import { AGENCY_IDS, type AgencyId, type AgencyRecords, type ClientRow, type NominalRow, type PatientRow } from './agency-records.js';
import { educationPupils, educationRecords, type EducationPeople } from './education.js';
import { buildGroundTruth, type GroundTruth } from './ground-truth.js';
import { healthPatients, healthRecords } from './health.js';
import { housingPeople, housingRecords, type HousingPeople } from './housing.js';
import type { PersonTable } from './person-table.js';
import { policeNominals, policeRecords } from './police.js';
import { resolveOptions, type PopulationOptions } from './population-options.js';
import type { TruePerson, TruthLink } from './true-person.js';
import { voluntaryClients, voluntaryRecords } from './voluntary.js';

export interface Population {
  readonly options: Required<PopulationOptions>;
  /** The ground truth: every true person. */
  people(): TruePerson[];
  /** One agency's own view, under its own identifiers. */
  records<A extends AgencyId>(agency: A): AgencyRecords[A];
  /** Which agency person record is which true person: one link per person record. */
  truth(): TruthLink[];
  /** person_ids of the planted cohort. */
  plantedCohort(): string[];
}

/** What each agency makes before its events: its person table and whatever its events build on. */
interface AgencyPeople {
  health: PersonTable<PatientRow>;
  police: PersonTable<NominalRow>;
  education: EducationPeople;
  housing: HousingPeople;
  voluntary: PersonTable<ClientRow>;
}

class SyntheticPopulation implements Population {
  private groundTruth: GroundTruth | null = null;
  private readonly agencyPeople: Partial<AgencyPeople> = {};
  private readonly agencyRecords: Partial<AgencyRecords> = {};

  constructor(readonly options: Required<PopulationOptions>) {}

  private get ground(): GroundTruth {
    this.groundTruth ??= buildGroundTruth(this.options);
    return this.groundTruth;
  }

  private peopleOf<A extends AgencyId>(agency: A): AgencyPeople[A] {
    const made = this.agencyPeople[agency];
    if (made) return made;
    const truth = this.ground;
    const builders: { [K in AgencyId]: () => AgencyPeople[K] } = {
      health: () => healthPatients(truth),
      police: () => policeNominals(truth),
      education: () => educationPupils(truth),
      housing: () => housingPeople(truth),
      voluntary: () => voluntaryClients(truth),
    };
    const people = builders[agency]();
    this.agencyPeople[agency] = people;
    return people;
  }

  people(): TruePerson[] {
    return this.ground.residents.map((resident) => resident.person);
  }

  records<A extends AgencyId>(agency: A): AgencyRecords[A] {
    const made = this.agencyRecords[agency];
    if (made) return made;
    const truth = this.ground;
    const events = this.options.events;
    const builders: { [K in AgencyId]: () => AgencyRecords[K] } = {
      health: () => healthRecords(truth, this.peopleOf('health'), events),
      police: () => policeRecords(truth, this.peopleOf('police'), events),
      education: () => educationRecords(truth, this.peopleOf('education'), events),
      housing: () => housingRecords(truth, this.peopleOf('housing'), events),
      voluntary: () => voluntaryRecords(truth, this.peopleOf('voluntary'), events),
    };
    const records = builders[agency]();
    this.agencyRecords[agency] = records;
    return records;
  }

  truth(): TruthLink[] {
    const residents = this.ground.residents;
    const links: TruthLink[] = [];
    for (const agency of AGENCY_IDS) {
      const { ids, owners } = this.recordIds(agency);
      ids.forEach((record_id, row) => links.push({ agency, record_id, person_id: residents[owners[row]].person.person_id }));
    }
    return links;
  }

  /** An agency's person-record identifiers (nhs_number, nominal_id, ...) and whose each is. */
  private recordIds(agency: AgencyId): { ids: string[]; owners: Int32Array } {
    switch (agency) {
      case 'health': {
        const { rows, owners } = this.peopleOf('health');
        return { ids: rows.map((row) => row.nhs_number), owners };
      }
      case 'police': {
        const { rows, owners } = this.peopleOf('police');
        return { ids: rows.map((row) => row.nominal_id), owners };
      }
      case 'education': {
        const { rows, owners } = this.peopleOf('education').pupils;
        return { ids: rows.map((row) => row.upn), owners };
      }
      case 'housing': {
        const { rows, owners } = this.peopleOf('housing').members;
        return { ids: rows.map((row) => row.member_id), owners };
      }
      case 'voluntary': {
        const { rows, owners } = this.peopleOf('voluntary');
        return { ids: rows.map((row) => row.client_id), owners };
      }
    }
  }

  plantedCohort(): string[] {
    const truth = this.ground;
    return truth.cohort.map((index) => truth.residents[index].person.person_id);
  }
}

export function generatePopulation(options?: PopulationOptions): Population {
  return new SyntheticPopulation(resolveOptions(options));
}
