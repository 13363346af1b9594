// QIDs joined from named, openly licensed sources (scripts/build-qids.ts): the committed provenance table agrees
// with the entries, and the join itself never guesses (tested on rows and entries written here).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newsSetArticles, qidCoverage } from '../src/cli/commands/eval-qids.ts';
import { createGraph } from '../src/graph/index.ts';
import { loadGazetteer, type GazetteerEntry } from '../src/entities/gazetteer.ts';
import { PROVENANCE_FILE, withQid } from '../scripts/build-qids.ts';
import { HOME_NOTE, joinAll, nameKey } from '../scripts/qids/join.ts';
import { officeClasses } from '../scripts/qids/offices.ts';
import { naturalEarthCountries, naturalEarthWaters, worldLeadersCurrent, type SourceRow, type SourceSpec } from '../scripts/qids/sources.ts';
import { usExecutiveEntries } from '../scripts/qids/us-executive.ts';

const gazetteer = loadGazetteer();
const provenance = readFileSync(PROVENANCE_FILE, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).slice(1)
  .map((l) => { const [id, qid, source, row, sourceName] = l.split('\t'); return { id: id!, qid: qid!, source: source!, row: row!, sourceName: sourceName! }; });
const sources = JSON.parse(readFileSync(new URL('../data/gazetteer/sources/qid-sources.json', import.meta.url), 'utf8')) as { sources: { id: string }[] };

/** mulberry32: a seeded sample, the same on every run */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the provenance table', () => {
  it('names, for 100 seeded-random entries with a QID, a source row whose name is the entry\'s name or an alias', () => {
    const rnd = seeded(15);
    const pool = [...provenance];
    expect(pool.length).toBeGreaterThanOrEqual(100);
    const sample = Array.from({ length: 100 }, () => pool.splice(Math.floor(rnd() * pool.length), 1)[0]!);
    for (const p of sample) {
      const e = gazetteer.entries.get(p.id);
      expect(e, p.id).toBeDefined();
      expect(e!.qid, p.id).toBe(p.qid);
      expect([e!.name, ...(e!.aliases ?? [])].map(nameKey), p.id).toContain(nameKey(p.sourceName));
    }
  });

  it('agrees with every entry it lists, and names only sources the manifest lists', () => {
    const known = new Set(sources.sources.map((s) => s.id));
    for (const p of provenance) {
      expect(gazetteer.entries.get(p.id)?.qid, p.id).toBe(p.qid);
      expect(known.has(p.source), p.source).toBe(true);
    }
  });

  it('confirms the well-known QIDs the issue names, each by a source row', () => {
    const want: Record<string, string> = {
      'person:barack-obama': 'Q76', 'person:joe-biden': 'Q6279', 'person:donald-trump': 'Q22686', 'person:vladimir-putin': 'Q7747',
      'person:xi-jinping': 'Q15031', 'person:narendra-modi': 'Q1058', 'person:angela-merkel': 'Q567',
      'org:nato': 'Q7184', 'org:eu': 'Q458', 'org:un': 'Q1065', 'org:icc': 'Q47488',
      'loc:beijing': 'Q956', 'loc:moscow': 'Q649', 'loc:paris': 'Q90', 'loc:london': 'Q84', 'loc:tokyo': 'Q1490',
    };
    const byId = new Map(provenance.map((p) => [p.id, p]));
    for (const [id, qid] of Object.entries(want)) expect(byId.get(id)?.qid, id).toBe(qid);
  });
});

const entry = ({ id, name, ...rest }: Partial<GazetteerEntry> & { id: string; name: string }): GazetteerEntry => ({ id, name, type: 'LOCATION', kind: 'city', ...rest });
const row = (r: Partial<SourceRow> & { qid: string; names: string[] }): SourceRow => ({ source: 'natural-earth', row: `t#${r.qid}`, kind: 'place', ...r });
const norland = entry({ id: 'country:NRL', name: 'Norland', type: 'COUNTRY', kind: 'country', iso2: 'NL', iso3: 'NRL' });

describe('the join', () => {
  it('gives a city the QID of the one row with its name in its country, and none to the same name elsewhere', () => {
    const out = joinAll([norland, entry({ id: 'loc:a', name: 'Alderton', country: 'country:NRL' })],
      [row({ qid: 'Q11', names: ['Alderton'], iso2: 'NL' }), row({ qid: 'Q12', names: ['Alderton'], iso2: 'SX' })]);
    expect(out.find((o) => o.id === 'loc:a')).toMatchObject({ status: 'joined', prov: { qid: 'Q11', sourceName: 'Alderton' } });
  });

  it('leaves an ambiguous name without a QID', () => {
    const out = joinAll([norland, entry({ id: 'loc:a', name: 'Alderton', country: 'country:NRL' })],
      [row({ qid: 'Q11', names: ['Alderton'], iso2: 'NL' }), row({ qid: 'Q13', names: ['Alderton'], iso2: 'NL' })]);
    expect(out.find((o) => o.id === 'loc:a')!.status).toBe('ambiguous');
  });

  it('prefers rows of the entry\'s own name over rows of an alias, and a capital\'s row over a namesake', () => {
    const bank = entry({ id: 'loc:b', name: 'Brenmouth', country: 'country:NRL', aliases: ['Greater Brenmouth'] });
    const byAlias = joinAll([norland, bank], [row({ qid: 'Q21', names: ['Brenmouth'], iso2: 'NL' }), row({ qid: 'Q22', names: ['Greater Brenmouth'], iso2: 'NL' })]);
    expect(byAlias.at(-1)).toMatchObject({ status: 'joined', prov: { qid: 'Q21' } });
    const capital = entry({ id: 'loc:c', name: 'Calder', kind: 'capital', country: 'country:NRL' });
    const namesakes = [row({ qid: 'Q31', names: ['Calder'], iso2: 'NL' }), row({ qid: 'Q32', names: ['Calder'], iso2: 'NL', nationalCapital: true })];
    expect(joinAll([norland, capital], namesakes).at(-1)).toMatchObject({ status: 'joined', prov: { qid: 'Q32' } });
    // a city that is not the capital keeps both namesakes: ambiguous
    expect(joinAll([norland, { ...capital, kind: 'city' }], namesakes).at(-1)!.status).toBe('ambiguous');
  });

  it('asks the 1:10m fallback table by the entry\'s own name only, never by an alias, and never for a borough', () => {
    const bay = entry({ id: 'loc:d', name: 'Dunmore Bay', country: 'country:NRL', aliases: ['Dunmore'] });
    const town = row({ source: 'natural-earth-10m', qid: 'Q41', names: ['Dunmore'], iso2: 'NL' });
    expect(joinAll([norland, bay], [town]).at(-1)!.status).toBe('no-row');
    expect(joinAll([norland, bay], [{ ...town, source: 'natural-earth' }]).at(-1)).toMatchObject({ status: 'joined', prov: { qid: 'Q41' } });
    const borough = entry({ id: 'loc:e', name: 'Eastholm', kind: 'borough', country: 'country:NRL' });
    expect(joinAll([norland, borough], [{ ...town, names: ['Eastholm'] }]).at(-1)!.status).toBe('no-row');
  });

  it('lists a QID a source contradicts instead of overwriting it', () => {
    const out = joinAll([norland, entry({ id: 'loc:a', name: 'Alderton', country: 'country:NRL', qid: 'Q99' })],
      [row({ qid: 'Q11', names: ['Alderton'], iso2: 'NL' })]);
    expect(out.find((o) => o.id === 'loc:a')).toMatchObject({ status: 'contradicted', qid: 'Q99', prov: { qid: 'Q11' } });
  });

  it('matches a person only with an office that agrees, held in the same country', () => {
    const person = (roles: GazetteerEntry['roles']) => entry({ id: 'person:j', name: 'Jane Roe', type: 'PERSON', kind: 'politician', country: 'country:USA', roles });
    const exec = row({ source: 'congress-legislators', kind: 'office', qid: 'Q21', names: ['Jane Roe'], iso2: 'US', iso3: 'USA', offices: ['vice president'] });
    const usa = entry({ id: 'country:USA', name: 'Utopia', type: 'COUNTRY', kind: 'country', iso2: 'US', iso3: 'USA' });
    expect(joinAll([usa, person([{ role: 'vice president', of: 'country:USA' }])], [exec]).at(-1)!.status).toBe('joined');
    expect(joinAll([usa, person([{ role: 'secretary of state', of: 'country:USA' }])], [exec]).at(-1)!.status).toBe('role-disagrees');
  });

  it('joins a person the source records only in another post of the same state, by name and country, and no one elsewhere', () => {
    const land = entry({ id: 'country:NRL', name: 'Norland', type: 'COUNTRY', kind: 'country', qid: 'Q900' });
    const premier = entry({ id: 'person:p', name: 'Ola Berg', type: 'PERSON', kind: 'politician', country: 'country:NRL', roles: [{ role: 'prime minister', of: 'country:NRL' }] });
    const post = (qid: string, countryQid: string) => row({ source: 'ep-norland', kind: 'office', qid, names: ['Ola Berg'], countryQid, offices: officeClasses('Minister of Fisheries') });
    expect(joinAll([land, premier], [post('Q51', 'Q900')]).at(-1)).toMatchObject({ status: 'joined', prov: { qid: 'Q51' }, note: HOME_NOTE });
    expect(joinAll([land, premier], [post('Q51', 'Q901')]).at(-1)!.status).toBe('role-disagrees');
    // a namesake with another QID anywhere: no QID
    expect(joinAll([land, premier], [post('Q51', 'Q900'), post('Q52', 'Q901')]).at(-1)!.status).toBe('role-disagrees');
  });

  it('matches an office holder by the country\'s QID, or by the body an international post names', () => {
    const land = entry({ id: 'country:NRL', name: 'Norland', type: 'COUNTRY', kind: 'country', qid: 'Q900' });
    const union = entry({ id: 'org:nu', name: 'Northern Union', type: 'ORGANIZATION', kind: 'intergovernmental' });
    const minister = entry({ id: 'person:m', name: 'Ola Berg', type: 'PERSON', kind: 'politician', roles: [{ role: 'foreign minister', of: 'country:NRL' }] });
    const chief = entry({ id: 'person:c', name: 'Eva Lund', type: 'PERSON', kind: 'politician', roles: [{ role: 'secretary-general', of: 'org:nu' }] });
    const held = (countryQid: string) => row({ source: 'ep-world', kind: 'office', qid: 'Q51', names: ['Ola Berg'], countryQid, offices: officeClasses('Minister for Foreign Affairs') });
    expect(joinAll([land, minister], [held('Q900')]).at(-1)!.status).toBe('joined');
    expect(joinAll([land, minister], [held('Q901')]).at(-1)!.status).toBe('role-disagrees');
    const post = row({ source: 'ep-world', kind: 'office', qid: 'Q52', names: ['Eva Lund'], body: 'Northern Union', offices: officeClasses('Secretary-General of the Northern Union') });
    expect(joinAll([union, chief], [post]).at(-1)).toMatchObject({ status: 'joined', prov: { qid: 'Q52' } });
  });

  it('reads current leaders by position, and joins one only where the country\'s ISO code and the office agree', () => {
    const files: Record<string, string> = {
      'data/countries/norland/current.json': JSON.stringify({
        country: { iso_code: 'NL', name_en: 'Norland' },
        positions: { head_of_government: { title_en: 'Premier', current_holder: { name_en: 'Ola Berg', wikidata_id: 'Q71' } }, head_of_state: { title_en: 'Monarch', current_holder: null } },
      }),
    };
    const reader = { read: (f: string) => Buffer.from(files[f]!), list: () => ['README.md', 'norland'], date: () => '2026-01-01' };
    const spec: SourceSpec = { id: 'leaders-current', title: '', repo: 'o/r', commit: '0'.repeat(40), license: '', files: { countries: 'data/countries' } };
    const rows = worldLeadersCurrent(spec, reader);
    expect(rows).toEqual([expect.objectContaining({ qid: 'Q71', iso2: 'NL', offices: ['head of government'] })]);
    const premier = (of: string) => entry({ id: 'person:o', name: 'Ola Berg', type: 'PERSON', kind: 'politician', roles: [{ role: 'prime minister', of }] });
    const southland = entry({ id: 'country:STH', name: 'Southland', type: 'COUNTRY', kind: 'country', iso2: 'SL', iso3: 'STH' });
    expect(joinAll([norland, premier('country:NRL')], rows).at(-1)).toMatchObject({ status: 'joined', prov: { qid: 'Q71' } });
    expect(joinAll([southland, premier('country:STH')], rows).at(-1)!.status).toBe('role-disagrees');
  });

  it('joins a sea by its name alone, from the marine polygons, and never a sea\'s name to a city', () => {
    const doc = { features: [{ properties: { name: 'Grey Sea', qid: 'Q81' } }, { properties: { name: 'Nameless', qid: '' } }] };
    const spec: SourceSpec = { id: 'ne-marine', title: '', repo: 'o/r', commit: '0'.repeat(40), license: '', files: { waters: 'w.geojson' } };
    const rows = naturalEarthWaters(spec, { read: () => Buffer.from(JSON.stringify(doc)), list: () => [], date: () => '' });
    expect(rows.map((r) => [r.kind, r.qid, r.names])).toEqual([['water', 'Q81', ['Grey Sea']]]);
    expect(joinAll([entry({ id: 'loc:g', name: 'Grey Sea', kind: 'sea' })], rows).at(-1)).toMatchObject({ status: 'joined', prov: { qid: 'Q81' } });
    expect(joinAll([norland, entry({ id: 'loc:h', name: 'Grey Sea', country: 'country:NRL' })], rows).at(-1)!.status).toBe('no-row');
  });

  it('asks the Natural Earth countries only where the countries database has no row, and lists a contradiction', () => {
    const doc = { features: [{ properties: { NAME: 'Norland', NAME_LONG: 'Kingdom of Norland', ISO_A2: 'NL', ISO_A3: 'NRL', ADM0_A3: 'NRL', WIKIDATAID: 'Q91' } }] };
    const spec: SourceSpec = { id: 'ne-countries', title: '', repo: 'o/r', commit: '0'.repeat(40), license: '', files: { countries: 'c.geojson' } };
    const rows = naturalEarthCountries(spec, { read: () => Buffer.from(JSON.stringify(doc)), list: () => [], date: () => '' });
    expect(rows).toEqual([expect.objectContaining({ kind: 'country', qid: 'Q91', names: ['Norland', 'Kingdom of Norland'], iso3: 'NRL' })]);
    expect(joinAll([norland], rows)[0]).toMatchObject({ status: 'joined', prov: { qid: 'Q91' } });
    expect(joinAll([norland], [...rows, { ...rows[0]!, source: 'dr5hn', qid: 'Q92' }])[0]).toMatchObject({ status: 'joined', prov: { qid: 'Q92' } });
    expect(joinAll([{ ...norland, qid: 'Q93' }], rows)[0]).toMatchObject({ status: 'contradicted', qid: 'Q93' });
  });

  it('reads offices as classes, and leaves deputies and other portfolios out', () => {
    expect(officeClasses('Prime Minister of Norland')).toEqual(['head of government']);
    expect(officeClasses('Minister of External Relations')).toEqual(['foreign minister']);
    expect(officeClasses('United States Secretary of State')).toEqual(['foreign minister']);
    expect(officeClasses('Secretary of State for Health and Social Care')).toEqual([]);
    expect(officeClasses('Deputy Prime Minister')).toEqual([]);
    expect(officeClasses('Chancellor of the Exchequer')).toEqual([]);
    expect(officeClasses('President of the General Assembly')).toEqual([]);
    expect(officeClasses('Head of the Office of the President')).toEqual([]);
    expect(officeClasses('Director-General of the Northern Trade Office')).toEqual(['director-general']);
    expect(officeClasses('Deputy Director-General')).toEqual([]);
    expect(officeClasses('Foreign Ministry Spokeperson')).toEqual(['spokesperson']);
    expect(officeClasses('High Representative of the Union for Foreign Affairs and Security Policy')).toEqual(['high representative']);
    expect(officeClasses('foreign ministry spokesperson')).toEqual(['spokesperson']);
    expect(officeClasses('Permanent Representative to the United Nations')).toEqual(['ambassador to the United Nations']);
    expect(officeClasses('National Security Advisor')).toEqual(['national security adviser']);
    expect(officeClasses('Deputy National Security Adviser')).toEqual([]);
    expect(officeClasses('Chairman of the Transitional Sovereignty Council')).toEqual(['head of state']);
    expect(officeClasses('Deputy Chairman of the Sovereignty Council')).toEqual([]);
    expect(officeClasses('President of the Security Council')).toEqual([]);
  });

  it('joins a continent or a world region without a country by its name', () => {
    const continent = entry({ id: 'loc:c', name: 'Borealia', kind: 'continent', aliases: ['the North'] });
    const rows = [row({ source: 'dr5hn', kind: 'world-region', qid: 'Q61', names: ['Borealia'] }), row({ source: 'dr5hn', kind: 'world-region', qid: 'Q62', names: ['the North'] })];
    expect(joinAll([continent], rows)[0]).toMatchObject({ status: 'joined', prov: { qid: 'Q61' } });
  });

  it('joins a region by its name only, since an alias may name a narrower place', () => {
    const region = entry({ id: 'loc:r', name: 'Alder Strip', kind: 'region', aliases: ['Alder'], country: 'country:NRL' });
    const out = joinAll([norland, region], [row({ source: 'dr5hn', kind: 'admin1', qid: 'Q31', names: ['Alder'], iso2: 'NL' })]);
    expect(out.at(-1)!.status).toBe('no-row');
  });

  it('gives a QID that would name two entries to neither', () => {
    const out = joinAll([norland, entry({ id: 'loc:a', name: 'Alderton', country: 'country:NRL' }), entry({ id: 'loc:b', name: 'Birchby', country: 'country:NRL' })],
      [row({ qid: 'Q11', names: ['Alderton'], iso2: 'NL' }), row({ qid: 'Q11', names: ['Birchby'], iso2: 'NL' })]);
    expect(out.filter((o) => o.status === 'qid-taken').map((o) => o.id)).toEqual(['loc:a', 'loc:b']);
  });

  it('reads British and American spellings of -isation as one name', () => {
    expect(nameKey('Northern Treaty Organisation')).toBe(nameKey('Northern Treaty Organization'));
    expect(nameKey('Organisations')).toBe(nameKey('organizations'));
  });

  it('places a new QID where the hand-kept files keep it, before the country', () => {
    const e = entry({ id: 'loc:a', name: 'Alderton', aliases: ['Aldertown'], country: 'country:NRL' });
    expect(Object.keys(withQid(e, 'Q11'))).toEqual(['id', 'name', 'type', 'kind', 'aliases', 'qid', 'country']);
  });
});

describe('the US office holders made from the source', () => {
  const holder = (qid: string, name: string, terms: SourceRow['terms']) =>
    row({ source: 'congress-legislators', kind: 'office', qid, names: [name, 'Pat Roe'], iso2: 'US', iso3: 'USA', offices: ['head of state'], terms });
  const rows = [
    holder('Q41', 'Pat Q. Roe', [{ role: 'president', from: '2001-01-20', to: '2005-01-20' }, { role: 'president', from: '2005-01-20', to: '2009-01-20' }]),
    holder('Q42', 'Lee Doe', [{ role: 'president', from: '2021-01-20', to: '2029-01-20' }]),
    holder('Q43', 'Kim Poe', [{ role: 'vice president', from: '1993-01-20', to: '1997-01-20' }]),
  ];

  it('joins consecutive terms into one dated role, named by the source\'s title only', () => {
    expect(usExecutiveEntries(rows, [], '2026-06-15')[1]).toEqual({
      id: 'person:pat-q-roe', name: 'Pat Q. Roe', type: 'PERSON', kind: 'politician', qid: 'Q41', country: 'country:USA',
      roles: [{ role: 'president', of: 'country:USA', from: '2001-01-20', to: '2009-01-20' }],
    });
  });

  it('leaves out an office not yet ended at the snapshot\'s date, and a person the gazetteer already has', () => {
    const known = entry({ id: 'person:k', name: 'Kim Poe', type: 'PERSON', kind: 'politician' });
    expect(usExecutiveEntries(rows, [known], '2026-06-15').map((e) => e.qid)).toEqual(['Q41']);
  });
});

describe('the QID-coverage figure of eval', () => {
  it('counts only the entities the gazetteer matched, and names those without a QID', () => {
    const g = createGraph();
    g.addNode('country:NRL', { label: 'Norland', type: 'COUNTRY', aliases: [], mentions: [], gazetteerId: 'country:NRL', qid: 'Q1' });
    g.addNode('loc:alderton', { label: 'Alderton', type: 'LOCATION', aliases: [], mentions: [], gazetteerId: 'loc:alderton' });
    g.addNode('person:someone', { label: 'Pat Someone', type: 'PERSON', aliases: [], mentions: [] });
    expect(qidCoverage('t', 1, g)).toEqual({ set: 't', articles: 1, matched: 2, withQid: 1, share: 0.5, missing: ['loc:alderton'] });
  });

  it('reads a news set as the ruler does: the gold file\'s id and date, its text or the .txt beside it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'geokg-qids-'));
    try {
      writeFileSync(join(dir, 'a.json'), JSON.stringify({ id: 'a', date: '2024-01-02', entities: [] }));
      writeFileSync(join(dir, 'a.txt'), 'Norland signed a pact.');
      writeFileSync(join(dir, 'b.json'), JSON.stringify({ id: 'b', text: 'Alderton hosted talks.', entities: [] }));
      writeFileSync(join(dir, 'c.json'), JSON.stringify({ id: 'c', entities: [] }));
      expect(newsSetArticles(dir)).toEqual([
        { id: 'a', text: 'Norland signed a pact.', date: '2024-01-02' },
        { id: 'b', text: 'Alderton hosted talks.' },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
