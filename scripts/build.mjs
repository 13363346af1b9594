// npm run build (also run by `prepare`): src/ → dist/ (ESM JavaScript, .d.ts, source maps) with tsc, and the
// viewer → dist/viewer with vite, so that the package ships it prebuilt and `geokg serve` never builds in place.
// Plain Node, no tsx: it runs on `npm install` in a clone.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const run = (script, args) => execFileSync(process.execPath, [require.resolve(script), ...args], { cwd: ROOT, stdio: 'inherit' });

rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
run('typescript/bin/tsc', ['-p', 'tsconfig.build.json']);
copyFileSync(join(ROOT, 'src/require.cjs'), join(ROOT, 'dist/require.cjs'));
chmodSync(join(ROOT, 'dist/cli/bin.js'), 0o755);
const { build } = await import('vite');
await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
