// Readers for the openly licensed snapshots that pair names with Wikidata ids (data/gazetteer/sources/qid-sources.json).
// Each reader turns one source into plain rows; the join (scripts/build-qids.ts) never sees a file format.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { openDbf } from 'shapefile';
import { parse as parseYaml } from 'yaml';
import { bodyOfPost, officeClasses } from './offices.ts';

/** What kind of gazetteer entry a row may name: the join compares only rows and entries of one kind. */
export type SourceKind = 'country' | 'place' | 'admin1' | 'world-region' | 'water' | 'body' | 'party' | 'office';

export interface SourceRow {
  source: string;
  /** where in the source: file and the row's own key */
  row: string;
  kind: SourceKind;
  qid: string;
  /** the source's names for the thing, first the main one */
  names: string[];
  iso2?: string;
  iso3?: string;
  /** office classes held (scripts/qids/offices.ts), for a person's row */
  offices?: string[];
  /** where the office is held: the country's Wikidata id, or the name of the state or international body */
  countryQid?: string;
  body?: string;
  /** the source marks this place as its country's capital (Natural Earth's ADM0CAP) */
  nationalCapital?: boolean;
  /** the offices' terms, where the source dates them */
  terms?: { role: string; from: string; to?: string }[];
}

export interface SourceSpec {
  id: string;
  title: string;
  repo: string;
  commit: string;
  license: string;
  files: Record<string, string>;
}

const QID = /^Q[1-9][0-9]*$/;

/** A file of a snapshot, read with git from the local copy `<mirror>/<owner>+<name>/repo` at the recorded commit. */
export function snapshotReader(mirror: string, spec: SourceSpec) {
  const gitDir = join(mirror, spec.repo.replace('/', '+'), 'repo');
  const git = (args: string[]) => execFileSync('git', ['--git-dir', gitDir, ...args], { maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  return {
    read: (path: string): Buffer => {
      try {
        return git(['show', `${spec.commit}:${path}`]);
      } catch {
        throw new Error(`${spec.repo}@${spec.commit.slice(0, 12)}: ${path} cannot be read (not in the snapshot?)`);
      }
    },
    /** the names of the entries of a folder, as the snapshot has them */
    list: (dir: string): string[] => git(['ls-tree', '--name-only', `${spec.commit}:${dir}`]).toString('utf8').split('\n').filter(Boolean),
    /** the snapshot's commit date (YYYY-MM-DD): what the source could know */
    date: (): string => git(['show', '-s', '--format=%cs', spec.commit]).toString('utf8').trim(),
  };
}
type Reader = ReturnType<typeof snapshotReader>;

const csvRows = (buf: Buffer) => parseCsv(buf, { columns: true, skip_empty_lines: true }) as Record<string, string>[];

export function dr5hnCountries(spec: SourceSpec, r: Reader): SourceRow[] {
  return csvRows(r.read(spec.files.countries!))
    .filter((c) => QID.test(c.wikiDataId ?? ''))
    .map((c) => ({ source: spec.id, row: `${spec.files.countries}#${c.id}`, kind: 'country', qid: c.wikiDataId!, names: [c.name!], iso2: c.iso2, iso3: c.iso3 }));
}

export function dr5hnStates(spec: SourceSpec, r: Reader): SourceRow[] {
  return csvRows(r.read(spec.files.states!))
    .filter((s) => QID.test(s.wikiDataId ?? ''))
    .map((s) => ({ source: spec.id, row: `${spec.files.states}#${s.id}`, kind: 'admin1', qid: s.wikiDataId!, names: [s.name!], iso2: s.country_code }));
}

/** Continents and the UN's subregions ("Western Africa", "South-Eastern Asia"). */
export function dr5hnWorldRegions(spec: SourceSpec, r: Reader): SourceRow[] {
  return [spec.files.regions!, spec.files.subregions!].flatMap((file) => csvRows(r.read(file))
    .filter((x) => QID.test(x.wikiDataId ?? ''))
    .map((x) => ({ source: spec.id, row: `${file}#${x.id}`, kind: 'world-region' as const, qid: x.wikiDataId!, names: [x.name!] })));
}

/** Natural Earth's populated places: a zipped dBase table; its NAME, NAME_EN and NAMEASCII are the names. */
export async function naturalEarthPlaces(spec: SourceSpec, r: Reader): Promise<SourceRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'geokg-qids-'));
  try {
    const zip = join(dir, 'places.zip');
    writeFileSync(zip, r.read(spec.files.places!));
    const dbf = execFileSync('unzip', ['-p', zip, spec.files.member!], { maxBuffer: 256 * 1024 * 1024 });
    // shapefile reads dBase as latin1 unless told; Natural Earth's table is UTF-8 (its .cpg says so)
    const table = await openDbf(new Uint8Array(dbf), { encoding: 'utf-8' });
    const out: SourceRow[] = [];
    for (let n = 0, rec = await table.read(); !rec.done; rec = await table.read(), n++) {
      const p = rec.value as Record<string, string | number | null>;
      const qid = String(p.WIKIDATAID ?? '').trim();
      if (!QID.test(qid)) continue;
      const names = [...new Set([p.NAME, p.NAME_EN, p.NAMEASCII].map((x) => String(x ?? '').trim()).filter(Boolean))];
      out.push({
        source: spec.id, row: `${spec.files.member}#${p.NE_ID ?? n}`, kind: 'place', qid, names, iso2: String(p.ISO_A2 ?? ''), iso3: String(p.ADM0_A3 ?? ''),
        ...(Number(p.ADM0CAP) === 1 ? { nationalCapital: true } : {}),
      });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Natural Earth's 1:10m populated places (7,343 places, a superset of the 1:50m table): a 7-Zip archive of GeoJSON,
 * unpacked by the 7z program (Debian's p7zip-full); the generator alone needs it, never a build or a test.
 */
export function naturalEarthPlaces10m(spec: SourceSpec, r: Reader): SourceRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'geokg-qids-'));
  try {
    const archive = join(dir, 'places.7z');
    writeFileSync(archive, r.read(spec.files.places!));
    const json = execFileSync('7z', ['x', '-so', archive, spec.files.member!], { maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
    const features = (JSON.parse(json.toString('utf8')) as { features: { properties: Record<string, string | number | null> }[] }).features;
    return features.flatMap(({ properties: p }, n): SourceRow[] => {
      const qid = String(p.wikidataid ?? '').trim();
      if (!QID.test(qid)) return [];
      const names = [...new Set([p.NAME, p.NAME_EN, p.NAMEASCII].map((x) => String(x ?? '').trim()).filter(Boolean))];
      return [{
        source: spec.id, row: `${spec.files.member}#${p.wof_id ?? n}`, kind: 'place', qid, names, iso2: String(p.ISO_A2 ?? ''), iso3: String(p.ADM0_A3 ?? ''),
        ...(Number(p.ADM0CAP) === 1 ? { nationalCapital: true } : {}),
      }];
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Natural Earth's seas, gulfs, straits and oceans (1:10m marine polygons) as a GeoJSON whose features carry name and qid. */
export function naturalEarthWaters(spec: SourceSpec, r: Reader): SourceRow[] {
  const doc = JSON.parse(r.read(spec.files.waters!).toString('utf8')) as { features: { properties: { name?: string; qid?: string } }[] };
  return doc.features.flatMap(({ properties: p }, n): SourceRow[] =>
    QID.test(p.qid ?? '') && p.name ? [{ source: spec.id, row: `${spec.files.waters}#${n}`, kind: 'water', qid: p.qid!, names: [p.name.trim()] }] : []);
}

/** Natural Earth's 1:50m countries (admin-0 units), by their short, long, administrative and formal names and ISO codes. */
export function naturalEarthCountries(spec: SourceSpec, r: Reader): SourceRow[] {
  const doc = JSON.parse(r.read(spec.files.countries!).toString('utf8')) as { features: { properties: Record<string, string | number | null> }[] };
  const code = (x: unknown) => (typeof x === 'string' && /^[A-Z]{2,3}$/.test(x) ? x : undefined);
  return doc.features.flatMap(({ properties: p }): SourceRow[] => {
    const qid = String(p.WIKIDATAID ?? '');
    if (!QID.test(qid)) return [];
    const names = [...new Set([p.NAME, p.NAME_LONG, p.ADMIN, p.FORMAL_EN].map((x) => String(x ?? '').trim()).filter(Boolean))];
    return [{ source: spec.id, row: `${spec.files.countries}#${p.ADM0_A3}`, kind: 'country', qid, names, iso2: code(p.ISO_A2), iso3: code(p.ISO_A3) }];
  });
}

/** SupraVerden's international organisations: English names, other English names and former names. */
export function supraverdenBodies(spec: SourceSpec, r: Reader): SourceRow[] {
  const list = parseYaml(r.read(spec.files.bodies!).toString('utf8')) as Record<string, Record<string, unknown>>;
  const englishName = (k: string) => k === 'Name_en' || /^Name_other(_\d)?_en$/.test(k) || /^Former_name(_\d)?_en$/.test(k);
  return Object.entries(list)
    .filter(([, b]) => QID.test(String(b.Wikidata_code ?? '')))
    .map(([key, b]) => ({
      source: spec.id, row: `${spec.files.bodies}#${key}`, kind: 'body' as const, qid: String(b.Wikidata_code),
      names: [...new Set(Object.keys(b).filter(englishName).map((k) => String(b[k]).trim()).filter(Boolean))],
    }));
}

/** Party Facts' parties with the Wikidata ids of their English Wikipedia articles: English, short and native names. */
export function partyFactsParties(spec: SourceSpec, r: Reader): SourceRow[] {
  return csvRows(r.read(spec.files.parties!))
    .filter((p) => QID.test(p.wikidata_id ?? ''))
    .map((p) => ({
      source: spec.id, row: `${spec.files.parties}#${p.partyfacts_id}`, kind: 'party' as const, qid: p.wikidata_id!,
      names: [...new Set([p.name, p.name_short, p.name_native].map((x) => (x ?? '').trim()).filter(Boolean))], iso3: p.country,
    }));
}

interface ExecutivePerson {
  id: { bioguide?: string; wikidata?: string; wikipedia?: string };
  name: { first: string; middle?: string; last: string; nickname?: string; official_full?: string };
  terms: { type: string; start: string; end?: string }[];
}

const OFFICES: Record<string, string> = { prez: 'president', viceprez: 'vice president' };

/** Presidents and vice presidents of the United States: their Wikipedia title, official and first-last names. */
export function congressExecutive(spec: SourceSpec, r: Reader): SourceRow[] {
  const people = parseYaml(r.read(spec.files.executive!).toString('utf8')) as ExecutivePerson[];
  return people
    .filter((p) => QID.test(p.id.wikidata ?? ''))
    .map((p) => ({
      source: spec.id, row: `${spec.files.executive}#${p.id.bioguide ?? p.id.wikidata}`, kind: 'office' as const, qid: p.id.wikidata!,
      names: [...new Set([p.id.wikipedia, p.name.official_full, `${p.name.first} ${p.name.last}`].filter((x): x is string => !!x))],
      iso2: 'US', iso3: 'USA',
      offices: [...new Set(p.terms.flatMap((t) => officeClasses(OFFICES[t.type] ?? '')))],
      terms: p.terms.filter((t) => OFFICES[t.type]).map((t) => ({ role: OFFICES[t.type]!, from: t.start, ...(t.end ? { to: t.end } : {}) })),
    }));
}

/** Heads of state and government of every state in office in or after a year (a Wikidata query's results). */
export function everyPoliticianLeaders(spec: SourceSpec, r: Reader): SourceRow[] {
  return csvRows(r.read(spec.files.leaders!))
    .filter((x) => QID.test(x.officeholder ?? '') && officeClasses(x.positionLabel ?? '').length)
    .map((x) => ({
      source: spec.id, row: `${spec.files.leaders}#${x.officeholder}/${x.position}`, kind: 'office' as const, qid: x.officeholder!,
      names: [x.officeholderLabel!], countryQid: x.countryid, offices: officeClasses(x.positionLabel!),
    }));
}

/** The same heads as Wikipedia's list of them names them and links them to Wikidata: the state is named, not coded. */
export function everyPoliticianLeadersWikipedia(spec: SourceSpec, r: Reader): SourceRow[] {
  return csvRows(r.read(spec.files.leadersWikipedia!))
    .filter((x) => QID.test(x.officeholder ?? '') && officeClasses(x.positionlabel ?? '').length && x.country)
    .map((x) => ({
      source: spec.id, row: `${spec.files.leadersWikipedia}#${x.officeholder}/${x.position}`, kind: 'office' as const, qid: x.officeholder!,
      names: [x.officeholderlabel!], body: x.country, offices: officeClasses(x.positionlabel!),
    }));
}

/** Foreign ministers in office, and the EU's High Representative (a Wikidata query's results): person, name, country, position. */
export function everyPoliticianForeign(spec: SourceSpec, r: Reader): SourceRow[] {
  return csvRows(r.read(spec.files.foreign!))
    .filter((x) => QID.test(x.person ?? '') && officeClasses(x.positionLabel ?? '').length)
    .map((x) => ({
      source: spec.id, row: `${spec.files.foreign}#${x.psid || x.person}`, kind: 'office' as const, qid: x.person!,
      names: [x.name!], countryQid: x.country, offices: officeClasses(x.positionLabel!),
    }));
}

/** Holders of international posts ("Secretary-General of the United Nations"): the body is named in the post. */
export function everyPoliticianPosts(spec: SourceSpec, r: Reader): SourceRow[] {
  return csvRows(r.read(spec.files.posts!))
    .filter((x) => QID.test(x.personID ?? '') && officeClasses(x.position ?? '').length && bodyOfPost(x.position!))
    .map((x) => ({
      source: spec.id, row: `${spec.files.posts}#${x.personID}/${x.position}`, kind: 'office' as const, qid: x.personID!,
      names: [x.person!], body: bodyOfPost(x.position!), offices: officeClasses(x.position!),
    }));
}

interface CurrentLeaders {
  country: { iso_code: string; name_en: string };
  positions: Record<string, { title_en?: string; current_holder?: { name_en?: string; name_local?: string; wikidata_id?: string; since?: string } | null }>;
}

/** The class of each position the current-leaders files name, by its key rather than its varied titles. */
const LEADER_POSITIONS: Record<string, string> = { head_of_government: 'head of government', head_of_state: 'head of state' };

/**
 * The current heads of state and government of the G20's and ASEAN's members (one current.json a country): the
 * country is its ISO code, or, for the EU and the AU, named as a body.
 */
export function worldLeadersCurrent(spec: SourceSpec, r: Reader): SourceRow[] {
  // each country is a folder; the folder's README.md sits beside them
  return r.list(spec.files.countries!).filter((d) => !d.includes('.')).sort().flatMap((dir) => {
    const file = `${spec.files.countries}/${dir}/current.json`;
    const doc = JSON.parse(r.read(file).toString('utf8')) as CurrentLeaders;
    const iso2 = /^[A-Z]{2}$/.test(doc.country.iso_code) ? doc.country.iso_code : undefined;
    return Object.entries(doc.positions).flatMap(([key, p]): SourceRow[] => {
      const h = p.current_holder;
      if (!h || !QID.test(h.wikidata_id ?? '') || !LEADER_POSITIONS[key] || !h.name_en) return [];
      return [{
        source: spec.id, row: `${file}#${key}`, kind: 'office', qid: h.wikidata_id!, names: [...new Set([h.name_en, h.name_local].filter((x): x is string => !!x))],
        ...(iso2 ? { iso2 } : { body: doc.country.name_en }), offices: [LEADER_POSITIONS[key]!],
      }];
    });
  });
}

/**
 * A state's posts since 2000 (Wikidata's holders): the state is the repository's jurisdiction. Every post is read,
 * classed or not: a post without a class never agrees with a role, but places its holder in the state.
 */
export function everyPoliticianCabinet(spec: SourceSpec, r: Reader): SourceRow[] {
  const state = (JSON.parse(r.read(spec.files.meta!).toString('utf8')) as { jurisdiction: { id: string } }).jurisdiction.id;
  // the legislators' file: seats held by the same state's politicians (a seat places its holder in the state too)
  return [spec.files.holders!, ...(spec.files.legislators ? [spec.files.legislators] : [])].flatMap((file) => csvRows(r.read(file))
    .filter((x) => QID.test(x.personID ?? '') && x.position)
    .map((x) => ({
      source: spec.id, row: `${file}#${x.personID}/${x.position}/${x.start}`, kind: 'office' as const, qid: x.personID!,
      names: [x.person!], countryQid: state, offices: officeClasses(x.position!),
    })));
}
