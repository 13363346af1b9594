// How the geokg program (never the library: a user's process keeps its own settings) sets V8 up: how far the
// heap grows, and how soon the optimising compiler starts on a function.
import { setFlagsFromString } from 'node:v8';

/**
 * After each full collection V8 lets the old generation grow to up to about 4× what survived. Extraction
 * promotes much short-lived per-article data (an article's tokens outlive a scavenge or two), so at ×10 the
 * heap filled with garbage to ~200 MB over ~50 MB live, and peak RSS reached 295–314 MB. Doubling at most
 * keeps it lower for no more CPU (geokg build --jobs 1, corpus ×10, 2-core session machine at load 6: 314 →
 * 230 MB, 26.1 → 23.2 s CPU). Not less: growing by half made major collections so frequent that CPU rose by
 * half (110k words: 11.3 → 16.5 s). V8 reads this flag each time it sets the next limit, so setting it once
 * the program runs takes effect (on Node 20 a test loop's peak heap fell 95 → 73 MB, as with the flag on the
 * command line); it is process-wide, worker threads included.
 */
export const HEAP_GROWING_PERCENT = 100;

/**
 * How much a function runs (in bytecode executed, roughly) before V8 weighs optimising it; Node 20's default is
 * 67,584. Extraction runs hundreds of mid-sized functions over sentences of every shape, and with the default
 * the optimising compiler took them up early, on little type feedback, then threw the code away ("wrong map")
 * and compiled again: about 1,060 optimisations and 430 deoptimisations in one --jobs 1 run on 110,796 words,
 * V8's helper threads busy for about 4 s of CPU beside the main thread's 6. Waiting about 15× longer lets only
 * the truly hot functions be optimised, on settled feedback (the same run, 2-core session machine under other
 * sessions' load: 12.2 → 8.0 s of CPU; ×10: 29.7 → 27.0 s; output byte-identical). V8 reads it whenever it
 * sets a function's budget, so setting it before the program's modules load takes effect.
 */
export const INTERRUPT_BUDGET = 1_000_000;

/**
 * How much bytecode TurboFan inlines into one optimised function in all; Node 20's default is 920. Each thread
 * compiles its own optimised code on V8's helper threads: on the bench's 110,796 words, --jobs 1, about 1.4 s of
 * CPU beside the main thread's 9, and as much again in each further thread, where it competes with extraction
 * for the cores (geokg's hot functions are big: applyPatterns, the pair features, compromise's matcher). Half the
 * inlining cut the helpers' CPU by a fifth with no slower main thread (2-core session machine at load 8–17,
 * alternating runs: helpers 1.12, 1.12, 1.12 s vs 1.47, 1.45, 1.39 s; main 9.43, 9.31, 8.77 vs 9.36, 9.70, 9.04 s;
 * output byte-identical). Read at each compilation, so setting it once the program runs takes effect.
 */
export const MAX_INLINED_BYTECODE_CUMULATIVE = 460;

/**
 * The text a worker thread must get for its start-up to pay where the program set INTERRUPT_BUDGET (src/parallel's
 * MIN_CHARS_PER_WORKER is for V8's defaults): a thread then keeps about one core busy, not 1.5, so a second one
 * has a core to itself. Two workers against one thread, wall clock (geokg build, 2-core session machine at load
 * 2): 114,000 characters 1.5 → 1.2 s, 234,000 2.5 → 1.84 s (1.37×), 690,000 6.5 → 4.1 s (1.59×); with V8's
 * default budget they lost at 690,000 (9.8 → 12.4 s). So a worker from 120,000 characters: two from 240,000.
 * (Measured when every thread was a worker; since 87f98e3 this thread extracts too, so "two workers" above is
 * today's --jobs 2: this thread and one worker, one start-up fewer.)
 */
export const PROGRAM_MIN_CHARS_PER_WORKER = 120_000;

/** The program's V8 flags, each with the value it sets. */
export const PROGRAM_FLAGS: readonly (readonly [string, number])[] = [
  ['--heap-growing-percent', HEAP_GROWING_PERCENT],
  ['--interrupt-budget', INTERRUPT_BUDGET],
  ['--max-inlined-bytecode-size-cumulative', MAX_INLINED_BYTECODE_CUMULATIVE],
];

/** Whether the program sets `flag`: not where the user set it (command line or NODE_OPTIONS), not for `serve`, which was not measured. */
export function shouldSetFlag(flag: string, argv: readonly string[], execArgv: readonly string[], nodeOptions: string): boolean {
  const userSet = execArgv.some((a) => a.startsWith(flag)) || nodeOptions.includes(flag);
  return !userSet && argv.find((a) => !a.startsWith('-')) !== 'serve';
}

/**
 * Sets the program's flags; call it before the program's own modules load. They are process-wide, worker
 * threads included. Node documents flags set after start-up as unsupported (they may do nothing), so each is
 * a saving, never a condition: the bench's RSS and one-thread lines show if an upgrade makes one a no-op.
 */
export function setProgramFlags(): void {
  for (const [flag, value] of PROGRAM_FLAGS) if (programSets(flag)) setFlagsFromString(`${flag}=${value}`);
}

const programSets = (flag: string) => shouldSetFlag(flag, process.argv.slice(2), process.execArgv, process.env.NODE_OPTIONS ?? '');

/** The text a worker must get in this program: its own figure where it sets the budget (setProgramFlags), else undefined (src/parallel's default). */
export const minCharsPerWorker = (): number | undefined => (programSets('--interrupt-budget') ? PROGRAM_MIN_CHARS_PER_WORKER : undefined);
