// Joins openly licensed snapshots that pair names with Wikidata ids (listed, with their commits and licences, in
// data/gazetteer/sources/qid-sources.json) with the gazetteer: exact name or alias + kind + country, and for
// people an agreeing office. Writes the joined QIDs onto the entries, the provenance table and the report
// (data/gazetteer/qids/). An ambiguous or missing join gives no QID; a QID a source contradicts is listed,
// never overwritten. The snapshots are read, never committed: builds stay offline.
// Run: npx tsx scripts/build-qids.ts --mirror DIR   (DIR holds <owner>+<name>/repo, a git copy of each snapshot)
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { GazetteerEntry } from '../src/entities/gazetteer.ts';
import { writeFileAtomic } from '../src/util/atomic.ts';
import { GAZ_DIR, generateGazetteerFiles, GENERATED_FILES } from './build-gazetteer.ts';
import { joinAll, type Outcome, type Provenance } from './qids/join.ts';
import { renderReport } from './qids/report.ts';
import {
  congressExecutive, dr5hnCountries, dr5hnStates, naturalEarthPlaces, snapshotReader, supraverdenBodies,
  type SourceRow, type SourceSpec,
} from './qids/sources.ts';

export const PROVENANCE_FILE = GAZ_DIR + 'qids/provenance.tsv';
const REPORT_FILE = GAZ_DIR + 'qids/REPORT.md';

export function loadSourceSpecs(): SourceSpec[] {
  return (JSON.parse(readFileSync(GAZ_DIR + 'sources/qid-sources.json', 'utf8')) as { sources: SourceSpec[] }).sources;
}

/** A gazetteer file as its lines: the header, one entry a line, the closing line. */
interface RawFile { name: string; head: string; lines: string[]; entries: GazetteerEntry[]; tail: string }

export function readRawFiles(): RawFile[] {
  return readdirSync(GAZ_DIR).filter((f) => f.endsWith('.json')).sort().map((name) => {
    const all = readFileSync(GAZ_DIR + name, 'utf8').replace(/\n$/, '').split('\n');
    const lines = all.slice(1, -1);
    return { name, head: all[0]!, lines, entries: lines.map((l) => JSON.parse(l.replace(/,$/, '')) as GazetteerEntry), tail: all.at(-1)! };
  });
}

async function readSources(mirror: string, specs: readonly SourceSpec[]): Promise<SourceRow[]> {
  const spec = (id: string) => specs.find((s) => s.id === id)!;
  const reader = (id: string) => snapshotReader(mirror, spec(id));
  return [
    ...dr5hnCountries(spec('dr5hn'), reader('dr5hn')),
    ...dr5hnStates(spec('dr5hn'), reader('dr5hn')),
    ...(await naturalEarthPlaces(spec('natural-earth'), reader('natural-earth'))),
    ...supraverdenBodies(spec('supraverden'), reader('supraverden')),
    ...congressExecutive(spec('congress-legislators'), reader('congress-legislators')),
  ];
}

/** The entry with its QID set, the key placed where the hand-kept files keep it (before country and roles). */
export function withQid(e: GazetteerEntry, qid: string): GazetteerEntry {
  const out: Record<string, unknown> = {};
  const later = new Set(['iso2', 'iso3', 'capital', 'country', 'roles', 'partOf']);
  for (const [k, v] of Object.entries(e)) {
    if (k === 'qid') continue;
    if (later.has(k) && !('qid' in out)) out.qid = qid;
    out[k] = v;
  }
  if (!('qid' in out)) out.qid = qid;
  return out as unknown as GazetteerEntry;
}

function applyToHandFiles(files: readonly RawFile[], joined: ReadonlyMap<string, string>) {
  for (const f of files) {
    if (GENERATED_FILES.includes(f.name)) continue;
    let changed = false;
    const lines = f.lines.map((line, i) => {
      const e = f.entries[i]!;
      const qid = joined.get(e.id);
      if (!qid || e.qid === qid) return line;
      changed = true;
      return JSON.stringify(withQid(e, qid)) + (line.endsWith(',') ? ',' : '');
    });
    if (changed) writeFileAtomic(GAZ_DIR + f.name, [f.head, ...lines, f.tail].join('\n') + '\n');
  }
}

export function renderProvenance(specs: readonly SourceSpec[], rows: readonly Provenance[]): string {
  const head = specs.map((s) => `# ${s.id}: ${s.repo} @ ${s.commit} (${s.license})`);
  const body = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((p) => [p.id, p.qid, p.source, p.row, p.sourceName].join('\t'));
  return [...head, ['id', 'qid', 'source', 'row', 'source_name'].join('\t'), ...body].join('\n') + '\n';
}

async function main() {
  const { values } = parseArgs({ options: { mirror: { type: 'string' } } });
  if (!values.mirror) throw new Error('usage: npx tsx scripts/build-qids.ts --mirror DIR');
  const specs = loadSourceSpecs();
  const files = readRawFiles();
  const entries = files.flatMap((f) => f.entries);
  const rows = await readSources(resolve(values.mirror), specs);
  const outcomes: Outcome[] = joinAll(entries, rows);
  const prov = outcomes.flatMap((o) => (o.status === 'joined' || o.status === 'confirmed' ? [o.prov] : []));
  mkdirSync(GAZ_DIR + 'qids', { recursive: true });
  // the provenance table first: build-gazetteer reads it for the two files it generates
  writeFileAtomic(PROVENANCE_FILE, renderProvenance(specs, prov));
  applyToHandFiles(files, new Map(prov.map((p) => [p.id, p.qid])));
  for (const [name, text] of Object.entries(generateGazetteerFiles())) writeFileAtomic(GAZ_DIR + name, text);
  const after = readRawFiles();
  writeFileAtomic(REPORT_FILE, renderReport({ specs, outcomes, files: after }));
  const count = (s: string) => outcomes.filter((o) => o.status === s).length;
  console.log(`joined ${count('joined')}, confirmed ${count('confirmed')}, contradicted ${count('contradicted')}, ambiguous ${count('ambiguous')}, qid-taken ${count('qid-taken')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: Error) => {
    console.error(`build-qids: ${e.message}`);
    process.exit(1);
  });
}
