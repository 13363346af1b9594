// The typed contract between pipeline stages. Data flows one way:
// ingest → nlp → entities → resolve → relations → graph, then export, query and viewer.
import type { Predicate } from './predicates.ts';

export const ENTITY_TYPES = ['PERSON', 'COUNTRY', 'LOCATION', 'ORGANIZATION', 'EVENT', 'OTHER'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** ingest → nlp: one article as read from disk or JSONL. */
export interface Article {
  id: string;
  text: string;
  title?: string;
  /** ISO 8601 date of publication, when known. */
  date?: string;
  source?: string;
  url?: string;
  /** every id the same text was read under, when more than one (src/ingest/identity.ts); `id` is the smallest */
  ids?: string[];
}

/** A word as the parser saw it; offsets are into the article's text. */
export interface Token {
  text: string;
  /** lower-cased, punctuation-free form, for lexicon look-ups */
  normal: string;
  start: number;
  end: number;
  /** compromise's part-of-speech tags (Noun, Verb, ProperNoun, Person, Place, ...) */
  tags: string[];
  /** punctuation and spaces that follow the word in the text */
  post: string;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

/** nlp → entities */
export interface ParsedArticle {
  article: Article;
  sentences: Sentence[];
}

export type MentionSource = 'gazetteer' | 'ner' | 'pattern' | 'acronym' | 'pronoun' | 'description' | 'surname';

/** A span of text that names (or refers to) an entity. */
export interface Mention {
  sentence: number;
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** finer kind: city, capital, media, intergovernmental, armed-group, ... */
  kind?: string;
  /** id of the gazetteer entry this mention was found through */
  gazetteerId?: string;
  source: MentionSource;
  /** index range of the tokens covered, [first, last] inclusive */
  tokens: [number, number];
  /** the span names this entity only as a modifier (a demonym such as "Russian") */
  demonym?: boolean;
  /** a title written before a person's name ("Russian President" in "Russian President Vladimir Putin") */
  title?: MentionTitle;
  /** a pronoun ("he", "its") or a description ("the Chinese leader", "the court") resolved to an entity:
   *  usable as a relation's end, never a node's name or alias */
  reference?: 'pronoun' | 'description';
  /** one of the entities a group description stands for ("the two leaders", "the ministers", "they" after them):
   *  the group's mentions share one span */
  member?: boolean;
  /** for an acronym defined in parentheses ("International Criminal Court (ICC)"), the span it abbreviates */
  expansion?: { start: number; end: number };
  /** the name is followed by a possessive 's ("Putin's trip") */
  possessive?: boolean;
}

export interface MentionTitle {
  /** the title as written, without its modifier: "President", "foreign minister" */
  text: string;
  start: number;
  end: number;
  /** normalised role: "president", "prime minister", "foreign minister", "spokesperson", ... */
  role: string;
  /** what the title is held in, when written before it: a demonym, country or organisation ("Russian", "NATO") */
  of?: { text: string; start: number; end: number; gazetteerId?: string };
}

/** entities → resolve */
export interface MentionedArticle extends ParsedArticle {
  mentions: Mention[];
}

/** One real-world entity within (resolve) or across (graph) articles. */
export interface Entity {
  /** stable key, derived from content: gazetteer id, else type and canonical name */
  key: string;
  label: string;
  type: EntityType;
  kind?: string;
  aliases: string[];
  qid?: string;
  gazetteerId?: string;
  /** a person's gender where the article shows it (resolve: titles, given names); absent when unknown */
  gender?: Gender;
}

export type Gender = 'male' | 'female';

export interface ResolvedMention extends Mention {
  entity: string; // Entity.key
}

/** resolve → relations */
export interface ResolvedArticle extends ParsedArticle {
  entities: Entity[];
  mentions: ResolvedMention[];
  /** a quote's speaker (an entity key) by sentence index, where the sentence has one ('…," he said') */
  speakers?: Record<number, string>;
}

export type Modality = 'stated' | 'planned' | 'claimed' | 'conditional';

export interface Evidence {
  article: string;
  sentence: string;
  sentenceIndex: number;
  /** offsets of the sentence in the article's text */
  start: number;
  end: number;
  subjectText: string;
  objectText: string;
  /** who the text says this came from: "AP News", or a quote's speaker */
  attributedTo?: string;
  /** when the fact happened, where stated (ISO 8601) */
  date?: string;
  /** the article's publication date */
  articleDate?: string;
  source?: string;
  url?: string;
}

export interface Relation {
  subject: string; // Entity.key
  predicate: Predicate;
  object: string; // Entity.key
  negated: boolean;
  confidence: number;
  modality?: Modality;
  /** the pattern that found it, for debugging and precision audits */
  rule: string;
  evidence: Evidence;
}

/** relations → graph: all that one article contributes. */
export interface ArticleExtraction {
  article: Omit<Article, 'text'> & { length: number };
  entities: Entity[];
  mentions: ResolvedMention[];
  relations: Relation[];
}

// ---- the graph's attributes (SCHEMA.md's JSON) ----

export interface NodeMention {
  article: string;
  text: string;
  start: number;
  end: number;
}

export interface NodeAttributes {
  label: string;
  type: EntityType;
  kind?: string;
  aliases: string[];
  mentions: NodeMention[];
  qid?: string;
  gazetteerId?: string;
  /** viewer hints, optional */
  x?: number;
  y?: number;
  size?: number;
  color?: string;
}

export interface EdgeAttributes {
  predicate: Predicate;
  negated: boolean;
  cameo: string | null;
  score: number;
  confidence: number;
  modality?: Modality;
  evidence: Evidence[];
  /** how many evidence items, and the dates they span */
  count: number;
  firstSeen?: string;
  lastSeen?: string;
}

export interface GraphAttributes {
  name?: string;
  generator: string;
  schema: string;
}
