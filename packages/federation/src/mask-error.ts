import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { PUBLIC_ERROR_CODES } from './errors.js';
import { describeTokenLimit } from './operation-limits/token-limit.js';

export interface MaskOptions {
  /** Where unexpected errors are reported in full; never the client. */
  log: (message: string, error: unknown) => void;
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
  options.log('Unexpected error', unwrapResolverError(error));
  return {
    message: 'Something went wrong on our side. The error was logged; please retry or report it with the time of your request.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
