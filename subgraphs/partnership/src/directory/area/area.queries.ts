import { Arg, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { areas, lsoasWithin } from '@joined-up/geography';
import { loadArea } from './area.loaders.js';
import { Area, AreaKind } from './area.type.js';

@Resolver(() => Area)
export class AreaQueries {
  @Query(() => Area, { description: 'One area by GSS code, with every agency\'s figures for it.' })
  area(@Arg('code', () => ID, { description: 'GSS code, e.g. E09000022 (Lambeth).' }) code: string): Area {
    return loadArea(code);
  }

  @Query(() => [Area], { description: 'The areas the partnership covers, optionally of one kind or within one local authority.' })
  areas(
    @Arg('kind', () => AreaKind, { nullable: true, description: 'Only areas of this kind.' }) kind?: AreaKind,
    @Arg('within', () => ID, { nullable: true, description: 'Only LSOAs of this local authority (GSS code).' }) within?: string,
  ): Area[] {
    const list = within ? lsoasWithin(loadArea(within, 'within').code) : areas;
    return list.filter((area) => !kind || area.kind === kind).map(Area.fromGeography);
  }

  @FieldResolver(() => Area, { nullable: true, description: 'The local authority containing an LSOA; null for a local authority.' })
  parent(@Root() area: Area): Area | null {
    return area.parentCode ? loadArea(area.parentCode) : null;
  }

  @FieldResolver(() => [Area], { description: 'The LSOAs of a local authority; empty for an LSOA.' })
  lsoas(@Root() area: Area): Area[] {
    return area.kind === AreaKind.LOCAL_AUTHORITY ? lsoasWithin(area.code).map(Area.fromGeography) : [];
  }
}
