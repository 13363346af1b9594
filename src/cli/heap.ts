// How the geokg program (never the library: a user's process keeps its own settings) lets V8's heap grow.
import { setFlagsFromString } from 'node:v8';

/**
 * After each full collection V8 lets the old generation grow to up to about 4× what survived. Extraction
 * promotes much short-lived per-article data (an article's tokens outlive a scavenge or two), so at ×10 the
 * heap filled with garbage to ~200 MB over ~50 MB live, and peak RSS reached 295–314 MB. Doubling at most
 * keeps it lower for no more CPU (geokg build --jobs 1, corpus ×10, 2-core session machine at load 6: 314 →
 * 230 MB, 26.1 → 23.2 s CPU). Not less: growing by half made major collections so frequent that CPU rose by
 * half (110k words: 11.3 → 16.5 s). V8 reads this flag each time it sets the next limit, so setting it once
 * the program runs takes effect (on Node 20 a test loop's peak heap fell 95 → 73 MB, as with the flag on the
 * command line); it is process-wide, worker threads included. Node documents flags set after start-up as
 * unsupported (they may do nothing), so this is a saving, never a condition: the bench's RSS line shows if an
 * upgrade makes it a no-op. It is left alone where the user set the flag, and for `serve`, which was not measured.
 */
export const HEAP_GROWING_PERCENT = 100;

const FLAG = '--heap-growing-percent';

/** Whether the program bounds the heap's growth: not where the user set the flag, not for `serve`. */
export function shouldBoundHeap(argv: readonly string[], execArgv: readonly string[], nodeOptions: string): boolean {
  const userSet = execArgv.some((a) => a.startsWith(FLAG)) || nodeOptions.includes(FLAG);
  return !userSet && argv.find((a) => !a.startsWith('-')) !== 'serve';
}

export function boundHeapGrowth(): void {
  if (shouldBoundHeap(process.argv.slice(2), process.execArgv, process.env.NODE_OPTIONS ?? '')) setFlagsFromString(`${FLAG}=${HEAP_GROWING_PERCENT}`);
}
