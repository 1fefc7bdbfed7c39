import { conflict } from '@joined-up/federation';
import type { ResponseRecord } from './proposal.type.js';

/**
 * Each delivering agency's standing answer: the latest answer it gave to the
 * current version, or none. Answers to earlier versions are history: an edit
 * changes what the agencies would be signing up to, so they answer again.
 */
export function standingAnswers(agencies: readonly string[], responses: readonly ResponseRecord[], currentVersion: number): Map<string, ResponseRecord | null> {
  const standing = new Map<string, ResponseRecord | null>(agencies.map((agency) => [agency, null]));
  for (const response of responses) {
    // Responses come oldest first, so a later answer replaces an earlier one.
    if (response.version === currentVersion && standing.has(response.agency_id)) standing.set(response.agency_id, response);
  }
  return standing;
}

export interface AdoptionBlockers {
  /** Delivering agencies that have not answered the current version. */
  awaiting: string[];
  /** Delivering agencies whose standing answer is an objection. */
  objecting: string[];
}

export function adoptionBlockers(agencies: readonly string[], responses: readonly ResponseRecord[], currentVersion: number): AdoptionBlockers {
  const blockers: AdoptionBlockers = { awaiting: [], objecting: [] };
  for (const [agency, answer] of standingAnswers(agencies, responses, currentVersion)) {
    if (!answer) blockers.awaiting.push(agency);
    else if (answer.stance === 'OBJECTION') blockers.objecting.push(agency);
  }
  return blockers;
}

/**
 * The refusal to adopt, with a reason a client can act on:
 * `AWAITING_ANSWERS` (who has not answered) comes before `OBJECTED` (who objects).
 */
export function refuseAdoption(proposalId: string, currentVersion: number, blockers: AdoptionBlockers): void {
  if (blockers.awaiting.length > 0) {
    throw conflict(
      `Proposal ${proposalId} cannot be adopted yet: ${blockers.awaiting.join(', ')} ${blockers.awaiting.length === 1 ? 'has' : 'have'} not answered version ${currentVersion}. Every delivering agency signs off the current version first.`,
      { reason: 'AWAITING_ANSWERS', awaiting: blockers.awaiting, version: currentVersion },
    );
  }
  if (blockers.objecting.length > 0) {
    throw conflict(
      `Proposal ${proposalId} cannot be adopted: ${blockers.objecting.join(', ')} ${blockers.objecting.length === 1 ? 'objects' : 'object'} to version ${currentVersion}. Revise the proposal to meet the objection, or ask the agency to reconsider.`,
      { reason: 'OBJECTED', objecting: blockers.objecting, version: currentVersion },
    );
  }
}
