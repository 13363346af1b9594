import { PREDICATES } from '../../model/predicates.ts';
import { loadGraph } from '../../query/load.ts';
import { relations, type RelationFilter } from '../../query/relations.ts';
import type { RelationView } from '../../query/types.ts';
import { GeokgError } from '../../util/errors.ts';
import { parse } from '../args.ts';
import { resolveForCli } from '../entities.ts';
import type { CliIo, Command } from '../types.ts';

/** "Vladimir Putin –VISITED→ China", or "–NOT MEMBER_OF→" for a denied relation */
export const formatTriple = (r: RelationView) => `${r.subject.label} –${r.negated ? 'NOT ' : ''}${r.predicate}→ ${r.object.label}`;

/** A relation and its evidence sentences, as the text output of query, path and dyad shows them. */
export function formatRelation(r: RelationView): string {
  const lines = [`${formatTriple(r)}  (${r.count} evidence${r.modality && r.modality !== 'stated' ? `, ${r.modality}` : ''})`];
  for (const e of r.evidence) {
    const where = [e.article, e.date ?? e.articleDate, e.attributedTo && `according to ${e.attributedTo}`].filter(Boolean).join(', ');
    lines.push(`    “${e.sentence.replace(/\s+/g, ' ').trim()}” [${where}]`);
  }
  return lines.join('\n');
}

/** Text folded at a width, each line indented. */
const wrap = (text: string, width: number, indent: string) =>
  text.split(' ').reduce<string[]>((lines, word) => {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(`${indent}${word}`);
    return lines;
  }, []).join('\n');

/** JSON output: the library's own objects (RelationView, PathResult, DyadSummary), so both read alike. */
export const printJson = (io: CliIo, value: unknown) => io.stdout(`${JSON.stringify(value, null, 2)}\n`);

export const query: Command = {
  name: 'query',
  usage: `geokg query <graph.json|graph.gexf> [--subject S] [--predicate P] [--object O] [--entity E] [--json]

Prints the matching relations with their evidence sentences. Entities are found by any name
(label, alias or key; case, accents and a leading "the" do not matter), or by a surname; a name that
fits several entities answers for the clearly best one (naming the others on stderr) or else exits 1
listing them.

Options:
  -s, --subject S     the relation's subject
  -p, --predicate P   a predicate (geokg predicates lists them): its asserted relations; NOT_P, or
                      P with --negated, for denied ones
  -o, --object O      the relation's object
  -e, --entity E      either end
      --negated       only denied relations ("not a member of")
      --asserted      only relations that are not denied
      --since DATE    only evidence dated on or after DATE (ISO 8601)
      --until DATE    only evidence dated on or before DATE
      --exact         match names only as a key or a whole label or alias
      --json          print an array of relations (the library's RelationView; README, "Query results")
  -h, --help          this help

Predicates (geokg predicates adds CAMEO roots, scores and signatures):
${wrap(PREDICATES.join(', '), 96, '  ')}`,
  async run(argv, io) {
    const { values, positionals } = parse('query', argv, {
      subject: { type: 'string', short: 's' }, predicate: { type: 'string', short: 'p' }, object: { type: 'string', short: 'o' },
      entity: { type: 'string', short: 'e' }, negated: { type: 'boolean' }, asserted: { type: 'boolean' },
      since: { type: 'string' }, until: { type: 'string' }, json: { type: 'boolean' }, exact: { type: 'boolean' },
    });
    if (positionals.length !== 1) throw new GeokgError('query', 'give exactly one graph file; see geokg query --help');
    if (values.negated && values.asserted) throw new GeokgError('query', '--negated and --asserted exclude each other');
    const graph = loadGraph(positionals[0]!);
    const filter: RelationFilter = {};
    for (const k of ['predicate', 'since', 'until'] as const) if (values[k] !== undefined) filter[k] = values[k] as string;
    for (const k of ['subject', 'object', 'entity'] as const)
      if (values[k] !== undefined) filter[k] = resolveForCli('query', graph, values[k] as string, !!values.exact, io);
    if (values.negated) filter.negated = true;
    if (values.asserted) filter.negated = false;
    const found = relations(graph, filter);
    if (values.json) printJson(io, found);
    else if (found.length) io.stdout(`${found.map(formatRelation).join('\n')}\n`);
    else io.stderr('geokg query: no matching relations\n');
    return 0;
  },
};
