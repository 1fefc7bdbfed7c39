// Kept for person/ and cohort/, which are moving to the person-index subgraph: delete this folder once they have.
export { agencyById } from '../directory/agency/agency.loaders.js';
