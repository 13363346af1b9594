import { loadGraph } from '../../query/load.ts';
import { sparql as runSparql, SPARQL_FORMATS, type SparqlFormat } from '../../query/sparql.ts';
import { GeokgError } from '../../util/errors.ts';
import { parse } from '../args.ts';
import type { Command } from '../types.ts';

export const sparql: Command = {
  name: 'sparql',
  usage: `geokg sparql <graph.json|graph.gexf> 'SELECT …' [--format json|csv|tsv]

Runs a SPARQL 1.1 query (oxigraph, embedded) over the graph's RDF: the triples of
geokg export --format ttl (see the README's RDF section and its example queries).

Options:
  -f, --format F   results format: json (default), csv or tsv (W3C SPARQL results formats);
                   CONSTRUCT and DESCRIBE print N-Triples
  -h, --help       this help`,
  async run(argv, io) {
    const { values, positionals } = parse('sparql', argv, { format: { type: 'string', short: 'f' } });
    if (positionals.length !== 2) throw new GeokgError('sparql', "give a graph file and a query: geokg sparql graph.json 'SELECT …'");
    const format = ((values.format as string | undefined) ?? 'json').toLowerCase();
    if (!(SPARQL_FORMATS as readonly string[]).includes(format)) throw new GeokgError('sparql', `--format takes ${SPARQL_FORMATS.join(', ')}, not "${format}"`);
    const out = runSparql(loadGraph(positionals[0]!), positionals[1]!, format as SparqlFormat);
    io.stdout(out.endsWith('\n') ? out : `${out}\n`);
    return 0;
  },
};
