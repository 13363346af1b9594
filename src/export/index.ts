// export: one graph, many formats. Each writer is a generator of text chunks over the graph (so a file of
// any size streams with bounded memory); the CLI and the library decide where the chunks go.
import type { Writable } from 'node:stream';
import { canonicalize, isCanonical, type KnowledgeGraph } from '../graph/index.ts';
import { pipeChunks } from '../util/chunks.ts';
import { GeokgError } from '../util/errors.ts';
import { csvEdgeChunks, csvNodeChunks, EDGE_HEADER_LINE, NODE_HEADER_LINE } from './csv.ts';
import type { FolderFile } from './files.ts';
import { gexfChunks, type GexfVersion } from './gexf.ts';
import { graphmlChunks } from './graphml.ts';
import { jsonChunks } from './json.ts';
import { rdfChunks } from './rdf.ts';

export { toJson, jsonChunks, fromJson, fromSerialized, stableStringify } from './json.ts';
export { toGexf, gexfChunks, fromGexf, GEXF_VERSIONS, type GexfVersion } from './gexf.ts';
export { toGraphml, graphmlChunks } from './graphml.ts';
export { toCsv, csvNodeChunks, csvEdgeChunks, type CsvTables } from './csv.ts';
export { toRdf, rdfChunks, toQuads, quadsOf, type RdfFormat } from './rdf.ts';
export { writeFolderAtomic, type FolderFile } from './files.ts';

export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv', 'ttl', 'nt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const isExportFormat = (s: unknown): s is ExportFormat => typeof s === 'string' && (EXPORT_FORMATS as readonly string[]).includes(s);

export interface ExportOptions {
  /** GEXF only: 1.3 (default) or 1.2 for older readers */
  gexfVersion?: GexfVersion;
}

/** The text of a one-file format, chunk by chunk. */
export function exportChunks(graph: KnowledgeGraph, format: Exclude<ExportFormat, 'csv'>, options: ExportOptions = {}): Iterable<string> {
  switch (format) {
    case 'json': return jsonChunks(graph);
    case 'gexf': return gexfChunks(graph, options.gexfVersion);
    case 'graphml': return graphmlChunks(graph);
    case 'ttl': return rdfChunks(graph, 'turtle');
    case 'nt': return rdfChunks(graph, 'ntriples');
    default: throw new GeokgError('export', `unknown format "${String(format)}"; formats are ${EXPORT_FORMATS.join(', ')}`);
  }
}

/** Streams a one-file format into a Writable (a file, stdout, a socket), waiting on backpressure. */
export async function writeExport(graph: KnowledgeGraph, format: Exclude<ExportFormat, 'csv'>, out: Writable, options: ExportOptions = {}): Promise<void> {
  await pipeChunks(exportChunks(graph, format, options), out);
}

/** The files of a CSV export, for writeFolderAtomic: nodes.csv and edges.csv, each streamed. */
export function csvFolderFiles(graph: KnowledgeGraph): FolderFile[] {
  const g = isCanonical(graph) ? graph : canonicalize(graph);
  return [
    { name: 'nodes.csv', header: NODE_HEADER_LINE, write: (out) => pipeChunks(csvNodeChunks(g), out) },
    { name: 'edges.csv', header: EDGE_HEADER_LINE, write: (out) => pipeChunks(csvEdgeChunks(g), out) },
  ];
}

/** The files of an export as strings: one unnamed file, or (CSV) named files for a folder. For small graphs. */
export type ExportOutput = { kind: 'file'; data: string } | { kind: 'folder'; files: Record<string, string> };

export function exportGraph(graph: KnowledgeGraph, format: ExportFormat, options: ExportOptions = {}): ExportOutput {
  if (format === 'csv') {
    const files: Record<string, string> = {};
    const g = isCanonical(graph) ? graph : canonicalize(graph);
    files['nodes.csv'] = [...csvNodeChunks(g)].join('');
    files['edges.csv'] = [...csvEdgeChunks(g)].join('');
    return { kind: 'folder', files };
  }
  return { kind: 'file', data: [...exportChunks(graph, format, options)].join('') };
}
