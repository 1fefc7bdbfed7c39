import { defineLoader, manyByKey, notFound, oneByKey } from '@joined-up/federation';
import type { Selectable } from 'kysely';
import type { PartnershipContext } from '../../context.js';
import type { PartnershipTables } from '../../tables.js';
import type { BasketLine } from './basket-results.js';
import { Consultation, ConsultationSession, type BasketRound, type ConsultationRecord } from './consultation.type.js';
import type { MappingEntryRecord } from './community-map.type.js';

type Row<Table extends keyof PartnershipTables> = Selectable<PartnershipTables[Table]>;

export const consultationById = defineLoader<PartnershipContext, string, ConsultationRecord | null>('consultationById', async (ids, { db }) => {
  const rows = await db.selectFrom('consultations').selectAll().where('consultation_id', 'in', ids).execute();
  return oneByKey(ids, rows, (row) => row.consultation_id);
});

/** Consultations informing each outcome, newest first. */
export const consultationsByOutcome = defineLoader<PartnershipContext, string, (ConsultationRecord & { outcome_id: string })[]>(
  'consultationsByOutcome',
  async (ids, { db }) => {
    const rows = await db
      .selectFrom('consultation_outcomes as link')
      .innerJoin('consultations', 'consultations.consultation_id', 'link.consultation_id')
      .selectAll('consultations')
      .select('link.outcome_id')
      .where('link.outcome_id', 'in', ids)
      .orderBy('consultations.opened_at', 'desc')
      .orderBy('consultations.consultation_id')
      .execute();
    return manyByKey(ids, rows, (row) => row.outcome_id);
  },
);

export const outcomeIdsByConsultation = defineLoader<PartnershipContext, string, string[]>('outcomeIdsByConsultation', async (ids, { db }) => {
  const rows = await db.selectFrom('consultation_outcomes').selectAll().where('consultation_id', 'in', ids).orderBy('outcome_id').execute();
  return manyByKey(ids, rows, (row) => row.consultation_id).map((list) => list.map((row) => row.outcome_id));
});

/** Sessions in the order they were held. */
export const sessionsByConsultation = defineLoader<PartnershipContext, string, Row<'consultation_sessions'>[]>('sessionsByConsultation', async (ids, { db }) => {
  const rows = await db.selectFrom('consultation_sessions').selectAll().where('consultation_id', 'in', ids).orderBy('held_at').orderBy('session_id').execute();
  return manyByKey(ids, rows, (row) => row.consultation_id);
});

export const participantsBySession = defineLoader<PartnershipContext, string, Row<'consultation_participants'>[]>('participantsBySession', async (ids, { db }) => {
  const rows = await db.selectFrom('consultation_participants').selectAll().where('session_id', 'in', ids).orderBy('pseudonym').execute();
  return manyByKey(ids, rows, (row) => row.session_id);
});

/** Options in the order they were presented. */
export const optionsByConsultation = defineLoader<PartnershipContext, string, Row<'basket_options'>[]>('basketOptionsByConsultation', async (ids, { db }) => {
  const rows = await db.selectFrom('basket_options').selectAll().where('consultation_id', 'in', ids).orderBy('position').orderBy('option_id').execute();
  return manyByKey(ids, rows, (row) => row.consultation_id);
});

/** Every amount in every basket of each consultation: results and shifts are computed from these. */
export const basketLinesByConsultation = defineLoader<PartnershipContext, string, (BasketLine & { consultationId: string })[]>(
  'basketLinesByConsultation',
  async (ids, { db }) => {
    const rows = await db
      .selectFrom('basket_items as item')
      .innerJoin('basket_submissions as submission', 'submission.submission_id', 'item.submission_id')
      .select(['item.consultation_id', 'submission.session_id', 'submission.participant_id', 'submission.round', 'item.option_id', 'item.amount'])
      .where('item.consultation_id', 'in', ids)
      .execute();
    const lines = rows.map((row) => ({
      consultationId: row.consultation_id,
      sessionId: row.session_id,
      participantId: row.participant_id,
      round: row.round as BasketRound,
      optionId: row.option_id,
      amount: row.amount,
    }));
    return manyByKey(ids, lines, (line) => line.consultationId);
  },
);

/** Every entry of each community map, oldest first. */
export const entriesByConsultation = defineLoader<PartnershipContext, string, MappingEntryRecord[]>('mappingEntriesByConsultation', async (ids, { db }) => {
  const rows = await db.selectFrom('mapping_entries').selectAll().where('consultation_id', 'in', ids).orderBy('entry_id').execute();
  return manyByKey(ids, rows, (row) => row.consultation_id);
});

export const themeById = defineLoader<PartnershipContext, string, Row<'mapping_themes'> | null>('mappingThemeById', async (ids, { db }) => {
  const rows = await db.selectFrom('mapping_themes').selectAll().where('theme_id', 'in', ids).execute();
  return oneByKey(ids, rows, (row) => row.theme_id);
});

export const outcomeIdsByTheme = defineLoader<PartnershipContext, string, string[]>('outcomeIdsByTheme', async (ids, { db }) => {
  const rows = await db.selectFrom('theme_outcomes').selectAll().where('theme_id', 'in', ids).orderBy('outcome_id').execute();
  return manyByKey(ids, rows, (row) => row.theme_id).map((list) => list.map((row) => row.outcome_id));
});

/** A consultation by id, or NOT_FOUND. */
export async function loadConsultation(context: PartnershipContext, id: string, argument = 'consultationId'): Promise<Consultation> {
  const record = await context.loaders.load(consultationById, id);
  if (!record) throw notFound(`No consultation has id "${id}". Ask \`consultations\` for the list.`, { argument });
  return Consultation.fromRecord(record);
}

/** One session of a consultation, or NOT_FOUND naming the consultation. */
export async function loadSessionOf(context: PartnershipContext, consultation: Consultation, sessionId: string): Promise<ConsultationSession> {
  const session = (await context.loaders.load(sessionsByConsultation, consultation.id)).find((row) => row.session_id === sessionId);
  if (!session) throw notFound(`Consultation ${consultation.id} has no session "${sessionId}". Ask its \`sessions\` for their ids.`, { argument: 'sessionId' });
  return ConsultationSession.fromRecord(session);
}
