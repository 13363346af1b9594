// The library API, exported from the package root ("geokg"): build or load a graph, ask it questions,
// write it out. Everything is a pure function over plain data and graphology graphs.

// the contract
export type {
  Article, ArticleExtraction, Entity, EntityType, Evidence, Relation, Modality,
  NodeAttributes, EdgeAttributes, GraphAttributes, NodeMention,
} from './model/types.ts';
export { ENTITY_TYPES } from './model/types.ts';
export { PREDICATES, PREDICATE_TABLE, isPredicate, type Predicate, type PredicateSpec } from './model/predicates.ts';
export { normalizeName, entityKey, edgeKey } from './model/keys.ts';
export { GeokgError, isGeokgError } from './util/errors.ts';

// building
export { createExtractor, extractArticle, tryExtractArticle, type Extractor } from './pipeline.ts';
export { ArticleExtractionError, type ArticleFailure } from './util/article-failure.ts';
export { buildGraph, createGraph, mergeExtraction, canonicalize, type KnowledgeGraph } from './graph/index.ts';

// loading and querying
export {
  loadGraph, parseGraph, buildFromArticles, findEntity, matchEntity, AmbiguousEntityError, resolveEntity, closestEntities, relations, neighbors, ego,
  shortestPath, allSimplePaths, dyad, centrality, communities, stats, linkGraph, CENTRALITY_MEASURES,
  sparql, sparqlEngine, sparqlJson, sparqlRows, SPARQL_FORMATS,
} from './query/index.ts';
export type {
  BuildOptions, RelationFilter, Neighbor, NeighborsOptions, EgoOptions, PathResult, SimplePathsOptions, DyadSummary,
  CentralityMeasure, CentralityOptions, Ranked, CommunitiesOptions, CommunitiesResult, GraphStats, LinkOptions,
  EntityRef, RelationView, EntityMatch, FindOptions, MatchKind, SparqlEngine, SparqlFormat, SparqlJsonResults, SparqlTerm,
} from './query/index.ts';

// writing
export {
  toJson, fromJson, toGexf, fromGexf, toGraphml, toCsv, toRdf, toQuads, exportGraph, EXPORT_FORMATS,
  jsonChunks, gexfChunks, graphmlChunks, rdfChunks, csvNodeChunks, csvEdgeChunks, writeExport, exportChunks, quadsOf,
  type ExportFormat, type ExportOptions, type GexfVersion, type ExportOutput, type CsvTables, type RdfFormat,
} from './export/index.ts';
