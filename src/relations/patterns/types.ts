// A relation pattern: a frame over the clause analysis, with the sentences it must and must not match.
import type { Predicate } from '../../model/predicates.ts';
import type { EntityType } from '../../model/types.ts';

/**
 * Where an end is read from.
 * In a clause: `agent`, `patient` (logical roles; a passive's by-phrase is its agent), `subject` (surface), `verb.pp:in`
 * (the verb's own prepositional phrase only),
 * `pp:to` (a prepositional phrase of the verb, of its object or of the event noun; `pp:of.own`: only one hung on the verb, the
 * object or the noun itself, not deeper), `patient.target` and `pp:on.target`
 * (an attack's aim: the phrase's names, or those of "60 targets across X", "the camps of X"), `patient.owner`
 * ("expelled Y's ambassador", "the French ambassador"), `agent.own` (the agent, not a group a pronoun or a plural
 * description stands for: "They signed …", "The three countries signed …"), `parent.agent` (the agent of the clause a relative hangs from: "X and Y agreed a
 * truce brokered by Z"), `parent.patient` (its patient: "X was arrested on a warrant that Y issued").
 * On a noun phrase: `possessor`, `pp:of`, `modifier` ("the Russian invasion"), `modifier.first` and `modifier.rest` (the first
 * named modifier and the ones after it: "the Iran-backed Houthi movement"), `modifier.name` (a named modifier, not a demonym), `members` ("talks between A and B":
 * each member with each other), `clause.agent` (the agent of the clause the noun stands in), `described` (the
 * name a copula or apposition describes), `head` (the phrase's own entity).
 */
export type Slot = string;

interface Common {
  /** `family.name`; becomes Relation.rule */
  id: string;
  predicate: Predicate;
  /** the sentences (written for this project) it must match, each with the edge expected "Subject PREDICATE Object" */
  match: readonly (readonly [string, string])[];
  /** sentences it must not match (no edge of its predicate at all, or only a negated one when written "NOT …") */
  miss: readonly (readonly [string, string?])[];
  subject: Slot;
  object: Slot;
  /** the edge runs from object to subject */
  reversed?: boolean;
  subjectTypes?: readonly EntityType[];
  objectTypes?: readonly EntityType[];
  /** the object also stands for the places a comma chain after it goes on to, up to a country ("in Vestland, Norway") */
  objectChain?: boolean;
  /**
   * with object 'earlier': the object is whom the article's latest edge of these rules went to, where the sentence
   * names no recipient ("X also sent his congratulations" after "Y congratulated Z")
   */
  earlierFrom?: readonly string[];
  /** with object 'earlier': where the article has no such edge yet, the first person it names, named again since (not the agent) */
  orProtagonist?: boolean;
  /**
   * with object 'doer': the patient is a deed written with "the" and no owner ("condemned the strikes"), and the object is
   * who did it: the subjects of the article's latest edges of these predicates whose sentence names the deed too
   */
  deedBy?: readonly Predicate[];
  /**
   * with object 'parties': a mediator's clause that names no side of its own ("X acted as mediator", "Y, who brokered the
   * deal"): the object is both ends of the article's latest edge of these predicates, neither of them the subject
   */
  partiesOf?: readonly Predicate[];
  /** the object must be written as a name, not a pronoun or description ("accusing them of" is left to the resolver's surer cases) */
  namedObject?: boolean;
  /** the object is not a people named by its demonym ("thanked the Ecuadorians who voted for him" praises people, not their state) */
  noDemonymObject?: boolean;
  /** the object is a political party (the gazetteer's kind, or "Party" in its name): "a member of the Y Party", not "a member of parliament" */
  partyObject?: boolean;
  /** the subject must be written as a name, not a pronoun or a relative word ("her party", "whose party" are left to the resolver's surer cases) */
  namedSubject?: boolean;
  /** the frame itself denies: "missed the summit" */
  negated?: boolean;
  confidence?: number;
  /** where the construction was seen, at least two texts (development sets only) */
  seen: string;
}

/** "Modi visited Kyiv", "Kyiv was visited by Modi": a verb with its roles */
export interface VerbPattern extends Common {
  kind: 'verb';
  verbs: readonly string[];
  voice?: 'active' | 'passive';
  /** the verb's tense must be one of these ("stand with X" is a stance; "stood with X" is as often where one stood) */
  tenses?: readonly ('past' | 'present' | 'future' | 'unknown')[];
  /** the patient's head must be one of these nouns ("expelled the ambassador of Y") */
  patientNouns?: readonly string[];
  /** the verb may stand as a catenative before "to" ("threatened to retaliate against X"); the edge is then stated, not planned */
  catenative?: boolean;
  /** the patient is the verb's own object, right after it or before it (a relative's antecedent): not "accused of killing X" */
  directObject?: boolean;
  /** the relation is a state the deed brings about ("joined X" → member): an undenied infinitive ("applied to join X",
   *  "invited A to join X", "a candidate to join X", "wants to join X") is no edge yet; a denied one is ("refused to join X") */
  done?: boolean;
  /** the verb is not a bare gerund: "X joined Y", not "dissatisfaction with X joining Y" */
  finite?: boolean;
  /** the verb stands with no object or complement of its own: "X, who is in Y", not "X is a newspaper published in Y" */
  noComplement?: boolean;
  /** the verb states a lasting state that an "after" clause puts in the past: "After living in X, Y returned to Z" (no home in X) */
  lasting?: boolean;
  /** the clause hangs from one whose verb is one of these: "summoned Y's ambassador to protest" (not "urged Y's government to protest") */
  parentVerbs?: readonly string[];
  /** no purpose clause hangs from the verb's clause: "called on X" is a visit, "called on X to end the war" an appeal */
  noPurpose?: boolean;
  /** the object's complement (or its "as" phrase) must have one of these heads ("called X his friend", "described X as a hero") */
  complementNouns?: readonly string[];
  /** the complement is nobody else's: "called X his friend" judges X, "described X as Y's largest trading partner" states a tie to a named Y */
  complementUnowned?: boolean;
  /** no title of these before the agent's name: "represented by President X" states his lead, which the title constructions read */
  agentTitlesNot?: readonly string[];
  /** a word the verb takes with it, right after the verb or right after its patient: "brings together A and B", "brings A and B together" */
  adverb?: string;
  /** the verb takes no particle: "called X" is a call, "called out X", "called up X" are not */
  noParticle?: boolean;
}
/** "embarked on a visit to X", "held talks with X", "imposed sanctions on X": a light verb and its event noun */
export interface SupportPattern extends Common {
  kind: 'support';
  verbs: readonly string[];
  nouns: readonly string[];
  /** the event noun carries one of these plain words before it ("a phone conversation") */
  eventPremods?: readonly string[];
  /** the event noun carries none of these plain words before it */
  eventPremodsNot?: readonly string[];
}
/** "X's visit to Y", "strikes on X by Y", "talks between A and B": an event or role noun and its complements */
export interface NounPattern extends Common {
  kind: 'noun';
  /** head nouns; `any` with `premods` ("the Rwanda-backed group") */
  nouns: readonly string[] | 'any';
  /** a plain word before the head the phrase must carry: "backed" in "the Iran-backed movement" */
  premods?: readonly string[];
  /** only where the noun stands right after one of these prepositions ("on a visit to X": the clause's agent travels) */
  governedBy?: readonly string[];
}
/** "X was a Norwegian politician for the Labour Party", "X, a spokesman for Y,": a description of a name */
export interface TitlePattern extends Common {
  kind: 'title';
  /** head nouns of the description; `person` takes any noun for a person's occupation (by suffix or list) */
  nouns: readonly string[] | 'person';
  /** words before the head that make it another post: "executive director" leads, a "director" works for */
  premodsNot?: readonly string[];
  /** a plain word before the head the description must carry: "senior" in "a senior commander of Y" */
  premods?: readonly string[];
}

export type Pattern = VerbPattern | SupportPattern | NounPattern | TitlePattern;
