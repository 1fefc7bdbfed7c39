/**
 * The kinds of messiness the hard evaluation set models, each switchable with
 * its own rate. Records carry a `noise` column naming the kinds applied to
 * them, so an evaluation can report recall kind by kind.
 *
 * Rates are shares of whatever each kind acts on (people, households or
 * records, as described); 0 switches a kind off.
 */
export const NOISE_KINDS = {
  twin: 'households with children that have twins: same family name, date of birth and address, different given names',
  sibling: 'households with several children: same family name and address, different dates of birth',
  'common-name': 'people given a very common family and given name (Smith, Patel, Begum, Khan, Ali, Mohammed), living in a few postcode sectors',
  'surname-change': 'adults whose family name changed on marriage or divorce (new name, double-barrelled or hyphenated); each of their records may hold the old or new form',
  nickname: 'records naming the person by another form of their given name, in either direction (Robert for Bob, Bob for Robert)',
  typo: 'records with a keyboard slip in a name: a neighbouring key, two letters transposed, a letter dropped or doubled',
  'date-swap': 'records with day and month of birth exchanged',
  'date-typo': 'records with one digit of the date of birth mistyped',
  moved: 'people who moved house; each of their records holds the old or the new postcode',
  blank: 'records with the sex, date of birth or postcode left blank',
  duplicate: 'people recorded twice by the same agency',
  format: 'records written in capitals, with odd spacing, or the date as DD/MM/YYYY (no information lost)',
} as const;

export type NoiseKind = keyof typeof NOISE_KINDS;

export type NoiseRates = Record<NoiseKind, number>;

export const DEFAULT_NOISE_RATES: NoiseRates = {
  twin: 0.08,
  sibling: 0.6,
  'common-name': 0.12,
  'surname-change': 0.25,
  nickname: 0.12,
  typo: 0.1,
  'date-swap': 0.03,
  'date-typo': 0.03,
  moved: 0.2,
  blank: 0.06,
  duplicate: 0.03,
  format: 0.3,
};

/**
 * Share of the population each agency holds: very different, as in life.
 * Education holds children only (and most of them), so its share is of
 * children.
 */
export const DEFAULT_COVERAGE = { health: 0.95, education: 0.9, housing: 0.3, police: 0.06, voluntary: 0.03 } as const;
export type HardSetAgency = keyof typeof DEFAULT_COVERAGE;

/**
 * Parses `kind=rate,kind=rate` (or `none`, or `only:kind,kind`) over the
 * defaults: `typo=0.2,moved=0` doubles typos and switches moves off.
 */
export function parseNoiseRates(text: string | undefined): NoiseRates {
  const rates: NoiseRates = { ...DEFAULT_NOISE_RATES };
  if (!text) return rates;
  if (text === 'none') return Object.fromEntries(Object.keys(rates).map((kind) => [kind, 0])) as NoiseRates;
  for (const part of text.split(',')) {
    const [kind, value] = part.split('=');
    if (!(kind in NOISE_KINDS)) throw new Error(`Unknown noise kind '${kind}'; the kinds are ${Object.keys(NOISE_KINDS).join(', ')}.`);
    const rate = Number(value);
    if (!(rate >= 0 && rate <= 1)) throw new Error(`The rate of '${kind}' must be between 0 and 1, got '${value}'.`);
    rates[kind as NoiseKind] = rate;
  }
  return rates;
}
