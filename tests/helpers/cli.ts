import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const SEED = `${SHARED}corpus/putin-china-belt-and-road.txt`;
export const SEED_GOLD = `${SHARED}eval/gold/putin-china-belt-and-road.json`;

/** Runs the real CLI in a child process, as a user would. */
export function geokg(args: string[], opts: { input?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(process.execPath, [`${ROOT}bin/geokg.js`, ...args], {
    cwd: opts.cwd ?? ROOT, input: opts.input, encoding: 'utf8', env: { ...process.env, ...opts.env }, maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
