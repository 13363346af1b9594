// The library API is importable from the package root by name, typed, with what the README shows.
import { describe, expect, it } from 'vitest';
import * as geokg from 'geokg';
import { FIXTURE } from './export-helpers.ts';

describe('the package root', () => {
  it('exports the load, build, query and export functions the README documents', () => {
    for (const name of ['loadGraph', 'parseGraph', 'buildFromArticles', 'findEntity', 'relations', 'neighbors', 'ego', 'shortestPath', 'allSimplePaths', 'dyad', 'centrality', 'communities', 'stats', 'toGexf', 'fromGexf', 'toJson', 'fromJson', 'toGraphml', 'toCsv', 'toRdf', 'exportGraph'])
      expect(typeof (geokg as Record<string, unknown>)[name], name).toBe('function');
  });

  it('builds a graph from articles and queries it', () => {
    const g = geokg.buildFromArticles([{ id: 'a1', text: 'Russian President Vladimir Putin visited Mongolia on Sept. 3.', date: '2024-09-04' }]);
    expect(geokg.findEntity(g, 'Putin')).toBeDefined();
    expect(geokg.relations(g, { entity: 'Putin' }).length).toBeGreaterThan(0);
  });

  it('loads a file and answers', () => {
    const g = geokg.loadGraph(FIXTURE);
    expect(geokg.dyad(g, 'United States', 'Russia').balance).toBe(-8);
  });
});
