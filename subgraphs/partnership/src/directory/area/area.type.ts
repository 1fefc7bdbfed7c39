import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { Area as GeographyArea } from '@joined-up/geography';

export enum AreaKind {
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  LSOA = 'LSOA',
}

registerEnumType(AreaKind, {
  name: 'AreaKind',
  description: 'The level of an area in the ONS geography.',
  valuesConfig: {
    LOCAL_AUTHORITY: { description: 'A local authority district or London borough (GSS E06–E09).' },
    LSOA: { description: 'A lower layer super output area (GSS E01), about 1,500 residents.' },
  },
});

@ObjectType({
  description:
    'An area by ONS GSS code: a local authority or an LSOA. Each agency adds its own figures for the area, computed live from its own records.',
})
@Directive('@key(fields: "code")')
export class Area {
  @Field(() => ID, { description: 'ONS GSS code, e.g. E09000022 for Lambeth.' })
  code!: string;

  @Field(() => String, { description: 'Name, e.g. "Lambeth" or "Lambeth 001A".' })
  name!: string;

  @Field(() => AreaKind, { description: 'Local authority or LSOA.' })
  kind!: AreaKind;

  /** GSS code of the containing local authority, for an LSOA. */
  parentCode!: string | null;

  static fromGeography(area: GeographyArea): Area {
    return Object.assign(new Area(), {
      code: area.code,
      name: area.name,
      kind: area.kind as AreaKind,
      parentCode: area.parentCode,
    });
  }
}
