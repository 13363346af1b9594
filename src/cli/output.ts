import { writeFileAtomic } from '../util/atomic.ts';
import { GeokgError } from '../util/errors.ts';
import type { CliIo } from './types.ts';

/** Writes to a file atomically, or to stdout for "-". */
export function writeOutput(command: string, path: string, data: string, io: CliIo): void {
  if (path === '-') return io.stdout(data);
  try {
    writeFileAtomic(path, data);
  } catch (e) {
    throw new GeokgError(command, `cannot write ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
