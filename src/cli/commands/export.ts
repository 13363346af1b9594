import { extname } from 'node:path';
import { csvFolderFiles, EXPORT_FORMATS, GEXF_VERSIONS, isExportFormat, writeExport, writeFolderAtomic, type ExportFormat, type GexfVersion } from '../../export/index.ts';
import { loadGraph } from '../../query/load.ts';
import { GeokgError } from '../../util/errors.ts';
import { parse } from '../args.ts';
import { writeOutputStream } from '../output.ts';
import type { Command } from '../types.ts';

const BY_EXTENSION: Record<string, ExportFormat> = { '.json': 'json', '.gexf': 'gexf', '.graphml': 'graphml', '.ttl': 'ttl', '.nt': 'nt' };

export const exportCommand: Command = {
  name: 'export',
  usage: `geokg export <graph.json|graph.gexf> --format FORMAT -o OUT

Reads a geokg graph (JSON or GEXF, told apart by content) and writes it in another format:
  json      geokg's graph JSON (graphology's serialisation, stable key order)
  gexf      GEXF 1.3 for Gephi and networkx: types, predicates, CAMEO, scores, negation, evidence
            (JSON string attributes), r/g/b colours, sizes and a deterministic layout
  graphml   GraphML (objects as JSON strings)
  csv       a folder with nodes.csv and edges.csv for neo4j-admin database import (an existing
            folder is replaced only if it holds nothing but those two files)
  ttl, nt   RDF Turtle / N-Triples: Wikidata IRIs where known, evidence by RDF reification

Options:
  -f, --format FORMAT   one of ${EXPORT_FORMATS.join(', ')} (default: from the extension of -o)
  -o, --output OUT      file to write ("-" for stdout), or for csv a folder (required); a symlink is
                        written through, a device or FIFO written to, a file replaced atomically
      --gexf-version V  ${GEXF_VERSIONS.join(' or ')} (default 1.3; 1.2 for Debian's networkx 2.8, old Gephi)
  -h, --help            this help`,
  async run(argv, io) {
    const { values, positionals } = parse('export', argv, { format: { type: 'string', short: 'f' }, output: { type: 'string', short: 'o' }, 'gexf-version': { type: 'string' } });
    if (positionals.length !== 1) throw new GeokgError('export', 'give exactly one graph file; see geokg export --help');
    const out = values.output as string | undefined;
    if (!out) throw new GeokgError('export', 'no output given: add -o FILE (or -o FOLDER for csv, -o - for stdout)');
    const format = (values.format as string | undefined)?.toLowerCase() ?? BY_EXTENSION[extname(out).toLowerCase()];
    if (!isExportFormat(format)) throw new GeokgError('export', `${format ? `unknown format "${format}"` : 'no --format given'}; formats are ${EXPORT_FORMATS.join(', ')}`);
    const gexfVersion = (values['gexf-version'] as string | undefined) ?? '1.3';
    if (!(GEXF_VERSIONS as readonly string[]).includes(gexfVersion)) throw new GeokgError('export', `--gexf-version takes ${GEXF_VERSIONS.join(' or ')}, not "${gexfVersion}"`);
    if (format === 'csv' && out === '-') throw new GeokgError('export', 'csv writes a folder (nodes.csv, edges.csv); give -o FOLDER, not -');
    const graph = loadGraph(positionals[0]!);
    if (format === 'csv') await writeFolderAtomic(out, csvFolderFiles(graph));
    else await writeOutputStream('export', out, (stream) => writeExport(graph, format, stream, { gexfVersion: gexfVersion as GexfVersion }), io);
    if (out !== '-') io.stderr(`geokg export: ${graph.order} entities, ${graph.size} relations → ${out} (${format})\n`);
    return 0;
  },
};
