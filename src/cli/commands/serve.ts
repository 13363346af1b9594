import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { readArticles } from '../../ingest/index.ts';
import { buildGraph } from '../../graph/index.ts';
import { toJson } from '../../export/json.ts';
import { createExtractor, extractArticle } from '../../pipeline.ts';
import { GeokgError } from '../../util/errors.ts';
import { intOption, parse } from '../args.ts';
import type { Command } from '../types.ts';

/** Serves the freshly built graph at /graph.json beside the viewer. */
function graphEndpoint(json: string): Plugin {
  return {
    name: 'geokg-graph',
    configureServer(server) {
      server.middlewares.use('/graph.json', (_req, res) => {
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(json);
      });
    },
  };
}

export const serve: Command = {
  name: 'serve',
  summary: 'build a graph from articles and serve the viewer on localhost',
  usage: `geokg serve [paths…] [--port N]

Builds the graph from the paths (default data/articles) and serves the viewer.
  --port N   port to listen on (default: $PORT, else 5173)`,
  async run(argv, io) {
    const { values, positionals } = parse('serve', argv, { port: { type: 'string' } });
    const port = intOption('serve', 'port', (values.port as string | undefined) ?? io.env.PORT, 5173);
    const paths = positionals.length ? positionals : ['data/articles'];
    const articles = readArticles(paths, { warn: (m) => io.stderr(`geokg serve: warning: ${m}\n`) });
    if (!articles.length) throw new GeokgError('serve', 'no articles found in the inputs');
    const extractor = createExtractor();
    const graph = buildGraph(articles.map((a) => extractArticle(a, extractor)));
    const { createServer } = await import('vite');
    const server = await createServer({
      configFile: fileURLToPath(new URL('../../../vite.config.ts', import.meta.url)),
      server: { port, strictPort: true, host: '127.0.0.1' },
      plugins: [graphEndpoint(toJson(graph))],
      logLevel: 'warn',
    });
    try {
      await server.listen();
    } catch (e) {
      throw new GeokgError('serve', `cannot listen on port ${port} (${(e as Error).message.split('\n')[0]}); choose another with --port`);
    }
    io.stdout(`geokg: ${graph.order} entities, ${graph.size} relations from ${articles.length} article(s)\ngeokg: viewer at http://127.0.0.1:${port}/\n`);
    return await new Promise<number>(() => {}); // serve until interrupted
  },
};
