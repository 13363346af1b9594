// npm run build (also run by `prepare`): src/ → dist/ (ESM JavaScript, .d.ts, source maps) with tsc, and the
// viewer → dist/viewer with vite, so that the package ships it prebuilt and `geokg serve` never builds in place.
// Plain Node, no tsx: it runs on `npm install` in a clone. `--out DIR` builds elsewhere (the package test).
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const OUT = resolve(values.out ?? join(ROOT, 'dist'));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

rmSync(OUT, { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', OUT], { cwd: ROOT, stdio: 'inherit' });
copyFileSync(join(ROOT, 'src/require.cjs'), join(OUT, 'require.cjs'));
chmodSync(join(OUT, 'cli/bin.js'), 0o755);
const { build } = await import('vite');
await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: join(OUT, 'viewer'), emptyOutDir: true } });
