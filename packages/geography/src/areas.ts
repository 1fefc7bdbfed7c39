/**
 * The areas the partnership works over, by ONS Government Statistical Service
 * (GSS) code. Local authorities carry their real codes. The LSOAs are a sample
 * of 24 per borough numbered in the real `E01` range of each borough, with
 * ONS-style names ("Lambeth 001A"); they are reference data for the synthetic
 * population, not a copy of the ONS register.
 */
export type AreaKind = 'LOCAL_AUTHORITY' | 'LSOA';

export interface Area {
  /** ONS GSS code, e.g. `E09000022` (Lambeth) or `E01003013` (an LSOA). */
  code: string;
  name: string;
  kind: AreaKind;
  /** For an LSOA, the GSS code of its local authority. */
  parentCode: string | null;
}

export interface LocalAuthority extends Area {
  kind: 'LOCAL_AUTHORITY';
  /** Postcode districts the synthetic population of this borough lives in. */
  postcodeDistricts: readonly string[];
}

export interface Lsoa extends Area {
  kind: 'LSOA';
  parentCode: string;
  /** The postcode sector ("SW9 7") the LSOA's synthetic addresses use. */
  postcodeSector: string;
}

const LSOAS_PER_BOROUGH = 24;

export const LAMBETH = 'E09000022';
export const LEWISHAM = 'E09000023';
export const COVENTRY = 'E08000026';

const boroughs: readonly { authority: LocalAuthority; firstLsoa: number; withResidents: boolean }[] = [
  {
    authority: {
      code: LAMBETH,
      name: 'Lambeth',
      kind: 'LOCAL_AUTHORITY',
      parentCode: null,
      postcodeDistricts: ['SE1', 'SE5', 'SE11', 'SE24', 'SE27', 'SW2', 'SW4', 'SW8', 'SW9', 'SW16'],
    },
    firstLsoa: 3013,
    withResidents: true,
  },
  {
    authority: {
      code: LEWISHAM,
      name: 'Lewisham',
      kind: 'LOCAL_AUTHORITY',
      parentCode: null,
      postcodeDistricts: ['SE4', 'SE6', 'SE8', 'SE12', 'SE13', 'SE14', 'SE23', 'SE26'],
    },
    firstLsoa: 3191,
    withResidents: true,
  },
  {
    // Coventry hosts the report's "shopping basket" consultation; no synthetic residents live there.
    authority: {
      code: COVENTRY,
      name: 'Coventry',
      kind: 'LOCAL_AUTHORITY',
      parentCode: null,
      postcodeDistricts: ['CV1', 'CV2', 'CV3', 'CV4', 'CV5', 'CV6'],
    },
    firstLsoa: 31000,
    withResidents: false,
  },
];

function lsoasOf(borough: (typeof boroughs)[number]): Lsoa[] {
  const { authority } = borough;
  return Array.from({ length: LSOAS_PER_BOROUGH }, (_, index) => {
    const district = authority.postcodeDistricts[index % authority.postcodeDistricts.length];
    const sectorDigit = 1 + Math.floor(index / authority.postcodeDistricts.length);
    const letter = String.fromCharCode(65 + (index % 4));
    return {
      code: `E01${String(borough.firstLsoa + index).padStart(6, '0')}`,
      name: `${authority.name} ${String(1 + Math.floor(index / 4)).padStart(3, '0')}${letter}`,
      kind: 'LSOA',
      parentCode: authority.code,
      postcodeSector: `${district} ${sectorDigit}`,
    };
  });
}

export const localAuthorities: readonly LocalAuthority[] = boroughs.map((borough) => borough.authority);

/** Local authorities where the synthetic population lives. */
export const residentialAuthorities: readonly LocalAuthority[] = boroughs
  .filter((borough) => borough.withResidents)
  .map((borough) => borough.authority);

export const lsoas: readonly Lsoa[] = boroughs.flatMap(lsoasOf);

export const areas: readonly Area[] = [...localAuthorities, ...lsoas];

const byCode = new Map<string, Area>(areas.map((area) => [area.code, area]));

export function findArea(code: string): Area | undefined {
  return byCode.get(code);
}

/** LSOAs of a local authority, or the LSOA itself when given an LSOA code. */
export function lsoasWithin(code: string): Lsoa[] {
  const area = byCode.get(code);
  if (!area) return [];
  if (area.kind === 'LSOA') return [area as Lsoa];
  return lsoas.filter((lsoa) => lsoa.parentCode === code);
}

/** The GSS pattern: a letter and two digits naming the entity type, then six digits. */
export const GSS_CODE_PATTERN = /^[EWSN]\d{8}$/;

/**
 * The one check of an area code a client sends: why `code` is not an area the
 * partnership covers, in words that say what to send instead, or null when it
 * is one. Malformed and unknown codes are the same mistake to the client (the
 * areas are a fixed list, like an enum), so callers report both as bad input.
 */
export function areaCodeProblem(code: string): string | null {
  if (!GSS_CODE_PATTERN.test(code)) return `"${code}" is not a GSS code: a letter and eight digits, such as E09000022.`;
  if (!byCode.has(code)) return `No area the partnership covers has GSS code ${code}; ask \`areas\` for the list.`;
  return null;
}
