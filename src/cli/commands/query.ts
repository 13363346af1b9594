import { loadGraph } from '../../query/load.ts';
import { relations, type RelationFilter } from '../../query/relations.ts';
import type { RelationView } from '../../query/types.ts';
import { GeokgError } from '../../util/errors.ts';
import { parse } from '../args.ts';
import type { Command } from '../types.ts';

/** "Vladimir Putin –VISITED→ China", or "–NOT MEMBER_OF→" for a denied relation */
export const formatTriple = (r: RelationView) => `${r.subjectLabel} –${r.negated ? 'NOT ' : ''}${r.predicate}→ ${r.objectLabel}`;

/** A relation and its evidence sentences, as the text output of query, path and dyad shows them. */
export function formatRelation(r: RelationView): string {
  const lines = [`${formatTriple(r)}  (${r.count} evidence${r.modality && r.modality !== 'stated' ? `, ${r.modality}` : ''})`];
  for (const e of r.evidence) {
    const where = [e.article, e.date ?? e.articleDate, e.attributedTo && `according to ${e.attributedTo}`].filter(Boolean).join(', ');
    lines.push(`    “${e.sentence.replace(/\s+/g, ' ').trim()}” [${where}]`);
  }
  return lines.join('\n');
}

/** The JSON shape of a relation in CLI output: labels first, keys beside them. */
export const relationJson = (r: RelationView) => ({
  subject: r.subjectLabel, predicate: r.predicate, object: r.objectLabel, negated: r.negated, evidence: r.evidence,
  subjectKey: r.subject, objectKey: r.object, key: r.key, cameo: r.cameo, score: r.score, count: r.count,
});

export const query: Command = {
  name: 'query',
  usage: `geokg query <graph.json|graph.gexf> [--subject S] [--predicate P] [--object O] [--entity E] [--json]

Prints the matching relations with their evidence sentences. Entities are found by any name
(label, alias or key; case, accents and a leading "the" do not matter).

Options:
  -s, --subject S     the relation's subject
  -p, --predicate P   one of SCHEMA.md's predicates (VISITED, ISSUED_WARRANT_FOR, ...); NOT_X for denied ones
  -o, --object O      the relation's object
  -e, --entity E      either end
      --negated       only denied relations ("not a member of")
      --asserted      only relations that are not denied
      --since DATE    only evidence dated on or after DATE (ISO 8601)
      --until DATE    only evidence dated on or before DATE
      --json          print an array of {subject, predicate, object, negated, evidence, ...}
  -h, --help          this help`,
  async run(argv, io) {
    const { values, positionals } = parse('query', argv, {
      subject: { type: 'string', short: 's' }, predicate: { type: 'string', short: 'p' }, object: { type: 'string', short: 'o' },
      entity: { type: 'string', short: 'e' }, negated: { type: 'boolean' }, asserted: { type: 'boolean' },
      since: { type: 'string' }, until: { type: 'string' }, json: { type: 'boolean' },
    });
    if (positionals.length !== 1) throw new GeokgError('query', 'give exactly one graph file; see geokg query --help');
    if (values.negated && values.asserted) throw new GeokgError('query', '--negated and --asserted exclude each other');
    const filter: RelationFilter = {};
    for (const k of ['subject', 'predicate', 'object', 'entity', 'since', 'until'] as const) if (values[k] !== undefined) filter[k] = values[k] as string;
    if (values.negated) filter.negated = true;
    if (values.asserted) filter.negated = false;
    const found = relations(loadGraph(positionals[0]!), filter);
    if (values.json) io.stdout(`${JSON.stringify(found.map(relationJson), null, 2)}\n`);
    else if (found.length) io.stdout(`${found.map(formatRelation).join('\n')}\n`);
    else io.stderr('geokg query: no matching relations\n');
    return 0;
  },
};
