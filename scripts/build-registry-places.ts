/**
 * Builds `models/registry-places.json`, the place registry the entity linker reads: every country
 * with its names, abbreviations, English demonyms and capitals. Deterministic: the same package
 * versions give the same file byte for byte.
 *
 * Sources (devDependencies, read only here):
 * - `world-countries` (Mohammed Le Doze, ODbL 1.0): common and official names, alternate
 *   spellings, English demonyms, capitals;
 * - `i18n-iso-countries` (MIT): the English names with the abbreviations news writes ("U.S.",
 *   "USA", "UK").
 * Bare ISO codes are left out ("IN", "IT", "AI", "VA" are words or US states before they are
 * countries), as are names two countries claim. The built file is a derivative of world-countries
 * and so under the ODbL 1.0 (see README).
 *
 * Run: `npx tsx scripts/build-registry-places.ts`
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { nameKey } from '../src/registry/names.js';
import type { CountryData, PlaceData } from '../src/registry/places.js';
import { MODELS_DIR } from '../src/resources.js';

interface WorldCountry {
  cca2: string;
  cca3: string;
  ccn3: string;
  cioc?: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  capital: string[];
  unMember: boolean;
}

/**
 * News forms the two packages lack, each checked absent from both: "America" for the United
 * States and "Britain" for the United Kingdom are how English-language news most often names them.
 */
const NEWS_FORMS: Record<string, string[]> = { US: ['America'], GB: ['Britain'] };

const require = createRequire(import.meta.url);
const world = require('world-countries') as WorldCountry[];
const english = require('i18n-iso-countries/langs/en.json') as {
  countries: Record<string, string | string[]>;
};
const worldVersion = (require('world-countries/package.json') as { version: string }).version;
const i18nVersion = (require('i18n-iso-countries/package.json') as { version: string }).version;

const isLatin = (s: string) => /^[\p{Script=Latin}\p{M}\p{N}\s.,'’()-]+$/u.test(s);

function namesOf(c: WorldCountry): string[] {
  const codes = new Set([c.cca2, c.cca3, c.ccn3, c.cioc].filter(Boolean));
  const i18n = english.countries[c.cca2] ?? [];
  const all = [
    c.name.official,
    ...c.altSpellings,
    ...(Array.isArray(i18n) ? i18n : [i18n]),
    ...(NEWS_FORMS[c.cca2] ?? []),
  ];
  // "Korea, Republic of" is a sorting form, not how anyone writes the name.
  const written = all.filter((n) => isLatin(n) && !n.includes(', ') && !codes.has(n));
  // Codes return only in the forms i18n-iso-countries lists as English names (US, U.S., USA, UK).
  const i18nCodes = (Array.isArray(i18n) ? i18n : [i18n]).filter((n) => codes.has(n.replace(/\./g, '')));
  return [...new Set([...written, ...i18nCodes])].filter((n) => n !== c.name.common);
}

/** "Washington D.C." is also written "Washington, D.C." and, as the seat of government, "Washington". */
function capitalNames(capital: string): string[] {
  const district = /^(.*?),? ((?:\p{Lu}\.){2,})$/u.exec(capital);
  return district ? [`${district[1]}, ${district[2]}`, district[1]] : [];
}

const countries: CountryData[] = world
  .map((c) => {
    const demonym = c.demonyms?.eng;
    return {
      code: c.cca2,
      name: c.name.common,
      names: namesOf(c),
      demonyms: demonym ? [...new Set([demonym.m, demonym.f])] : [],
      capitals: c.capital.map((name) => ({ name, names: capitalNames(name) })),
    };
  })
  .sort((a, b) => a.code.localeCompare(b.code));

const member = new Set(world.filter((c) => c.unMember).map((c) => c.cca2));

/**
 * Who keeps a name or demonym several countries claim: a country's own common name is its own;
 * else the one UN member among the claimants ("American": the United States, not the US Minor
 * Outlying Islands); else nobody ("Congo", "Congolese" name two member states).
 */
function keepOwned(pick: (c: CountryData) => string[], withCommon: boolean): Map<string, string | null> {
  const owners = new Map<string, Set<string>>();
  for (const c of countries)
    for (const n of [...(withCommon ? [c.name] : []), ...pick(c)]) {
      const key = nameKey(n);
      owners.set(key, (owners.get(key) ?? new Set()).add(c.code));
    }
  const owner = new Map<string, string | null>();
  for (const [key, codes] of owners) {
    const common = withCommon
      ? countries.find((c) => codes.has(c.code) && nameKey(c.name) === key)
      : undefined;
    const members = [...codes].filter((code) => member.has(code));
    owner.set(
      key,
      codes.size === 1 ? [...codes][0] : (common?.code ?? (members.length === 1 ? members[0] : null)),
    );
  }
  return owner;
}
const nameOwner = keepOwned((c) => c.names, true);
const demonymOwner = keepOwned((c) => c.demonyms, false);
for (const c of countries) {
  const commonKey = nameKey(c.name);
  c.names = c.names.filter((n) => nameKey(n) !== commonKey && nameOwner.get(nameKey(n)) === c.code);
  c.demonyms = c.demonyms.filter((d) => demonymOwner.get(nameKey(d)) === c.code);
}

const data: PlaceData = {
  source: `world-countries ${worldVersion} (ODbL 1.0) and i18n-iso-countries ${i18nVersion} (MIT), built by scripts/build-registry-places.ts`,
  licence: 'ODbL-1.0 (Open Database License), a derivative database of world-countries',
  countries,
};
const out = join(MODELS_DIR, 'registry-places.json');
writeFileSync(out, `${JSON.stringify(data)}\n`);
process.stdout.write(`wrote ${out}: ${countries.length} countries\n`);
