import type { RequestContext } from '@joined-up/federation';

/** The gateway's per-request context: the verified officer and the request id it forwards. */
export type GatewayContext = RequestContext;
