import { extname } from 'node:path';
import { EXPORT_FORMATS, exportGraph, isExportFormat, type ExportFormat } from '../../export/index.ts';
import { writeFolderAtomic } from '../../export/files.ts';
import { loadGraph } from '../../query/load.ts';
import { GeokgError } from '../../util/errors.ts';
import { parse } from '../args.ts';
import { writeOutput } from '../output.ts';
import type { Command } from '../types.ts';

const BY_EXTENSION: Record<string, ExportFormat> = { '.json': 'json', '.gexf': 'gexf', '.graphml': 'graphml', '.ttl': 'ttl', '.nt': 'nt' };

export const exportCommand: Command = {
  name: 'export',
  usage: `geokg export <graph.json|graph.gexf> --format FORMAT -o OUT

Reads a geokg graph (JSON or GEXF, told apart by content) and writes it in another format:
  json      geokg's graph JSON (graphology's serialisation, stable key order)
  gexf      GEXF 1.3 for Gephi: types, predicates, CAMEO, scores, negation, evidence (JSON string
            attributes), colours, sizes and a deterministic layout
  graphml   GraphML (objects as JSON strings)
  csv       a folder with nodes.csv and edges.csv for neo4j-admin database import
  ttl, nt   RDF Turtle / N-Triples: Wikidata IRIs where known, evidence by RDF reification

Options:
  -f, --format FORMAT   one of ${EXPORT_FORMATS.join(', ')} (default: from the extension of -o)
  -o, --output OUT      file to write ("-" for stdout), or for csv a folder (required)
  -h, --help            this help`,
  async run(argv, io) {
    const { values, positionals } = parse('export', argv, { format: { type: 'string', short: 'f' }, output: { type: 'string', short: 'o' } });
    if (positionals.length !== 1) throw new GeokgError('export', 'give exactly one graph file; see geokg export --help');
    const out = values.output as string | undefined;
    if (!out) throw new GeokgError('export', 'no output given: add -o FILE (or -o FOLDER for csv, -o - for stdout)');
    const format = (values.format as string | undefined)?.toLowerCase() ?? BY_EXTENSION[extname(out).toLowerCase()];
    if (!isExportFormat(format)) throw new GeokgError('export', `${format ? `unknown format "${format}"` : 'no --format given'}; formats are ${EXPORT_FORMATS.join(', ')}`);
    const graph = loadGraph(positionals[0]!);
    const result = exportGraph(graph, format);
    if (result.kind === 'folder') {
      if (out === '-') throw new GeokgError('export', 'csv writes a folder (nodes.csv, edges.csv); give -o FOLDER, not -');
      writeFolderAtomic(out, result.files);
    } else writeOutput('export', out, result.data, io);
    if (out !== '-') io.stderr(`geokg export: ${graph.order} entities, ${graph.size} relations → ${out} (${format})\n`);
    return 0;
  },
};
