// Writing a folder of files (CSV export) without destroying anything: the files are streamed into a fresh
// temporary folder beside the target, which then takes the target's place. An existing folder is replaced
// only when it holds nothing but the files geokg itself writes there (checked by name and header line);
// anything else is refused, so `-o .` or `-o ~/thesis` can never delete a user's files.
import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { resolveOutput, tempPathFor, writeStreamAtomic } from '../util/atomic.ts';
import { GeokgError } from '../util/errors.ts';

/** A file of the folder: its name, the first line geokg always writes in it, and how to write it. */
export interface FolderFile {
  name: string;
  header: string;
  write: (out: Writable) => Promise<void>;
}

export async function writeFolderAtomic(path: string, files: readonly FolderFile[]): Promise<void> {
  const target = resolveOutput(path).path;
  refuseForeignFolder(path, target, files);
  const tmp = tempPathFor(target, 'tmpdir');
  const old = tempPathFor(target, 'old');
  let moved = false;
  try {
    mkdirSync(tmp);
    for (const file of files) await writeStreamAtomic(join(tmp, file.name), file.write);
    refuseForeignFolder(path, target, files); // again: someone may have put a file there meanwhile
    try {
      renameSync(target, old);
      moved = true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    renameSync(tmp, target);
  } catch (e) {
    if (moved) renameSync(old, target);
    rmSync(tmp, { recursive: true, force: true }); // the temporary folder is geokg's own, made above
    if (e instanceof GeokgError) throw e;
    throw new GeokgError('export', `cannot write ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  // the old folder held only geokg's files (checked twice): remove exactly those, then the empty folder
  if (moved) {
    for (const file of files) rmSync(join(old, file.name), { force: true });
    rmdirSync(old);
  }
}

/** Throws unless `target` is absent, or a folder holding only geokg's own files. */
function refuseForeignFolder(path: string, target: string, files: readonly FolderFile[]): void {
  let names: string[];
  try {
    if (!lstatSync(target).isDirectory()) throw new GeokgError('export', `${path} exists and is not a folder; choose another -o for the CSV folder`);
    names = readdirSync(target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  const own = new Map(files.map((f) => [f.name, f.header]));
  const foreign = names.filter((n) => !own.has(n) || !lstatSync(join(target, n)).isFile() || firstLine(join(target, n)) !== own.get(n));
  if (foreign.length)
    throw new GeokgError('export', `refusing to replace ${path}: it holds files geokg did not write (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}); give an empty or new folder`);
}

function firstLine(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8').split('\n')[0]!;
  } finally {
    closeSync(fd);
  }
}

