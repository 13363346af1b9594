// Shared by the export, query and round-trip tests.
import { spawnSync } from 'node:child_process';
import { main } from '../src/cli/main.ts';
import { ROOT, SHARED } from './helpers/cli.ts';

export const FIXTURE = `${ROOT}tests/fixtures/geopolitics.json`;
export const GEXF_RNG = `${SHARED}schemas/gexf-1.3/gexf.rng`;
export const HAS_XMLLINT = spawnSync('xmllint', ['--version']).status === 0;
export const NO_XMLLINT = 'xmllint is absent, so GEXF is not validated here: apt-get install libxml2-utils (CI installs it)';

/** Validates a GEXF file against the official 1.3 grammar; returns xmllint's complaint, or '' when valid. */
export function gexfErrors(path: string): string {
  const r = spawnSync('xmllint', ['--noout', '--relaxng', GEXF_RNG, path], { encoding: 'utf8' });
  return r.status === 0 ? '' : r.stderr;
}

/** Runs the CLI in-process (no child process start-up) for the many small CLI checks. */
export async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '', stderr = '';
  const code = await main(args, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd: ROOT, env: process.env });
  return { code, stdout, stderr };
}
