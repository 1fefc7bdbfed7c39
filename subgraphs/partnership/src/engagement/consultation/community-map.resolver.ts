import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { lsoasWithin } from '@joined-up/geography';
import { discloseCount } from '@joined-up/statistics';
import { badUserInput, notFound } from '@joined-up/federation';
import type { PartnershipContext } from '../../context.js';
import { Area } from '../../directory/area/area.type.js';
import { areaByCode } from '../../directory/area/area.resolver.js';
import { Outcome } from '../../outcomes/outcome/outcome.type.js';
import { outcomeById } from '../../outcomes/outcome/outcome.loaders.js';
import { EDITORS, requireRole } from '../../authorisation/require-role.js';
import { authorise, requireRoleFor } from '../../authorisation/authority.js';
import { checkIdempotencyKey } from '../../idempotency/idempotency-key.js';
import { idempotent } from '../../idempotency/idempotent-mutation.js';
import { InputProblems } from '../../validation/input-problems.js';
import { entriesByConsultation, outcomeIdsByTheme, themeById } from './consultation.loaders.js';
import { Consultation, ConsultationKind } from './consultation.type.js';
import { AreaMapSummary, CommunityMap, MappingCounts, MappingEntry, MappingEntryKind, MappingTheme, ThemeSummary, type MappingEntryRecord } from './community-map.type.js';

@InputType({ description: 'A need, asset or story to put on a community map.' })
export class MappingEntryInput {
  @Field(() => MappingEntryKind, { description: 'Need, asset or story.' })
  kind!: MappingEntryKind;

  @Field(() => ID, { description: "GSS code of the place: the consultation's area or one of its LSOAs." })
  areaCode!: string;

  @Field(() => ID, { description: 'Theme id, one of `mappingThemes`.' })
  themeId!: string;

  @Field(() => String, { description: 'What the resident said, without names.' })
  text!: string;

  @Field(() => ID, { nullable: true, description: 'The session it was recorded at, if any.' })
  sessionId?: string;
}

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
export class CommunityMapResolver {
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

  @Mutation(() => MappingEntry, {
    description: "Put a resident's need, asset or story on a community map, on a place within the consultation's area and a theme. Needs a partnership-admin or lead role.",
  })
  async addMappingEntry(
    @Arg('consultationId', () => ID, { description: 'The community mapping consultation.' }) consultationId: string,
    @Arg('input', () => MappingEntryInput, { description: 'The entry.' }) input: MappingEntryInput,
    @Arg('idempotencyKey', () => String, { description: 'A key you choose for this request; resending it records the entry once.' }) idempotencyKey: string,
    @Ctx() context: PartnershipContext,
  ): Promise<MappingEntry> {
    requireRoleFor(context, 'addMappingEntry');
    checkIdempotencyKey(idempotencyKey);
    const problems = new InputProblems();
    const text = problems.text('input.text', input.text, 2000)!;
    problems.gssCode('input.areaCode', input.areaCode);
    problems.throwIfAny();
    const area = areaByCode(input.areaCode);
    const request = { key: idempotencyKey, operation: 'addMappingEntry', input: { consultationId, input }, officerId: context.identity.officerId };
    const { entryId } = await idempotent(context, request, async (trx) => {
      const officer = await authorise(trx, context, 'addMappingEntry', consultationId);
      const consultation = await trx.selectFrom('consultations').selectAll().where('consultation_id', '=', consultationId).executeTakeFirst();
      if (!consultation) throw notFound(`No consultation has id "${consultationId}". Ask \`consultations\` for the list.`, { argument: 'consultationId' });
      if (consultation.kind !== ConsultationKind.COMMUNITY_MAPPING) {
        throw badUserInput(`Consultation ${consultationId} is a shopping basket, not a community map.`, { argument: 'consultationId' });
      }
      const places = new Set([consultation.area_code, ...lsoasWithin(consultation.area_code).map((lsoa) => lsoa.code)]);
      if (!places.has(area.code)) {
        throw badUserInput(`${area.code} (${area.name}) is outside ${consultation.area_code}, the area of consultation ${consultationId}.`, { argument: 'input.areaCode' });
      }
      const theme = await trx.selectFrom('mapping_themes').select('theme_id').where('theme_id', '=', input.themeId).executeTakeFirst();
      if (!theme) throw badUserInput(`"${input.themeId}" is not a mapping theme. Ask \`mappingThemes\` for the list.`, { argument: 'input.themeId' });
      if (input.sessionId) {
        const session = await trx.selectFrom('consultation_sessions').select('consultation_id').where('session_id', '=', input.sessionId).executeTakeFirst();
        if (session?.consultation_id !== consultationId) throw notFound(`Consultation ${consultationId} has no session "${input.sessionId}".`, { argument: 'input.sessionId' });
      }
      const inserted = await trx
        .insertInto('mapping_entries')
        .values({
          consultation_id: consultationId,
          session_id: input.sessionId ?? null,
          kind: input.kind,
          area_code: area.code,
          theme_id: input.themeId,
          text,
          recorded_by: officer.officer_id,
        })
        .returning('entry_id')
        .executeTakeFirstOrThrow();
      return { entryId: Number(inserted.entry_id) };
    });
    return MappingEntry.fromRecord(await context.db.selectFrom('mapping_entries').selectAll().where('entry_id', '=', entryId).executeTakeFirstOrThrow());
  }
}

@Resolver(() => MappingTheme)
export class MappingThemeResolver {
  @FieldResolver(() => [Outcome], { description: 'The shared outcomes this theme speaks to: where what residents said should reach.' })
  async outcomes(@Root() theme: MappingTheme, @Ctx() context: PartnershipContext): Promise<Outcome[]> {
    return (await context.loaders.loadFound(outcomeById, await context.loaders.load(outcomeIdsByTheme, theme.id))).map(Outcome.fromRecord);
  }
}

@Resolver(() => MappingEntry)
export class MappingEntryResolver {
  @FieldResolver(() => MappingTheme, { description: 'The theme.' })
  async theme(@Root() entry: MappingEntry, @Ctx() context: PartnershipContext): Promise<MappingTheme> {
    return MappingTheme.fromRecord((await context.loaders.load(themeById, entry.themeId))!);
  }
}

@Resolver(() => AreaMapSummary)
export class AreaMapSummaryResolver {
  @FieldResolver(() => Area, { description: 'The place.' })
  area(@Root() summary: AreaMapSummary): Area {
    return areaByCode(summary.areaCode);
  }
}
