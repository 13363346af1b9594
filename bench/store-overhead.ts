// What the store adds to extraction, measured without extracting again: the extractions of an existing
// store (e.g. the one bench/store.mjs leaves) are (a) merged into a graph and written as JSON, as
// `geokg build` does after extracting, and (b) written into a fresh store, as `geokg ingest` does.
// Extraction being the same in both commands, (b) ≤ (a) means ingest is at least as fast per core as build.
//   node --import tsx bench/store-overhead.ts /tmp/geokg-bench-store-…/kg.sqlite [corpus.jsonl]
import { readFileSync, rmSync, statSync } from 'node:fs';
import { toJson } from '../src/export/json.ts';
import { buildGraph } from '../src/graph/index.ts';
import { openStore, readExtractions, textHash } from '../src/store/index.ts';

const [source, corpus] = process.argv.slice(2);
if (!source) throw new Error('usage: bench/store-overhead.ts STORE.sqlite [corpus.jsonl]');
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };

const from = await openStore(source, { readonly: true });
const extractions = await readExtractions(from);
await from.close();
const texts = corpus ? readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string }) : [];
const textOf = new Map(texts.map((a) => [a.id, a.text]));

let t = cpu();
const json = toJson(buildGraph(extractions));
const graphSeconds = cpu() - t;

const target = `${source}.overhead.sqlite`;
for (const f of [target, `${target}-wal`, `${target}-shm`]) rmSync(f, { force: true });
const store = await openStore(target);
t = cpu();
for (const x of extractions) await store.putArticle({ hash: textHash(textOf.get(x.article.id) ?? x.article.id), extraction: x });
const storeSeconds = cpu() - t;
await store.close();
const textBytes = texts.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);
const bytes = statSync(target).size;
console.log(JSON.stringify({
  articles: extractions.length,
  buildGraphAndJsonCpuSeconds: +graphSeconds.toFixed(2), graphJsonBytes: json.length,
  storeWritesCpuSeconds: +storeSeconds.toFixed(2),
  sqliteBytes: bytes, sqliteToTextRatio: textBytes ? +(bytes / textBytes).toFixed(2) : undefined,
}, null, 2));
