import type { AgencyEndpoint } from './collect-tokens.js';

const AGENCIES = ['health', 'police', 'education', 'housing', 'voluntary'] as const;
const DEFAULT_PORTS: Record<(typeof AGENCIES)[number], number> = { health: 4001, police: 4002, education: 4003, housing: 4004, voluntary: 4005 };

/** Where each agency's subgraph answers: `<AGENCY>_SUBGRAPH_URL`, or its default local port. */
export function agencyEndpointsFromEnv(env: NodeJS.ProcessEnv = process.env): AgencyEndpoint[] {
  return AGENCIES.map((agencyId) => ({
    agencyId,
    url: env[`${agencyId.toUpperCase()}_SUBGRAPH_URL`] || `http://localhost:${DEFAULT_PORTS[agencyId]}/graphql`,
  }));
}
