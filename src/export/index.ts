// export: one graph, many formats. Each writer is a pure function of the graph; the CLI and the library
// decide where the bytes go.
import type { KnowledgeGraph } from '../graph/index.ts';
import { GeokgError } from '../util/errors.ts';
import { toCsv } from './csv.ts';
import { toGexf } from './gexf.ts';
import { toGraphml } from './graphml.ts';
import { toJson } from './json.ts';
import { toRdf } from './rdf.ts';

export { toJson, fromJson, fromSerialized, stableStringify } from './json.ts';
export { toGexf, fromGexf } from './gexf.ts';
export { toGraphml } from './graphml.ts';
export { toCsv, type CsvTables } from './csv.ts';
export { toRdf, toQuads, type RdfFormat } from './rdf.ts';

export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv', 'ttl', 'nt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const isExportFormat = (s: unknown): s is ExportFormat => typeof s === 'string' && (EXPORT_FORMATS as readonly string[]).includes(s);

/** The files of an export: one unnamed file, or (CSV) named files for a folder. */
export type ExportOutput = { kind: 'file'; data: string } | { kind: 'folder'; files: Record<string, string> };

export function exportGraph(graph: KnowledgeGraph, format: ExportFormat): ExportOutput {
  switch (format) {
    case 'json': return { kind: 'file', data: toJson(graph) };
    case 'gexf': return { kind: 'file', data: toGexf(graph) };
    case 'graphml': return { kind: 'file', data: toGraphml(graph) };
    case 'ttl': return { kind: 'file', data: toRdf(graph, 'turtle') };
    case 'nt': return { kind: 'file', data: toRdf(graph, 'ntriples') };
    case 'csv': {
      const { nodes, edges } = toCsv(graph);
      return { kind: 'folder', files: { 'nodes.csv': nodes, 'edges.csv': edges } };
    }
    default: throw new GeokgError('export', `unknown format "${String(format)}"; formats are ${EXPORT_FORMATS.join(', ')}`);
  }
}
