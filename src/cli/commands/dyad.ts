import { dyad as dyadSummary } from '../../query/dyad.ts';
import { loadGraph } from '../../query/load.ts';
import { GeokgError } from '../../util/errors.ts';
import { parse } from '../args.ts';
import type { Command } from '../types.ts';
import { resolveForCli } from '../entities.ts';
import { formatRelation, printJson } from './query.ts';

export const dyad: Command = {
  name: 'dyad',
  usage: `geokg dyad <graph.json|graph.gexf> <A> <B> [--json]

A GDELT-style dyad summary: evidence counts per predicate (either direction; denied ones as NOT_X),
the cooperation/conflict balance as the sum of the predicates' scores (-10..+10) over the evidence of
asserted relations, and the first and last dates seen.

Options:
      --exact   match names only as a key or a whole label or alias
      --json    print the summary as JSON (the library's DyadSummary)
  -h, --help    this help`,
  async run(argv, io) {
    const { values, positionals } = parse('dyad', argv, { json: { type: 'boolean' }, exact: { type: 'boolean' } });
    if (positionals.length !== 3) throw new GeokgError('dyad', 'give a graph file and two entities; see geokg dyad --help');
    const [file, nameA, nameB] = positionals as [string, string, string];
    const graph = loadGraph(file);
    const [a, b] = [nameA, nameB].map((n) => resolveForCli('dyad', graph, n, !!values.exact, io)) as [string, string];
    const d = dyadSummary(graph, a, b);
    if (values.json) {
      printJson(io, d);
      return 0;
    }
    const counts = Object.entries(d.byPredicate).map(([p, n]) => `  ${String(n).padStart(5)}  ${p}`);
    io.stdout([
      `${d.a.label} ↔ ${d.b.label}: ${d.relations.length} relation(s), ${d.aToB} event(s) ${d.a.label} → ${d.b.label}, ${d.bToA} ${d.b.label} → ${d.a.label}`,
      `Balance ${d.balance >= 0 ? '+' : ''}${d.balance} (cooperation +${d.cooperation}, conflict ${d.conflict})${d.firstSeen ? `; seen ${d.firstSeen} to ${d.lastSeen}` : ''}`,
      ...(counts.length ? ['By predicate:', ...counts] : ['No relations between them.']),
      ...d.relations.map(formatRelation),
    ].join('\n') + '\n');
    return 0;
  },
};
