import { Arg, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root, type ClassType } from 'type-graphql';
import type { LoaderDefinition } from '@joined-up/federation';
import { knownArea, reportingPeriod, type AreaPeriod, type Period } from '@joined-up/statistics';
import type { SubgraphContext } from '../subgraph-context.js';

/** What an agency adds to an area: its figures for a period, computed from its own records. */
export interface AgencyAreaFigures<DB, Counts, Figures extends { period: Period }> {
  /** The figures' type, e.g. `HealthAreaFigures`. */
  type: ClassType<Figures>;
  /** The description of `Area.<agency>`. */
  description: string;
  /** The raw counts of an area for a period, every area of a request in one statement per period. */
  counts: LoaderDefinition<SubgraphContext<DB>, AreaPeriod, Counts>;
  /** The published figures from the raw counts, under disclosure control (the period is added). */
  disclose(counts: Counts): Omit<Figures, 'period'>;
}

export interface AreaEntity {
  code: string;
}

const areaTypes = new Map<string, ClassType<AreaEntity>>();

/**
 * The agency's `Area` entity, made once per agency: each subgraph needs a
 * class of its own (type-graphql keeps fields per class, and several
 * subgraphs build their schemas in one process), and an agency whose own
 * types point at an area (a service's `areaServed`) uses this same class.
 */
export function agencyArea(agency: string): ClassType<AreaEntity> {
  let type = areaTypes.get(agency);
  if (!type) {
    @ObjectType('Area', { description: 'An area by ONS GSS code: a local authority or an LSOA.' })
    @Directive('@key(fields: "code")')
    class Area implements AreaEntity {
      @Field(() => ID, { description: 'ONS GSS code, e.g. E09000022 for Lambeth.' })
      code!: string;
    }
    type = Area;
    areaTypes.set(agency, type);
  }
  return type;
}

/** `Area.<agency>(from, to)`: the agency's figures for a known area and a valid period, or a BAD_USER_INPUT error saying what to fix. */
export function areaFiguresResolver<DB, Counts, Figures extends { period: Period }>(agency: string, figures: AgencyAreaFigures<DB, Counts, Figures>) {
  @Resolver(() => agencyArea(agency))
  class AgencyAreaResolver {
    @FieldResolver(() => figures.type, { name: agency, nullable: true, description: figures.description })
    async figures(
      @Root() area: AreaEntity,
      @Ctx() context: SubgraphContext<DB>,
      @Arg('from', () => String, { nullable: true, description: 'First month, YYYY-MM; default twelve months before `to`.' }) from?: string,
      @Arg('to', () => String, { nullable: true, description: 'Last month, YYYY-MM; default the last complete month.' }) to?: string,
    ): Promise<Figures> {
      knownArea(area.code);
      const period = reportingPeriod(from, to);
      const counts = await context.loaders.load(figures.counts, { areaCode: area.code, period });
      return Object.assign(new figures.type(), { period: { from: period.from, to: period.to }, ...figures.disclose(counts) });
    }
  }
  return AgencyAreaResolver;
}
