export { startFederation, type Federation, type FederationOptions } from './start-federation.js';
