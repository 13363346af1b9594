// query: asking a graph questions. One algorithm per module, graphology style: fn(graph, options).
export { loadGraph, parseGraph, buildFromArticles, type BuildOptions } from './load.ts';
export { findEntity, matchEntity, resolveEntity, closestEntities, AmbiguousEntityError, type EntityMatch, type FindOptions, type MatchKind } from './find.ts';
export { relations, type RelationFilter } from './relations.ts';
export { neighbors, type Neighbor, type NeighborsOptions } from './neighbors.ts';
export { ego, type EgoOptions } from './ego.ts';
export { shortestPath, type PathResult } from './shortest-path.ts';
export { allSimplePaths, type SimplePathsOptions } from './simple-paths.ts';
export { dyad, type DyadSummary } from './dyad.ts';
export { centrality, CENTRALITY_MEASURES, type CentralityMeasure, type CentralityOptions, type Ranked } from './centrality.ts';
export { communities, type CommunitiesOptions, type CommunitiesResult } from './communities.ts';
export { stats, type GraphStats } from './stats.ts';
export { linkGraph, indexedLinkGraph, type LinkOptions } from './utils.ts';
export type { EntityRef, RelationView } from './types.ts';
export { sparql, sparqlEngine, sparqlJson, sparqlRows, SPARQL_FORMATS, type SparqlEngine, type SparqlFormat, type SparqlJsonResults, type SparqlTerm } from './sparql.ts';
