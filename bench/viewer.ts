// The viewer in headless Chromium: time to first frame, then (on the largest graph) how long each
// interaction takes until its result is on screen: selecting an entity by search and Enter, changing the
// size mapping, a filter, the time range, and opening the relations table. The viewer is built with vite
// into a temporary folder (never the viewer's own output), served with a synthetic graph by a tiny
// node:http server, and loaded with ?graph=<url>.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { toJson } from '../src/export/json.ts';
import type { KnowledgeGraph } from '../src/graph/index.ts';
import { random, syntheticGraph } from './synthetic.ts';

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

/** Gives each evidence item an article date over two years (seeded), as news has, so the timeline has bars. */
function withDates(graph: KnowledgeGraph, seed = 3): KnowledgeGraph {
  const rand = random(seed);
  const start = Date.UTC(2023, 0, 1);
  graph.updateEachEdgeAttributes((_e, a) => {
    const evidence = a.evidence.map((ev) => ({ ...ev, articleDate: new Date(start + Math.floor(rand() * 730) * 86_400_000).toISOString().slice(0, 10) }));
    const days = evidence.map((ev) => ev.articleDate).sort();
    return { ...a, evidence, ...(days.length ? { firstSeen: days[0], lastSeen: days[days.length - 1] } : {}) };
  });
  return graph;
}

/**
 * Runs `act` in the page and resolves with the milliseconds until `done` holds and two more animation frames
 * have run: the first runs sigma's scheduled render, the second comes once that frame has been drawn.
 */
const TIMED = `async (act, done) => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const t0 = performance.now();
  act();
  const sync = performance.now() - t0;
  while (!done()) await frame();
  await frame();
  await frame();
  return [performance.now() - t0, sync];
}`;

/** The time to screen, and the part of it spent in the event's own task (the viewer's JavaScript, sigma's included). */
async function timed(page: Page, act: string, done = '() => true'): Promise<[number, number]> {
  return page.evaluate(`(${TIMED})(() => { ${act} }, ${done})`) as Promise<[number, number]>;
}

/** The renderer main thread's CPU time so far (thread ticks): what the page itself cost, whatever else the machine runs. */
async function threadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
}

/** longer than the viewer's camera framing (300 ms) and its idle-time writes (at most 300 ms) */
const SETTLE_MS = 700;

/**
 * The GPU process's CPU time so far: where software WebGL rasterises (SwiftShader), apart from the page's own
 * thread. Chromium reports it in steps of 10 ms.
 */
async function gpuProcessMs(browserCdp: CDPSession): Promise<number> {
  const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo');
  return processInfo.filter((p) => p.type.toLowerCase() === 'gpu').reduce((sum, p) => sum + p.cpuTime * 1000, 0);
}

/**
 * Each interaction's time to screen on the loaded graph, with the layout stopped so that it draws nothing in
 * between; beside it, the event's own task, and the CPU time of the renderer main thread and of the GPU process
 * over the whole interaction.
 */
async function measureInteractions(page: Page, cdp: CDPSession, browserCdp: CDPSession): Promise<Record<string, number>> {
  if (await page.isEnabled('#layout-stop')) await page.click('#layout-stop');
  await page.waitForTimeout(500);
  const input = `const input = document.querySelector('input[type="search"]'); input.value = 'Entity 7'; input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));`;
  const out: Record<string, number> = {};
  const record = async (name: string, act: string, done?: string) => {
    // each interaction starts from a settled page, not inside the previous one's camera animation or idle work
    await page.waitForTimeout(SETTLE_MS);
    const [cpu, gpu] = [await threadMs(cdp), await gpuProcessMs(browserCdp)];
    const [ms, sync] = await timed(page, act, done);
    out[`${name}CpuMs`] = (await threadMs(cdp)) - cpu;
    out[`${name}GpuCpuMs`] = (await gpuProcessMs(browserCdp)) - gpu;
    out[`${name}Ms`] = ms;
    out[`${name}TaskMs`] = sync;
  };
  await record('selection', input, `() => document.querySelector('#panel h2')?.textContent === 'Entity 7'`);
  const change = (selector: string, value: string) => `const x = document.querySelector('${selector}'); x.value = '${value}'; x.dispatchEvent(new Event('change', { bubbles: true }));`;
  await record('sizeBy', change('select[name="sizeBy"]', 'pagerank'));
  await record('filter', `document.querySelector('input[name="predicate"]').click();`);
  await record('timeRange', change('input[name="dateFrom"]', '2024-01-01'));
  // back to every relation, no selection: the table then lists all of them
  await timed(page, `document.querySelector('button[name="allDates"]').click(); document.querySelector('input[name="predicate"]').click();`);
  await page.keyboard.press('Escape');
  await record('tableOpen', `document.querySelector('button[name="table"]').click();`, `() => document.querySelectorAll('table.relations-table tr[data-edge]').length > 0`);
  out.tableRows = await page.evaluate(`Number(/^(\\d+)/.exec(document.querySelector('.table-count').textContent)[1])`) as number;
  return out;
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
    const graphs = new Map(o.sizes.map((n) => [`/graph-${n}.json`, toJson(withDates(syntheticGraph({ nodes: n, edges: n * (o.edgesPerNode ?? 4), evidence: true })))]));
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
        if (n === o.sizes[o.sizes.length - 1]) {
          for (const [k, v] of Object.entries(await measureInteractions(page, cdp, await browser.newBrowserCDPSession()))) out[`${k}${n}`] = v;
          out.interactionErrors = errors.join(' | ') || null;
        }
      } catch (e) {
        out[`firstFrameMs${n}`] ??= null;
        const status = await page.evaluate(() => document.body.innerText.slice(-200)).catch(() => '');
        out[`error${n}`] = `${(e as Error).message.split('\n')[0]} after ${((performance.now() - start) / 1000).toFixed(0)} s: ${[...errors, status].join(' | ').replace(/\s+/g, ' ')}`;
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
