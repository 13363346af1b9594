// The CPU a compiled extraction worker (dist/parallel/worker.js) spends from its creation to its answer for a
// first, one-sentence article: Node's thread start, compromise, the gazetteer. The main thread idles meanwhile,
// so the process's CPU over that span is the worker's.
import { Worker } from 'node:worker_threads';

const before = process.cpuUsage();
const started = performance.now();
const worker = new Worker(new URL('../dist/parallel/worker.js', import.meta.url), { workerData: {} });
worker.postMessage({ index: 0, articles: [{ id: 'start', text: 'The Estonian president flew to Warsaw on Tuesday.' }] });
await new Promise((ok, fail) => { worker.once('message', ok); worker.once('error', fail); });
const used = process.cpuUsage(before);
process.stdout.write(`${JSON.stringify({ cpuSeconds: (used.user + used.system) / 1e6, seconds: (performance.now() - started) / 1000 })}\n`);
await worker.terminate();
