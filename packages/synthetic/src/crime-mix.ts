/**
 * What kinds of crime are recorded, by Home Office category, and how they end.
 * Young suspects are more often involved in robbery, weapons and drugs; most
 * crime against the public is theft and violence; youth outcomes lean to
 * community resolutions and cautions, adult ones to charges or no further action.
 */
import type { Weights } from './prng.js';

export const YOUTH_SUSPECT: Weights<string> = [
  ['violence against the person', 0.3], ['robbery', 0.12], ['theft', 0.15], ['drug offences', 0.15],
  ['possession of weapons', 0.1], ['criminal damage and arson', 0.08], ['public order offences', 0.08], ['burglary', 0.02],
];
export const ADULT_SUSPECT: Weights<string> = [
  ['violence against the person', 0.3], ['theft', 0.2], ['drug offences', 0.15], ['public order offences', 0.1],
  ['criminal damage and arson', 0.07], ['burglary', 0.05], ['vehicle offences', 0.05], ['possession of weapons', 0.04],
  ['robbery', 0.02], ['sexual offences', 0.02],
];
export const AGAINST_A_PERSON: Weights<string> = [
  ['violence against the person', 0.4], ['theft', 0.2], ['robbery', 0.1], ['sexual offences', 0.06],
  ['burglary', 0.1], ['public order offences', 0.08], ['criminal damage and arson', 0.06],
];
export const BACKGROUND: Weights<string> = [
  ['theft', 0.33], ['violence against the person', 0.22], ['vehicle offences', 0.13], ['burglary', 0.09],
  ['criminal damage and arson', 0.09], ['public order offences', 0.06], ['robbery', 0.04], ['drug offences', 0.03],
  ['sexual offences', 0.01], ['possession of weapons', 0.005],
];
export const YOUTH_OUTCOMES: Weights<string> = [['youth caution', 0.18], ['community resolution', 0.25], ['charged or summonsed', 0.17], ['no further action', 0.4]];
export const ADULT_OUTCOMES: Weights<string> = [['charged or summonsed', 0.3], ['community resolution', 0.08], ['no further action', 0.62]];
