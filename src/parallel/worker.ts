// One extraction worker: sets up the extractor once, then answers each batch {index, articles} with
// {index, extractions}, in the batch's order; an article whose extraction throws gets {failure} in its place.
import { parentPort, workerData } from 'node:worker_threads';
import { createExtractor, tryExtractArticle } from '../pipeline.ts';
import type { WorkerReply, WorkerSetup, WorkerTask } from './types.ts';

const port = parentPort!;
const setup = workerData as WorkerSetup;
const extractor = createExtractor(setup.gazetteerDir);
port.on('message', (task: WorkerTask) => {
  let reply: WorkerReply;
  try {
    reply = { index: task.index, extractions: task.articles.map((a) => tryExtractArticle(a, extractor)) };
  } catch (e) {
    const err = e as Error & { module?: string };
    reply = { index: task.index, error: { message: err.message, module: err.name === 'GeokgError' ? err.module : undefined, stack: err.stack } };
  }
  port.postMessage(reply);
});
