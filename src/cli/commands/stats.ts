import { loadGraph } from '../../query/load.ts';
import { stats as graphStats } from '../../query/stats.ts';
import { GeokgError } from '../../util/errors.ts';
import { intOption, parse } from '../args.ts';
import type { Command } from '../types.ts';

const table = (counts: Record<string, number>) => Object.entries(counts).map(([k, n]) => `  ${String(n).padStart(6)}  ${k}`).join('\n');

export const stats: Command = {
  name: 'stats',
  usage: `geokg stats <graph.json|graph.gexf> [--top N] [--json]

Options:
      --top N   how many top entities (by PageRank over the undirected link graph; default 10)
      --json    print the figures as JSON
  -h, --help    this help`,
  async run(argv, io) {
    const { values, positionals } = parse('stats', argv, { top: { type: 'string' }, json: { type: 'boolean' } });
    if (positionals.length !== 1) throw new GeokgError('stats', 'give exactly one graph file; see geokg stats --help');
    const s = graphStats(loadGraph(positionals[0]!), { top: intOption('stats', 'top', values.top as string | undefined, 10) });
    if (values.json) {
      io.stdout(`${JSON.stringify(s, null, 2)}\n`);
      return 0;
    }
    io.stdout([
      `${s.entities} entities, ${s.relations} relations (${s.negated} denied), ${s.evidence} evidence sentences from ${s.articles} article(s)`,
      'Entities by type:', table(s.byType),
      'Relations by predicate:', table(s.byPredicate),
      'Top entities (PageRank):', ...s.top.map((e, i) => `  ${String(i + 1).padStart(3)}. ${e.label} (${e.type}) ${e.score.toFixed(4)}`),
    ].join('\n') + '\n');
    return 0;
  },
};
