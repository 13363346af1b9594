import { dyad as dyadSummary } from '../../query/dyad.ts';
import { loadGraph } from '../../query/load.ts';
import { GeokgError } from '../../util/errors.ts';
import { parse } from '../args.ts';
import type { Command } from '../types.ts';
import { formatRelation, relationJson } from './query.ts';

export const dyad: Command = {
  name: 'dyad',
  usage: `geokg dyad <graph.json|graph.gexf> <A> <B> [--json]

A GDELT-style dyad summary: evidence counts per predicate (either direction; denied ones as NOT_X),
the cooperation/conflict balance as the sum of the predicates' scores (-10..+10) over the evidence of
asserted relations, and the first and last dates seen.

Options:
      --json    print the summary as JSON
  -h, --help    this help`,
  async run(argv, io) {
    const { values, positionals } = parse('dyad', argv, { json: { type: 'boolean' } });
    if (positionals.length !== 3) throw new GeokgError('dyad', 'give a graph file and two entities; see geokg dyad --help');
    const [file, a, b] = positionals as [string, string, string];
    const d = dyadSummary(loadGraph(file), a, b);
    if (values.json) {
      io.stdout(`${JSON.stringify({ ...d, relations: d.relations.map(relationJson) }, null, 2)}\n`);
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
