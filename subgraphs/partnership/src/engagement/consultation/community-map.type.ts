import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Count } from '@joined-up/statistics';
import type { Selectable } from 'kysely';
import type { PartnershipTables } from '../../tables.js';

export type MappingEntryRecord = Selectable<PartnershipTables['mapping_entries']>;

export enum MappingEntryKind {
  NEED = 'NEED',
  ASSET = 'ASSET',
  STORY = 'STORY',
}

registerEnumType(MappingEntryKind, {
  name: 'MappingEntryKind',
  description: 'What residents put on the map.',
  valuesConfig: {
    NEED: { description: 'Something missing or going wrong, e.g. "nowhere safe for teenagers after school".' },
    ASSET: { description: 'Something that works and could be built on, e.g. "the library homework club".' },
    STORY: { description: 'An experience that joins things up, in the resident\'s words (no names).' },
  },
});

@ObjectType({ description: "A theme of the partnership's community maps (e.g. community safety), and the shared outcomes it speaks to." })
export class MappingTheme {
  @Field(() => ID, { description: 'Theme id, e.g. community-safety.' })
  id!: string;

  @Field(() => String, { description: 'Name, e.g. "Community safety".' })
  name!: string;

  @Field(() => String, { description: 'What falls under it.' })
  description!: string;

  static fromRecord(record: Selectable<PartnershipTables['mapping_themes']>): MappingTheme {
    return Object.assign(new MappingTheme(), { id: record.theme_id, name: record.name, description: record.description });
  }
}

@ObjectType({ description: 'One need, asset or story a resident put on the map, on a place and a theme. Entries carry no names.' })
export class MappingEntry {
  @Field(() => ID, { description: 'Entry reference.' })
  id!: string;

  @Field(() => MappingEntryKind, { description: 'Need, asset or story.' })
  kind!: MappingEntryKind;

  @Field(() => ID, { description: 'GSS code of the place (the borough or one of its LSOAs).' })
  areaCode!: string;

  @Field(() => String, { description: 'What was written.' })
  text!: string;

  @Field(() => String, { description: 'When it was recorded, ISO 8601.' })
  recordedAt!: string;

  themeId!: string;

  static fromRecord(record: MappingEntryRecord): MappingEntry {
    return Object.assign(new MappingEntry(), {
      id: String(record.entry_id),
      kind: record.kind as MappingEntryKind,
      areaCode: record.area_code,
      text: record.text,
      recordedAt: new Date(record.recorded_at).toISOString(),
      themeId: record.theme_id,
    });
  }
}

@ObjectType({ description: 'How many entries were made, of each kind, under disclosure control.' })
export class MappingCounts {
  @Field(() => Count, { description: 'All entries.' })
  entries!: Count;

  @Field(() => Count, { description: 'Needs.' })
  needs!: Count;

  @Field(() => Count, { description: 'Assets.' })
  assets!: Count;

  @Field(() => Count, { description: 'Stories.' })
  stories!: Count;
}

@ObjectType({ description: "One theme's share of a community map." })
export class ThemeSummary {
  @Field(() => MappingTheme, { description: 'The theme (ask it for the outcomes it speaks to).' })
  theme!: MappingTheme;

  @Field(() => MappingCounts, { description: 'Entries on the theme.' })
  counts!: MappingCounts;
}

@ObjectType({ description: "One place's share of a community map." })
export class AreaMapSummary {
  @Field(() => ID, { description: 'GSS code of the place.' })
  areaCode!: string;

  @Field(() => MappingCounts, { description: 'Entries on the place.' })
  counts!: MappingCounts;
}

@ObjectType({ description: 'A community map in aggregate: entries by theme and by place, every count under disclosure control.' })
export class CommunityMap {
  @Field(() => MappingCounts, { description: 'Everything on the map.' })
  total!: MappingCounts;

  @Field(() => [ThemeSummary], { description: 'By theme, most entries first (then by theme id).' })
  themes!: ThemeSummary[];

  @Field(() => [AreaMapSummary], { description: 'By place, in GSS code order: small areas often come out suppressed.' })
  areas!: AreaMapSummary[];
}
