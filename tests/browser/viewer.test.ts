// The viewer in a real browser (Debian's Chromium through playwright-core), served by the real CLI.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureViewerBuilt } from '../../src/cli/viewer-assets.ts';
import { fromGexf } from '../../src/export/gexf.ts';
import { FIXTURES, ROOT, decodePng, hasChromium, inkColours, launchChromium, serveArticles, type Served } from './harness.ts';

if (!hasChromium) console.warn('tests/browser: skipped, no Chromium at /usr/bin/chromium (apt-get install -y chromium, or set GEOKG_CHROMIUM)');

const PAYLOAD = '<img src=x onerror=alert(1)>';

/** A page that records dialogs, page errors and CSP violations, so a test can assert there were none. */
async function openPage(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  const response = await page.goto(url);
  await page.waitForSelector('body[data-graph]', { timeout: 30_000 });
  return { page, context, dialogs, errors, response };
}

async function searchAndEnter(page: Page, query: string) {
  await page.fill('input[type="search"]', query);
  await page.press('input[type="search"]', 'Enter');
}

const statusCounts = async (page: Page) => {
  const m = /(\d+) of (\d+) nodes, (\d+) of (\d+) edges shown/.exec((await page.textContent('#status')) ?? '');
  expect(m, 'status line').not.toBeNull();
  return m!.slice(1).map(Number);
};

describe.skipIf(!hasChromium)('viewer in Chromium', () => {
  let browser: Browser;
  let seed: Served;
  let xss: Served;
  let xssDir: string;

  beforeAll(async () => {
    await ensureViewerBuilt(); // once here, so the two servers below do not both build it
    xssDir = mkdtempSync(join(tmpdir(), 'geokg-xss-'));
    writeFileSync(join(xssDir, 'xss.txt'),
      `${PAYLOAD} French President Emmanuel Macron visited Germany on Monday. <script>alert(2)</script> ` +
      `Macron met German Chancellor Olaf Scholz in Berlin ${PAYLOAD}.\n`);
    [browser, seed, xss] = await Promise.all([launchChromium(), serveArticles([`${ROOT}data/articles`]), serveArticles([xssDir])]);
  });

  afterAll(async () => {
    await browser?.close();
    seed?.stop();
    xss?.stop();
    if (xssDir) rmSync(xssDir, { recursive: true, force: true });
  });

  it('draws the seed graph, under a CSP without unsafe-eval, and saves a screenshot', async () => {
    const { page, context, errors, response } = await openPage(browser, seed.url);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline/);
    const [shown, nodes, , edges] = await statusCounts(page);
    // npm start's demo corpus: a graph worth opening
    expect(nodes).toBeGreaterThanOrEqual(100);
    expect(edges).toBeGreaterThan(0);
    // entities without relations are hidden by default, and counted
    const isolated = Number(/(\d+) isolated entities hidden/.exec((await page.textContent('#status')) ?? '')?.[1]);
    expect(isolated).toBeGreaterThan(0);
    expect(shown + isolated).toBe(nodes);
    // the layout stops by itself once settled
    await page.waitForSelector('.toolbar[data-layout="stopped"]', { timeout: 30_000 });
    const shot = await page.locator('#graph').screenshot();
    const { inked, colours } = inkColours(decodePng(shot).rgba);
    expect(inked).toBeGreaterThan(2000); // nodes, edges and labels, not a blank canvas
    expect(colours).toBeGreaterThan(5); // several entity-type colours
    mkdirSync(`${ROOT}test-artifacts`, { recursive: true });
    await page.screenshot({ path: `${ROOT}test-artifacts/seed-graph.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds Putin by search and Enter, with the ICC arrest warrant and its sentence', async () => {
    const { page, context, errors } = await openPage(browser, seed.url);
    await searchAndEnter(page, 'Putin');
    await expect.poll(() => page.textContent('#panel h2')).toBe('Vladimir Putin');
    const group = page.locator('#panel section.group', { has: page.locator('h3[data-predicate="ISSUED_WARRANT_FOR"][data-direction="in"]') });
    await expect.poll(() => group.count()).toBe(1);
    const text = (await group.textContent()) ?? '';
    expect(text).toContain('International Criminal Court');
    expect(text).toContain('arrest warrant');
    expect(await group.locator('mark.subject, mark.object').count()).toBeGreaterThanOrEqual(1);
    // both directions are listed: Putin's own relations too
    expect(await page.locator('#panel h3[data-direction="out"]').count()).toBeGreaterThan(0);
    // clicking a related entity moves the selection
    await group.locator('button.entity-link', { hasText: 'International Criminal Court' }).click();
    await expect.poll(() => page.textContent('#panel h2')).toBe('International Criminal Court');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('hides the edges of an unticked predicate', async () => {
    const { page, context } = await openPage(browser, seed.url);
    await searchAndEnter(page, 'Putin');
    await expect.poll(() => page.locator('#panel h3[data-predicate="ISSUED_WARRANT_FOR"]').count()).toBe(1);
    const [, , before] = await statusCounts(page);
    // a predicate none of his relations has: hiding it leaves his panel's DOM as it was
    const other = await page.evaluate(() => {
      const his = new Set([...document.querySelectorAll('#panel h3[data-predicate]')].map((h) => h.getAttribute('data-predicate')));
      (document.querySelector('#panel h2') as HTMLElement & { kept?: boolean }).kept = true;
      return [...document.querySelectorAll<HTMLInputElement>('input[name="predicate"]')].map((i) => i.value).find((v) => !his.has(v))!;
    });
    await page.uncheck(`input[name="predicate"][value="${other}"]`);
    await expect.poll(async () => (await statusCounts(page))[2]).toBeLessThan(before);
    expect(await page.evaluate(() => (document.querySelector('#panel h2') as HTMLElement & { kept?: boolean }).kept)).toBe(true);
    await page.check(`input[name="predicate"][value="${other}"]`);
    await expect.poll(async () => (await statusCounts(page))[2]).toBe(before);
    await page.uncheck('input[name="predicate"][value="ISSUED_WARRANT_FOR"]');
    await expect.poll(() => page.locator('#panel h3[data-predicate="ISSUED_WARRANT_FOR"]').count()).toBe(0);
    const [, , after, total] = await statusCounts(page);
    expect(after).toBeLessThan(before);
    expect(before).toBe(total);
    await page.check('input[name="predicate"][value="ISSUED_WARRANT_FOR"]');
    await expect.poll(async () => (await statusCounts(page))[2]).toBe(before);
    await context.close();
  });

  it('exports a PNG of the view and JSON and GEXF of the filtered graph', async () => {
    const { page, context } = await openPage(browser, seed.url);
    await page.uncheck('input[name="predicate"][value="ISSUED_WARRANT_FOR"]');
    const [nodes, , edges] = await statusCounts(page);
    const saved = async (format: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-export="${format}"]`)]);
      return readFileSync((await download.path())!);
    };
    const png = await saved('png');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(inkColours(decodePng(png).rgba).colours).toBeGreaterThan(5);
    const json = JSON.parse((await saved('json')).toString());
    expect([json.nodes.length, json.edges.length]).toEqual([nodes, edges]);
    expect(json.edges.some((e: { attributes: { predicate: string } }) => e.attributes.predicate === 'ISSUED_WARRANT_FOR')).toBe(false);
    const gexf = (await saved('gexf')).toString();
    expect(gexf).toContain('xmlns="http://gexf.net/1.3"');
    // geokg's own GEXF reader takes it back, evidence included
    const back = fromGexf(gexf, 'view.gexf');
    expect([back.order, back.size]).toEqual([nodes, edges]);
    back.forEachEdge((_e, a) => expect(a.evidence.length).toBeGreaterThan(0));
    await context.close();
  });

  it('loads a GEXF file from the file picker, keeping its positions', async () => {
    const { page, context, errors } = await openPage(browser, seed.url);
    await page.setInputFiles('input[type="file"]', `${FIXTURES}small.gexf`);
    await page.waitForSelector('body[data-graph="small.gexf"]');
    expect(await statusCounts(page)).toEqual([3, 3, 3, 3]);
    expect(await page.textContent('#message')).toContain('positions from the file');
    await searchAndEnter(page, 'merkel');
    await expect.poll(() => page.textContent('#panel h2')).toBe('Angela Merkel');
    expect(await page.textContent('#panel')).toContain('Merkel visited France on Monday.');
    // an entity-expansion bomb is refused with a message, and the shown graph stays
    const bomb = '<?xml version="1.0"?><!DOCTYPE g [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="n" label="&b;"/></nodes></graph></gexf>';
    await page.setInputFiles('input[type="file"]', { name: 'bomb.gexf', mimeType: 'application/xml', buffer: Buffer.from(bomb) });
    await expect.poll(() => page.textContent('#message')).toMatch(/bomb\.gexf: .*refused/);
    expect(await page.getAttribute('body', 'data-graph')).toBe('small.gexf');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('loads ?graph=<url> and a dropped file', async () => {
    const fixtureUrl = `${seed.url}fixtures/putin-icc.json`;
    const context = await browser.newContext();
    await context.route(fixtureUrl, (route) => route.fulfill({ path: `${FIXTURES}putin-icc.json`, contentType: 'application/json' }));
    const page = await context.newPage();
    await page.goto(`${seed.url}?graph=${encodeURIComponent(fixtureUrl)}`);
    await page.waitForSelector('body[data-graph]');
    expect(await statusCounts(page)).toEqual([12, 12, 15, 15]);
    await page.evaluate(async () => {
      const dt = new DataTransfer();
      dt.items.add(new File(['{"nodes":[{"key":"a","attributes":{"label":"Alpha","type":"PERSON"}}],"edges":[]}'], 'dropped.json', { type: 'application/json' }));
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.waitForSelector('body[data-graph="dropped.json"]');
    expect(await statusCounts(page)).toEqual([0, 1, 0, 0]); // its one entity has no relation: hidden, and counted
    expect(await page.textContent('#status')).toContain('1 isolated entities hidden');
    await context.close();
  });

  it('on a large graph, keeps the drawn edges while only nodes change, and draws the focus\'s edges apart', async () => {
    // 1,200 entities and 6,000 relations (above fadeAllUpTo), made up here; hubs at the low numbers
    const predicates = ['MET_WITH', 'CRITICIZED', 'VISITED'];
    const nodes = Array.from({ length: 1200 }, (_, i) => ({ key: `n${i}`, attributes: { label: `Place ${i}`, type: 'LOCATION', x: Math.cos(i) * i, y: Math.sin(i) * i } }));
    const edges = Array.from({ length: 6000 }, (_, i) => ({
      key: `e${i}`, source: `n${i % 40}`, target: `n${40 + ((i * 7) % 1160)}`, attributes: { predicate: predicates[i % 3], evidence: [] },
    }));
    const url = `${seed.url}fixtures/large.json`;
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.route(url, (route) => route.fulfill({ body: JSON.stringify({ nodes, edges }), contentType: 'application/json' }));
    // counts draws per sigma layer (its canvases are classed sigma-<layer>): WebGL draw calls, and the strokes
    // of the 2D layers that large graphs' edge lines and the focus's edges are drawn on
    await context.addInitScript(() => {
      const counts: Record<string, number> = {};
      // and the animation frame of each layer's first draw
      const firstFrame: Record<string, number> = {};
      Object.assign(window, { __draws: counts, __firstFrame: firstFrame });
      let frame = 0;
      const tick = () => {
        frame++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const count = (canvas: HTMLCanvasElement | OffscreenCanvas) => {
        const layer = (canvas as HTMLCanvasElement).className;
        counts[layer] = (counts[layer] ?? 0) + 1;
        firstFrame[layer] ??= frame;
      };
      const drawArrays = WebGL2RenderingContext.prototype.drawArrays;
      WebGL2RenderingContext.prototype.drawArrays = function (...args: Parameters<typeof drawArrays>) {
        count(this.canvas);
        return drawArrays.apply(this, args);
      };
      const stroke: (this: CanvasRenderingContext2D, ...args: unknown[]) => void = CanvasRenderingContext2D.prototype.stroke;
      CanvasRenderingContext2D.prototype.stroke = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
        count(this.canvas);
        stroke.apply(this, args);
      };
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${seed.url}?graph=${encodeURIComponent(url)}`);
    await page.waitForSelector('body[data-graph]');
    const draws = () => page.evaluate(() => ({ ...(window as unknown as { __draws: Record<string, number> }).__draws }));
    /** pixels with any ink on sigma's layers whose class starts so (the edge lines have a layer per colour) */
    const ink = (layer: string) => page.evaluate((className) => {
      let n = 0;
      for (const c of document.querySelectorAll<HTMLCanvasElement>(`canvas[class^="${className}"]`)) {
        const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) n++;
      }
      return n;
    }, layer);
    const focusInk = () => ink('sigma-focusEdges');
    const edgeInk = () => ink('sigma-edgeLines');
    /** the line layers' strokes, each layer apart */
    const lineDraws = (d: Record<string, number>) => Object.entries(d).filter(([k]) => k.startsWith('sigma-edgeLines')).map(([, n]) => n);
    const lineStrokes = async () => lineDraws(await draws()).reduce((a, b) => a + b, 0);
    const settled = async () => {
      let last = '';
      await expect.poll(async () => {
        const now = JSON.stringify(await draws());
        const same = now === last;
        last = now;
        return same;
      }, { interval: 400 }).toBe(true);
    };
    if (await page.isEnabled('#layout-stop')) await page.click('#layout-stop');
    await settled();
    const before = await draws();
    // above simpleDrawingAbove edges, the lines are stroked on a 2D layer and WebGL draws no edge
    expect(lineDraws(before).length).toBeGreaterThan(1); // the three predicates' tones, a layer each
    expect(before['sigma-edges']).toBeUndefined();
    // the first frame shows the nodes; their lines are stroked in a later one
    const firstFrame = await page.evaluate(() => (window as unknown as { __firstFrame: Record<string, number> }).__firstFrame);
    expect(Math.min(...lineDraws(firstFrame))).toBeGreaterThan(firstFrame['sigma-nodes']!);
    const allEdgesInk = await edgeInk();
    expect(allEdgesInk).toBeGreaterThan(1000);
    // the PNG export (a plain Sigma, drawing with WebGL) has the edges too: conflict red, which no node is here
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export="png"]')]);
    const { rgba } = decodePng(readFileSync((await download.path())!));
    let red = 0;
    for (let i = 0; i < rgba.length; i += 4) if (rgba[i]! > 180 && rgba[i + 1]! < 90 && rgba[i + 2]! < 90) red++;
    expect(red).toBeGreaterThan(1000);
    await page.selectOption('select[name="sizeBy"]', 'pagerank');
    await expect.poll(async () => (await draws())['sigma-nodes']).toBeGreaterThan(before['sigma-nodes']!);
    await settled();
    expect(await lineStrokes()).toBe(lineDraws(before).reduce((a, b) => a + b, 0)); // node sizes changed, edges were kept
    expect(await edgeInk()).toBe(allEdgesInk);
    expect(await focusInk()).toBe(0);
    await searchAndEnter(page, 'Place 3');
    await expect.poll(() => page.textContent('#panel h2')).toBe('Place 3');
    await expect.poll(focusInk).toBeGreaterThan(0); // its 150 relations, on their own layer
    await settled();
    const selected = lineDraws(await draws());
    const selectedInk = await edgeInk(); // the camera moved to the selection: ink is compared from here on
    await page.locator('input[name="predicate"][value="VISITED"]').uncheck();
    await expect.poll(lineStrokes).toBeGreaterThan(selected.reduce((a, b) => a + b, 0)); // edges changed: redrawn
    // only VISITED's tone's layer: the other tones' lines were not rasterised again
    await settled();
    const unticked = lineDraws(await draws());
    expect(unticked.filter((n, i) => n === selected[i]).length).toBeGreaterThan(0);
    expect(await statusCounts(page)).toEqual([1200, 1200, 4000, 6000]);
    expect(await edgeInk()).toBeGreaterThan(0); // (each VISITED line lies under a parallel edge of another predicate)
    // hidden edges leave no ink at all
    for (const p of ['MET_WITH', 'CRITICIZED']) await page.locator(`input[name="predicate"][value="${p}"]`).uncheck();
    await expect.poll(async () => (await statusCounts(page))[2]).toBe(0);
    await expect.poll(edgeInk).toBe(0);
    for (const p of ['MET_WITH', 'CRITICIZED', 'VISITED']) await page.locator(`input[name="predicate"][value="${p}"]`).check();
    await expect.poll(edgeInk).toBe(selectedInk);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()); // Escape is the inputs' own
    await page.keyboard.press('Escape');
    await expect.poll(focusInk).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('brushes the timeline to a range, which filters the graph live, and plays through it', async () => {
    const { page, context, errors } = await openPage(browser, seed.url);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    expect(await timeline.count()).toBe(1);
    expect(await timeline.locator('.tl-bar').count()).toBeGreaterThan(3);
    const [, , before] = await statusCounts(page);
    const box = (await timeline.locator('.tl-plot').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => (await statusCounts(page))[2]).toBeLessThan(before);
    const from = await page.inputValue('input[name="dateFrom"]');
    expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect.poll(() => page.url()).toContain(`from=${from}`);
    // the range is part of the URL: a reload comes back to it. The brush's last moves may still be filtering when
    // the URL first shows the start (a clean-clone CI run read 160 edges here and 154 after the reload), so the
    // counts are taken once two reads 250 ms apart agree.
    let brushedCounts = await statusCounts(page);
    await expect.poll(async () => {
      const now = await statusCounts(page);
      const settled = JSON.stringify(now) === JSON.stringify(brushedCounts);
      brushedCounts = now;
      return settled;
    }, { interval: 250 }).toBe(true);
    // (and the URL written after them: it is replaced as the filters change, so it may trail the last brush move; a
    // clean-clone CI run read 163 edges before the reload and 157 after it)
    const to = await page.inputValue('input[name="dateTo"]');
    await expect.poll(() => page.url()).toContain(`to=${to}`);
    await page.reload();
    await page.waitForSelector('body[data-graph]');
    expect(await page.inputValue('input[name="dateFrom"]')).toBe(from);
    expect(await statusCounts(page)).toEqual(brushedCounts);
    // undated relations stay by default; without them, fewer edges still
    const [, , brushed] = await statusCounts(page);
    await page.uncheck('input[name="undated"]');
    await expect.poll(async () => (await statusCounts(page))[2]).toBeLessThan(brushed);
    await page.click('button[name="play"]');
    await expect.poll(() => page.inputValue('input[name="dateFrom"]'), { timeout: 5000 }).not.toBe(from);
    await page.click('button[name="play"]'); // pause
    await page.click('button[name="allDates"]');
    await page.check('input[name="undated"]');
    await expect.poll(async () => (await statusCounts(page))[2]).toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('charts a dyad: cooperation above zero and conflict below, each bar opening its sentences, or says why not', async () => {
    const { page, context, errors } = await openPage(browser, seed.url);
    await searchAndEnter(page, 'Irfaan Ali');
    await expect.poll(() => page.textContent('#panel h2')).toBe('Irfaan Ali');
    await page.locator('#panel li.relation', { has: page.locator('button.entity-link', { hasText: 'Maduro' }) }).first().locator('button.dyad-link').click();
    const dyad = page.getByRole('region', { name: 'Dyad chart' });
    await expect.poll(() => dyad.locator('h3').textContent()).toMatch(/Irfaan Ali ↔ Nicolás Maduro/);
    const up = dyad.locator('.dyad-bar.cooperation'), down = dyad.locator('.dyad-bar.conflict');
    expect(await up.count()).toBeGreaterThan(0);
    expect(await down.count()).toBeGreaterThan(0);
    expect(Number(await up.first().getAttribute('data-value'))).toBeGreaterThan(0);
    expect(Number(await down.first().getAttribute('data-value'))).toBeLessThan(0);
    await down.first().click();
    expect(await dyad.locator('blockquote.sentence').count()).toBeGreaterThan(0);
    // a pair that only fought: no bar above zero, and a sentence that says so (Armenia and Azerbaijan: since
    // cb5feee the demo's Russia and Ukraine also carry a wrong agreement, "the two governments" of an Indian visit
    // read as the last pair named, a known fault of the group reading)
    await page.goto(`${seed.url}#pair=${encodeURIComponent('country:ARM|country:AZE')}`);
    await page.waitForSelector('body[data-graph]');
    await expect.poll(() => dyad.locator('h3').textContent()).toBe('Armenia ↔ Azerbaijan');
    expect(await dyad.locator('.dyad-bar.conflict').count()).toBeGreaterThan(0);
    expect(await dyad.locator('.dyad-bar.cooperation').count()).toBe(0);
    expect(await dyad.locator('.dyad-note').first().textContent()).toMatch(/No cooperation recorded/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a sortable relations table that follows the selection, selects edges and exports CSV', async () => {
    const { page, context, errors } = await openPage(browser, seed.url);
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const table = page.locator('table.relations-table');
    await expect.poll(() => table.locator('tbody tr[data-edge]').count()).toBeGreaterThan(10);
    const [, , shownEdges] = await statusCounts(page);
    expect(await page.textContent('.table-count')).toBe(`${shownEdges} relation(s)`);
    // virtualised: far fewer row elements than relations
    expect(await table.locator('tbody tr[data-edge]').count()).toBeLessThan(shownEdges);
    const firstRows = async () => (await table.locator('tbody tr[data-edge]').evaluateAll((rows) => rows.slice(0, 5).map((r) => r.getAttribute('data-edge')))).join();
    const byScoreDown = await firstRows();
    await table.locator('th[data-column="score"] button').click();
    await expect.poll(firstRows).not.toBe(byScoreDown);
    expect(await table.locator('th[data-column="score"]').getAttribute('aria-sort')).toBe('ascending');
    // a selection filters the rows
    await searchAndEnter(page, 'International Criminal Court');
    await expect.poll(() => page.textContent('#panel h2')).toBe('International Criminal Court');
    const warrant = table.locator('tbody tr', { has: page.locator('td.col-predicate', { hasText: /^ISSUED_WARRANT_FOR$/ }) });
    await expect.poll(() => warrant.count()).toBeGreaterThan(0);
    expect(await table.locator('tbody tr[data-edge]', { hasNot: page.locator('td', { hasText: 'International Criminal Court' }) }).count()).toBe(0);
    const order = async () => (await table.locator('td.col-score').allTextContents()).join();
    await table.locator('th[data-column="score"] button').click();
    const down = await order();
    await table.locator('th[data-column="score"] button').click();
    await expect.poll(order).not.toBe(down);
    // a row selects its edge: the dyad chart of its two ends opens
    await warrant.filter({ hasText: 'Vladimir Putin' }).first().click();
    await expect.poll(() => page.locator('#dyad h3').textContent()).toBe('International Criminal Court ↔ Vladimir Putin');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[name="exportCsv"]')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\n')[0]).toBe('subject,predicate,object,score,evidence,first seen,last seen,articles');
    expect(csv).toMatch(/International Criminal Court,ISSUED_WARRANT_FOR,Vladimir Putin,-/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the selection in the URL: a new page opens on it, and Back steps through selections', async () => {
    const { page, context, errors } = await openPage(browser, seed.url);
    const start = page.url();
    await searchAndEnter(page, 'Vladimir Putin');
    await expect.poll(() => page.textContent('#panel h2')).toBe('Vladimir Putin');
    await expect.poll(() => page.url()).not.toBe(start);
    const shared = page.url();
    expect(shared).toContain('entity=person%3Avladimir-putin');
    const other = await context.newPage();
    await other.goto(shared);
    await other.waitForSelector('body[data-graph]');
    await expect.poll(() => other.textContent('#panel h2')).toBe('Vladimir Putin');
    await searchAndEnter(page, 'International Criminal Court');
    await expect.poll(() => page.textContent('#panel h2')).toBe('International Criminal Court');
    await page.goBack();
    await expect.poll(() => page.textContent('#panel h2')).toBe('Vladimir Putin');
    expect(page.url()).toContain('entity=person%3Avladimir-putin'); // the camera part follows the framing animation
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps an XSS payload in an article and in labels inert', async () => {
    const { page, context, dialogs, errors } = await openPage(browser, xss.url);
    // the article went through the real pipeline: its sentences carry the payload
    await searchAndEnter(page, 'Macron');
    await expect.poll(() => page.textContent('#panel h2')).toBe('Emmanuel Macron');
    expect(await page.textContent('#panel')).toContain('onerror=alert(1)');
    await page.setInputFiles('input[type="file"]', `${FIXTURES}xss-graph.json`);
    await page.waitForSelector('body[data-graph="xss-graph.json"]');
    await searchAndEnter(page, 'img src');
    await expect.poll(() => page.textContent('#panel h2')).toBe(PAYLOAD);
    const panel = (await page.textContent('#panel')) ?? '';
    expect(panel).toContain(`${PAYLOAD} visited France`);
    // the suggestions carry the payload as text too
    expect(await page.locator('#entity-suggestions option').count()).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(await page.locator('img, svg, script:not([src]), iframe').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
