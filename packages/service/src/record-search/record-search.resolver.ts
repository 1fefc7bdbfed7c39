import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { sql, type Kysely } from 'kysely';
import { writeAuditEntries } from '@joined-up/audit';
import { limitStatementTime } from '@joined-up/db';
import { badUserInput, forbidden, isCalendarDate, remainingMs } from '@joined-up/federation';
import { familyNameForms, normalisePostcode, postcodeParts, swapDayAndMonth } from '@joined-up/linkage';
import { auditEntryOf } from '../audit-entry-of.js';
import type { SubgraphContext } from '../subgraph-context.js';
import type { RecordSearchDeclaration } from './record-search-declaration.js';
import { recordSearchTypes, typeNameOf } from './record-search.types.js';
import { scoreRecord, type CandidateRecord, type SearchCriteria } from './score-record.js';

/** Records read and scored per search: enough for every plausible spelling in one borough's worth of records. */
const CANDIDATES = 2000;
/** Matches ranked (and countable) per search; nobody pages past this looking for one person. */
const RANKED = 200;
/** Below this a record shares too little with what was typed to be worth showing. */
const THRESHOLD = 0.55;

/**
 * One agency's search of its own person records, for its own officers only.
 * Candidates are read in one statement by any criterion that could hold
 * despite the others being mistyped (the date of birth or its day-month
 * swap, the postcode's sector, a part of the family name), then scored with
 * the linkage's normalisation and nickname dictionary. The page of results
 * and one audit entry per record served are written in one transaction.
 */
export function defineRecordSearch(declaration: RecordSearchDeclaration) {
  const { agency, table, idColumn, category } = declaration;
  const types = recordSearchTypes(declaration);
  const field = `search${typeNameOf(agency, 'Records')}`;

  @Resolver()
  class RecordSearchResolver {
    @Query(() => types.RecordSearchResults, {
      name: field,
      description: `Find ${agency} records by name, date of birth and postcode (at least two of the three), tolerant of nicknames, misspellings and a swapped day and month; best first. For ${agency} officers only, and audited: each record served is written to the ${agency} audit log. Each result's record.person opens the cross-agency person view.`,
    })
    async search(
      @Arg('givenName', () => String, { nullable: true, description: 'Given name, or a familiar form of it ("Bill" finds William).' }) givenName: string | null,
      @Arg('familyName', () => String, { nullable: true, description: 'Family name; misspellings and one part of a double-barrelled name still match.' }) familyName: string | null,
      @Arg('dateOfBirth', () => String, { nullable: true, description: 'Date of birth, YYYY-MM-DD; a swapped day and month still matches.' }) dateOfBirth: string | null,
      @Arg('postcode', () => String, { nullable: true, description: 'Postcode, any spacing or case; the same sector scores partly.' }) postcode: string | null,
      @Arg('first', () => Int, { defaultValue: 10, description: 'Page size, 1 to 50.' }) first: number,
      @Arg('offset', () => Int, { defaultValue: 0, description: "Where the page starts: 0, or the previous page's nextOffset." }) offset: number,
      @Ctx() context: SubgraphContext<unknown>,
    ) {
      if (context.identity.agency !== agency) {
        throw forbidden(
          `Only ${agency} officers may search ${agency}'s records: they are ${agency}'s to search, and no sharing agreement opens a search to another agency. Search your own agency's records (search${typeNameOf(context.identity.agency, 'Records')}), then follow record.person to what ${agency} shares with you.`,
          { reason: 'OTHER_AGENCY', agency },
        );
      }
      const criteria = checkCriteria({ givenName, familyName, dateOfBirth, postcode });
      if (first < 1 || first > 50) throw badUserInput('`first` must be between 1 and 50.', { argument: 'first' });
      if (offset < 0 || offset >= RANKED) throw badUserInput(`\`offset\` must be between 0 and ${RANKED - 1}.`, { argument: 'offset' });

      return context.db.transaction().execute(async (trx) => {
      await limitStatementTime(trx, remainingMs(context.deadline));
        const candidates = await readCandidates(trx as Kysely<any>, table, idColumn, criteria);
        const ranked = candidates
          .map((record) => ({ record, ...scoreRecord(criteria, record) }))
          .filter((match) => match.score >= THRESHOLD)
          .sort((a, b) => b.score - a.score || a.record.recordId.localeCompare(b.record.recordId))
          .slice(0, RANKED);
        const page = ranked.slice(offset, offset + first);
        await writeAuditEntries(
          trx,
          page.map((match) => auditEntryOf(context, { kind: 'own-agency' }, { recordId: match.record.recordId, personId: null }, category, [field])),
        );
        return {
          total: ranked.length,
          offset,
          nextOffset: offset + first < ranked.length ? offset + first : null,
          matches: page,
        };
      });
    }
  }

  return {
    resolvers: [RecordSearchResolver] as const,
    orphanedTypes: [types.AgencyRecord] as const,
  };
}

function checkCriteria(typed: SearchCriteria): SearchCriteria {
  const criteria = Object.fromEntries(Object.entries(typed).map(([key, value]) => [key, value?.trim() || null])) as SearchCriteria;
  if (criteria.dateOfBirth && !isCalendarDate(criteria.dateOfBirth)) {
    throw badUserInput(`"${criteria.dateOfBirth}" is not a date: write the date of birth as YYYY-MM-DD, e.g. 2010-04-23.`, { argument: 'dateOfBirth' });
  }
  if (criteria.postcode && !normalisePostcode(criteria.postcode)) throw badUserInput('The postcode has no letters or digits.', { argument: 'postcode' });
  const kinds = [criteria.givenName || criteria.familyName, criteria.dateOfBirth, criteria.postcode].filter(Boolean).length;
  if (kinds < 2) {
    throw badUserInput('Give at least two of: a name (givenName and/or familyName), dateOfBirth, postcode. One alone matches too many people to show.', {
      argument: 'familyName',
    });
  }
  return criteria;
}

/** Every record that could be the one sought even if some of what was typed is wrong. */
async function readCandidates(db: Kysely<any>, table: string, idColumn: string, criteria: SearchCriteria): Promise<CandidateRecord[]> {
  const rows = await db
    .selectFrom(table)
    .select([sql.ref(idColumn).as('record_id'), 'given_name', 'family_name', 'date_of_birth', 'postcode'])
    .where((eb) => {
      const blocks = [];
      if (criteria.dateOfBirth) {
        const swapped = swapDayAndMonth(criteria.dateOfBirth);
        blocks.push(eb('date_of_birth', 'in', swapped ? [criteria.dateOfBirth, swapped] : [criteria.dateOfBirth]));
      }
      const sector = criteria.postcode ? postcodeParts(criteria.postcode)?.sector || normalisePostcode(criteria.postcode) : null;
      if (sector) blocks.push(eb(sql`upper(replace(postcode, ' ', ''))`, 'like', `${sector}%`));
      for (const part of familyNameForms(criteria.familyName).parts) blocks.push(eb(sql`lower(family_name)`, 'like', `%${part}%`));
      return eb.or(blocks);
    })
    .orderBy(idColumn)
    .limit(CANDIDATES)
    .execute();
  return rows.map((row) => ({
    recordId: String(row.record_id),
    givenName: row.given_name,
    familyName: row.family_name,
    dateOfBirth: row.date_of_birth === null ? null : String(row.date_of_birth).slice(0, 10),
    postcode: row.postcode,
  }));
}
