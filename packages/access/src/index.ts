export { DATA_CATEGORIES, categoriesOf, isDataCategory, ownerOfCategory, type DataCategory } from './data-categories.js';
export { PURPOSES, OPT_OUT_PURPOSES } from './purposes.js';
export {
  findCoveringAgreement,
  findIdentifyingCover,
  rolesSeeingIdentifying,
  type CategoryRoles,
  type SharingAgreementTerms,
  type AccessRequest,
  type CoverResult,
  type IdentifyingResult,
} from './sharing-agreement.js';
export { HttpAgreementRegister, StaticAgreementRegister, type AgreementRegister } from './agreement-register.js';
export { AccessPolicy, type AccessBasis, type AccessDecision } from './access-policy.js';
export { IdentifyingField, IDENTIFYING_MARKER } from './identifying-field.js';
export { ageBand, ageOn, AGE_BAND_DESCRIPTION } from './age-band.js';
export { TOKEN_VOCABULARY, unknownTokenValues, type TokenVocabulary, type TokenRequest } from './token-vocabulary.js';
