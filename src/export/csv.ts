// CSV for `neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv`: headers in its
// format (key:ID, :LABEL, :START_ID, :END_ID, :TYPE, typed properties); quoting by csv-stringify.
import { stringify } from 'csv-stringify/sync';
import { canonicalize, type KnowledgeGraph } from '../graph/index.ts';

/** neo4j-admin's default array delimiter; an alias holding one gets a comma instead, since Neo4j cannot escape it. */
export const ARRAY_DELIMITER = ';';

export const NODE_HEADER = ['key:ID', 'label', 'type', ':LABEL', 'kind', 'qid', 'gazetteerId', 'aliases:string[]', 'mentions'] as const;
export const EDGE_HEADER = [
  ':START_ID', ':END_ID', ':TYPE', 'key', 'negated:boolean', 'cameo', 'score:float', 'confidence:float', 'count:int',
  'modality', 'firstSeen', 'lastSeen', 'evidence',
] as const;

const cell = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

export interface CsvTables {
  nodes: string;
  edges: string;
}

export function toCsv(graph: KnowledgeGraph): CsvTables {
  const g = canonicalize(graph);
  const nodes = g.mapNodes((key, a) => [
    key, a.label, a.type, a.type, a.kind, a.qid, a.gazetteerId,
    a.aliases.map((s) => s.replaceAll(ARRAY_DELIMITER, ',')).join(ARRAY_DELIMITER),
    JSON.stringify(a.mentions),
  ].map(cell));
  // Negated relations keep their predicate as :TYPE; `negated:boolean` tells them apart (filter on it in Cypher).
  const edges = g.mapEdges((key, a, source, target) => [
    source, target, a.predicate, key, a.negated, a.cameo, a.score, a.confidence, a.count,
    a.modality, a.firstSeen, a.lastSeen, JSON.stringify(a.evidence),
  ].map(cell));
  const table = (header: readonly string[], rows: string[][]) => stringify([header as string[], ...rows], { record_delimiter: 'unix' });
  return { nodes: table(NODE_HEADER, nodes), edges: table(EDGE_HEADER, edges) };
}
