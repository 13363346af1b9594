// Generates data/gazetteer/countries.json and capitals.json from the world-countries package,
// layered with the hand-kept tables in data/gazetteer/sources/. Deterministic: same inputs, same bytes.
// Run: npx tsx scripts/build-gazetteer.ts
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Country } from 'world-countries';
import { nameTokens, type GazetteerEntry, type GazetteerFile } from '../src/entities/gazetteer.ts';
import { writeFileAtomic } from '../src/util/atomic.ts';

const require = createRequire(import.meta.url);
const countries = require('world-countries') as Country[];
const pkgVersion = (require('world-countries/package.json') as { version: string }).version;

export const GAZ_DIR = fileURLToPath(new URL('../data/gazetteer/', import.meta.url));
const readJson = <T>(name: string): T => JSON.parse(readFileSync(GAZ_DIR + name, 'utf8')) as T;

interface CountryExtra {
  id?: string;
  name?: string;
  kind?: string;
  aliases?: string[];
  acronyms?: string[];
  demonyms?: string[];
  dropDemonyms?: string[];
  noPlural?: boolean;
  sovereign?: string;
  skip?: boolean;
}
interface CapitalExtra {
  name?: string;
  aliases?: string[];
  qid?: string;
}

const extras = readJson<{ countries: Record<string, CountryExtra> }>('sources/country-extras.json').countries;
const qids = readJson<{ qids: Record<string, string> }>('sources/country-qids.json').qids;
const capitalExtras = readJson<{ capitals: Record<string, CapitalExtra> }>('sources/capital-extras.json').capitals;

/** The files this script writes; scripts/build-qids.ts edits the others in place. */
export const GENERATED_FILES = ['countries.json', 'capitals.json'];

/** QIDs joined from sourced data by scripts/build-qids.ts (data/gazetteer/qids/provenance.tsv): entry id → QID. */
function sourcedQids(): Map<string, string> {
  let text = '';
  try {
    text = readFileSync(GAZ_DIR + 'qids/provenance.tsv', 'utf8');
  } catch {
    return new Map();
  }
  const rows = text.split('\n').filter((l) => l && !l.startsWith('#')).slice(1).map((l) => l.split('\t'));
  return new Map(rows.map(([id, qid]) => [id!, qid!]));
}

/** States the UN does not list as members but that news treats as state actors. */
const NON_MEMBER_STATES = new Set(['VAT', 'PSE', 'TWN', 'UNK']);

const SOURCE = `world-countries npm package v${pkgVersion} (ODbL-1.0), with hand-kept names, acronyms, demonyms and Wikidata QIDs from data/gazetteer/sources/ (2026)`;
const LICENSE = 'ODbL-1.0';

const uniq = (xs: readonly string[]) => [...new Set(xs)];
const sameName = (a: string, b: string) => nameTokens(a).join(' ') === nameTokens(b).join(' ');
const slug = (s: string) =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Official and alternative English names the package lists, without codes, inverted forms or native spellings. */
function englishAltNames(c: Country): string[] {
  const englishOnly = (s: string) => /^[A-Za-z' -]+$/.test(s) && / /.test(s) && !/ (des|de|du|del|la|le) /.test(s) && /\b(Republic|Kingdom|State|Federation|Commonwealth|Principality|Union|Confederation|Sultanate|Emirates|Duchy)\b/.test(s);
  return [c.name.official, ...c.altSpellings].filter(englishOnly);
}

/** "Antiguan, Barbudan", "Kittitian or Nevisian" → single demonyms. */
function packageDemonyms(c: Country): string[] {
  const eng = c.demonyms?.eng;
  if (!eng) return [];
  return uniq([eng.m, eng.f].flatMap((d) => d.split(/,\s*|\s+or\s+/)).map((d) => d.trim()).filter(Boolean));
}

/** Regular plural nouns of nationality: Russian → Russians, Israeli → Israelis, Icelander → Icelanders. */
const regularPlural = (d: string) => (/(an|i|er)$/.test(d) ? d + 's' : null);

function countryEntry(c: Country, x: CountryExtra, sourced: ReadonlyMap<string, string>): GazetteerEntry {
  const iso3 = x.id ?? c.cca3;
  const isState = c.unMember || NON_MEMBER_STATES.has(c.cca3);
  const name = x.name ?? c.name.common;
  const acronyms = uniq(x.acronyms ?? []);
  const aliases = uniq([...(name !== c.name.common ? [c.name.common] : []), ...englishAltNames(c), ...(x.aliases ?? [])])
    .filter((a) => !sameName(a, name) && !acronyms.includes(a));
  // a territory's package demonym often repeats its state's ("American", "Dutch"): only hand-kept ones for territories
  const base = (isState ? packageDemonyms(c) : []).filter((d) => !(x.dropDemonyms ?? []).includes(d));
  const plurals = x.noPlural ? [] : base.map(regularPlural).filter((d): d is string => d !== null);
  const demonyms = uniq([...base, ...plurals, ...(x.demonyms ?? [])]);
  const e: GazetteerEntry = {
    id: `country:${iso3}`,
    name,
    type: isState ? 'COUNTRY' : 'LOCATION',
    kind: x.kind ?? (isState ? 'country' : 'territory'),
  };
  if (aliases.length) e.aliases = aliases;
  if (acronyms.length) e.acronyms = acronyms;
  if (demonyms.length) e.demonyms = demonyms;
  const qid = qids[iso3] ?? sourced.get(e.id);
  if (qid) e.qid = qid;
  e.iso2 = c.cca2;
  e.iso3 = iso3;
  if (isState && c.capital[0]) e.capital = capitalName(c.capital[0]);
  if (x.sovereign) e.country = `country:${x.sovereign}`;
  return e;
}

const capitalName = (packageName: string) => capitalExtras[packageName]?.name ?? packageName;

function capitalEntries(states: readonly { c: Country; entry: GazetteerEntry }[], countryNames: readonly string[], sourced: ReadonlyMap<string, string>): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const { c, entry } of states) {
    for (const raw of c.capital) {
      const x = capitalExtras[raw] ?? {};
      const name = capitalName(raw);
      // a city-state's capital shares the state's name (Singapore, Djibouti, Kuwait City is kept): the country entry covers it
      if (countryNames.some((n) => sameName(n, name))) continue;
      const e: GazetteerEntry = { id: `loc:${slug(name)}`, name, type: 'LOCATION', kind: 'capital' };
      const aliases = uniq([...(raw !== name ? [raw] : []), ...(x.aliases ?? [])]).filter((a) => !sameName(a, name));
      if (aliases.length) e.aliases = aliases;
      const qid = x.qid ?? sourced.get(e.id);
      if (qid) e.qid = qid;
      e.country = entry.id;
      out.push(e);
    }
  }
  return out;
}

/** One entry a line: readable diffs, stable bytes. */
export function serialise(file: GazetteerFile): string {
  const head = JSON.stringify({ source: file.source, license: file.license });
  return `${head.slice(0, -1)},"entries":[\n${file.entries.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n`;
}

/** The generated files, by name, as they are written: the test compares them with the committed ones. */
export function generateGazetteerFiles(): Record<string, string> {
  const kept = countries
    .filter((c) => !extras[c.cca3]?.skip)
    .sort((a, b) => a.cca3.localeCompare(b.cca3));
  const sourced = sourcedQids();
  const built = kept.map((c) => ({ c, entry: countryEntry(c, extras[c.cca3] ?? {}, sourced) }));
  const countryNames = built.flatMap(({ entry }) => [entry.name, ...(entry.aliases ?? [])]);
  const states = built.filter(({ entry }) => entry.type === 'COUNTRY');
  return {
    'countries.json': serialise({ source: SOURCE, license: LICENSE, entries: built.map((b) => b.entry) }),
    'capitals.json': serialise({ source: SOURCE, license: LICENSE, entries: capitalEntries(states, countryNames, sourced) }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const [name, text] of Object.entries(generateGazetteerFiles())) writeFileAtomic(GAZ_DIR + name, text);
}
