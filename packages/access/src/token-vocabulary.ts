import { ROLES } from '@joined-up/auth';
import { AGENCY_IDS, PARTNERSHIP } from '@joined-up/agencies';
import { PURPOSES } from './purposes.js';

/**
 * What a development token may say. A token naming an agency, role or purpose
 * nobody recognises is signed happily and then unlocks nothing, which looks to
 * a newcomer like a broken system; the token command checks against these first.
 */
export interface TokenVocabulary {
  agencies: readonly string[];
  roles: readonly string[];
  purposes: readonly string[];
}

/** The agencies the federation declares, and the partnership's own team. */
export const TOKEN_VOCABULARY: TokenVocabulary = {
  agencies: [...AGENCY_IDS, PARTNERSHIP.id],
  roles: Object.values(ROLES),
  purposes: Object.keys(PURPOSES),
};

export interface TokenRequest {
  agency: string;
  roles: readonly string[];
  purpose: string;
}

/** Every value in `request` the vocabulary does not know, each with the values that would be valid. */
export function unknownTokenValues(request: TokenRequest, vocabulary: TokenVocabulary = TOKEN_VOCABULARY): string[] {
  const problems: string[] = [];
  const check = (kind: string, kinds: string, value: string, valid: readonly string[]) => {
    if (!valid.includes(value)) problems.push(`Unknown ${kind} "${value}". Valid ${kinds}: ${valid.join(', ')}.`);
  };
  check('agency', 'agencies', request.agency, vocabulary.agencies);
  for (const role of request.roles) check('role', 'roles', role, vocabulary.roles);
  check('purpose', 'purposes', request.purpose, vocabulary.purposes);
  return problems;
}
