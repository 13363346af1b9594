// The clause layer's contract: one analysis per sentence, read from the tagged tokens and the resolved
// mentions, and read by relations only. It knows phrases and clauses, never predicates.
import type { Entity, Modality } from '../model/types.ts';

/** A resolved mention as the clause layer needs it (relations' Arg has this shape). */
export interface Referent {
  entity: Entity;
  first: number;
  last: number;
  demonym: boolean;
  possessive: boolean;
  pronoun: boolean;
}

/** A noun phrase, after resolution. Token indices are inclusive. */
export interface Phrase<R extends Referent = Referent> {
  first: number;
  last: number;
  head: number;
  /** the head's lower-case word ("visit", "army"); a name's last word when the phrase is a name */
  headWord: string;
  /** the mention the head belongs to, when the phrase denotes an entity */
  referent?: R;
  /** "A, B and C", "both A and B", "neither A nor B", "A as well as B": the conjuncts, in order */
  members?: Phrase<R>[];
  /** how the conjuncts are joined ("neither" negates each) */
  conjunction?: 'and' | 'or' | 'nor';
  /** "A, his deputy B,", "B, a spokesman for C," */
  appositions?: Phrase<R>[];
  /** "the Prime Minister of Japan, Fumio Kishida,", "his counterpart, X,": the name apposed to a description without one */
  named?: Phrase<R>;
  /** "X's visit", "its ally" (the "of X" complement is the noun's pp:of) */
  possessor?: Phrase<R>;
  /** named modifiers before the head: "the Sudanese army", "the NATO summit" */
  modifiers: R[];
  /** plain words before the head, lower-case: "foreign minister" in "Foreign Minister X", "key" in "a key ally" */
  premods: string[];
  /** prepositional phrases attached to this noun: "visit to X", "the army of P" */
  pps: PrepPhrase<R>[];
  /** "no X" */
  negative?: boolean;
  /** inside an opening adjunct ("In addition to his visit to X, Y …"): its possessive pronoun refers forward */
  opening?: boolean;
}

export interface PrepPhrase<R extends Referent = Referent> {
  prep: string;
  /** index of the preposition token */
  at: number;
  np: Phrase<R>;
}

export interface VerbGroup {
  first: number;
  last: number;
  /** the main verb's token */
  head: number;
  lemma: string;
  /** the head as written, lower-case ("led", "fighting") */
  form: string;
  voice: 'active' | 'passive';
  tense: 'past' | 'present' | 'future' | 'unknown';
  /** "set up", "carried out" */
  particle?: string;
  /** "agreed to visit" → agree; "vowed to" → vow */
  catenative?: string;
  /** a light verb with its event noun: "held talks", "embarked on a visit", "imposed sanctions" */
  support?: { verb: string; noun: string; phrase: number };
  copula: boolean;
}

export type ClauseKind = 'main' | 'relative' | 'reduced' | 'participial' | 'reported' | 'conditional' | 'purpose' | 'adverbial';

export interface Clause<R extends Referent = Referent> {
  kind: ClauseKind;
  first: number;
  last: number;
  verb?: VerbGroup;
  /** the surface subject and object; adjuncts ("late on Friday,") never fill these */
  subject?: Phrase<R>;
  object?: Phrase<R>;
  /** the logical roles: the doer and the one done to (a passive's by-phrase is its agent) */
  agent?: Phrase<R>;
  patient?: Phrase<R>;
  /** a copula's predicate noun ("X was a Norwegian politician"), or an object's complement ("calls X his friend") */
  complement?: Phrase<R>;
  /** prepositional phrases that hang from the verb or its object */
  pps: PrepPhrase<R>[];
  /** prepositional phrases that open the clause before its subject ("With his counterpart, X, he discussed …") */
  opening: PrepPhrase<R>[];
  negated: boolean;
  modality?: Modality;
  /** reported speech: who said it (the source of attributedTo) */
  speaker?: Phrase<R>;
  /** the clause it hangs from (an index into the analysis' clauses) */
  parent?: number;
  /** opened by "after": what it states came before its parent's time ("After living in X, Y returned": X is no longer home) */
  anterior: boolean;
}

export interface SentenceAnalysis<R extends Referent = Referent> {
  phrases: Phrase<R>[];
  clauses: Clause<R>[];
}
