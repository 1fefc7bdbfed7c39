import type { Random } from '../prng.js';

/**
 * Postcodes for the hard set: London-style districts, nine sectors each, and
 * units of about twenty people, so the number of units grows with the
 * population and a unit stays a street's worth of households at any size.
 * A few sectors are "community" sectors where the very common names cluster.
 */
const DISTRICTS = [
  'SE1', 'SE4', 'SE5', 'SE6', 'SE8', 'SE11', 'SE12', 'SE13', 'SE14', 'SE15', 'SE17', 'SE19', 'SE21', 'SE22', 'SE23', 'SE24',
  'SE26', 'SE27', 'SW2', 'SW4', 'SW8', 'SW9', 'SW12', 'SW16', 'E1', 'E2', 'E3', 'E6', 'E7', 'E12', 'E13', 'E14', 'N7', 'N15',
  'N17', 'N19', 'NW1', 'NW6', 'NW10', 'W10',
];
const SECTORS = DISTRICTS.length * 9;
const LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

export class PostcodeBook {
  readonly units: number;
  private readonly communitySectors: number;

  constructor(people: number) {
    this.units = Math.max(SECTORS, Math.ceil(people / 20));
    // One sector in 25, whatever the size: the common names live at about
    // three times the usual density, so their blocks grow with the population
    // no faster than anyone else's.
    this.communitySectors = Math.round(SECTORS / 25);
  }

  /** Unit `index`, as written on an address: `SE5 7AB`. */
  postcode(index: number): string {
    const sectorIndex = index % SECTORS;
    const district = DISTRICTS[sectorIndex % DISTRICTS.length];
    const sector = Math.floor(sectorIndex / DISTRICTS.length) + 1;
    const within = Math.floor(index / SECTORS);
    return `${district} ${sector}${LETTERS[Math.floor(within / LETTERS.length) % LETTERS.length]}${LETTERS[within % LETTERS.length]}`;
  }

  /** Any unit. */
  anyUnit(rng: Random): number {
    return rng.int(this.units);
  }

  /** A unit in one of the community sectors. */
  communityUnit(rng: Random): number {
    const perSector = Math.max(1, Math.floor(this.units / SECTORS));
    return rng.int(this.communitySectors) + SECTORS * rng.int(perSector);
  }
}
