// Takes docs/viewer.png, the README's picture of the viewer: the demo corpus served by the real
// `geokg serve`, in Debian's Chromium through playwright-core, with a dyad chart, the timeline and the
// relations table showing. Run: `npx tsx scripts/viewer-screenshot.ts [out.png] [--overview]`.
import { fileURLToPath } from 'node:url';
import { launchChromium, serveArticles } from '../tests/browser/harness.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--')) ?? `${ROOT}docs/viewer.png`;
const served = await serveArticles([`${ROOT}data/articles`]);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 960 } });
  await page.goto(served.url);
  await page.waitForSelector('body[data-graph]');
  await page.waitForSelector('.toolbar[data-layout="stopped"]', { timeout: 60_000 });
  if (!args.includes('--overview')) {
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.fill('input[name="dateFrom"]', '2024-01-01');
    await page.dispatchEvent('input[name="dateFrom"]', 'change');
    await page.fill('input[type="search"]', 'Irfaan Ali');
    await page.press('input[type="search"]', 'Enter');
    await page.locator('#panel li.relation', { has: page.locator('button.entity-link', { hasText: 'Maduro' }) }).first().locator('button.dyad-link').click();
    await page.locator('.dyad-bar.conflict').first().click();
  }
  await page.waitForTimeout(1500);
  await page.screenshot({ path: out });
  process.stdout.write(`${out}\n`);
} finally {
  await browser.close();
  served.stop();
}
