import { subgraphUrlFromEnv } from '@joined-up/service';
import type { AgencyEndpoint } from './collect-tokens.js';

const AGENCIES = ['health', 'police', 'education', 'housing', 'voluntary'] as const;

/** Where each agency's subgraph answers: `<AGENCY>_SUBGRAPH_URL`, or its default local port. */
export function agencyEndpointsFromEnv(env: NodeJS.ProcessEnv = process.env): AgencyEndpoint[] {
  return AGENCIES.map((agencyId) => ({ agencyId, url: subgraphUrlFromEnv(agencyId, env)! }));
}
