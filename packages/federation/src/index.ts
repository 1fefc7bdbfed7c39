export { buildFederatedSchema, FEDERATION_LINK, type ExtraResolvers } from './build-subgraph-schema.js';
export { badUserInput, notFound, forbidden, conflict, PUBLIC_ERROR_CODES } from './errors.js';
export { maskError } from './mask-error.js';
export { defineLoader, LoaderRegistry, oneByKey, manyByKey, type LoaderDefinition } from './loaders.js';
export { serveGraphQL, type RunningServer, type ServeOptions } from './http-server.js';
export { authenticate, type RequestContext } from './request-context.js';
export { createSubgraphService, type SubgraphServiceOptions } from './subgraph-service.js';
export { isCalendarDate } from './calendar-date.js';
export { metricsPlugin } from './metrics-plugin.js';
