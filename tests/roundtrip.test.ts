// Property tests (fast-check): over random small geokg graphs, the JSON and GEXF round trips keep the graph:
// nodes, edges, predicates, negation, evidence and every other attribute.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromGexf, gexfName, toGexf } from '../src/export/gexf.ts';
import { fromJson, toJson } from '../src/export/json.ts';
import { xmlSafe } from '../src/export/xml.ts';
import { canonicalize, createGraph, type KnowledgeGraph } from '../src/graph/index.ts';
import { edgeKey } from '../src/model/keys.ts';
import { PREDICATE_TABLE, PREDICATES } from '../src/model/predicates.ts';
import { ENTITY_TYPES, type EdgeAttributes, type Evidence, type NodeAttributes } from '../src/model/types.ts';

// Free text anywhere in the Unicode range (lone surrogates and control characters included): JSON-encoded
// attributes must carry it unchanged. Plain string attributes (labels, kinds) pass through xmlSafe in GEXF.
const text = fc.string({ unit: 'binary', maxLength: 30 });
const word = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });
const date = fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const offset = fc.nat({ max: 100_000 });
const fraction = fc.double({ min: 0, max: 1, noNaN: true }).map((x) => (Object.is(x, -0) ? 0 : x));

const evidence: fc.Arbitrary<Evidence> = fc.record(
  {
    article: word, sentence: text, sentenceIndex: fc.nat({ max: 500 }), start: offset, end: offset,
    subjectText: text, objectText: text, attributedTo: text, date, articleDate: date, source: word, url: word,
  },
  { requiredKeys: ['article', 'sentence', 'sentenceIndex', 'start', 'end', 'subjectText', 'objectText'] },
);

const nodeAttributes: fc.Arbitrary<NodeAttributes> = fc.record(
  {
    label: word, type: fc.constantFrom(...ENTITY_TYPES), kind: word, qid: fc.nat().map((n) => `Q${n}`), gazetteerId: word,
    aliases: fc.array(text, { maxLength: 3 }),
    mentions: fc.array(fc.record({ article: word, text, start: offset, end: offset }), { maxLength: 3 }),
  },
  { requiredKeys: ['label', 'type', 'aliases', 'mentions'] },
);

const edgeSpec = fc.record(
  {
    from: fc.nat(), to: fc.nat(), predicate: fc.constantFrom(...PREDICATES), negated: fc.boolean(), confidence: fraction,
    modality: fc.constantFrom('stated', 'planned', 'claimed', 'conditional'), evidence: fc.array(evidence, { minLength: 1, maxLength: 3 }),
  },
  { requiredKeys: ['from', 'to', 'predicate', 'negated', 'confidence', 'evidence'] },
);

/** A random small geokg graph, built as the graph stage builds one (content-derived keys, canonical order). */
const geokgGraph: fc.Arbitrary<KnowledgeGraph> = fc
  .record({
    nodes: fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z]{1,8}:[a-z0-9-]{1,10}$/), nodeAttributes), { minLength: 1, maxLength: 7, selector: ([k]) => k }),
    edges: fc.array(edgeSpec, { maxLength: 10 }),
    name: fc.option(word, { nil: undefined }),
  })
  .map(({ nodes, edges, name }) => {
    const g = createGraph();
    if (name) g.setAttribute('name', name);
    for (const [key, a] of nodes) g.addNode(key, a);
    for (const e of edges) {
      const [s, o] = [nodes[e.from % nodes.length]![0], nodes[e.to % nodes.length]![0]];
      const key = edgeKey(s, e.predicate, o, e.negated);
      if (s === o || g.hasEdge(key)) continue;
      const spec = PREDICATE_TABLE[e.predicate];
      const [source, target] = spec.symmetric && o < s ? [o, s] : [s, o];
      const attrs: EdgeAttributes = { predicate: e.predicate, negated: e.negated, cameo: spec.cameo, score: spec.score, confidence: e.confidence, evidence: e.evidence, count: e.evidence.length };
      if (e.modality) attrs.modality = e.modality;
      g.addDirectedEdgeWithKey(key, source, target, attrs);
    }
    return canonicalize(g);
  });

/** What GEXF is expected to give back: plain strings made XML-safe, and the layout it adds. */
function withoutLayout(g: KnowledgeGraph): KnowledgeGraph {
  const out = g.copy();
  out.forEachNode((k) => ['x', 'y', 'size', 'color'].forEach((a) => out.removeNodeAttribute(k, a as never)));
  return out;
}
function xmlSafeStrings(g: KnowledgeGraph): KnowledgeGraph {
  const out = g.copy();
  out.updateEachNodeAttributes((_k, a) => ({ ...a, label: xmlSafe(a.label), ...(a.kind !== undefined && { kind: xmlSafe(a.kind) }), ...(a.gazetteerId !== undefined && { gazetteerId: xmlSafe(a.gazetteerId) }) }));
  const name = gexfName(g.getAttribute('name'));
  if (name) out.setAttribute('name', name);
  else out.removeAttribute('name');
  return out;
}

describe('round trips (fast-check)', () => {
  it('JSON: fromJson(toJson(g)) is g, byte for byte', () => {
    fc.assert(fc.property(geokgGraph, (g) => {
      const json = toJson(g);
      expect(toJson(fromJson(json))).toBe(json);
    }), { numRuns: 300 });
  });

  it('GEXF: fromGexf(toGexf(g)) keeps nodes, edges, predicates, negation, evidence and all other attributes', () => {
    fc.assert(fc.property(geokgGraph, (g) => {
      const back = fromGexf(toGexf(g), 'random.gexf');
      expect(back.nodes()).toEqual(g.nodes());
      expect(back.edges()).toEqual(g.edges());
      back.forEachEdge((key, a, source, target) => {
        expect([source, target]).toEqual(g.extremities(key));
        expect([a.predicate, a.negated]).toEqual([g.getEdgeAttribute(key, 'predicate'), g.getEdgeAttribute(key, 'negated')]);
        expect(a.evidence).toEqual(g.getEdgeAttribute(key, 'evidence'));
      });
      expect(toJson(withoutLayout(back))).toBe(toJson(xmlSafeStrings(g)));
    }), { numRuns: 150 });
  });

  it('GEXF: evidence holding the noncharacters U+FFFE/U+FFFF (which JSON writes raw and XML forbids) reads back unchanged', () => {
    const g = fc.sample(geokgGraph, { seed: 7, numRuns: 100 }).find((x) => x.size > 0)!;
    const key = g.edges()[0]!;
    const evidence = g.getEdgeAttribute(key, 'evidence').map((e) => ({ ...e, sentence: `A \uFFFF note \uFFFE here.` }));
    g.setEdgeAttribute(key, 'evidence', evidence);
    const back = fromGexf(toGexf(g), 'nonchar.gexf');
    expect(back.getEdgeAttribute(key, 'evidence')).toEqual(evidence);
  });

  it('GEXF: writing what was read gives the same file (the layout travels with it)', () => {
    fc.assert(fc.property(geokgGraph, (g) => {
      const xml = toGexf(g);
      expect(toGexf(fromGexf(xml))).toBe(xml);
    }), { numRuns: 50 });
  });
});
