// `geokg serve`: build the graph, build the viewer once (vite build into viewer/dist, reused while it is
// newer than its sources), and serve both from a small static server (src/server) that sends a strict
// Content-Security-Policy. A static server avoids the dev server's inline scripts and eval-based HMR.
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticles } from '../../ingest/index.ts';
import { buildGraph } from '../../graph/index.ts';
import { toJson } from '../../export/json.ts';
import { createExtractor, extractArticle } from '../../pipeline.ts';
import { createViewerServer, listenLoopback } from '../../server/index.ts';
import { GeokgError } from '../../util/errors.ts';
import { intOption, parse } from '../args.ts';
import type { Command } from '../types.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const VIEWER = join(REPO, 'viewer');
export const VIEWER_DIST = join(VIEWER, 'dist');

/** Build output and staging (viewer/dist, viewer/.vite, both git-ignored) are not sources. */
const NOT_SOURCES = new Set(['dist', '.vite', 'node_modules']);

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (NOT_SOURCES.has(entry.name)) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the viewer unless viewer/dist is newer than every source; builds aside, then swaps in. */
export async function ensureViewerBuilt(): Promise<void> {
  const index = join(VIEWER_DIST, 'index.html');
  const sources = Math.max(newestMtime(VIEWER), statSync(join(REPO, 'vite.config.ts')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  const staging = join(VIEWER, '.vite', `dist-build-${process.pid}`);
  const { build } = await import('vite');
  try {
    await build({
      configFile: join(REPO, 'vite.config.ts'), logLevel: 'warn',
      build: { outDir: staging, emptyOutDir: true, sourcemap: false },
    });
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw new GeokgError('serve', `cannot build the viewer (${(e as Error).message.split('\n')[0]})`);
  }
  const old = join(VIEWER, '.vite', `dist-old-${process.pid}`);
  try {
    if (existsSync(VIEWER_DIST)) renameSync(VIEWER_DIST, old);
    renameSync(staging, VIEWER_DIST);
  } catch (e) {
    // another `geokg serve` swapped its build in at the same moment: theirs is as good as ours
    if (!existsSync(index)) throw new GeokgError('serve', `cannot install the viewer build (${(e as Error).message})`);
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
}

export const serve: Command = {
  name: 'serve',
  usage: `geokg serve [paths…] [--port N]

Builds the graph from the paths (default data/articles), builds the viewer if its sources changed,
and serves both on http://127.0.0.1:N/ (the graph at /graph.json).
  --port N   port to listen on (default: $PORT, else 5173)`,
  async run(argv, io) {
    const { values, positionals } = parse('serve', argv, { port: { type: 'string' } });
    const port = intOption('serve', 'port', (values.port as string | undefined) ?? io.env.PORT, 5173);
    const paths = positionals.length ? positionals : ['data/articles'];
    const articles = readArticles(paths, { warn: (m) => io.stderr(`geokg serve: warning: ${m}\n`) });
    if (!articles.length) throw new GeokgError('serve', 'no articles found in the inputs');
    const extractor = createExtractor();
    const graph = buildGraph(articles.map((a) => extractArticle(a, extractor)));
    await ensureViewerBuilt();
    const server = createViewerServer(toJson(graph), VIEWER_DIST);
    const url = await listenLoopback(server, port); // the port really taken, also for --port 0
    io.stdout(`geokg: ${graph.order} entities, ${graph.size} relations from ${articles.length} article(s)\ngeokg: viewer at ${url}\n`);
    return await new Promise<number>(() => {}); // serve until interrupted
  },
};
