// The viewer's time to first frame in headless Chromium: the viewer is built with vite into a
// temporary folder (never viewer/dist, which the viewer's own work uses), served with a synthetic
// graph by a tiny node:http server, and loaded with ?graph=<url>.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toJson } from '../src/export/json.ts';
import { syntheticGraph } from './synthetic.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/**
 * Runs in the page before the viewer: marks the first WebGL draw call that draws something (sigma
 * renders nodes and edges with WebGL), then the frame after it, when the drawing is on screen. If the
 * viewer sets `window.__geokgReady`, the moment it does so is recorded as well.
 */
export const FIRST_FRAME_PROBE = `(() => {
  const mark = () => { if (window.__benchFirstDraw === undefined) { window.__benchFirstDraw = performance.now(); requestAnimationFrame(() => { window.__benchFirstFrame = performance.now(); }); } };
  for (const C of [window.WebGLRenderingContext, window.WebGL2RenderingContext]) {
    if (!C) continue;
    const p = C.prototype;
    for (const [name, countArg, instancesArg] of [['drawArrays', 2, -1], ['drawElements', 1, -1], ['drawArraysInstanced', 2, 3], ['drawElementsInstanced', 1, 4]]) {
      const original = p[name];
      if (!original) continue;
      p[name] = function (...args) { if (args[countArg] > 0 && (instancesArg < 0 || args[instancesArg] > 0)) mark(); return original.apply(this, args); };
    }
  }
  let ready;
  Object.defineProperty(window, '__geokgReady', { configurable: true, get: () => ready, set: (v) => { ready = v; if (v && window.__benchReadyAt === undefined) window.__benchReadyAt = performance.now(); } });
})();`;

async function buildViewer(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
}

function serve(dir: string, graphs: Map<string, string>): Promise<Server & { port: number }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const body = graphs.get(path) ?? readStatic(dir, path);
    if (body === undefined) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'Content-Type': TYPES[extname(path) || '.html'] ?? 'application/octet-stream', 'Cache-Control': 'no-store' }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(Object.assign(server, { port: (server.address() as { port: number }).port }))));
}

function readStatic(dir: string, path: string): Buffer | undefined {
  const file = join(dir, normalize(path === '/' ? '/index.html' : path));
  if (!file.startsWith(dir)) return undefined;
  try {
    return statSync(file).isFile() ? readFileSync(file) : undefined;
  } catch {
    return undefined;
  }
}

export interface ViewerOptions {
  sizes: number[];
  edgesPerNode?: number;
  timeoutMs?: number;
}

/** Time to first frame (ms from navigation start) for each graph size; null where the viewer never drew. */
export async function measureViewer(o: ViewerOptions): Promise<Record<string, number | string | null>> {
  const out: Record<string, number | string | null> = {};
  const dist = mkdtempSync(join(tmpdir(), 'geokg-bench-viewer-'));
  let server: (Server & { port: number }) | undefined;
  const { chromium } = await import('playwright-core');
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    let start = performance.now();
    await buildViewer(dist);
    out.buildSeconds = (performance.now() - start) / 1000;
    const graphs = new Map(o.sizes.map((n) => [`/graph-${n}.json`, toJson(syntheticGraph({ nodes: n, edges: n * (o.edgesPerNode ?? 4), evidence: true }))]));
    server = await serve(dist, graphs);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    for (const n of o.sizes) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      await page.addInitScript(FIRST_FRAME_PROBE);
      // task durations in the renderer's own thread time: what the page cost, whatever else the machine runs
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      start = performance.now();
      await page.goto(`http://127.0.0.1:${server.port}/?graph=/graph-${n}.json`);
      try {
        await page.waitForFunction(() => (window as unknown as { __benchFirstFrame?: number }).__benchFirstFrame !== undefined, null, { timeout: o.timeoutMs ?? 60_000, polling: 50 });
        const marks = await page.evaluate(() => {
          const w = window as unknown as { __benchFirstFrame?: number; __benchReadyAt?: number };
          return { frame: w.__benchFirstFrame ?? null, ready: w.__benchReadyAt ?? null };
        });
        const { metrics } = await cdp.send('Performance.getMetrics');
        out[`firstFrameMs${n}`] = marks.frame;
        out[`readyMs${n}`] = marks.ready;
        out[`mainThreadCpuMs${n}`] = (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
      } catch {
        out[`firstFrameMs${n}`] = null;
        const status = await page.evaluate(() => document.body.innerText.slice(-200)).catch(() => '');
        out[`error${n}`] = `no frame drawn within ${((performance.now() - start) / 1000).toFixed(0)} s: ${[...errors, status].join(' | ').replace(/\s+/g, ' ')}`;
      }
      await context.close();
    }
  } catch (e) {
    out.error = (e as Error).message.split('\n')[0]!;
  } finally {
    await browser?.close();
    server?.close();
    rmSync(dist, { recursive: true, force: true });
  }
  return out;
}
