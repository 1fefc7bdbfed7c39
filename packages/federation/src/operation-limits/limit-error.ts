import { GraphQLError } from 'graphql';

/** Each limit has a code of its own, so a client can tell which one it met. */
export const LIMIT_CODES = {
  depth: 'QUERY_DEPTH_LIMIT',
  aliases: 'QUERY_ALIAS_LIMIT',
  directives: 'QUERY_DIRECTIVE_LIMIT',
  tokens: 'QUERY_TOKEN_LIMIT',
  cost: 'QUERY_COST_LIMIT',
  time: 'REQUEST_TIME_LIMIT',
  responseSize: 'RESPONSE_SIZE_LIMIT',
  concurrency: 'CONCURRENT_REQUEST_LIMIT',
  listSize: 'LIST_SIZE_LIMIT',
} as const;

export type LimitName = keyof typeof LIMIT_CODES;

const ADVICE: Record<LimitName, string> = {
  depth: 'Nest fewer fields, or split the query.',
  aliases: 'Send fewer aliased fields in one query, or split it.',
  directives: 'Use fewer directives.',
  tokens: 'Send a shorter query, or split it.',
  cost: 'Ask for fewer records (shorter `ids` lists, smaller pages, fewer nested lists) or split the query.',
  time: 'Ask for less in one request, or retry later.',
  responseSize: 'Ask for fewer records or fields in one request.',
  concurrency: 'Wait for your other requests to finish, then retry.',
  listSize: 'Narrow the request (a smaller area, a narrower age band, more agencies in common).',
};

const LABELS: Record<LimitName, string> = {
  depth: 'Query depth',
  aliases: 'Query aliases',
  directives: 'Query directives',
  tokens: 'Query tokens',
  cost: 'Query cost',
  time: 'Request time (ms)',
  responseSize: 'Response size (bytes)',
  concurrency: 'Concurrent requests for this officer',
  listSize: 'List size',
};

/**
 * The error for an operation over one of the limits: it names the limit and
 * what was measured, e.g. "Query depth 12 exceeds the limit of 10", and
 * carries both in `extensions` for programs. `status` is the HTTP status of a
 * refused request; null for a field that fails within a partial answer.
 */
export function limitExceeded(limit: LimitName, measured: number, max: number, status: number | null = 400): GraphQLError {
  return new GraphQLError(`${LABELS[limit]} ${measured} exceeds the limit of ${max}. ${ADVICE[limit]}`, {
    extensions: { code: LIMIT_CODES[limit], limit: max, measured, ...(status === null ? {} : { http: { status } }) },
  });
}
