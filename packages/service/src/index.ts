export { type SubgraphDefinition } from './subgraph-definition.js';
export { startSubgraph, type StartSubgraphOptions, type StartedSubgraph } from './start-subgraph.js';
export { runMain } from './run-main.js';
export { runSubgraphProcess } from './run-subgraph-process.js';
export { populationOptionsFromEnv } from './population-options.js';
export { linkageSecretFromEnv } from './linkage-secret.js';
export { linkageExportRoute, LINKAGE_PURPOSE, type LinkageRecordPager } from './linkage-export.js';
export { createSubgraphContext, type SubgraphContext } from './subgraph-context.js';
export { definePersonalLoader, subjectsOf, type Subject, type PersonalLoaderOptions } from './personal-data.js';
