import { forbidden } from '@joined-up/federation';
import type { PartnershipContext } from '../context.js';

/**
 * Refuses the request unless the officer holds one of `roles`. Changes to the
 * partnership's shared records are made by partnership administrators and by
 * agency leads; reading them is open to every officer.
 */
export function requireRole(context: PartnershipContext, roles: readonly string[], action: string): void {
  if (roles.some((role) => context.identity.roles.includes(role))) return;
  throw forbidden(`Only ${roles.join(' or ')} officers may ${action}; your token carries ${context.identity.roles.join(', ') || 'no roles'}.`, {
    requiredRoles: roles,
  });
}

export const EDITORS = ['partnership-admin', 'lead'] as const;

/** Officers who work on delivery: they send and answer feedback and comment on proposals. Machine identities do not. */
export const DELIVERY_ROLES = ['partnership-admin', 'lead', 'analyst', 'caseworker'] as const;

