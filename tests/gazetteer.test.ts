import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GAZETTEER_DIR,
  loadGazetteer,
  nameTokens,
  type GazetteerEntry,
  type GazetteerFile,
  type MatchForm,
  type TrieNode,
} from '../src/entities/gazetteer.ts';
import { pieceKey } from '../src/entities/match.ts';
import { ENTITY_TYPES } from '../src/model/types.ts';
import { generateGazetteerFiles } from '../scripts/build-gazetteer.ts';

const fileNames = readdirSync(DEFAULT_GAZETTEER_DIR).filter((f) => f.endsWith('.json')).sort();
const files = fileNames.map((f) => ({
  name: f,
  data: JSON.parse(readFileSync(join(DEFAULT_GAZETTEER_DIR, f), 'utf8')) as GazetteerFile,
}));
const allEntries: GazetteerEntry[] = files.flatMap((f) => f.data.entries);
const gazetteer = loadGazetteer();

type Hit = { id: string; form: MatchForm; caseSensitive: string | null };
/** Walks the compiled trie along one key path. */
function walk(keys: readonly string[]): Hit[] {
  let node: TrieNode | undefined = gazetteer.trie;
  for (const k of keys) if (!(node = node.next?.get(k))) return [];
  return (node.hits ?? []).map((h) => ({ id: h.entry.id, form: h.form, caseSensitive: h.caseSensitive }));
}
/** The hits for a surface form, keyed as the matcher keys text (pieceKey) or as raw name tokens. */
function lookup(surface: string): Hit[] {
  const raw = nameTokens(surface);
  const byPiece = walk(raw.map(pieceKey).filter(Boolean));
  return byPiece.length ? byPiece : walk(raw);
}

/** id prefix → the SCHEMA types an entry under it may have */
const PREFIX_TYPES: Record<string, readonly string[]> = {
  country: ['COUNTRY', 'LOCATION'], // territories keep their ISO code but are places, not states
  loc: ['LOCATION'],
  org: ['ORGANIZATION'],
  media: ['ORGANIZATION'],
  person: ['PERSON'],
  event: ['EVENT'],
  other: ['OTHER'],
};

describe('gazetteer files', () => {
  it('each states its source and licence and holds entries', () => {
    expect(fileNames).toEqual(expect.arrayContaining(['countries.json', 'capitals.json', 'organizations.json', 'people.json', 'events.json']));
    for (const f of files) {
      expect(f.data.source.length, f.name).toBeGreaterThan(20);
      expect(f.data.license, f.name).toMatch(/\w/);
      expect(f.data.entries.length, f.name).toBeGreaterThan(0);
    }
  });

  it('never defines an id twice, so no entry is silently shadowed', () => {
    const ids = allEntries.map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(gazetteer.entries.size).toBe(ids.length);
  });

  it('gives every entry a readable id, a SCHEMA type matching its id, and a kind', () => {
    for (const e of allEntries) {
      const m = /^([a-z]+):[A-Za-z0-9-]+$/.exec(e.id);
      expect(m, e.id).not.toBeNull();
      expect(ENTITY_TYPES).toContain(e.type);
      expect(PREFIX_TYPES[m![1]!], e.id).toContain(e.type);
      expect(e.kind, e.id).toMatch(/^[a-z-]+$/);
    }
  });

  it('resolves every country, partOf and role reference to an entry', () => {
    const dangling: string[] = [];
    const check = (from: string, ref: string | undefined) => {
      if (ref !== undefined && !gazetteer.entries.has(ref)) dangling.push(`${from} → ${ref}`);
    };
    for (const e of allEntries) {
      check(e.id, e.country);
      check(e.id, e.partOf);
      for (const r of e.roles ?? []) check(e.id, r.of);
    }
    expect(dangling).toEqual([]);
  });

  it('points country references at states or territories and roles at states, bodies or places', () => {
    for (const e of allEntries) {
      if (e.country) expect(e.country, e.id).toMatch(/^country:/);
      for (const r of e.roles ?? []) expect(['COUNTRY', 'ORGANIZATION', 'LOCATION'], e.id).toContain(gazetteer.entries.get(r.of)!.type);
    }
  });

  it('dates roles in ISO 8601, with no role ending before it starts', () => {
    const isoDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;
    for (const e of allEntries) {
      expect(e.type === 'PERSON' || !e.roles, e.id).toBe(true);
      for (const r of e.roles ?? []) {
        expect(r.role, e.id).toMatch(/^[a-z][\p{L} -]+$/u);
        if (r.from) expect(r.from, e.id).toMatch(isoDate);
        if (r.to) expect(r.to, e.id).toMatch(isoDate);
        if (r.from && r.to) expect(r.from <= r.to, `${e.id} ${r.role}`).toBe(true);
      }
    }
  });

  it('uses well-formed Wikidata ids, each for one entry only', () => {
    const qids = allEntries.filter((e) => e.qid).map((e) => e.qid!);
    for (const q of qids) expect(q).toMatch(/^Q[1-9]\d*$/);
    expect(qids.filter((q, i) => qids.indexOf(q) !== i)).toEqual([]);
    // every UN member state has its QID
    const states = allEntries.filter((e) => e.id.startsWith('country:') && e.type === 'COUNTRY');
    expect(states.length).toBeGreaterThanOrEqual(197);
    expect(states.filter((e) => !e.qid).map((e) => e.id)).toEqual([]);
  });

  it('adds no lowercase generic word as a name: every form carries a capital or a digit', () => {
    for (const e of allEntries) {
      for (const s of [e.name, ...(e.aliases ?? []), ...(e.demonyms ?? [])]) expect(s, e.id).toMatch(/[\p{Lu}\d]/u);
      for (const a of e.acronyms ?? []) expect(a, e.id).toMatch(/^[\p{L}\d.&/+-]+$/u);
    }
  });

  it('lets no surface form name two entries', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of allEntries) {
      const forms = [e.name, ...(e.aliases ?? []), ...(e.demonyms ?? [])].map((s) => nameTokens(s).join(' '));
      forms.push(...(e.acronyms ?? []).map((a) => 'acronym:' + a.replace(/\./g, '')));
      for (const f of new Set(forms)) {
        const prev = owner.get(f);
        if (prev && prev !== e.id) clashes.push(`${f}: ${prev} / ${e.id}`);
        owner.set(f, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('generated country data', () => {
  it('is what scripts/build-gazetteer.ts produces from world-countries, byte for byte', () => {
    for (const [name, text] of Object.entries(generateGazetteerFiles()))
      expect(readFileSync(join(DEFAULT_GAZETTEER_DIR, name), 'utf8') === text, `${name} is stale: run npx tsx scripts/build-gazetteer.ts`).toBe(true);
  });

  it('keeps collision-prone acronyms exact-case and ISO codes, capitals and QIDs on states', () => {
    const usa = gazetteer.entries.get('country:USA')!;
    expect(usa).toMatchObject({ name: 'United States', iso2: 'US', iso3: 'USA', qid: 'Q30', capital: 'Washington', type: 'COUNTRY' });
    expect(usa.acronyms).toEqual(expect.arrayContaining(['US', 'U.S.', 'USA']));
    expect(usa.aliases).not.toContain('US');
    expect(gazetteer.entries.get('country:GBR')!.acronyms).toContain('UK');
    expect(gazetteer.entries.get('country:TUR')!.name).toBe('Turkey');
    expect(gazetteer.entries.get('country:HKG')).toMatchObject({ type: 'LOCATION', kind: 'territory', country: 'country:CHN' });
  });
});

describe('look-ups through the compiled trie', () => {
  const cases: [string, string, MatchForm][] = [
    ["People's Republic of China", 'country:CHN', 'alias'],
    ['PRC', 'country:CHN', 'acronym'],
    ['Russian', 'country:RUS', 'demonym'],
    ['Russians', 'country:RUS', 'demonym'],
    ['Israelis', 'country:ISR', 'demonym'],
    ['the Netherlands', 'country:NLD', 'alias'],
    ['Holland', 'country:NLD', 'alias'],
    ['Kyrgyz Republic', 'country:KGZ', 'alias'],
    ['United States of America', 'country:USA', 'alias'],
    ['Türkiye', 'country:TUR', 'alias'],
    ['ICC', 'org:icc', 'acronym'],
    ['International Criminal Court', 'org:icc', 'name'],
    ['Kremlin', 'org:kremlin', 'name'],
    ['The Hague', 'loc:the-hague', 'name'],
    ['Hague', 'loc:the-hague', 'alias'],
    ['Beijing', 'loc:beijing', 'name'],
    ['Great Hall of the People', 'loc:great-hall-of-the-people', 'name'],
    ['Latin America', 'loc:latin-america', 'name'],
    ['AP', 'media:ap', 'acronym'],
    ['AP News', 'media:ap', 'alias'],
    ['New York Times', 'media:nyt', 'alias'],
    ['CCTV', 'media:cctv', 'acronym'],
    ['Xi Jinping', 'person:xi-jinping', 'name'],
    ['Joseph Biden', 'person:joe-biden', 'alias'],
    ['MBS', 'person:mohammed-bin-salman', 'acronym'],
    ['Belt and Road Forum', 'event:belt-and-road-forum', 'name'],
    ['BRI', 'other:belt-and-road-initiative', 'acronym'],
    ['One Belt One Road', 'other:belt-and-road-initiative', 'alias'],
  ];
  it.each(cases)('%s → %s (%s)', (surface, id, form) => {
    expect(lookup(surface)).toContainEqual(expect.objectContaining({ id, form }));
  });

  it('matches acronyms in exact case only', () => {
    expect(lookup('ICC')).toContainEqual({ id: 'org:icc', form: 'acronym', caseSensitive: 'ICC' });
    expect(lookup('US')).toContainEqual({ id: 'country:USA', form: 'acronym', caseSensitive: 'US' });
  });

  it('links organs to their bodies and people to their offices', () => {
    expect(gazetteer.entries.get('org:unsc')!.partOf).toBe('org:un');
    const xi = gazetteer.entries.get('person:xi-jinping')!;
    expect(xi.roles).toContainEqual(expect.objectContaining({ role: 'president', of: 'country:CHN' }));
    expect(gazetteer.entries.get('person:vladimir-putin')!.qid).toBe('Q7747');
  });
});
