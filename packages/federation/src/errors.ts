import { GraphQLError, locatedError, responsePathAsArray, type GraphQLResolveInfo } from 'graphql';
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

/**
 * An answer to the caller with a public code, without a stack trace. Its
 * message and code are all anyone sees (`maskError` keeps nothing else, and
 * logs only errors without a public code), yet graphql-js reads the stack of
 * every error a resolver throws: under source maps (tsx) formatting it cost
 * more than the refusal itself, once per refused field and request.
 */
function publicError(code: string, message: string, extensions: Record<string, unknown>): GraphQLError {
  return withoutStackTrace(() => new GraphQLError(message, { extensions: { code, ...extensions } }));
}

/** What `create` returns, with no stack frames captured by the errors it makes. */
function withoutStackTrace<T>(create: () => T): T {
  const frames = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return create();
  } finally {
    Error.stackTraceLimit = frames;
  }
}

/**
 * `error`, a refusal of the field `info` resolves, placed at that field as
 * graphql-js would place it. graphql-js wraps an error thrown without a path
 * in a new one, and the wrapper's stack, captured where graphql-js made it,
 * is formatted as it copies the original's (under source maps, the dearest
 * part of a refused field); one placed already is served as it is.
 */
export function refusedAt(error: GraphQLError, info: GraphQLResolveInfo): GraphQLError {
  return withoutStackTrace(() => locatedError(error, info.fieldNodes, responsePathAsArray(info.path)));
}

/** The client sent something that cannot be right; the message says how to fix it. */
export function badUserInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return publicError('BAD_USER_INPUT', message, extensions);
}

export function notFound(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return publicError('NOT_FOUND', message, extensions);
}

/** The caller is known but not allowed; the message names what is missing. */
export function forbidden(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return publicError('FORBIDDEN', message, extensions);
}

/** The write would break a rule the data already obeys (e.g. a second lead). */
export function conflict(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return publicError('CONFLICT', message, extensions);
}
