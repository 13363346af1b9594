// The join of source rows with gazetteer entries: exact name (or alias) + kind + country, never a guess.
// Pure: rows and entries in, decisions out; scripts/build-qids.ts reads the sources and writes the files.
import { nameTokens, type GazetteerEntry } from '../../src/entities/gazetteer.ts';
import { officeClasses } from './offices.ts';
import type { SourceKind, SourceRow } from './sources.ts';

export interface Provenance {
  id: string;
  qid: string;
  source: string;
  row: string;
  /** the source's own name string that matched the entry's name or an alias */
  sourceName: string;
}

export type Outcome =
  | { id: string; status: 'joined' | 'confirmed'; prov: Provenance; note?: string }
  | { id: string; status: 'contradicted'; qid: string; prov: Provenance }
  | { id: string; status: 'ambiguous'; candidates: Provenance[] }
  | { id: string; status: 'qid-taken'; prov: Provenance; by: string }
  | { id: string; status: 'role-disagrees'; candidates: Provenance[] }
  | { id: string; status: 'no-row' | 'no-source' | 'unconfirmed'; kind: SourceKind | null };

/** A name as the join compares it: the matcher's tokens, and British -isation spelt -ization ("Organisation"). */
export const nameKey = (s: string) =>
  nameTokens(s).filter((t) => /[\p{L}\p{N}]/u.test(t)).map((t) => t.replace(/\.$/, '').replace(/isation(s?)$/, 'ization$1')).join(' ');

/** Which kind of source row may name this entry; null where no source covers it (events, media, most people...). */
export function entryKind(e: GazetteerEntry): SourceKind | null {
  if (e.type === 'COUNTRY' && e.kind !== 'historical-state') return 'country';
  if (e.type === 'LOCATION' && e.kind === 'territory' && e.iso3) return 'country';
  if (e.type === 'LOCATION' && (e.kind === 'capital' || e.kind === 'city' || e.kind === 'borough')) return 'place';
  if (e.type === 'LOCATION' && e.country && ['state', 'federal-district', 'province', 'region'].includes(e.kind ?? '')) return 'admin1';
  if (e.type === 'LOCATION' && !e.country && (e.kind === 'continent' || e.kind === 'region')) return 'world-region';
  if (e.type === 'LOCATION' && e.kind === 'sea') return 'water';
  if (e.type === 'ORGANIZATION' && !e.country && ['intergovernmental', 'bloc', 'forum'].includes(e.kind ?? '')) return 'body';
  if (e.type === 'ORGANIZATION' && e.country && e.kind === 'party') return 'party';
  if (e.type === 'PERSON') return 'office';
  return null;
}

/**
 * Sources tried in order for a kind: a later group is asked only when no earlier one has a row of that name; the
 * sources of one group are asked together (their QIDs must agree); "ep-*" is every EveryPolitician source.
 */
const PRECEDENCE: Record<SourceKind, string[][]> = {
  country: [['dr5hn'], ['ne-countries']],
  place: [['natural-earth'], ['natural-earth-10m']],
  admin1: [['dr5hn']],
  'world-region': [['dr5hn']],
  water: [['ne-marine']],
  body: [['supraverden']],
  party: [['partyfacts']],
  office: [['congress-legislators', 'ep-*', 'leaders-current*']],
};

/**
 * Sources asked by an entry's own name only, never by an alias, and never for a borough: the 1:10m table is a
 * fallback full of small places, where an alias names a neighbour ("Guantanamo", an alias of Guantanamo Bay, is the
 * city of Guantánamo) and a borough's name a town elsewhere (its "Manhattan" is Manhattan, Kansas).
 */
const OWN_NAME_ONLY = new Set(['natural-earth-10m']);
const fallbackRefuses = (row: SourceRow, e: GazetteerEntry, name: string) =>
  OWN_NAME_ONLY.has(row.source) && (e.kind === 'borough' || nameKey(name) !== nameKey(e.name));

interface Index {
  byKindName: Map<string, SourceRow[]>;
}

export function indexRows(rows: readonly SourceRow[]): Index {
  const byKindName = new Map<string, SourceRow[]>();
  for (const r of rows) {
    for (const n of new Set(r.names.map(nameKey))) {
      const k = `${r.kind}\u0000${n}`;
      byKindName.set(k, [...(byKindName.get(k) ?? []), r]);
    }
  }
  return { byKindName };
}

/** A region's aliases are often a narrower place's name ("Gaza" for the Gaza Strip): a region or continent joins by its name only. */
const entryNames = (e: GazetteerEntry) => (e.kind === 'region' || e.kind === 'continent' ? [e.name] : [e.name, ...(e.aliases ?? [])]);

/** The place an entry belongs to, as the codes a source row carries. */
function entryPlace(e: GazetteerEntry, entries: ReadonlyMap<string, GazetteerEntry>) {
  const c = e.iso3 ? e : e.country ? entries.get(e.country) : undefined;
  return { iso2: c?.iso2, iso3: c?.iso3 };
}

const samePlace = (r: SourceRow, p: { iso2?: string; iso3?: string }) =>
  (!!p.iso3 && r.iso3 === p.iso3) || (!!p.iso2 && r.iso2 === p.iso2);

/** Where a person's row holds its office agrees with the country or body an entry's role is held in. */
function officePlaceAgrees(r: SourceRow, of: GazetteerEntry | undefined): boolean {
  if (!of) return false;
  if (r.countryQid) return of.qid === r.countryQid;
  if (r.iso3) return of.iso3 === r.iso3;
  if (r.iso2) return of.iso2 === r.iso2;
  return !!r.body && [of.name, ...(of.aliases ?? [])].some((n) => nameKey(n) === nameKey(r.body!));
}

/** A person's row must share an office class with one of the entry's roles, held in the same place: a name alone never joins. */
const rolesAgree = (e: GazetteerEntry, r: SourceRow, entries: ReadonlyMap<string, GazetteerEntry>) =>
  !r.offices || (e.roles ?? []).some((x) => officeClasses(x.role).some((c) => r.offices!.includes(c)) && officePlaceAgrees(r, entries.get(x.of)));

/**
 * Narrows a source group's rows the way the entry itself tells: rows named by the entry's own name win over rows
 * named only by an alias ("World Bank" over the alias "World Bank Group"), and a capital's rows that the source marks
 * as its country's capital win over namesakes (a district of the same name). Never a guess: what is left may still
 * disagree, and then the join is ambiguous. (A person's rows are narrowed by their offices instead.)
 */
function narrowed<T extends { row: SourceRow; byOwnName: boolean }>(e: GazetteerEntry, rows: T[]): T[] {
  const own = rows.filter((f) => f.byOwnName);
  const named = own.length ? own : rows;
  const capitals = e.kind === 'capital' ? named.filter((f) => f.row.nationalCapital) : [];
  return capitals.length ? capitals : named;
}

function candidatesOf(e: GazetteerEntry, kind: SourceKind, ix: Index, entries: ReadonlyMap<string, GazetteerEntry>) {
  const place = entryPlace(e, entries);
  const found: { row: SourceRow; sourceName: string; byOwnName: boolean }[] = [];
  for (const name of entryNames(e)) {
    for (const row of ix.byKindName.get(`${kind}\u0000${nameKey(name)}`) ?? []) {
      if (!['body', 'office', 'world-region', 'water'].includes(kind) && !samePlace(row, place)) continue;
      if (fallbackRefuses(row, e, name)) continue;
      if (!found.some((f) => f.row === row)) found.push({ row, sourceName: row.names.find((n) => nameKey(n) === nameKey(name))!, byOwnName: nameKey(name) === nameKey(e.name) });
    }
  }
  for (const group of PRECEDENCE[kind]) {
    const inGroup = (source: string) => group.some((g) => (g.endsWith('*') ? source.startsWith(g.slice(0, -1)) : source === g));
    const mine = found.filter((f) => inGroup(f.row.source));
    if (mine.length) return (kind === 'office' ? mine : narrowed(e, mine)).map((f) => ({ row: f.row, prov: { id: e.id, qid: f.row.qid, source: f.row.source, row: f.row.row, sourceName: f.sourceName } }));
  }
  return [];
}

/** One entry's decision, before QIDs are checked for being unique across entries. */
export function joinEntry(e: GazetteerEntry, ix: Index, entries: ReadonlyMap<string, GazetteerEntry>): Outcome {
  const kind = entryKind(e);
  if (!kind) return e.qid ? { id: e.id, status: 'unconfirmed', kind } : { id: e.id, status: 'no-source', kind };
  const all = candidatesOf(e, kind, ix, entries);
  const agreeing = all.filter((c) => rolesAgree(e, c.row, entries));
  const home = kind === 'office' && !agreeing.length ? homeCandidates(e, all, entries) : [];
  const cands = agreeing.length ? agreeing : home;
  if (!cands.length && all.length) return { id: e.id, status: 'role-disagrees', candidates: all.map((c) => c.prov) };
  if (!cands.length) return e.qid ? { id: e.id, status: 'unconfirmed', kind } : { id: e.id, status: 'no-row', kind };
  const qids = [...new Set(cands.map((c) => c.prov.qid))];
  if (qids.length > 1) return { id: e.id, status: 'ambiguous', candidates: cands.map((c) => c.prov) };
  const prov = cands[0]!.prov;
  if (e.qid && e.qid !== prov.qid) return { id: e.id, status: 'contradicted', qid: e.qid, prov };
  return { id: e.id, status: e.qid ? 'confirmed' : 'joined', prov, ...(agreeing.length ? {} : { note: HOME_NOTE }) };
}

export const HOME_NOTE = 'name and country: the source records another post of this state, not the entry\'s';

/**
 * A person whose post the source does not record (its snapshot predates it, or the post has no class) still joins
 * by exact name, type and country, the rule: a row of a post held in the entry's own country names them,
 * and every row of that name, wherever held, names one QID. Such joins are listed in the report.
 */
function homeCandidates<T extends { row: SourceRow; prov: Provenance }>(e: GazetteerEntry, all: T[], entries: ReadonlyMap<string, GazetteerEntry>): T[] {
  const home = e.country ? entries.get(e.country)?.qid : undefined;
  const local = all.filter((c) => !!home && c.row.countryQid === home);
  return local.length && new Set(all.map((c) => c.prov.qid)).size === 1 ? local : [];
}

/** Every entry's decision; a QID that would name two entries is given to neither new one (listed instead). */
export function joinAll(entries: readonly GazetteerEntry[], rows: readonly SourceRow[]): Outcome[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const ix = indexRows(rows);
  const outcomes = entries.map((e) => joinEntry(e, ix, byId));
  const holders = new Map<string, string[]>();
  const hold = (qid: string, id: string) => holders.set(qid, [...(holders.get(qid) ?? []), id]);
  for (const e of entries) if (e.qid) hold(e.qid, e.id);
  for (const o of outcomes) if (o.status === 'joined') hold(o.prov.qid, o.id);
  return outcomes.map((o) => {
    if (o.status !== 'joined') return o;
    const others = holders.get(o.prov.qid)!.filter((id) => id !== o.id);
    return others.length ? { id: o.id, status: 'qid-taken', prov: o.prov, by: others.join(', ') } : o;
  });
}
