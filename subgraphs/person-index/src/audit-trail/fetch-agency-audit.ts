import { GraphQLError } from 'graphql';
import type { AuditEntry, AuditEntryFilter } from '@joined-up/service';
import type { PersonIndexContext } from '../context.js';

const QUERY = `query($subjectPersonId: ID, $subjectRecordIds: [ID!], $from: String, $to: String, $limit: Int!) {
  auditEntries(subjectPersonId: $subjectPersonId, subjectRecordIds: $subjectRecordIds, from: $from, to: $to, limit: $limit) {
    at officer agency purpose basis agreementId heldBy subjectPersonId subjectRecordId category fields requestId
  }
}`;

/**
 * Reads one agency's audit log from its own subgraph, as the officer asking:
 * the agency checks their token and role itself. A subject access answer
 * must be complete, so an agency that cannot answer fails the whole request.
 */
export async function fetchAgencyAudit(agency: string, filter: AuditEntryFilter, context: PersonIndexContext): Promise<AuditEntry[]> {
  const url = context.peerUrl(agency);
  const unavailable = () =>
    new GraphQLError(`The ${agency} audit log could not be read, so the audit trail would be incomplete. Try again later.`, {
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: agency },
    });
  if (!url) throw unavailable();
  let body: { data?: { auditEntries: AuditEntry[] }; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${context.identity.token}`, 'x-request-id': context.requestId },
      body: JSON.stringify({ query: QUERY, variables: filter }),
      signal: AbortSignal.timeout(5000),
    });
    body = (await response.json()) as typeof body;
  } catch {
    throw unavailable();
  }
  const refused = body.errors?.[0];
  if (refused) throw new GraphQLError(refused.message, { extensions: { code: refused.extensions?.code ?? 'SUBGRAPH_UNAVAILABLE', service: agency } });
  if (!body.data) throw unavailable();
  return body.data.auditEntries;
}
