import { Directive, Field, Float, ID, InterfaceType, ObjectType } from 'type-graphql';
import { Granularity, Polarity, ProgressStatus } from '@joined-up/indicators';
import type { PartnershipTables } from '../../tables.js';
import type { Selectable } from 'kysely';
import { AGENCY_IDS } from '@joined-up/agencies';

export type IndicatorRecord = Selectable<PartnershipTables['indicators']> & { area_code: string };

/** Every agency that computes indicators: each declared agency. */
export const INDICATOR_AGENCIES = AGENCY_IDS;

export function indicatorTypeName(agency: string): string {
  return `${agency[0].toUpperCase()}${agency.slice(1)}Indicator`;
}

@InterfaceType('Indicator', {
  description:
    'A measure of a shared outcome, defined once by the partnership (name, unit, polarity, baseline and target) and computed by the agency that owns the data: its values, trend and status come live from that agency\'s own records. The gateway sends each indicator to its owning agency.',
  resolveType: (indicator: { agencyId: string }) => indicatorTypeName(indicator.agencyId),
})
@Directive('@key(fields: "id")')
export abstract class Indicator {
  @Field(() => ID, { description: 'Indicator reference, e.g. IND-YOUTH-OFFENCES-LAMBETH.' })
  id!: string;

  @Field(() => String, { description: 'What is measured, in words.' })
  name!: string;

  @Field(() => String, { description: 'The unit of its values, e.g. "offences" or "percent of pupils".' })
  unit!: string;

  @Field(() => String, { description: "The measure from the owning agency's catalogue, e.g. youth-offences." })
  measure!: string;

  @Field(() => ID, { description: 'GSS code of the area measured (the outcome\'s area).' })
  areaCode!: string;

  @Field(() => Polarity, { description: 'Which direction is better.' })
  polarity!: Polarity;

  @Field(() => Granularity, { description: 'Whether values are monthly or quarterly.' })
  granularity!: Granularity;

  @Field(() => Float, { description: 'The value at the baseline period, as agreed.' })
  baseline!: number;

  @Field(() => String, { description: 'The baseline period, YYYY-MM.' })
  baselinePeriod!: string;

  @Field(() => Float, { description: 'The value to reach by the target date.' })
  target!: number;

  @Field(() => String, { description: 'Date the target is due, YYYY-MM-DD.' })
  targetDate!: string;

  /** The agency that owns the data; resolved to an Agency by the field resolver. */
  agencyId!: string;
  outcomeId!: string;

  static fromRecord(record: IndicatorRecord): Indicator {
    return {
      id: record.indicator_id,
      name: record.name,
      unit: record.unit,
      measure: record.measure,
      areaCode: record.area_code,
      polarity: record.polarity as Polarity,
      granularity: record.granularity as Granularity,
      baseline: record.baseline,
      baselinePeriod: record.baseline_period,
      target: record.target,
      targetDate: record.target_date,
      agencyId: record.agency_id,
      outcomeId: record.outcome_id,
    } as Indicator;
  }
}

/**
 * One entity type per agency, so that the gateway routes each indicator's
 * computed fields to the subgraph that owns its data. `status` is declared
 * here only so that outcomes and agreements can require it.
 */
function agencyIndicatorType(agency: string) {
  @ObjectType(indicatorTypeName(agency), { implements: Indicator, description: `An indicator whose data the ${agency} agency holds and computes.` })
  @Directive('@key(fields: "id")')
  // The agency's own key (the series it computes); declaring it here too makes
  // these fields shareable between the partnership and the agency.
  @Directive('@key(fields: "id measure areaCode granularity")')
  class AgencyIndicator extends Indicator {
    @Field(() => ProgressStatus, { description: 'Progress against the trajectory, computed by the owning agency.' })
    @Directive('@external')
    status!: ProgressStatus;
  }
  return AgencyIndicator;
}

export const agencyIndicatorTypes = INDICATOR_AGENCIES.map(agencyIndicatorType);

/** A `@requires` selection of every agency's indicator status under `field`, in the field's own order. */
export function requiredStatuses(field: string): string {
  return `${field} { ${INDICATOR_AGENCIES.map((agency) => `... on ${indicatorTypeName(agency)} { status }`).join(' ')} }`;
}
