// Kept for person/ and cohort/, which are moving to the person-index subgraph: delete this folder once they have.
export { Agency } from '../directory/agency/agency.type.js';
