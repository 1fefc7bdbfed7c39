import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { discloseCount } from '@joined-up/statistics';
import type { PartnershipContext } from '../../context.js';
import { Area } from '../../directory/area/area.type.js';
import { loadArea } from '../../directory/area/area.loaders.js';
import { Outcome } from '../../outcomes/outcome/outcome.type.js';
import { outcomeById } from '../../outcomes/outcome/outcome.loaders.js';
import { EDITORS, requireRole } from '../../authorisation/require-role.js';
import { entriesByConsultation, outcomeIdsByTheme, themeById } from './consultation.loaders.js';
import { Consultation, ConsultationKind } from './consultation.type.js';
import { AreaMapSummary, CommunityMap, MappingCounts, MappingEntry, MappingEntryKind, MappingTheme, ThemeSummary, type MappingEntryRecord } from './community-map.type.js';

function counts(entries: readonly MappingEntryRecord[]): MappingCounts {
  const of = (kind: MappingEntryKind) => discloseCount(entries.filter((entry) => entry.kind === kind).length);
  return Object.assign(new MappingCounts(), {
    entries: discloseCount(entries.length),
    needs: of(MappingEntryKind.NEED),
    assets: of(MappingEntryKind.ASSET),
    stories: of(MappingEntryKind.STORY),
  });
}

function groupBy<Key>(entries: readonly MappingEntryRecord[], key: (entry: MappingEntryRecord) => Key): Map<Key, MappingEntryRecord[]> {
  const groups = new Map<Key, MappingEntryRecord[]>();
  for (const entry of entries) groups.set(key(entry), [...(groups.get(key(entry)) ?? []), entry]);
  return groups;
}

@Resolver(() => Consultation)
export class CommunityMapQueries {
  @Query(() => [MappingTheme], { description: "The themes of the partnership's community maps, with the outcomes each speaks to." })
  async mappingThemes(@Ctx() { db }: PartnershipContext): Promise<MappingTheme[]> {
    return (await db.selectFrom('mapping_themes').selectAll().orderBy('theme_id').execute()).map(MappingTheme.fromRecord);
  }

  @FieldResolver(() => CommunityMap, {
    nullable: true,
    description: 'Community mapping: entries counted by theme and by place, under disclosure control; null for a shopping basket.',
  })
  async communityMap(@Root() consultation: Consultation, @Ctx() context: PartnershipContext): Promise<CommunityMap | null> {
    if (consultation.kind !== ConsultationKind.COMMUNITY_MAPPING) return null;
    const entries = await context.loaders.load(entriesByConsultation, consultation.id);
    const themes = await context.loaders.loadFound(themeById, [...new Set(entries.map((entry) => entry.theme_id))]);
    const byTheme = groupBy(entries, (entry) => entry.theme_id);
    const byArea = groupBy(entries, (entry) => entry.area_code);
    return Object.assign(new CommunityMap(), {
      total: counts(entries),
      themes: themes
        .map((theme) => ({ theme, entries: byTheme.get(theme.theme_id) ?? [] }))
        .sort((a, b) => b.entries.length - a.entries.length || a.theme.theme_id.localeCompare(b.theme.theme_id))
        .map(({ theme, entries: onTheme }) => Object.assign(new ThemeSummary(), { theme: MappingTheme.fromRecord(theme), counts: counts(onTheme) })),
      areas: [...byArea.keys()].sort().map((areaCode) => Object.assign(new AreaMapSummary(), { areaCode, counts: counts(byArea.get(areaCode)!) })),
    });
  }

  @FieldResolver(() => [MappingEntry], {
    nullable: true,
    description:
      "Community mapping: the entries themselves, oldest first, optionally of one kind, theme or place; empty for a shopping basket. Residents' own words can identify them, so only partnership administrators and leads read entries; everyone else gets null with a FORBIDDEN error and reads the counts in `communityMap`.",
  })
  async mapEntries(
    @Root() consultation: Consultation,
    @Ctx() context: PartnershipContext,
    @Arg('kind', () => MappingEntryKind, { nullable: true, description: 'Only entries of this kind.' }) kind?: MappingEntryKind,
    @Arg('themeId', () => ID, { nullable: true, description: 'Only entries on this theme.' }) themeId?: string,
    @Arg('areaCode', () => ID, { nullable: true, description: 'Only entries on this place (GSS code).' }) areaCode?: string,
  ): Promise<MappingEntry[]> {
    if (consultation.kind !== ConsultationKind.COMMUNITY_MAPPING) return [];
    requireRole(context, EDITORS, "read community mapping entries (residents' own words)");
    const entries = await context.loaders.load(entriesByConsultation, consultation.id);
    return entries
      .filter((entry) => (!kind || entry.kind === kind) && (!themeId || entry.theme_id === themeId) && (!areaCode || entry.area_code === areaCode))
      .map(MappingEntry.fromRecord);
  }
}

@Resolver(() => MappingTheme)
export class MappingThemeQueries {
  @FieldResolver(() => [Outcome], { description: 'The shared outcomes this theme speaks to: where what residents said should reach.' })
  async outcomes(@Root() theme: MappingTheme, @Ctx() context: PartnershipContext): Promise<Outcome[]> {
    return (await context.loaders.loadFound(outcomeById, await context.loaders.load(outcomeIdsByTheme, theme.id))).map(Outcome.fromRecord);
  }
}

@Resolver(() => MappingEntry)
export class MappingEntryQueries {
  @FieldResolver(() => MappingTheme, { description: 'The theme.' })
  async theme(@Root() entry: MappingEntry, @Ctx() context: PartnershipContext): Promise<MappingTheme> {
    return MappingTheme.fromRecord((await context.loaders.load(themeById, entry.themeId))!);
  }
}

@Resolver(() => AreaMapSummary)
export class AreaMapSummaryQueries {
  @FieldResolver(() => Area, { description: 'The place.' })
  area(@Root() summary: AreaMapSummary): Area {
    return loadArea(summary.areaCode);
  }
}
