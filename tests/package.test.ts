// geokg as a user gets it: the package is built and packed as `npm publish` would, the tarball installed into
// a fresh folder, then used from plain Node, from a strict NodeNext TypeScript project, and through its CLI.
// The build goes to a staging folder, not dist/, so that other tests serving dist/viewer are not disturbed.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// sentences written for this test
const TEXT = 'Marta Ilves, the president of Estonia, visited Warsaw on Tuesday. She met the Polish prime minister Jan Kowal.\n';

let work: string; // everything this test writes
let app: string; // the consumer project
let tarball: string;

const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'geokg-package-'));
  const stage = join(work, 'stage');
  mkdirSync(stage);
  for (const f of ['package.json', 'README.md']) copyFileSync(join(ROOT, f), join(stage, f));
  cpSync(join(ROOT, 'data'), join(stage, 'data'), { recursive: true });
  run(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--out', join(stage, 'dist')], ROOT);
  // the scripts ran above; the staging folder has no sources for `prepare` to build from
  const packed = JSON.parse(run(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], stage)) as { filename: string }[];
  tarball = join(work, packed[0]!.filename);
  app = join(work, 'app');
  mkdirSync(join(app, 'in'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'geokg-consumer', private: true, type: 'module' }));
  writeFileSync(join(app, 'in', 'visit.txt'), TEXT);
  run(NPM, ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app);
}, 15 * 60_000);

afterAll(() => {
  if (!work) return;
  spawnSync('chmod', ['-R', 'u+w', work]);
  rmSync(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('ships the build, the data and the prebuilt viewer, and no tests, bench or sources', () => {
    const files = run('tar', ['tzf', tarball], work).split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.d.ts');
    expect(files).toContain('dist/cli/bin.js');
    expect(files).toContain('dist/parallel/worker.js');
    expect(files).toContain('dist/viewer/index.html');
    expect(files.some((f) => f.startsWith('data/gazetteer/'))).toBe(true);
    expect(files.filter((f) => /^(tests|bench|src|viewer|scripts)\//.test(f))).toEqual([]);
  });

  it('is imported by plain Node, which builds a graph with it', () => {
    writeFileSync(join(app, 'plain.mjs'), `import { createExtractor, extractArticle, buildGraph, toJson } from 'geokg';
const graph = buildGraph([extractArticle({ id: 'visit', text: ${JSON.stringify(TEXT)} }, createExtractor())]);
console.log(JSON.stringify({ order: graph.order, labels: graph.mapNodes((_, a) => a.label), json: toJson(graph).length }));\n`);
    const out = JSON.parse(run(process.execPath, ['plain.mjs'], app)) as { order: number; labels: string[]; json: number };
    expect(out.labels).toContain('Estonia');
    expect(out.labels).toContain('Marta Ilves');
    expect(out.json).toBeGreaterThan(100);
  });

  it('works with require(), or says in one line that it is an ES module', () => {
    const r = spawnSync(process.execPath, ['-e', "console.log(typeof require('geokg').buildGraph)"], { cwd: app, encoding: 'utf8' });
    if (r.status === 0) expect(r.stdout.trim()).toBe('function');
    else expect(r.stderr).toMatch(/geokg is an ES module: use import/);
  });

  it('type-checks in a strict NodeNext project that checks library types too', () => {
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, skipLibCheck: false, noEmit: true },
      include: ['consumer.ts'],
    }));
    writeFileSync(join(app, 'consumer.ts'), `import { buildGraph, createExtractor, extractArticle, relations, toRdf, type Article, type KnowledgeGraph } from 'geokg';
const article: Article = { id: 'visit', text: 'Marta Ilves visited Warsaw.' };
const graph: KnowledgeGraph = buildGraph([extractArticle(article, createExtractor())]);
const label: string = graph.getNodeAttributes(graph.nodes()[0]!).label;
// @ts-expect-error the order is a number: KnowledgeGraph is typed, not any
const order: string = graph.order;
console.log(label, order, relations(graph, {}).length, toRdf(graph).length);\n`);
    const r = spawnSync(process.execPath, [TSC, '-p', '.'], { cwd: app, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);

  it('runs `npx geokg build`', () => {
    const r = spawnSync('npx', ['--no-install', 'geokg', 'build', 'in', '-o', 'graph.json'], { cwd: app, encoding: 'utf8' });
    expect(r.stderr).toMatch(/1 article\(s\) → \d+ entities/);
    expect(r.status).toBe(0);
    expect(statSync(join(app, 'graph.json')).size).toBeGreaterThan(100);
  }, 120_000);

  it('serves the viewer from a read-only install, writing nothing into it', async () => {
    const pkg = join(app, 'node_modules', 'geokg');
    const before = listing(pkg);
    spawnSync('chmod', ['-R', 'a-w', pkg]); // root ignores it, hence the listing compared below too
    const child = spawn(join(app, 'node_modules', '.bin', 'geokg'), ['serve', 'in', '--port', '0'], {
      cwd: app, env: { ...process.env, XDG_CACHE_HOME: join(work, 'cache') }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((ok, fail) => {
        let out = '', err = '';
        child.stdout.on('data', (d) => { out += d; const m = /viewer at (http:\/\/\S+)/.exec(out); if (m) ok(m[1]!); });
        child.stderr.on('data', (d) => (err += d));
        child.on('exit', (code) => fail(new Error(`geokg serve exited (${code}): ${err}`)));
      });
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<script[^>]+src=/);
      const graph = (await (await fetch(new URL('graph.json', url))).json()) as { nodes: unknown[] };
      expect(graph.nodes.length).toBeGreaterThan(1);
    } finally {
      child.kill();
    }
    expect(listing(pkg)).toEqual(before);
  }, 120_000);
});

/** Every path below `dir` with its size and modification time. */
function listing(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      const st = statSync(p);
      out.push(`${p} ${st.size} ${st.mtimeMs}`);
      if (e.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out.sort();
}
