import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

const tempPrefix = (path: string) => `.${basename(path)}.`;
const TEMP_NAME = /^\.(\d+)\.[0-9a-f]+\.tmp$/;

/**
 * Writes a file so that readers see the old content or the new, never a truncated one:
 * a temporary file beside the target (same folder, so the rename cannot cross file systems),
 * fsynced, then renamed over it. A run killed mid-write leaves at most a hidden temporary file,
 * never a damaged target; the next write to the same target removes such leftovers.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  // pid, to tell a dead writer's leftovers; random, so that two writes in one millisecond never collide
  const tmp = join(dirname(path), `${tempPrefix(path)}${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx');
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    // one write call may take less than asked (above 2 GB it must): loop until all is written
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
  removeStaleTemps(path);
}

/** Temporary files of this target left by processes that no longer run (killed mid-write). */
function removeStaleTemps(path: string): void {
  const prefix = tempPrefix(path);
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return; // cleaning up is a courtesy; the write itself succeeded
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = TEMP_NAME.exec(name.slice(prefix.length - 1))?.[1];
    if (pid && !isRunning(Number(pid))) rmSync(join(dirname(path), name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
