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
    expect(nodes).toBeGreaterThan(5);
    expect(edges).toBeGreaterThan(0);
    expect(shown).toBe(nodes);
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
    expect(await statusCounts(page)).toEqual([1, 1, 0, 0]);
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
