// Text produced piece by piece: writers yield chunks, and these helpers either join them (small graphs,
// the library's string API) or pour them into a stream with backpressure (files of any size).
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Bytes gathered before one write to the stream: large enough to keep syscalls few, small enough to bound memory. */
const BATCH = 1 << 16;

/** Writes chunks to a stream, waiting for 'drain' when it is full, so memory stays bounded whatever the output's size. */
export async function pipeChunks(chunks: Iterable<string>, out: Writable): Promise<void> {
  let parts: string[] = [];
  let size = 0;
  const flush = async () => {
    if (out.errored) throw out.errored;
    const ok = out.write(parts.join(''));
    parts = [];
    size = 0;
    // once() rejects on 'error', so a stream that fails while full (EPIPE, ENOSPC) does not hang the writer
    if (!ok) await once(out, 'drain');
  };
  for (const chunk of chunks) {
    parts.push(chunk);
    size += chunk.length;
    if (size >= BATCH) await flush();
  }
  if (size) await flush();
}

/** All chunks as one string: for callers that want the document in memory. */
export const joinChunks = (chunks: Iterable<string>): string => {
  const parts: string[] = [];
  for (const chunk of chunks) parts.push(chunk);
  return parts.join('');
};

/** Ends a stream and waits until everything written has been handed to the system. */
export async function endStream(out: Writable): Promise<void> {
  if (out.errored) throw out.errored;
  const finished = once(out, 'finish');
  out.end();
  await finished;
}
