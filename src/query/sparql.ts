// SPARQL 1.1 over a geokg graph, through oxigraph (an embedded engine): the graph's RDF, the very triples
// `geokg export --format ttl` writes, is streamed into oxigraph's in-memory store chunk by chunk, then queried.
// Results come in the W3C SPARQL results formats (JSON, CSV, TSV); CONSTRUCT and DESCRIBE give N-Triples.
import { rdfChunks } from '../export/rdf.ts';
import type { KnowledgeGraph } from '../graph/index.ts';
import { GeokgError } from '../util/errors.ts';
import { oxigraph } from '../util/untyped.ts';

export const SPARQL_FORMATS = ['json', 'csv', 'tsv'] as const;
export type SparqlFormat = (typeof SPARQL_FORMATS)[number];

/** A term of the SPARQL 1.1 JSON results format. */
export interface SparqlTerm {
  type: 'uri' | 'literal' | 'bnode' | 'triple';
  value: string;
  datatype?: string;
  'xml:lang'?: string;
}
/** The SPARQL 1.1 JSON results format: bindings for SELECT, a boolean for ASK. */
export interface SparqlJsonResults {
  head: { vars?: string[] };
  results?: { bindings: Record<string, SparqlTerm>[] };
  boolean?: boolean;
}

// the query form, read past comments, PREFIX and BASE declarations
const FORM = /^(?:\s+|#[^\n]*(?:\n|$)|PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i;
const MEDIA: Record<SparqlFormat, string> = { json: 'application/sparql-results+json', csv: 'text/csv', tsv: 'text/tab-separated-values' };

export interface SparqlEngine {
  /** triples loaded */
  size: number;
  /** runs a query; the answer is text in the chosen results format (N-Triples for CONSTRUCT/DESCRIBE) */
  query(query: string, format?: SparqlFormat): string;
}

/** Loads the graph's RDF once, for several queries. */
export function sparqlEngine(graph: KnowledgeGraph): SparqlEngine {
  const store = new (oxigraph().Store)();
  store.load(rdfChunks(graph, 'turtle'), { format: 'text/turtle' });
  return {
    size: store.size,
    query(query, format = 'json') {
      const form = FORM.exec(query)?.[1]?.toUpperCase();
      const results = form === 'CONSTRUCT' || form === 'DESCRIBE' ? 'application/n-triples' : MEDIA[format];
      if (!results) throw new GeokgError('sparql', `unknown results format "${format}"; formats are ${SPARQL_FORMATS.join(', ')}`);
      try {
        return store.query(query, { results_format: results }) as string;
      } catch (e) {
        throw new GeokgError('sparql', `the query does not run: ${String((e as Error).message ?? e).split('\n')[0]}`);
      }
    },
  };
}

/** One query, answered as text in a SPARQL results format (JSON by default). */
export const sparql = (graph: KnowledgeGraph, query: string, format: SparqlFormat = 'json'): string => sparqlEngine(graph).query(query, format);

/** A SELECT or ASK query's answer as the parsed SPARQL JSON results. */
export const sparqlJson = (graph: KnowledgeGraph, query: string): SparqlJsonResults => JSON.parse(sparql(graph, query, 'json')) as SparqlJsonResults;

/** A SELECT query's rows, each variable bound to its value as a string (unbound variables left out). */
export function sparqlRows(graph: KnowledgeGraph, query: string): Record<string, string>[] {
  const { results } = sparqlJson(graph, query);
  if (!results) throw new GeokgError('sparql', 'sparqlRows takes a SELECT query');
  return results.bindings.map((b) => Object.fromEntries(Object.entries(b).map(([k, t]) => [k, t.value])));
}
