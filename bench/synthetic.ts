// Synthetic, seeded inputs for the graph, query, layout and viewer benchmarks: the same seed always
// gives the same data, so runs compare.
import { createGraph, type KnowledgeGraph } from '../src/graph/index.ts';
import { seededRandom } from '../src/util/random.ts';
import { edgeKey } from '../src/model/keys.ts';
import { PREDICATE_TABLE, PREDICATES, type Predicate } from '../src/model/predicates.ts';
import { ENTITY_TYPES, type ArticleExtraction, type Entity, type EntityType, type Relation } from '../src/model/types.ts';

// the query API's own seeded generator (mulberry32), so that the benchmark's data never depends on Math.random
export const random = seededRandom;

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

export const syntheticKey = (i: number) => `entity:${i}`;
const typeOf = (i: number): EntityType => ENTITY_TYPES[i % ENTITY_TYPES.length]!;
const entity = (i: number): Entity => ({ key: syntheticKey(i), label: `Entity ${i}`, type: typeOf(i), aliases: [`E${i}`] });

/** Articles of `relationsPerArticle` relations among `entities` entities: `articles × relationsPerArticle` edges to merge. */
export function* syntheticExtractions(o: { articles: number; relationsPerArticle: number; entities: number; seed?: number }): Generator<ArticleExtraction> {
  const rand = random(o.seed ?? 1);
  for (let a = 0; a < o.articles; a++) {
    const id = `synthetic-${a}`;
    const used = new Map<number, Entity>();
    const relations: Relation[] = [];
    for (let r = 0; r < o.relationsPerArticle; r++) {
      const s = Math.floor(rand() * o.entities);
      let t = Math.floor(rand() * o.entities);
      if (t === s) t = (t + 1) % o.entities;
      used.set(s, entity(s)).set(t, entity(t));
      const sentence = `Entity ${s} did something with Entity ${t}.`;
      relations.push({
        subject: syntheticKey(s), predicate: pick(rand, PREDICATES), object: syntheticKey(t), negated: rand() < 0.05,
        confidence: 0.5 + rand() / 2, rule: 'synthetic',
        evidence: { article: id, sentence, sentenceIndex: r, start: r * 60, end: r * 60 + sentence.length, subjectText: `Entity ${s}`, objectText: `Entity ${t}` },
      });
    }
    const mentions = [...used.values()].flatMap((e, i) => ({
      sentence: i, start: i * 60, end: i * 60 + e.label.length, text: e.label, type: e.type, source: 'ner' as const, tokens: [0, 1] as [number, number], entity: e.key,
    }));
    yield { article: { id, length: o.relationsPerArticle * 60 }, entities: [...used.values()], mentions, relations };
  }
}

/**
 * A geokg graph of `nodes` entities and `edges` relations, endpoints drawn with a skew (a few hubs,
 * many leaves) as in news, where a handful of countries and leaders take most relations.
 */
export function syntheticGraph(o: { nodes: number; edges: number; seed?: number; evidence?: boolean }): KnowledgeGraph {
  const rand = random(o.seed ?? 2);
  const graph = createGraph();
  for (let i = 0; i < o.nodes; i++) graph.addNode(syntheticKey(i), { label: `Entity ${i}`, type: typeOf(i), aliases: [], mentions: [] });
  const endpoint = () => Math.floor(rand() ** 2 * o.nodes);
  let tries = 0;
  while (graph.size < o.edges && tries++ < o.edges * 4) {
    const s = endpoint();
    const t = Math.floor(rand() * o.nodes);
    if (s === t) continue;
    const predicate: Predicate = pick(rand, PREDICATES);
    const negated = rand() < 0.05;
    const [source, target] = [syntheticKey(s), syntheticKey(t)];
    const key = edgeKey(source, predicate, target, negated);
    if (graph.hasEdge(key)) continue;
    const spec = PREDICATE_TABLE[predicate];
    const [a, b] = spec.symmetric && target < source ? [target, source] : [source, target];
    graph.addDirectedEdgeWithKey(key, a, b, {
      predicate, negated, cameo: spec.cameo, score: spec.score, confidence: 0.8, count: 1,
      evidence: o.evidence ? [{ article: 'synthetic', sentence: `Entity ${s} and Entity ${t}.`, sentenceIndex: 0, start: 0, end: 10, subjectText: `Entity ${s}`, objectText: `Entity ${t}` }] : [],
    });
  }
  return graph;
}

/** `articles` articles that each add one evidence item to the same edge: a hub edge such as a war reported daily. */
export function* hubExtractions(articles: number): Generator<ArticleExtraction> {
  const entities: Entity[] = [entity(0), entity(1)];
  for (let a = 0; a < articles; a++) {
    const id = `hub-${a}`;
    yield {
      article: { id, length: 40 }, entities, mentions: [],
      relations: [{
        subject: entities[0]!.key, predicate: 'ATTACKED', object: entities[1]!.key, negated: false, confidence: 0.9, rule: 'synthetic',
        evidence: { article: id, sentence: 'Entity 0 attacked Entity 1.', sentenceIndex: 0, start: 0, end: 27, subjectText: 'Entity 0', objectText: 'Entity 1' },
      }],
    };
  }
}
