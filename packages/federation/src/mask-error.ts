import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { PUBLIC_ERROR_CODES } from './errors.js';
import { describeTokenLimit } from './operation-limits/token-limit.js';
import { LIMIT_CODES } from './operation-limits/limit-error.js';

/** PostgreSQL's SQLSTATE for a statement cancelled by `statement_timeout`. */
const STATEMENT_CANCELLED = '57014';

export interface MaskOptions {
  /** Where unexpected errors are reported in full; never the client. */
  log: (message: string, error: unknown) => void;
}

/** Unexpected errors already logged with their request (`logUnexpectedErrors`), so masking does not log them again. */
const logged = new WeakSet<object>();

/**
 * Logs each of `errors` that a client will see masked, once: a server whose
 * plugin knows the request (`unexpectedErrorLogPlugin`) logs them with its id
 * before they are formatted, and `maskError` then only masks them.
 */
export function logUnexpectedErrors(errors: readonly GraphQLError[], log: MaskOptions['log']): void {
  for (const error of errors) {
    const code = describeTokenLimit(error.toJSON(), error).extensions?.code;
    if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code)) continue;
    // Marked by the request's own error, not by its cause: one cause shared
    // by two requests (a rejected promise both awaited) is logged with each.
    if (logged.has(error)) continue;
    logged.add(error);
    log('Unexpected error', unwrapResolverError(error));
  }
}

/**
 * Keeps an error's message and code when the code is one we mean clients to
 * see, and replaces everything else (driver errors, bugs, upstream URLs)
 * with a generic message. Stack traces never leave the process.
 */
export function maskError(parsed: GraphQLFormattedError, error: unknown, options: MaskOptions): GraphQLFormattedError {
  const formatted = describeTokenLimit(parsed, error);
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code)) {
    const { stacktrace: _stacktrace, exception: _exception, http: _http, ...extensions } = formatted.extensions ?? {};
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  const cause = unwrapResolverError(error);
  if (!(typeof error === 'object' && error !== null && logged.has(error))) options.log('Unexpected error', cause);
  // The pool's statement_timeout is the request's time budget: a statement it
  // cancelled is the caller asking for too much, which they can act on.
  if ((cause as { code?: unknown } | null)?.code === STATEMENT_CANCELLED) {
    return {
      message: 'A database statement ran past the request time budget and was cancelled. Ask for less in one request, or retry later.',
      path: formatted.path,
      extensions: { code: LIMIT_CODES.time },
    };
  }
  return {
    message: 'Something went wrong on our side. The error was logged; please retry or report it with the time of your request.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
