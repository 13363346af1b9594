// Where a command's output goes: stdout for "-", a device or FIFO written in place, anything else
// replaced atomically (symlinks written through). Every command that writes a file comes through here.
import { Writable } from 'node:stream';
import { writeStreamAtomic } from '../util/atomic.ts';
import { pipeChunks } from '../util/chunks.ts';
import { GeokgError, isGeokgError } from '../util/errors.ts';
import type { CliIo } from './types.ts';

/** stdout as a stream: the process's own (with backpressure) or, in tests, one that calls io.stdout. */
function stdoutStream(io: CliIo): Writable {
  return io.stdoutStream ?? new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      io.stdout(chunk.toString());
      done();
    },
  });
}

/** Streams an output produced chunk by chunk to `path`. */
export async function writeOutputStream(command: string, path: string, produce: (out: Writable) => Promise<void>, io: CliIo): Promise<void> {
  if (path === '-') return produce(stdoutStream(io));
  try {
    await writeStreamAtomic(path, produce);
  } catch (e) {
    if (isGeokgError(e)) throw e;
    throw new GeokgError(command, `cannot write ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** Writes text (chunks or one string) to a file atomically, or to stdout for "-". */
export async function writeOutput(command: string, path: string, data: string | Iterable<string>, io: CliIo): Promise<void> {
  await writeOutputStream(command, path, (out) => pipeChunks(typeof data === 'string' ? [data] : data, out), io);
}
