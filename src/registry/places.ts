import { nameKey } from './names.js';

/**
 * The place registry file (`models/registry-places.json`, built by
 * `scripts/build-registry-places.ts` from the `world-countries` and `i18n-iso-countries` packages).
 */
export interface PlaceData {
  /** Where the data came from and under which licence. */
  source: string;
  licence: string;
  countries: CountryData[];
}

export interface CountryData {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** The common English name ("United States"). */
  name: string;
  /** Every other name: official, alternates, abbreviations ("United States of America", "USA", "U.S."). */
  names: string[];
  /** English demonyms ("American"). */
  demonyms: string[];
  capitals: { name: string; names: string[] }[];
}

/** A place the registry knows: a country, or a capital city (which also stands for its government). */
export interface Place {
  /** `country:US` or `capital:US:Washington D.C.`. */
  key: string;
  kind: 'country' | 'capital';
  name: string;
  /** The country's code and its place key (for a capital acting as its government). */
  country: string;
  countryKey: string;
  countryName: string;
}

/** Lookups over the place registry by name key. */
export interface PlaceIndex {
  /** The country or capital a name key names, or null. */
  byName(key: string): Place | null;
  /** The country whose demonym the key is ("american" → United States), or null. */
  byDemonym(key: string): Place | null;
  /** The place with this registry key, or null. */
  byKey(key: string): Place | null;
}

/** Builds the lookups; a name two places claim names neither (countries win over capitals). */
export function createPlaceIndex(data: PlaceData): PlaceIndex {
  const names = new Map<string, Place | null>();
  const demonyms = new Map<string, Place | null>();
  const keys = new Map<string, Place>();
  const claim = (map: Map<string, Place | null>, name: string, place: Place) => {
    const key = nameKey(name);
    if (key === '') return;
    const held = map.get(key);
    if (held === undefined) map.set(key, place);
    else if (held && held.key !== place.key) map.set(key, null);
  };
  const capitals: [string, Place][] = [];
  for (const c of data.countries) {
    const country: Place = {
      key: `country:${c.code}`,
      kind: 'country',
      name: c.name,
      country: c.code,
      countryKey: `country:${c.code}`,
      countryName: c.name,
    };
    keys.set(country.key, country);
    for (const n of [c.name, ...c.names]) claim(names, n, country);
    for (const d of c.demonyms) claim(demonyms, d, country);
    for (const cap of c.capitals) {
      const place: Place = {
        ...country,
        key: `capital:${c.code}:${cap.name}`,
        kind: 'capital',
        name: cap.name,
      };
      keys.set(place.key, place);
      for (const n of [cap.name, ...cap.names]) capitals.push([n, place]);
    }
  }
  // A capital named like a country (Singapore, Kuwait) is the country.
  const capitalNames = new Map<string, Place | null>();
  for (const [n, place] of capitals) if (!names.has(nameKey(n))) claim(capitalNames, n, place);
  for (const [k, place] of capitalNames) names.set(k, place);
  return {
    byName: (key) => names.get(key) ?? null,
    byDemonym: (key) => demonyms.get(key) ?? null,
    byKey: (key) => keys.get(key) ?? null,
  };
}
