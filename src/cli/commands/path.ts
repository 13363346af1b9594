import { loadGraph } from '../../query/load.ts';
import { shortestPath, type PathResult } from '../../query/shortest-path.ts';
import { allSimplePaths } from '../../query/simple-paths.ts';
import { GeokgError } from '../../util/errors.ts';
import { intOption, parse } from '../args.ts';
import type { Command } from '../types.ts';
import { resolveForCli } from '../entities.ts';
import { formatTriple, printJson } from './query.ts';

function pathText(p: PathResult): string {
  const head = `${p.path.map((e) => e.label).join(' — ')}  (${p.hops.length} link${p.hops.length === 1 ? '' : 's'})`;
  return [head, ...p.hops.flat().map((r) => `    ${formatTriple(r)}: “${r.evidence[0]?.sentence.replace(/\s+/g, ' ').trim() ?? ''}”`)].join('\n');
}

export const path: Command = {
  name: 'path',
  usage: `geokg path <graph.json|graph.gexf> <A> <B> [--json] [--all [--max-length K]]

Prints the entities from A to B and the relations between each pair. Relations count in either
direction (an analyst asks how two actors connect); denied relations do not connect unless --negated.

Options:
      --all            every simple path up to --max-length links, shortest first
      --max-length K   longest path for --all (default 3)
      --negated        let denied relations ("not a member of") connect entities
      --exact          match names only as a key or a whole label or alias
      --json           print {path: [{key, label, type}…], hops: [[relation…]…]}, the library's PathResult
                       (with --all, an array of them)
  -h, --help           this help`,
  async run(argv, io) {
    const { values, positionals } = parse('path', argv, { json: { type: 'boolean' }, all: { type: 'boolean' }, 'max-length': { type: 'string' }, negated: { type: 'boolean' }, exact: { type: 'boolean' } });
    if (positionals.length !== 3) throw new GeokgError('path', 'give a graph file and two entities; see geokg path --help');
    const [file, nameA, nameB] = positionals as [string, string, string];
    const graph = loadGraph(file);
    const [a, b] = [nameA, nameB].map((n) => resolveForCli('path', graph, n, !!values.exact, io)) as [string, string];
    const options = { negated: !!values.negated };
    if (values.all) {
      const paths = allSimplePaths(graph, a, b, { ...options, maxLength: intOption('path', 'max-length', values['max-length'] as string | undefined, 3) });
      if (!paths.length) throw new GeokgError('path', `no path of at most ${values['max-length'] ?? 3} links between "${nameA}" and "${nameB}"`);
      if (values.json) printJson(io, paths);
      else io.stdout(`${paths.map(pathText).join('\n')}\n`);
      return 0;
    }
    const found = shortestPath(graph, a, b, options);
    if (!found) throw new GeokgError('path', `no path between "${nameA}" and "${nameB}"${options.negated ? '' : ' (denied relations do not connect; try --negated)'}`);
    if (values.json) printJson(io, found);
    else io.stdout(`${pathText(found)}\n`);
    return 0;
  },
};
