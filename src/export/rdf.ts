// RDF (Turtle, N-Triples) through n3. Entities are IRIs: Wikidata's where the gazetteer gave a QID, geokg's
// own otherwise. Relations use the small geokg vocabulary (geokg:VISITED, ...). Evidence goes in through
// RDF reification: each edge is an rdf:Statement (rdf:subject/predicate/object) carrying geokg:negated,
// CAMEO, score and its geokg:evidence items (sentence, article, subjectText, objectText, attributedTo, date...).
// A negated relation is never asserted as a plain triple: it exists only as a statement with geokg:negated true.
import N3 from 'n3';
import { canonicalize, isCanonical, type KnowledgeGraph } from '../graph/index.ts';
import { joinChunks } from '../util/chunks.ts';
import { jsonText } from '../util/json.ts';
import type { EntityType } from '../model/types.ts';

export const GEOKG = 'https://geokg.dev/ontology#';
export const ENTITY_BASE = 'https://geokg.dev/entity/';
export const RELATION_BASE = 'https://geokg.dev/relation/';
export const WIKIDATA = 'http://www.wikidata.org/entity/';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const OWL = 'http://www.w3.org/2002/07/owl#';

export const TYPE_CLASSES: Readonly<Record<EntityType, string>> = {
  PERSON: 'Person', COUNTRY: 'Country', LOCATION: 'Location', ORGANIZATION: 'Organization', EVENT: 'Event', OTHER: 'Other',
};

export type RdfFormat = 'turtle' | 'ntriples';

const { namedNode, literal, quad } = N3.DataFactory;
const geokg = (local: string) => namedNode(GEOKG + local);
const rdf = (local: string) => namedNode(RDF + local);
const QID = /^Q\d+$/;
const XSD_DATE = namedNode('http://www.w3.org/2001/XMLSchema#date');
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const XSD_DOUBLE = namedNode('http://www.w3.org/2001/XMLSchema#double');
/** always xsd:double, so a score of 0 and one of 1.9 share a datatype */
const DOUBLES = new Set(['score', 'confidence', 'x', 'y', 'size']);

/** A scalar as a literal (n3 types numbers and booleans); an object as a JSON literal, so nothing is lost. */
function value(v: unknown, name: string): N3.Literal {
  if (typeof v === 'number') return DOUBLES.has(name) ? literal(String(v), XSD_DOUBLE) : literal(v);
  if (typeof v === 'boolean') return literal(String(v), namedNode('http://www.w3.org/2001/XMLSchema#boolean'));
  if (typeof v === 'string') return ISO_DATE.test(v) ? literal(v, XSD_DATE) : literal(v);
  return literal(jsonText(v), rdf('JSON'));
}

/** Entity IRIs; a QID shared by two nodes falls back to geokg IRIs (owl:sameAs Wikidata) so they stay apart. */
function entityIris(g: KnowledgeGraph): Map<string, N3.NamedNode> {
  const byQid = new Map<string, number>();
  g.forEachNode((_k, a) => a.qid && QID.test(a.qid) && byQid.set(a.qid, (byQid.get(a.qid) ?? 0) + 1));
  const out = new Map<string, N3.NamedNode>();
  g.forEachNode((k, a) => out.set(k, namedNode(a.qid && byQid.get(a.qid) === 1 ? WIKIDATA + a.qid : ENTITY_BASE + encodeURIComponent(k))));
  return out;
}

const NODE_HANDLED = new Set(['label', 'type', 'aliases', 'mentions', 'qid']);
const EDGE_HANDLED = new Set(['predicate', 'evidence']);
const NONE = new Set<string>();

/** The graph's triples, element by element (a generator, so no list of millions of quads is held). */
export function* quadsOf(graph: KnowledgeGraph): Generator<N3.Quad> {
  const g = isCanonical(graph) ? graph : canonicalize(graph);
  const iri = entityIris(g);
  // each element's triples are gathered, then handed over before the next element
  let quads: N3.Quad[] = [];
  const add = (s: N3.Quad_Subject, p: N3.NamedNode, o: N3.Quad_Object) => quads.push(quad(s, p, o));
  /** every attribute the vocabulary does not name explicitly, as geokg:<name> */
  const rest = (s: N3.NamedNode, attrs: Record<string, unknown>, handled: ReadonlySet<string>) => {
    for (const k of Object.keys(attrs).sort()) if (!handled.has(k) && attrs[k] !== undefined && attrs[k] !== null) add(s, geokg(k), value(attrs[k], k));
  };

  /** items of a list attribute as resources of their own, linked from their owner (listed first, so Turtle groups them) */
  const parts = (owner: N3.NamedNode, link: string, base: string, cls: string, items: object[]) => {
    items.forEach((_, i) => add(owner, geokg(link), namedNode(base + i)));
    items.forEach((item, i) => {
      add(namedNode(base + i), rdf('type'), geokg(cls));
      rest(namedNode(base + i), item as Record<string, unknown>, NONE);
    });
  };

  for (const { node: key, attributes: a } of g.nodeEntries()) {
    const s = iri.get(key)!;
    add(s, rdf('type'), geokg(TYPE_CLASSES[a.type] ?? 'Other'));
    add(s, namedNode(`${RDFS}label`), literal(a.label));
    add(s, geokg('key'), literal(key));
    if (a.qid) {
      add(s, geokg('qid'), literal(a.qid));
      if (QID.test(a.qid) && !s.value.startsWith(WIKIDATA)) add(s, namedNode(`${OWL}sameAs`), namedNode(WIKIDATA + a.qid));
    }
    for (const alias of a.aliases) add(s, namedNode(`${SKOS}altLabel`), literal(alias));
    rest(s, a as unknown as Record<string, unknown>, NODE_HANDLED);
    parts(s, 'mention', `${ENTITY_BASE}${encodeURIComponent(key)}/mention/`, 'Mention', a.mentions);
    yield* quads;
    quads = [];
  }

  for (const { edge: key, attributes: a, source, target } of g.edgeEntries()) {
    const [s, o, p] = [iri.get(source)!, iri.get(target)!, geokg(a.predicate)];
    if (!a.negated) add(s, p, o);
    const r = namedNode(RELATION_BASE + encodeURIComponent(key));
    add(r, rdf('type'), rdf('Statement'));
    add(r, rdf('type'), geokg('Relation'));
    add(r, rdf('subject'), s);
    add(r, rdf('predicate'), p);
    add(r, rdf('object'), o);
    add(r, geokg('key'), literal(key));
    rest(r, a as unknown as Record<string, unknown>, EDGE_HANDLED);
    parts(r, 'evidence', `${r.value}/evidence/`, 'Evidence', a.evidence);
    yield* quads;
    quads = [];
  }
}

export const toQuads = (graph: KnowledgeGraph): N3.Quad[] => [...quadsOf(graph)];

/**
 * The document piece by piece: n3's Writer writes each quad to its output stream as it comes (Turtle
 * groups consecutive quads of one subject), so an object that only collects its writes stands in for a
 * stream, and the pieces are handed on after every few quads.
 */
export function* rdfChunks(graph: KnowledgeGraph, format: RdfFormat = 'turtle'): Generator<string> {
  const pieces: string[] = [];
  const collector = { write: (s: string) => void pieces.push(s), end: () => {} };
  const writer = new N3.Writer(collector as never, format === 'turtle'
    ? { format: 'Turtle', prefixes: { rdf: RDF, rdfs: RDFS, skos: SKOS, owl: OWL, xsd: 'http://www.w3.org/2001/XMLSchema#', geokg: GEOKG, wd: WIKIDATA } }
    : { format: 'N-Triples' });
  for (const q of quadsOf(graph)) {
    writer.addQuad(q);
    if (pieces.length >= 256) yield pieces.splice(0).join('');
  }
  writer.end();
  yield pieces.splice(0).join('');
}

export const toRdf = (graph: KnowledgeGraph, format: RdfFormat = 'turtle'): string => joinChunks(rdfChunks(graph, format));
