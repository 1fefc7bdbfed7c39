import { Lexer, Source, TokenKind, type GraphQLFormattedError } from 'graphql';
import { OPERATION_LIMITS } from './limits.js';
import { limitExceeded } from './limit-error.js';

/**
 * Passed to Apollo Server so graphql-js's parser itself stops at the token
 * limit (GraphQL Armor's token plugin answers syntax errors with HTTP 500).
 */
export const parseOptions = { maxTokens: OPERATION_LIMITS.maxTokens };

// graphql-js 16 says "more that N tokens".
const PARSER_TOKEN_LIMIT = /Document contains more \w+ \d+ tokens/;

/**
 * The parser's refusal says only that the document is too long; this one says
 * by how much, with a code of its own. The tokens are counted again with the
 * parser's lexer over the body (at most 256 KiB, so this is bounded).
 */
export function describeTokenLimit(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (formatted.extensions?.code !== 'GRAPHQL_PARSE_FAILED' || !PARSER_TOKEN_LIMIT.test(formatted.message)) return formatted;
  const body = (error as { source?: Source }).source?.body;
  const measured = body === undefined ? OPERATION_LIMITS.maxTokens + 1 : countTokens(body);
  const refusal = limitExceeded('tokens', measured, OPERATION_LIMITS.maxTokens);
  return { message: refusal.message, extensions: refusal.extensions };
}

function countTokens(body: string): number {
  const lexer = new Lexer(new Source(body));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) count++;
  } catch {
    // A lexical error after the limit: what was counted is enough to report.
  }
  return count;
}
