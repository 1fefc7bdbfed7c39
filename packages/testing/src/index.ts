export { postGraphQL, type GraphQLResponse, type RequestOptions } from './graphql-client.js';
export { agencyLead, officers } from './officers.js';
export { startTestFederation, TEST_POPULATION, type TestFederation } from './test-federation.js';
export { startTestSubgraph, type TestSubgraph } from './test-subgraph.js';
export { mostKnownPersonId, mostKnownPersonIds, peopleKnownMost, personIndexDb, personKnownEverywhere } from './known-people.js';
export { readmeExamples } from './readme-examples.js';
export { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from './otlp-receiver.js';
