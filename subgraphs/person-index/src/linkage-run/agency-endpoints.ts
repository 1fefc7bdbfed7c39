import { AGENCY_IDS } from '@joined-up/agencies';
import { subgraphUrlFromEnv } from '@joined-up/service';
import type { AgencyEndpoint } from './collect-tokens.js';

/** Where each agency's subgraph answers: `<AGENCY>_SUBGRAPH_URL`, or its default local port. */
export function agencyEndpointsFromEnv(env: NodeJS.ProcessEnv = process.env): AgencyEndpoint[] {
  return AGENCY_IDS.map((agencyId) => ({ agencyId, url: subgraphUrlFromEnv(agencyId, env)! }));
}
