import { Arg, Ctx, Directive, Field, FieldResolver, Float, ID, InterfaceType, ObjectType, Resolver, Root } from 'type-graphql';
import { badUserInput, defineLoader, notFound, type LoaderRegistry } from '@joined-up/federation';
import { addMonths } from '@joined-up/statistics';
import type { Kysely } from 'kysely';
import { Granularity, IndicatorTrend, Polarity, ProgressStatus } from './indicator-enums.js';
import { discloseValue, firstMonthOf, lastCompleteMonth, lastMonthOf, lastPeriods, periodsCovering, type PeriodRange } from './indicator-series.js';
import { IndicatorValue } from './indicator-value.type.js';
import { findMeasure } from './measures.js';
import type { MeasureImplementation, MeasureRow } from './measure-implementation.js';
import { CURRENT_LEVEL_PERIODS, monthIndex, trajectoryStatus } from './trajectory.js';
import { TREND_WINDOW, trendOf } from './trend.js';

interface IndicatorContext<DB> {
  db: Kysely<DB>;
  loaders: LoaderRegistry<any>;
}

/** What the partnership's definition of an indicator gives the owning agency (in its key and through `@requires`). */
interface IndicatorReference {
  id: string;
  measure: string;
  areaCode: string;
  granularity: Granularity;
  polarity: Polarity;
  baseline: number;
  baselinePeriod: string;
  target: number;
  targetDate: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The agency side of the federated `Indicator` interface, for one agency.
 *
 * The partnership defines each indicator (`interface Indicator @key(fields:
 * "id")` with one entity type per agency: `HealthIndicator`, `PoliceIndicator`,
 * ...). Each agency declares the same interface without `@key`, holding only
 * the fields it computes, and its own entity type whose computed fields
 * `@requires` the definition. The gateway therefore sends every indicator to
 * the agency that owns its data, in one batched `_entities` call per agency,
 * and clients ask `indicators { values trend status }` without fragments.
 */
export function defineAgencyIndicator<DB>(agency: string, implementations: Record<string, MeasureImplementation<DB>>) {
  const typeName = `${agency[0].toUpperCase()}${agency.slice(1)}Indicator`;

  @InterfaceType('Indicator', {
    description: 'A measure of a shared outcome. Its values are computed live by the agency that owns the data, from its own records.',
    resolveType: () => typeName,
  })
  abstract class Indicator {
    @Field(() => ID, { description: 'Indicator reference, e.g. IND-YOUTH-OFFENCES-LAMBETH.' })
    id!: string;
  }

  // The series an agency computes is named by its measure, area and
  // granularity, so they are part of the agency's key rather than required by
  // `values`. Hive Gateway cannot load a supergraph in which several subgraphs
  // return the shared value type `IndicatorValue` only from `@requires` fields:
  // @graphql-tools/stitch isolates such fields into a subschema of their own and
  // marks the value type canonical there, once per agency, and then refuses
  // "Multiple canonical definitions for IndicatorValue". With the series in the
  // key, `values` needs no `@requires` and the gateways plan the same fetches.
  @ObjectType(typeName, { implements: Indicator, description: `An indicator whose data the ${agency} agency holds and computes.` })
  @Directive('@key(fields: "id measure areaCode granularity")')
  class AgencyIndicator extends Indicator {
    // Shared with the partnership's definition, so described in the same words.
    @Field(() => String, { description: "The measure from the owning agency's catalogue, e.g. youth-offences." })
    measure!: string;

    @Field(() => ID, { description: "GSS code of the area measured (the outcome's area)." })
    areaCode!: string;

    @Field(() => Granularity, { description: 'Whether values are monthly or quarterly.' })
    granularity!: Granularity;

    @Field(() => Polarity, { description: 'Which direction is better.' })
    @Directive('@external')
    polarity!: Polarity;

    @Field(() => Float, { description: 'Value at the baseline period.' })
    @Directive('@external')
    baseline!: number;

    @Field(() => String, { description: 'The baseline period, YYYY-MM.' })
    @Directive('@external')
    baselinePeriod!: string;

    @Field(() => Float, { description: 'Value to reach by the target date.' })
    @Directive('@external')
    target!: number;

    @Field(() => String, { description: 'Date the target is due, YYYY-MM-DD.' })
    @Directive('@external')
    targetDate!: string;
  }

  /** Trend and status read only the last complete periods; asking both for the same ones lets them share a statement. */
  const RECENT_PERIODS = Math.max(TREND_WINDOW, CURRENT_LEVEL_PERIODS);

  type SeriesKey = Pick<IndicatorReference, 'measure' | 'areaCode' | 'granularity'> & PeriodRange;

  /**
   * One statement per measure and granularity for every indicator and range
   * the request asks of this agency: the union of the ranges asked (say the
   * twelve months shown plus the six periods trend needs), for all areas at
   * once, then each key takes its own periods.
   */
  const series = defineLoader<IndicatorContext<DB>, SeriesKey, MeasureRow[]>(
    `${agency}IndicatorSeries`,
    async (keys, { db }) => {
      const groups = new Map<string, { measure: string; granularity: Granularity; codes: Set<string>; startDate: string; endDate: string }>();
      for (const key of keys) {
        const group = groups.get(`${key.measure}|${key.granularity}`) ?? { ...key, codes: new Set<string>() };
        group.codes.add(key.areaCode);
        if (key.startDate < group.startDate) group.startDate = key.startDate;
        if (key.endDate > group.endDate) group.endDate = key.endDate;
        groups.set(`${key.measure}|${key.granularity}`, group);
      }
      const rows = new Map<string, MeasureRow[]>();
      await Promise.all(
        [...groups.values()].map(async ({ measure, granularity, codes, startDate, endDate }) => {
          const implementation = implementations[measure];
          if (!implementation) return;
          for (const row of await implementation(db, { areaCodes: [...codes], granularity, startDate, endDate })) {
            const key = `${measure}|${granularity}|${row.code}`;
            rows.set(key, [...(rows.get(key) ?? []), row]);
          }
        }),
      );
      return keys.map((key) => {
        if (!implementations[key.measure]) return notFound(`The ${agency} agency does not compute the measure "${key.measure}".`);
        const [first, end] = [key.startDate.slice(0, 7), key.endDate.slice(0, 7)];
        return (rows.get(`${key.measure}|${key.granularity}|${key.areaCode}`) ?? [])
          .filter((row) => firstMonthOf(row.period) >= first && firstMonthOf(row.period) < end)
          .sort((a, b) => (a.period < b.period ? -1 : 1));
      });
    },
    { cacheKey: (key) => `${key.measure}|${key.granularity}|${key.areaCode}|${key.startDate}|${key.endDate}` },
  );

  async function publishedSeries(indicator: IndicatorReference, range: PeriodRange, context: IndicatorContext<DB>): Promise<IndicatorValue[]> {
    const key = { measure: indicator.measure, areaCode: indicator.areaCode, granularity: indicator.granularity, ...range };
    const rows = await context.loaders.load(series, key);
    const per = findMeasure(agency, indicator.measure)?.per ?? null;
    return rows.map((row) => Object.assign(new IndicatorValue(), discloseValue(row, per)));
  }

  @Resolver(() => Indicator)
  class IndicatorInterfaceResolver {
    @FieldResolver(() => [IndicatorValue], { description: 'Values per period, oldest first, from the owning agency.' })
    values(
      @Root() _indicator: Indicator,
      @Arg('from', () => String, { nullable: true, description: 'First month, YYYY-MM; default twelve months before `to`.' }) _from?: string,
      @Arg('to', () => String, { nullable: true, description: 'Last month, YYYY-MM; default the last complete period.' }) _to?: string,
    ): IndicatorValue[] {
      throw new Error('Resolved by the concrete indicator type.');
    }

    @FieldResolver(() => IndicatorTrend, { description: 'Direction over the last six complete periods (see IndicatorTrend).' })
    trend(@Root() _indicator: Indicator): IndicatorTrend {
      throw new Error('Resolved by the concrete indicator type.');
    }

    @FieldResolver(() => ProgressStatus, { description: 'Progress against the trajectory from baseline to target (see ProgressStatus).' })
    status(@Root() _indicator: Indicator): ProgressStatus {
      throw new Error('Resolved by the concrete indicator type.');
    }
  }

  @Resolver(() => AgencyIndicator)
  class AgencyIndicatorResolver {
    @FieldResolver(() => [IndicatorValue], { description: 'Values per period, oldest first, computed from the agency\'s own records.' })
    async values(
      @Root() indicator: IndicatorReference,
      @Ctx() context: IndicatorContext<DB>,
      @Arg('from', () => String, { nullable: true, description: 'First month, YYYY-MM; default twelve months before `to`.' }) from?: string,
      @Arg('to', () => String, { nullable: true, description: 'Last month, YYYY-MM; default the last complete period.' }) to?: string,
    ): Promise<IndicatorValue[]> {
      for (const [name, value] of [['from', from], ['to', to]] as const) {
        if (value && !MONTH.test(value)) throw badUserInput(`\`${name}\` must be a month written YYYY-MM, such as 2025-01; got "${value}".`, { argument: name });
      }
      if (from && to && from > to) throw badUserInput(`\`from\` (${from}) is after \`to\` (${to}); swap them.`, { argument: 'from' });
      const last = to ?? lastCompleteMonth(indicator.granularity);
      const first = from ?? addMonths(last, -11);
      // A period is shown when it overlaps the months asked for; only those are computed.
      const range = periodsCovering(indicator.granularity, first, last);
      return range ? publishedSeries(indicator, range, context) : [];
    }

    @FieldResolver(() => IndicatorTrend, { description: 'Direction over the last six complete periods (see IndicatorTrend).' })
    @Directive('@requires(fields: "polarity")')
    async trend(@Root() indicator: IndicatorReference, @Ctx() context: IndicatorContext<DB>): Promise<IndicatorTrend> {
      const published = await publishedSeries(indicator, lastPeriods(indicator.granularity, RECENT_PERIODS), context);
      return trendOf(
        published.map((value) => value.value),
        indicator.polarity,
      );
    }

    @FieldResolver(() => ProgressStatus, { description: 'Progress against the trajectory from baseline to target (see ProgressStatus).' })
    @Directive('@requires(fields: "polarity baseline baselinePeriod target targetDate")')
    async status(@Root() indicator: IndicatorReference, @Ctx() context: IndicatorContext<DB>): Promise<ProgressStatus> {
      const published = await publishedSeries(indicator, lastPeriods(indicator.granularity, RECENT_PERIODS), context);
      if (published.length === 0) return ProgressStatus.NOT_ENOUGH_DATA;
      return trajectoryStatus(
        published.map((value) => value.value),
        monthIndex(lastMonthOf(published[published.length - 1].period)),
        {
          polarity: indicator.polarity,
          baseline: indicator.baseline,
          baselineMonth: monthIndex(indicator.baselinePeriod),
          target: indicator.target,
          targetMonth: monthIndex(indicator.targetDate.slice(0, 7)),
        },
      );
    }
  }

  return {
    typeName,
    orphanedTypes: [Indicator, AgencyIndicator],
    resolvers: [IndicatorInterfaceResolver, AgencyIndicatorResolver] as const,
    referenceResolvers: {
      [typeName]: { __resolveReference: (reference: IndicatorReference) => reference },
      Indicator: { __resolveType: () => typeName },
    },
  };
}
