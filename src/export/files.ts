// Writing a folder of files atomically (CSV export): a temporary folder beside the target, then renames,
// so a reader sees the old folder or the new one, never a half-written mix.
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomic } from '../util/atomic.ts';
import { GeokgError } from '../util/errors.ts';

export function writeFolderAtomic(path: string, files: Record<string, string>): void {
  if (existsSync(path) && !statSync(path).isDirectory()) throw new GeokgError('export', `${path} exists and is not a folder; choose another -o for the CSV folder`);
  const stamp = `${process.pid}.${Date.now()}`;
  const tmp = join(dirname(path), `.${basename(path)}.${stamp}.tmp`);
  const old = join(dirname(path), `.${basename(path)}.${stamp}.old`);
  try {
    mkdirSync(tmp);
    for (const [name, data] of Object.entries(files)) writeFileAtomic(join(tmp, name), data);
    if (existsSync(path)) renameSync(path, old);
    renameSync(tmp, path);
    rmSync(old, { recursive: true, force: true });
  } catch (e) {
    if (!existsSync(path) && existsSync(old)) renameSync(old, path);
    rmSync(tmp, { recursive: true, force: true });
    throw new GeokgError('export', `cannot write ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
