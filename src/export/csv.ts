// CSV for `neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv`: headers in its
// format (key:ID, :LABEL, :START_ID, :END_ID, :TYPE, typed properties); quoting by csv-stringify.
// Each table is produced row by row (csvNodeChunks, csvEdgeChunks), so a file of any size streams.
import { stringify } from 'csv-stringify/sync';
import { canonicalize, isCanonical, type KnowledgeGraph } from '../graph/index.ts';
import { joinChunks } from '../util/chunks.ts';
import { jsonText } from '../util/json.ts';

/** neo4j-admin's default array delimiter; an alias holding one gets a comma instead, since Neo4j cannot escape it. */
export const ARRAY_DELIMITER = ';';

export const NODE_HEADER = ['key:ID', 'label', 'type', ':LABEL', 'kind', 'qid', 'gazetteerId', 'aliases:string[]', 'mentions'] as const;
export const EDGE_HEADER = [
  ':START_ID', ':END_ID', ':TYPE', 'key', 'negated:boolean', 'cameo', 'score:float', 'confidence:float', 'count:int',
  'modality', 'firstSeen', 'lastSeen', 'evidence',
] as const;

const cell = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
// one record per call gives the bytes of one call over all records: csv-stringify quotes record by record
const row = (cells: readonly unknown[]): string => stringify([cells.map(cell)], { record_delimiter: 'unix' });

/** The header lines as written: the folder writer recognises geokg's own files by them. */
export const NODE_HEADER_LINE = row(NODE_HEADER).trimEnd();
export const EDGE_HEADER_LINE = row(EDGE_HEADER).trimEnd();

const canonical = (graph: KnowledgeGraph) => (isCanonical(graph) ? graph : canonicalize(graph));

export function* csvNodeChunks(graph: KnowledgeGraph): Generator<string> {
  yield row(NODE_HEADER);
  for (const { node: key, attributes: a } of canonical(graph).nodeEntries())
    yield row([
      key, a.label, a.type, a.type, a.kind, a.qid, a.gazetteerId,
      a.aliases.map((s) => s.replaceAll(ARRAY_DELIMITER, ',')).join(ARRAY_DELIMITER),
      jsonText(a.mentions),
    ]);
}

// Negated relations keep their predicate as :TYPE; `negated:boolean` tells them apart (filter on it in Cypher).
export function* csvEdgeChunks(graph: KnowledgeGraph): Generator<string> {
  yield row(EDGE_HEADER);
  for (const { edge: key, attributes: a, source, target } of canonical(graph).edgeEntries())
    yield row([
      source, target, a.predicate, key, a.negated, a.cameo, a.score, a.confidence, a.count,
      a.modality, a.firstSeen, a.lastSeen, jsonText(a.evidence),
    ]);
}

export interface CsvTables {
  nodes: string;
  edges: string;
}

export function toCsv(graph: KnowledgeGraph): CsvTables {
  const g = canonical(graph);
  return { nodes: joinChunks(csvNodeChunks(g)), edges: joinChunks(csvEdgeChunks(g)) };
}
