// Agency side: normalise and encode records, with the secret the agencies share.
export { type LinkageSourceRecord, type LinkageToken, type ExactLinkageToken } from './linkage-record.js';
export {
  normaliseName,
  nameParts,
  familyNameForms,
  givenNameForms,
  normalisePostcode,
  postcodeParts,
  normaliseDate,
  swapDayAndMonth,
  normaliseSex,
  type FamilyNameForms,
  type GivenNameForms,
  type PostcodeParts,
} from './normalise.js';
export { canonicalGivenNames, NICKNAME_DICTIONARY_SIZE } from './nicknames.js';
export { soundex } from './soundex.js';
export { encodeExact, exactKey } from './exact-key.js';
export { encodeRecord, createRecordEncoder, FILTER_SHAPES, type RecordEncoder } from './encode-record.js';
export { BLOCKING_RULES, type BlockingRule } from './blocking-rules.js';
export { diceCoefficient } from './bloom-filter.js';

// Partnership side: store tokens, link them into people in SQL, explain and review.
export { createLinkageTables, dropLinkageTables } from './linkage-tables.js';
export { addIdentityLevelToLinkagePairs } from './pair-identity-level-migration.js';
export { storeEncodings } from './store-encodings.js';
export {
  linkRecords,
  LINKAGE_STAGES,
  type LinkageStage,
  type LinkRecordsOptions,
  type LinkageResult,
  type LinkageTimings,
  type RecordRef,
} from './link-records.js';
export { explainPair, loadModel, NothingToExplainError, type PairExplanation, type WaterfallStep } from './explain-pair.js';
export { recordReview, type ReviewDecision } from './record-review.js';
export { COMPARISONS, type Comparison, type ComparisonLevel, type ComparisonName } from './comparisons.js';
export { MODEL_TERMS, type ModelTerm } from './model-terms.js';
export { type MatchModel, type MatchWeight, type WeightContribution, type LevelParameters } from './match-model.js';
export { expectationMaximisation, type ComparisonPattern, type EmOptions, type EmResult } from './expectation-maximisation.js';
export { clusterLinks, type ClusterInput, type ClusterResult, type ScoredLink } from './cluster-links.js';
export { pairwiseMetrics, type PairwiseMetrics } from './pairwise-metrics.js';
