// Where `geokg serve` takes the viewer from. The package ships it prebuilt in dist/viewer (npm run build),
// and serve never writes into the package, which may be read-only (a global install, a container). In a
// clone whose viewer sources are newer than that build, the sources are built once into a cache folder
// outside the package (vite, a development dependency) and served from there.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GeokgError } from '../util/errors.ts';

// src/cli and dist/cli are both two levels below the package root
const PACKAGE = fileURLToPath(new URL('../../', import.meta.url));
export const PREBUILT_VIEWER = join(PACKAGE, 'dist', 'viewer');
const SOURCES = join(PACKAGE, 'viewer');
const VITE_CONFIG = join(PACKAGE, 'vite.config.ts');
/** Build output and staging inside viewer/ are not sources. */
const NOT_SOURCES = new Set(['dist', '.vite', 'node_modules']);
/** older cached builds of this package are removed once they have not been rebuilt for this long */
const STALE_MS = 60 * 60 * 1000;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (NOT_SOURCES.has(entry.name)) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const hasIndex = (dir: string) => existsSync(join(dir, 'index.html'));

/** The folder to serve the viewer from: the prebuilt one, or in a clone with newer sources, a cached build of them. */
export async function ensureViewerBuilt(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const prebuilt = hasIndex(PREBUILT_VIEWER);
  if (!hasIndex(SOURCES) || !existsSync(VITE_CONFIG)) {
    if (prebuilt) return PREBUILT_VIEWER;
    throw new GeokgError('serve', `the prebuilt viewer is missing (${PREBUILT_VIEWER}); reinstall geokg`);
  }
  const sources = Math.max(newestMtime(SOURCES), statSync(VITE_CONFIG).mtimeMs);
  if (prebuilt && statSync(join(PREBUILT_VIEWER, 'index.html')).mtimeMs >= sources) return PREBUILT_VIEWER;
  const pkg = createHash('sha256').update(PACKAGE).digest('hex').slice(0, 12);
  const cache = join(cacheRoot(env), `viewer-${pkg}-${Math.floor(sources)}`);
  if (hasIndex(cache)) return cache;
  await buildInto(cache);
  removeStale(join(cache, '..'), `viewer-${pkg}-`, cache);
  return cache;
}

/** $XDG_CACHE_HOME/geokg, else ~/.cache/geokg, else the temporary folder when neither can be written. */
function cacheRoot(env: NodeJS.ProcessEnv): string {
  for (const base of [env.XDG_CACHE_HOME, join(homedir(), '.cache'), tmpdir()]) {
    if (!base) continue;
    const dir = join(base, 'geokg');
    try {
      mkdirSync(dir, { recursive: true });
      return dir;
    } catch { /* not writable: try the next */ }
  }
  throw new GeokgError('serve', 'no writable cache folder for the viewer build; set XDG_CACHE_HOME');
}

/** Builds aside, then renames into place; a concurrent `geokg serve` that got there first wins. */
async function buildInto(target: string): Promise<void> {
  const staging = `${target}.tmp-${process.pid}`;
  try {
    const { build } = await import('vite');
    await build({ configFile: VITE_CONFIG, logLevel: 'warn', build: { outDir: staging, emptyOutDir: true, sourcemap: false } });
    renameSync(staging, target);
  } catch (e) {
    if (!hasIndex(target)) throw new GeokgError('serve', `cannot build the viewer (${(e as Error).message.split('\n')[0]})`);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function removeStale(dir: string, prefix: string, keep: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!name.startsWith(prefix) || path === keep) continue;
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
    } catch { /* another process removed it */ }
  }
}
