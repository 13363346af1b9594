// The command-line side of the store, shared by `geokg build --db` and `geokg ingest`.
import { checkDate } from '../util/dates.ts';
import { GeokgError } from '../util/errors.ts';
import { intOption } from './args.ts';
import { writeOutput } from './output.ts';
import { minCharsPerWorker } from './v8-flags.ts';
import type { CliIo } from './types.ts';
import { failureReporter } from './failures.ts';
import { jsonChunks } from '../export/json.ts';
import { cores, createProgressBar, type ParallelOptions } from '../parallel/index.ts';
import { DEFAULT_TIMEOUTS, loadGraphFromStore, storeLocation, type PostgresTimeouts, type StoreGraphFilters } from '../store/index.ts';

/** parseArgs options for reaching a PostgreSQL store, reading or writing. */
export const STORE_CONNECT_OPTIONS = {
  'connect-timeout': { type: 'string' },
  'statement-timeout': { type: 'string' },
  'lock-timeout': { type: 'string' },
} as const;

export const STORE_CONNECT_USAGE = `PostgreSQL timeouts, in seconds (0 for none; also URL parameters connect_timeout=, statement_timeout=, lock_timeout=):
      --connect-timeout S    for the server's first answer (default ${DEFAULT_TIMEOUTS.connect})
      --statement-timeout S  for any one statement (default ${DEFAULT_TIMEOUTS.statement})
      --lock-timeout S       for a lock another session holds (default ${DEFAULT_TIMEOUTS.lock})`;

/** The timeouts given as flags, checked (they override the URL's). */
export function storeTimeouts(command: string, values: Record<string, unknown>): Partial<PostgresTimeouts> {
  const timeouts: Partial<PostgresTimeouts> = {};
  for (const key of ['connect', 'statement', 'lock'] as const) {
    const v = values[`${key}-timeout`] as string | undefined;
    if (v === undefined) continue;
    const n = Number(v);
    if (!v.trim() || !Number.isFinite(n) || n < 0) throw new GeokgError(command, `--${key}-timeout takes a number of seconds (0 for none), not "${v}"`);
    timeouts[key] = n;
  }
  return timeouts;
}

/** parseArgs options for reading a store; spread into a command's own options. */
export const STORE_READ_OPTIONS = {
  db: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  entity: { type: 'string' },
  depth: { type: 'string' },
  'min-evidence': { type: 'string' },
  top: { type: 'string' },
  ...STORE_CONNECT_OPTIONS,
} as const;

export const STORE_READ_USAGE = `Reading a store (instead of <paths…>):
      --db FILE|URL          a SQLite file or postgres:// URL filled by geokg ingest
      --since DATE           only articles published on or after DATE (ISO 8601, a prefix such as 2024-05 works)
      --until DATE           only articles published on or before DATE
      --entity X             only X (a key, label or alias) and its neighbourhood
      --depth K              how many hops around --entity (default 1)
      --min-evidence N       only relations with at least N evidence sentences
      --top N                only the N entities of highest degree
${STORE_CONNECT_USAGE}`;

/** The filters given on the command line, checked. */
export function storeFilters(command: string, values: Record<string, unknown>): StoreGraphFilters {
  const filters: StoreGraphFilters = {};
  for (const name of ['since', 'until'] as const) {
    const v = values[name] as string | undefined;
    if (v === undefined) continue;
    filters[name] = checkDate(command, `--${name}`, v);
  }
  if (values.entity !== undefined) filters.entity = values.entity as string;
  if (values.depth !== undefined) {
    if (values.entity === undefined) throw new GeokgError(command, '--depth needs --entity');
    filters.depth = intOption(command, 'depth', values.depth as string, 1);
  }
  if (values['min-evidence'] !== undefined) filters.minEvidence = intOption(command, 'min-evidence', values['min-evidence'] as string, 0);
  if (values.top !== undefined) filters.top = intOption(command, 'top', values.top as string, 0);
  return filters;
}

/** `geokg build --db …`: the store's graph, filtered, written as JSON. */
export async function runStoreBuild(command: string, values: Record<string, unknown>, positionals: string[], io: CliIo): Promise<number> {
  const db = values.db as string;
  if (positionals.length) throw new GeokgError(command, 'give either input paths or --db, not both (fill the store with geokg ingest)');
  if (!values.output) throw new GeokgError(command, 'no output given: add -o graph.json (or -o - for stdout)');
  const graph = await loadGraphFromStore(db, storeFilters(command, values), { timeouts: storeTimeouts(command, values) });
  await writeOutput(command, values.output as string, jsonChunks(graph), io);
  if (values.output !== '-') io.stderr(`geokg ${command}: store ${storeLocation(db)} → ${graph.order} entities, ${graph.size} relations → ${values.output}\n`);
  return 0;
}

/**
 * --jobs N, a progress bar on a terminal, and articles whose extraction failed named on stderr (reportFailures
 * prints their summary and gives the exit status). Without --jobs, the input's size decides (autoJobs). More jobs
 * than cores only share the cores and cost memory and start-up, so N is capped at the core count with a
 * warning, unless --force-jobs asks for it.
 */
export function parallelOptions(command: string, jobs: string | undefined, total: number, { force = false, warn = (_: string) => {}, debug = false } = {}): ParallelOptions & { finish(): void; threads(): number; reportFailures(): number } {
  let n = jobs === undefined ? undefined : intOption(command, 'jobs', jobs, 1);
  if (n !== undefined && n < 1) throw new GeokgError(command, '--jobs takes a whole number of at least 1');
  if (n !== undefined && n > cores() && !force) {
    warn(`geokg ${command}: warning: --jobs ${n} is more than the ${cores()} cores; using ${cores()} (--force-jobs to run ${n})\n`);
    n = cores();
  }
  const bar = createProgressBar(total);
  let threads = 0;
  // the bar's next update draws it again below the line
  const failures = failureReporter(command, warn, debug, () => bar.finish());
  return {
    jobs: n, minCharsPerWorker: minCharsPerWorker(), onJobs: (j) => (threads = j), onProgress: (done) => bar.update(done), onFailure: failures.onFailure,
    finish: () => bar.finish(), threads: () => threads, reportFailures: () => failures.finish(total),
  };
}
