import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { idempotent } from '@joined-up/service';
import { lsoasWithin } from '@joined-up/geography';
import { badUserInput, notFound } from '@joined-up/federation';
import type { PartnershipContext } from '../../context.js';
import { loadArea } from '../../directory/area/area.loaders.js';
import { authorise, requireRoleFor } from '../../authorisation/authority.js';
import { InputProblems } from '../../validation/input-problems.js';
import { ConsultationKind } from './consultation.type.js';
import { MappingEntry } from './community-map.type.js';
import { MappingEntryInput } from './community-map.inputs.js';

@Resolver()
export class CommunityMapMutations {
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
    const problems = new InputProblems().idempotencyKey(idempotencyKey);
    const text = problems.text('input.text', input.text, 2000)!;
    problems.area('input.areaCode', input.areaCode);
    problems.throwIfAny();
    const area = loadArea(input.areaCode);
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
