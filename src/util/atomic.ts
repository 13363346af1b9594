// Outputs that never destroy what they replace: a regular file is replaced atomically (temporary file
// beside it, fsync, rename); a symlink is written through to its target the same way, so the link stays;
// a device or FIFO is streamed to directly (replacing /dev/null with a file would break the machine).
import { closeSync, createWriteStream, fsyncSync, lstatSync, openSync, readdirSync, readlinkSync, renameSync, rmSync, writeSync, type Stats } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { endStream } from './chunks.ts';

const tempPrefix = (path: string) => `.${basename(path)}.`;
const TEMP_NAME = /^\.(\d+)\.[0-9a-f]+\.tmp$/;
/** symlink hops followed before giving up, as the kernel does (ELOOP) */
const MAX_LINKS = 40;

/** pid, to tell a dead writer's leftovers; random, so that two writes in one millisecond never collide */
export const tempPathFor = (path: string, suffix = 'tmp') => join(dirname(path), `${tempPrefix(path)}${process.pid}.${randomBytes(6).toString('hex')}.${suffix}`);

/** What a path is, following symlinks by hand so that a dangling link still names the file it will create. */
export interface OutputTarget {
  /** the file that is actually written: the path itself, or the end of its symlink chain */
  path: string;
  /** the target's status, or undefined when it does not exist yet */
  stats?: Stats;
}

export function resolveOutput(path: string): OutputTarget {
  let current = resolve(path);
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    let st: Stats;
    try {
      st = lstatSync(current);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { path: current };
      throw e;
    }
    if (!st.isSymbolicLink()) return { path: current, stats: st };
    const link = readlinkSync(current);
    current = isAbsolute(link) ? link : resolve(dirname(current), link);
  }
  throw Object.assign(new Error(`too many levels of symbolic links at ${path}`), { code: 'ELOOP' });
}

/** A device, FIFO or socket: written in place, never replaced. */
export const isSpecialFile = (st: Stats | undefined) => !!st && (st.isCharacterDevice() || st.isBlockDevice() || st.isFIFO() || st.isSocket());

/**
 * Streams an output to `path`: what `produce` writes into the stream ends up there whole or not at all
 * (for a regular file or a symlink to one), or is written straight through (for a device or FIFO).
 * On any error the temporary file is removed and the old content stays.
 */
export async function writeStreamAtomic(path: string, produce: (out: Writable) => Promise<void>): Promise<void> {
  const target = resolveOutput(path);
  if (target.stats?.isDirectory()) throw Object.assign(new Error(`${path} is a folder`), { code: 'EISDIR' });
  if (isSpecialFile(target.stats)) return streamInPlace(target.path, produce);
  const tmp = tempPathFor(target.path);
  // a numeric fd with autoClose off: the fd outlives the stream, for the fsync before the rename
  // (a FileHandle's close() waits for ever on a stream made from it with autoClose off)
  const fd = openSync(tmp, 'wx', target.stats ? target.stats.mode & 0o7777 : 0o666);
  let open = true;
  const out = createWriteStream('', { fd, autoClose: false });
  try {
    await produce(out);
    await endStream(out);
    fsyncSync(fd);
    closeSync(fd);
    open = false;
    await rename(tmp, target.path);
  } catch (e) {
    // destroying the stream closes the fd (autoClose only governs closing after 'finish')
    if (open && !out.closed) await new Promise<void>((done) => out.once('close', () => done()).destroy());
    await rm(tmp, { force: true });
    throw e;
  }
  removeStaleTemps(target.path);
}

async function streamInPlace(path: string, produce: (out: Writable) => Promise<void>): Promise<void> {
  // 'a' rather than 'w': a device ignores it, and it never truncates anything should the node change kind
  const out = createWriteStream(path, { flags: 'a' });
  try {
    await produce(out);
    await endStream(out);
  } finally {
    out.destroy();
  }
}

/**
 * Writes a file so that readers see the old content or the new, never a truncated one:
 * a temporary file beside the target (same folder, so the rename cannot cross file systems),
 * fsynced, then renamed over it. A run killed mid-write leaves at most a hidden temporary file,
 * never a damaged target; the next write to the same target removes such leftovers.
 * Symlinks are written through and devices written to, as by writeStreamAtomic.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const target = resolveOutput(path);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  if (isSpecialFile(target.stats)) return writeAll(target.path, 'a', bytes);
  const tmp = tempPathFor(target.path);
  try {
    writeAll(tmp, 'wx', bytes, target.stats ? target.stats.mode & 0o7777 : 0o666, true);
    renameSync(tmp, target.path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  removeStaleTemps(target.path);
}

function writeAll(path: string, flags: string, bytes: Uint8Array, mode = 0o666, sync = false): void {
  const fd = openSync(path, flags, mode);
  try {
    // one write call may take less than asked (above 2 GB it must): loop until all is written
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
    if (sync) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
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
