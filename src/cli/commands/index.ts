// The command table: one row per command. A command's module (and with it compromise, the store, vite…)
// is loaded only when that command runs, so `geokg --help` and `--version` stay cheap.
import type { Command, CommandEntry } from '../types.ts';

// bench/ is development tooling, not shipped in the package: its path is kept out of the compiler's sight
// so that the build (rootDir src) does not pull it in.
const BENCH_MODULE = '../../../bench/command.ts';

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'build', summary: 'extract a knowledge graph from articles and write it as JSON', load: async () => (await import('./build.ts')).build },
  { name: 'ingest', summary: 'extract articles into a store (SQLite file or PostgreSQL) that grows run after run', load: async () => (await import('./ingest.ts')).ingest },
  { name: 'serve', summary: 'build a graph from articles and serve the viewer on localhost', load: async () => (await import('./serve.ts')).serve },
  { name: 'export', summary: 'convert a graph to GEXF, GraphML, Neo4j CSV, Turtle or N-Triples', load: async () => (await import('./export.ts')).exportCommand },
  { name: 'query', summary: 'list the relations matching a subject, predicate, object or entity', load: async () => (await import('./query.ts')).query },
  { name: 'path', summary: 'how two entities connect: the shortest chain of relations', load: async () => (await import('./path.ts')).path },
  { name: 'stats', summary: 'counts by entity type and predicate, and the most central entities', load: async () => (await import('./stats.ts')).stats },
  { name: 'dyad', summary: 'what passed between two actors: counts per predicate, cooperation/conflict balance, dates', load: async () => (await import('./dyad.ts')).dyad },
  { name: 'sparql', summary: 'run a SPARQL 1.1 query over the graph\'s RDF (json, csv or tsv results)', load: async () => (await import('./sparql.ts')).sparql },
  { name: 'predicates', summary: 'the predicate vocabulary: CAMEO roots, cooperation scores and type signatures', load: async () => (await import('./predicates.ts')).predicates },
  { name: 'bench', summary: 'measure throughput, scaling, memory, graph, query, layout and viewer speed against goals', load: loadBench },
  { name: 'eval', summary: 'score the seed article and CoNLL04 with the shared ruler', load: async () => (await import('./eval.ts')).evalCommand },
];

async function loadBench(): Promise<Command> {
  const { GeokgError } = await import('../../util/errors.ts');
  try {
    return ((await import(BENCH_MODULE)) as { bench: Command }).bench;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND' && (e as NodeJS.ErrnoException).code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw e;
    throw new GeokgError('bench', 'the benchmark runs from a clone of the repository (npm run bench); the package does not ship bench/');
  }
}
