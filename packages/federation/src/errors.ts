import { GraphQLError } from 'graphql';
import { LIMIT_CODES } from './operation-limits/limit-error.js';

/**
 * The error codes a client of Joined-Up can see. Anything else is masked to
 * INTERNAL_SERVER_ERROR before it leaves a subgraph or the gateway.
 */
export const PUBLIC_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'SUBGRAPH_UNAVAILABLE',
  ...Object.values(LIMIT_CODES),
]);

/** The client sent something that cannot be right; the message says how to fix it. */
export function badUserInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } });
}

export function notFound(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND', ...extensions } });
}

/** The caller is known but not allowed; the message names what is missing. */
export function forbidden(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', ...extensions } });
}

/** The write would break a rule the data already obeys (e.g. a second lead). */
export function conflict(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', ...extensions } });
}
