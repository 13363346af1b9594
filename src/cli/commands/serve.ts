// `geokg serve`: build the graph and serve it, with the prebuilt viewer (src/cli/viewer-assets.ts), from a
// small static server (src/server) that sends a strict Content-Security-Policy. A static server avoids the
// dev server's inline scripts and eval-based HMR.
import { readArticles } from '../../ingest/index.ts';
import { buildGraph } from '../../graph/index.ts';
import { toJson } from '../../export/json.ts';
import { extractAll } from '../../parallel/index.ts';
import { createViewerServer, listenLoopback } from '../../server/index.ts';
import { GeokgError } from '../../util/errors.ts';
import { intOption, parse } from '../args.ts';
import type { Command } from '../types.ts';
import { failureReporter } from '../failures.ts';
import { ensureViewerBuilt } from '../viewer-assets.ts';

export const serve: Command = {
  name: 'serve',
  usage: `geokg serve [paths…] [--port N]

Builds the graph from the paths (default data/articles) and serves it with the viewer
on http://127.0.0.1:N/ (the graph at /graph.json).
  --port N   port to listen on (default: $PORT, else 5173)`,
  async run(argv, io) {
    const { values, positionals } = parse('serve', argv, { port: { type: 'string' } });
    const port = intOption('serve', 'port', (values.port as string | undefined) ?? io.env.PORT, 5173);
    const paths = positionals.length ? positionals : ['data/articles'];
    const articles = readArticles(paths, { warn: (m) => io.stderr(`geokg serve: warning: ${m}\n`) });
    if (!articles.length) throw new GeokgError('serve', 'no articles found in the inputs');
    const failures = failureReporter('serve', io.stderr, !!values.debug);
    const graph = buildGraph(await extractAll(articles, { jobs: 1, onFailure: failures.onFailure }));
    failures.finish(articles.length); // serving goes on: the summary is for the reader of the terminal
    const server = createViewerServer(toJson(graph), await ensureViewerBuilt(io.env));
    const url = await listenLoopback(server, port); // the port really taken, also for --port 0
    io.stdout(`geokg: ${graph.order} entities, ${graph.size} relations from ${articles.length} article(s)\ngeokg: viewer at ${url}\n`);
    return await new Promise<number>(() => {}); // serve until interrupted
  },
};
