// `geokg serve`: build the graph, build the viewer once (vite build into viewer/dist, reused while it is
// newer than its sources), and serve both from a small static server that sends a strict
// Content-Security-Policy. A static server avoids the dev server's inline scripts and eval-based HMR.
import { createReadStream, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticles } from '../../ingest/index.ts';
import { buildGraph } from '../../graph/index.ts';
import { toJson } from '../../export/json.ts';
import { createExtractor, extractArticle } from '../../pipeline.ts';
import { GeokgError } from '../../util/errors.ts';
import { intOption, parse } from '../args.ts';
import type { Command } from '../types.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const VIEWER = join(REPO, 'viewer');
export const VIEWER_DIST = join(VIEWER, 'dist');

/**
 * No 'unsafe-eval', no inline scripts. Workers may come from blob: URLs because ForceAtlas2's worker is
 * built from a function's source. connect-src allows http(s) so that ?graph=<url> can fetch other hosts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'", "script-src 'self'", "worker-src 'self' blob:", "style-src 'self'",
  "img-src 'self' data: blob:", "connect-src 'self' http: https:", "font-src 'self'",
  "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8', '.woff2': 'font/woff2',
};

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

function send(res: ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

/** Serves viewer/dist and /graph.json (from memory), GET and HEAD only, never outside the dist folder. */
export function createViewerServer(graphJson: string, root = VIEWER_DIST): Server {
  const base = resolve(root);
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cache-Control', 'no-cache');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed\n');
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(res, 400, 'text/plain', 'bad request\n');
    }
    if (path === '/graph.json') return send(res, 200, TYPES['.json'], req.method === 'HEAD' ? '' : graphJson);
    const file = resolve(base, `.${normalize(path.endsWith('/') ? `${path}index.html` : path)}`);
    if (file !== base && !file.startsWith(base + sep)) return send(res, 403, 'text/plain', 'forbidden\n');
    let size: number;
    try {
      const st = statSync(file);
      if (!st.isFile()) throw new Error('not a file');
      size = st.size;
    } catch {
      return send(res, 404, 'text/plain', 'not found\n');
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': size });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((ok, fail) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      fail(new GeokgError('serve', `cannot listen on port ${port} (${e.code ?? e.message}); choose another with --port`)));
    server.listen(port, '127.0.0.1', () => ok());
  });
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
    const server = createViewerServer(toJson(graph));
    await listen(server, port);
    io.stdout(`geokg: ${graph.order} entities, ${graph.size} relations from ${articles.length} article(s)\ngeokg: viewer at http://127.0.0.1:${port}/\n`);
    return await new Promise<number>(() => {}); // serve until interrupted
  },
};
