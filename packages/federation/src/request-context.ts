import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { bearerToken, unauthenticated, type Identity, type TokenVerifier } from '@joined-up/auth';
import { GATEWAY_KEY_HEADER, isGatewayKey } from './gateway-identity.js';
import { requestDeadline } from './operation-limits/request-budget-plugin.js';

/** What every resolver in every service knows about its request. */
export interface RequestContext {
  /** Propagated from the gateway (`x-request-id`) so audit entries across agencies line up. */
  readonly requestId: string;
  readonly identity: Identity;
  /** Epoch milliseconds when the request's time budget is spent. */
  readonly deadline: number;
  /** The gateway's key came with the request: only the gateway may read the schema. */
  readonly fromGateway: boolean;
}

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,128}$/;

/**
 * Authenticates an incoming HTTP request. Without a valid token the request is
 * refused with 401 before any resolver runs, `_entities` and `_service`
 * included: a subgraph trusts no caller, not even the gateway, on its word.
 */
export async function authenticate(
  request: IncomingMessage,
  verify: TokenVerifier,
  options: {
    /**
     * Subgraphs take the gateway's request id so one request's audit entries
     * line up across agencies. The gateway mints its own: a partner app must
     * not be able to file its reads under another request's id.
     */
    acceptRequestId: boolean;
    /** The key that identifies the gateway (subgraphs only). */
    gatewayKey?: string;
  } = { acceptRequestId: true },
): Promise<RequestContext> {
  const token = bearerToken(headerValue(request, 'authorization'));
  if (!token) throw unauthenticated('Send an officer token as `Authorization: Bearer <token>`.');
  const identity = await verify(token);
  const offered = options.acceptRequestId ? headerValue(request, 'x-request-id') : undefined;
  const requestId = offered && REQUEST_ID_PATTERN.test(offered) ? offered : randomUUID();
  const fromGateway = isGatewayKey(headerValue(request, GATEWAY_KEY_HEADER), options.gatewayKey);
  return { requestId, identity, deadline: requestDeadline(), fromGateway };
}

function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
