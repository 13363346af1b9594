// The viewer's static server: the built viewer from one folder and the graph from memory, on loopback only,
// with a strict Content-Security-Policy. Hand-written rather than sirv or serve-static because those follow
// symbolic links out of their root and know nothing of Host checks; what they do well (streams closed on
// abort, no stat/open race) is done here with stream.pipeline and one file handle per request.
import { constants } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { GeokgError } from '../util/errors.ts';

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

const ALLOW = 'GET, HEAD';
/** The names this server answers to: a page on any other name (DNS rebinding) gets 421. */
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

function send(req: IncomingMessage, res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8', headers: Record<string, string> = {}) {
  res.writeHead(status, { ...headers, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Host as the browser sent it, checked against the port the server really listens on. */
function hostAllowed(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const h = host.toLowerCase();
  return LOOPBACK_NAMES.some((name) => h === `${name}:${port}` || (port === 80 && h === name));
}

/** The file under `root` a URL path names, through symbolic links, or undefined when it lies outside. */
async function resolveInside(root: string, urlPath: string): Promise<string | undefined> {
  const realRoot = await realpath(root);
  const wanted = resolve(realRoot, `.${urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath}`);
  if (wanted !== realRoot && !wanted.startsWith(realRoot + sep)) return undefined;
  const real = await realpath(wanted); // ENOENT → 404 by the caller
  return real === realRoot || real.startsWith(realRoot + sep) ? real : undefined;
}

async function serveFile(req: IncomingMessage, res: ServerResponse, root: string, urlPath: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    const file = await resolveInside(root, urlPath);
    if (!file) return send(req, res, 404, 'not found\n');
    // one handle from open to the last byte: a file removed or replaced after open is still the file served
    // O_NONBLOCK: a FIFO planted in the folder is opened and refused below instead of blocking a thread for ever
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const st = await handle.stat();
    if (!st.isFile()) return send(req, res, 404, 'not found\n');
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': st.size });
    if (req.method === 'HEAD') return void res.end();
    const stream = handle.createReadStream();
    handle = undefined; // the stream owns it now and closes it
    // pipeline destroys both sides when either fails or the client goes away, which closes the file
    pipeline(stream, res, () => {});
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (res.headersSent) res.destroy();
    else if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP' || code === 'EISDIR') send(req, res, 404, 'not found\n');
    else send(req, res, 500, 'cannot read the file\n');
  } finally {
    await handle?.close().catch(() => {});
  }
}

/** Serves `root` and /graph.json (from memory): GET and HEAD only, loopback Host names only, never outside root. */
export function createViewerServer(graphJson: string, root: string): Server {
  const base = resolve(root);
  const server: Server = createServer((req, res) => {
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cache-Control', 'no-cache');
    const port = (server.address() as AddressInfo | null)?.port ?? 0;
    if (!hostAllowed(req.headers.host, port)) return send(req, res, 421, 'misdirected request: this server answers to 127.0.0.1, localhost and [::1] only\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(req, res, 405, 'method not allowed\n', undefined, { Allow: ALLOW });
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(req, res, 400, 'bad request\n');
    }
    if (path.includes('\0')) return send(req, res, 400, 'bad request\n');
    if (path === '/graph.json') return send(req, res, 200, graphJson, TYPES['.json']);
    void serveFile(req, res, base, path);
  });
  return server;
}

/** Listens on 127.0.0.1 (port 0: any free port) and gives the URL with the port really taken. */
export function listenLoopback(server: Server, port: number): Promise<string> {
  return new Promise((ok, fail) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      fail(new GeokgError('serve', `cannot listen on port ${port} (${e.code ?? e.message}); choose another with --port`)));
    server.listen(port, '127.0.0.1', () => {
      // once listening, an error is a failed accept (EMFILE under load): that connection is lost, not the server
      server.on('error', () => {});
      ok(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    });
  });
}
