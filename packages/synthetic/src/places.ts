/**
 * Where people live: each residential LSOA with its streets, a relative
 * population and a deprivation score, and the allocation of distinct dwellings
 * with postcodes inside the LSOA's postcode sector. The character of a place is
 * fixed (it does not change with the seed); who lives there does.
 */
import { lsoas, residentialAuthorities, type Lsoa } from '@joined-up/geography';
import { hashOf, WeightedChoice, type Random } from './prng.js';
import { STREETS, STREETS_PER_LSOA } from './streets.js';

export interface Place {
  lsoa: Lsoa;
  streets: readonly string[];
  /** Relative number of residents. */
  weight: number;
  /** 0 (least deprived) to 1 (most): drives social housing, crime and need. */
  deprivation: number;
}

/** A dwelling as every agency would write it, before anyone mistypes it. */
export interface Dwelling {
  address_line: string;
  postcode: string;
  lsoa_code: string;
  local_authority_code: string;
}

function buildPlaces(): Place[] {
  const places: Place[] = [];
  for (const authority of residentialAuthorities) {
    const streets = STREETS.get(authority.code) ?? [];
    lsoas
      .filter((lsoa) => lsoa.parentCode === authority.code)
      .forEach((lsoa, index) => {
        places.push({
          lsoa,
          streets: streets.slice(index * STREETS_PER_LSOA, (index + 1) * STREETS_PER_LSOA),
          weight: 0.7 + (0.6 * hashOf('lsoa weight', lsoa.code)) / 4294967296,
          deprivation: hashOf('lsoa deprivation', lsoa.code) / 4294967296,
        });
      });
  }
  return places;
}

export const PLACES: readonly Place[] = buildPlaces();

const positions = new Map<string, number>();
for (const authority of residentialAuthorities) {
  PLACES.filter((place) => place.lsoa.parentCode === authority.code).forEach((place, i) => positions.set(place.lsoa.code, i));
}

/** An LSOA's position (0–23) within its borough, or -1 if it is not residential. */
export function positionInBorough(lsoaCode: string | null): number {
  return lsoaCode === null ? -1 : positions.get(lsoaCode) ?? -1;
}

const placeChoice = new WeightedChoice<number>(PLACES.map((place, index) => [index, place.weight]));

/** Letters used in the inward part of a postcode (Royal Mail never uses C, I, K, M, O, V there). */
const UNIT_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

/**
 * Doors on one street, and flats per block. Every fifth number is a block, so
 * a million people still find distinct dwellings in 48 LSOAs.
 */
const HOUSE_NUMBERS = 400;
const FLATS_PER_BLOCK = 80;

export function pickPlace(rng: Random): number {
  return placeChoice.pick(rng);
}

const placesByAuthority = new Map<string, number[]>();
PLACES.forEach((place, index) => {
  const list = placesByAuthority.get(place.lsoa.parentCode) ?? [];
  list.push(index);
  placesByAuthority.set(place.lsoa.parentCode, list);
});

/** Places (indices into PLACES) within one local authority. */
export function placesIn(authorityCode: string): readonly number[] {
  return placesByAuthority.get(authorityCode) ?? [];
}

/** One unit postcode covers a run of about ten doors on a street. */
function postcodeFor(place: Place, street: number, houseNumber: number): string {
  const h = hashOf('postcode unit', place.lsoa.code, street, Math.floor(houseNumber / 10));
  const first = UNIT_LETTERS[h % UNIT_LETTERS.length];
  const second = UNIT_LETTERS[Math.floor(h / UNIT_LETTERS.length) % UNIT_LETTERS.length];
  return `${place.lsoa.postcodeSector}${first}${second}`;
}

/** Hands out dwellings so that no two households share a front door. */
export class DwellingRegister {
  private readonly taken = new Set<number>();

  allocate(rng: Random, placeIndex: number): Dwelling {
    const place = PLACES[placeIndex];
    for (;;) {
      // Half of inner-London homes are flats; choosing the kind first also keeps
      // retries few once a large population has filled every house.
      const street = rng.int(place.streets.length);
      const inBlock = rng.chance(0.5);
      const houseNumber = inBlock ? 5 * (1 + rng.int(HOUSE_NUMBERS / 5)) : 1 + rng.int(HOUSE_NUMBERS);
      if (!inBlock && houseNumber % 5 === 0) continue;
      const flat = inBlock ? 1 + rng.int(FLATS_PER_BLOCK) : 0;
      const key = ((placeIndex * STREETS_PER_LSOA + street) * (HOUSE_NUMBERS + 1) + houseNumber) * (FLATS_PER_BLOCK + 1) + flat;
      if (this.taken.has(key)) continue;
      this.taken.add(key);
      const door = `${houseNumber} ${place.streets[street]}`;
      return {
        address_line: flat ? `Flat ${flat}, ${door}` : door,
        postcode: postcodeFor(place, street, houseNumber),
        lsoa_code: place.lsoa.code,
        local_authority_code: place.lsoa.parentCode,
      };
    }
  }
}
