// The engine's core: a sentence's arguments (resolved mentions plus the pronouns and descriptions that
// the resolver left), the search for a verb's subject and object, and the one place edges are emitted.
import { NEGATING_CATENATIVES, PLANNING_CATENATIVES, PLANNING_PREDICATES, PREPOSITIONS, type Clause as AnalysedClause, type SentenceAnalysis } from '../clauses/index.ts';
import { fitsSignature, PREDICATE_TABLE, type Predicate } from '../model/predicates.ts';
import type { Entity, Modality, Relation, ResolvedArticle, Sentence, Token } from '../model/types.ts';
import {
  APPOSED_PERSON_HEADS, CATENATIVES, CHAIR_TERMS, PLAN_NOUNS, CHARGE_VERBS, REQUEST_VERBS, TELLING_VERBS, ASKING_VERBS, DEED_PREDICATES, DEMONYM_GROUP_NOUNS, MODALITY_CUES, MONTHS, NEGATING_PHRASES, NEGATING_VERBS, NEGATORS, CLAIM_VERBS, PARTY_NAME, RELATIVE_PRONOUNS,
} from './lexicon.ts';
import {
  comma, dash, hardBreak, isAdjective, isAdverb, isAuxiliary, isBe, isDeterminer, isNegative, isPossessive,
  has, isPreposition, isTitleWord, isVerb, lemma, resolveDate, word,
} from './tokens.ts';

/** One end of a relation as it stands in the sentence. */
import type { MeetingList } from './meetingLists.ts';

export interface Arg {
  entity: Entity;
  text: string;
  first: number;
  last: number;
  demonym: boolean;
  possessive: boolean;
  pronoun: boolean;
  /** for pronouns and descriptions: the other entities it could stand for, best first */
  alternatives: Entity[];
  /** a group description ("the two leaders"): the entities it stands for, each an argument at its span */
  members?: Arg[];
}

export interface Ctx {
  article: ResolvedArticle;
  sentence: Sentence;
  tokens: Token[];
  args: Arg[];
  argAt: (Arg | undefined)[];
  attributedTo?: string;
  speaker?: Arg;
  out: Relation[];
  /** keys of the relations this sentence has emitted (a relation is once per sentence; a scan of `out` is quadratic) */
  emitted: Set<string>;
  /** the country a capital stands for, when that country is among the article's entities ("recalled its ambassador from Paris") */
  countryOfCapital: (e: Entity) => Entity | undefined;
  /** the gazetteer id of the country an entity is or belongs to, where the gazetteer knows it */
  countryIdOf: (e: Entity) => string | undefined;
  /** country or organisation key → its leader's entity, as found so far in the article */
  leaders: Map<string, Entity>;
  /** the article's entity for the body an organ belongs to, where the gazetteer knows it */
  bodyOf?: (e: Entity) => Entity | undefined;
  /** the country a ministry named with its country serves, where the article names it ("Chinese Foreign Ministry" → China) */
  stateOfMinistry?: (e: Entity) => Entity | undefined;
  /** the country or body where the gazetteer has a person in a post (a title's role) on the article's date; with `past`, else
   *  the one where the person held it before that date */
  postHeld?: (e: Entity, role: string, past?: boolean) => Entity | undefined;
  /** the posts the gazetteer has the person in (role, the body where the article names it, and whether held on the article's date) */
  postsHeld?: (e: Entity) => { role: string; body?: Entity; current: boolean }[];
  /** the country entity of the article a demonym names ("syrian" → Syria), where the article names it */
  countryOfDemonym?: (word: string) => Entity | undefined;
  /** the countries the paragraph named before this sentence (by name, demonym or capital), by entity key */
  paragraphCountries?: ReadonlyMap<string, Entity>;
  /** the article's organisations by lower-cased label and alias (built once per article) */
  orgNames?: ReadonlyMap<string, Entity>;
  /** the sentence's clause analysis (src/clauses), for the constructions not yet moved to patterns */
  analysis?: SentenceAnalysis<Arg>;
  /** the coordinations of names the article has written so far ("A, B and C"), for "the three countries" after them */
  groups?: NamedGroup[];
  /** the article's entities by key (built once per article) */
  entityByKey: ReadonlyMap<string, Entity>;
  /** the article's open list of meetings set out as items (meetingLists.ts) */
  meetingLists?: { current?: MeetingList };
}

/** the country a name stands for: itself, or the country whose capital it is ("Paris" → France) */
export const countryNamed = (e: Entity, countryOfCapital: (e: Entity) => Entity | undefined): Entity | undefined =>
  e.type === 'COUNTRY' ? e : countryOfCapital(e);

/** "Argentina, Chile and Peru": a coordination whose every member is a name, where it ends */
export interface NamedGroup {
  sentence: number;
  last: number;
  members: Arg[];
}

export interface EmitOptions {
  rule: string;
  confidence: number;
  negated?: boolean;
  modality?: Modality;
  /** token around which a date is looked for */
  anchor?: number;
}

/** The key of an edge in Ctx.emitted: one per subject, predicate, object and polarity in a sentence. */
export const emittedKey = (subject: string, predicate: Predicate, object: string, negated: boolean): string =>
  `${subject}\u0000${predicate}\u0000${object}\u0000${negated}`;

/** Emits s —p→ o if the types fit. An edge whose ends clash (a self-loop, types that do not fit) is dropped:
 *  a referent is never changed to make an edge fit (issue 12: a pronoun swapped to its second reading invented edges). */
export function emit(ctx: Ctx, s: Arg, predicate: Predicate, o: Arg, opts: EmitOptions): boolean {
  const se = s.entity;
  let oe = o.entity;
  if (se.key === oe.key) return false;
  // a capital written for its government, where only an actor fits: "withdrew its ambassador from Madrid"
  if (oe.type === 'LOCATION' && !fitsSignature(predicate, se.type, oe.type)) oe = ctx.countryOfCapital(oe) ?? oe;
  if (se.key === oe.key || !fitsSignature(predicate, se.type, oe.type)) return false;
  const { article, sentence } = ctx;
  const negated = !!opts.negated;
  const key = emittedKey(se.key, predicate, oe.key, negated);
  if (ctx.emitted.has(key)) return false;
  // ("X, chief of Y,": one post; a leader found for the pair in this sentence is not also its staff)
  if (predicate === 'WORKS_FOR' && ctx.emitted.has(emittedKey(se.key, 'LEADER_OF', oe.key, negated))) return false;
  if ((predicate === 'LEADER_OF' || predicate === 'WORKS_FOR') && !negated && servesAnotherState(ctx, se, oe)) return false;
  ctx.emitted.add(key);
  const evidence: Relation['evidence'] = {
    article: article.article.id, sentence: sentence.text, sentenceIndex: sentence.index,
    start: sentence.start, end: sentence.end, subjectText: s.text, objectText: placeText(ctx, o),
  };
  if (ctx.attributedTo) evidence.attributedTo = ctx.attributedTo;
  const at = opts.anchor ?? Math.max(s.last, o.last);
  // only events have a date; a title or a membership holds over time
  const date = PREDICATE_TABLE[predicate].cameo !== null && resolveDate(ctx.tokens, at - 2, Math.min(ctx.tokens.length - 1, at + 10), article.article.date);
  if (date) evidence.date = date;
  if (article.article.date) evidence.articleDate = article.article.date;
  if (article.article.source) evidence.source = article.article.source;
  if (article.article.url) evidence.url = article.article.url;
  const modality = opts.modality ?? 'stated';
  const rel: Relation = {
    subject: se.key, predicate, object: oe.key, negated,
    confidence: modality === 'stated' ? opts.confidence : Math.round(opts.confidence * 60) / 100,
    rule: opts.rule, evidence,
  };
  if (modality !== 'stated') rel.modality = modality;
  ctx.out.push(rel);
  return true;
}

/**
 * ("With Minister Wong, the Vietnamese minister proposed …", "Iran's supreme leader … Azerbaijan"): a state's post is not
 * read for a person the gazetteer has serving another state on the article's date and never in this one; the words that
 * seemed to tie the two belong to someone else.
 */
function servesAnotherState(ctx: Ctx, person: Entity, state: Entity): boolean {
  if (state.type !== 'COUNTRY' || person.type !== 'PERSON') return false;
  const posts = ctx.postsHeld?.(person) ?? [];
  return posts.some((r) => r.current && r.body?.type === 'COUNTRY') && !posts.some((r) => r.body?.key === state.key);
}

/** The innermost clause whose span holds token k (the clauses are in order of opening), if any. */
export function innermostClause(a: SentenceAnalysis<Arg> | undefined, k: number): AnalysedClause<Arg> | undefined {
  let best: AnalysedClause<Arg> | undefined;
  for (const c of a?.clauses ?? []) if (c.first <= k && k <= c.last && (!best || c.first >= best.first)) best = c;
  return best;
}

/** A place as written with the region after it: "Burchard, Neb." */
function placeText(ctx: Ctx, o: Arg): string {
  const next = ctx.argAt[o.last + 1];
  const abbrev = ctx.tokens[o.last + 1];
  // a region the recogniser left unnamed, in the abbreviated form of news copy: "Columbus, Miss."
  // (not a month: "Taipei, Jan. 20")
  if (o.entity.type === 'LOCATION' && !next && abbrev && comma(ctx.tokens[o.last]) && /^(?:[A-Z][a-z]{1,4}|[A-Z]\.[A-Z])$/.test(abbrev.text) && abbrev.post.startsWith('.') && !MONTHS[word(abbrev)]) {
    return ctx.sentence.text.slice(ctx.tokens[o.first]!.start - ctx.sentence.start, abbrev.end - ctx.sentence.start);
  }
  if (o.entity.type !== 'LOCATION' || !next || next.first !== o.last + 1 || !comma(ctx.tokens[o.last]) || next.demonym) return o.text;
  if (next.entity.type !== 'LOCATION' && next.entity.type !== 'COUNTRY') return o.text;
  // ("Avdiivka in Donetsk, Kupiansk in Kharkiv": the next place is placed itself, in a list)
  if (['and', 'or', 'in'].includes(word(ctx.tokens[next.last + 1])) || group(ctx, o).length > 1) return o.text;
  return ctx.sentence.text.slice(ctx.tokens[o.first]!.start - ctx.sentence.start, ctx.tokens[next.last]!.end - ctx.sentence.start);
}

/** Emits every pairing of two coordinated groups. */
export function emitAll(ctx: Ctx, subjects: Arg[], predicate: Predicate, objects: Arg[], opts: EmitOptions): number {
  let n = 0;
  for (const s of subjects) for (const o of objects) if (emit(ctx, s, predicate, o, opts)) n++;
  return n;
}

/** a political party: marked so by the gazetteer, or named so */
export const isParty = (e: Entity) => e.kind === 'party' || PARTY_NAME.test(e.label);

/** A demonym names its country only before a group noun: "Israeli forces", not "Chinese media". */
export const standsForCountry = (ctx: Ctx, a: Arg) => !a.demonym || DEMONYM_GROUP_NOUNS.has(word(ctx.tokens[a.last + 1]));

/** The arguments coordinated with `a` by "and", "or", "&" or a list's commas. */
export function group(ctx: Ctx, a: Arg): Arg[] {
  if (a.members) return a.members;
  const out = [a];
  const link = (x: Arg, y: Arg | undefined): boolean => {
    if (!y || y.demonym !== x.demonym) return false;
    const between = ctx.tokens.slice(x.last + 1, y.first).map(word);
    // "Israel and the United Arab Emirates"
    const joined = between.length === 1 || (between.length === 2 && between[1] === 'the');
    if (joined && ['and', '&', 'or', 'nor'].includes(between[0]!)) {
      // ", and" closes a list ("A, B, and C"), not a clause apposed to a lone name ("Jack Ruby, who killed X, and Jim")
      const before = ctx.args[ctx.args.indexOf(x) - 1];
      if (comma(ctx.tokens[x.last]) && !(before && before.last + 1 === x.first && comma(ctx.tokens[before.last]))) return false;
      return !hardBreak(ctx.tokens[x.last]);
    }
    if (between.length === 0 && comma(ctx.tokens[x.last])) {
      // a comma joins a list only if an "and" closes it: "A, B and C" (not "The Hague, Netherlands")
      for (let k = y.last + 1; k < ctx.tokens.length && k < y.last + 12; k++) {
        if (['and', 'or'].includes(word(ctx.tokens[k])) && (ctx.argAt[k + 1] || ctx.argAt[k + 2])) return true;
        // ("the Prime Minister of A, X, received B, C and D": a verb after the comma ends the phrase, no list runs on past it)
        if (!ctx.argAt[k] && (!comma(ctx.tokens[k - 1]) || isVerb(ctx.tokens[k]))) return false;
      }
    }
    return false;
  };
  // "Vietnamese Prime Minister X and Malaysian Prime Minister Y": a titled person after "and", past the demonym and title before it
  const titled = (x: Arg, y: Arg | undefined): boolean => {
    if (!y || y.demonym || x.demonym || y.entity.type !== 'PERSON' || x.entity.type !== 'PERSON' || word(ctx.tokens[x.last + 1]) !== 'and' || comma(ctx.tokens[x.last]) || hardBreak(ctx.tokens[x.last])) return false;
    const middle = ctx.tokens.slice(x.last + 2, y.first);
    return middle.length > 0 && middle.every((t, d) => (ctx.argAt[x.last + 2 + d]?.demonym || isTitleWord(word(t))) && !comma(t) && !hardBreak(t))
      && middle.some((t) => isTitleWord(word(t)));
  };
  const idx = ctx.args.indexOf(a);
  const nextPerson = (k: number) => ctx.args.slice(k + 1).find((x) => !x.demonym);
  for (let k = idx; k > 0;) {
    if (link(ctx.args[k - 1]!, ctx.args[k]!)) { out.unshift(ctx.args[--k]!); continue; }
    // (the same titled coordination read from its second member: "… Abiy Ahmed and South African President X")
    const prev = ctx.args.slice(0, k).reverse().find((x) => !x.demonym);
    if (!prev || !titled(prev, ctx.args[k]!)) break;
    out.unshift(prev);
    k = ctx.args.indexOf(prev);
  }
  for (let k = idx; k + 1 < ctx.args.length; k++) {
    if (link(ctx.args[k]!, ctx.args[k + 1]!)) { out.push(ctx.args[k + 1]!); continue; }
    const y = nextPerson(k);
    if (!titled(ctx.args[k]!, y)) break;
    out.push(y!);
    k = ctx.args.indexOf(y!) - 1;
  }
  return out;
}

export interface Clause {
  group: Arg[];
  negated: boolean;
  modality?: Modality;
}

/** "threatened to attack X", "wanted to kill Y": a deed in the infinitive of a plan is no deed (DEED_PREDICATES); and a
 *  denied plan ("did not want to take part in X", "does not intend to expel Y") neither states nor denies what it names */
export function plannedDeed(tokens: readonly Token[], v: number, predicate: Predicate, modality: Modality | undefined, negated = false): boolean {
  return modality === 'planned' && word(tokens[v - 1]) === 'to' && (negated || DEED_PREDICATES.has(predicate));
}

/** "Busan's bid to host X", "a candidate to host Y", "preparations to host Z": hosting in the infinitive of a plan noun is no
 *  hosting yet (news-fresh32 ea-yoon-madrid-nato-readout, news-fresh19 am-vieira-munich-security-conference-readout, news-fresh7
 *  fidan-3plus3-istanbul-readout) */
export const plannedHosting = (tokens: readonly Token[], v: number, predicate: Predicate): boolean =>
  predicate === 'HOSTED' && word(tokens[v - 1]) === 'to' && PLAN_NOUNS.has(word(tokens[v - 2]));

/**
 * "accused X of attacking Y", "blamed X for backing Y", "accusing X of failing to condemn Y": a deed named as an
 * accusation's charge is the accuser's claim, neither a fact nor its denial (the ACCUSED edge comes from the accusation).
 */
export function inCharge(tokens: readonly Token[], v: number): boolean {
  // (the gerund may be a catenative: "of failing to condemn Y", "of trying to block Y")
  let g = word(tokens[v - 1]) === 'to' && /ing$/.test(word(tokens[v - 2])) ? v - 2 : v;
  // (a gerund coordinated with the charge's first: "accuse X of arming and backing Y")
  while (['and', 'or'].includes(word(tokens[g - 1])) && /ing$/.test(word(tokens[g - 2])) && /ing$/.test(word(tokens[g]))) g -= 2;
  if (!/ing$/.test(word(tokens[g])) || !['of', 'for'].includes(word(tokens[g - 1]))) return false;
  for (let k = g - 2; k >= 0 && g - k <= 14; k--) {
    const t = tokens[k]!;
    if (hardBreak(t) || [';', ':'].includes(t.text)) return false;
    if (CHARGE_VERBS.has(lemma(word(t)))) return true;
  }
  return false;
}

/** "urged X not to meet Y", "calls on all states not to recognise Y": what one is asked or warned not to do is a wish, not a denial */
export function askedNotTo(tokens: readonly Token[], v: number): boolean {
  if (word(tokens[v - 1]) !== 'to' || word(tokens[v - 2]) !== 'not') return false;
  for (let k = v - 3; k >= 0 && v - k <= 10; k--) {
    const t = tokens[k]!;
    if (hardBreak(t) || [';', ':'].includes(t.text)) return false;
    if (REQUEST_VERBS.has(lemma(word(t))) && isVerb(t)) return true;
  }
  return false;
}

/**
 * "invited Prime Minister X to visit Y", "urged them to join Y", "called on X to attend": an infinitive after the object of
 * a request is what the object is asked to do, not a deed (its subject would be the object).
 */
export function askedTo(ctx: Ctx, v: number): boolean {
  const { tokens } = ctx;
  const obj = ctx.argAt[v - 2];
  if (word(tokens[v - 1]) !== 'to' || !obj || comma(tokens[obj.last])) return false;
  let k = obj.first - 1;
  while (k >= 0 && obj.first - k <= 4 && !ctx.argAt[k] && (isDeterminer(tokens[k]) || isTitleWord(word(tokens[k])) || word(tokens[k]) === 'on')) k--;
  const t = tokens[k];
  return !!t && isVerb(t) && ASKING_VERBS.has(lemma(word(t)));
}

/** Negation and modality cues among tokens [from, to]. */
export function polarity(ctx: Ctx, from: number, to: number): { negated: boolean; modality?: Modality } {
  let negated = false;
  let modality: Modality | undefined;
  const words = ctx.tokens.slice(Math.max(0, from), to + 1).map(word);
  words.forEach((w, k) => {
    if (isNegative(ctx.tokens[from + k]) || w === 'not' || w === 'never') negated = true;
    if ((NEGATING_VERBS.has(lemma(w)) || NEGATING_CATENATIVES.has(lemma(w))) && words[k + 1] === 'to') negated = true;
    if (['deny', 'denies', 'denied'].includes(w)) negated = true;
    for (const p of NEGATING_PHRASES) if (p.every((x, j) => words[k + j] === x)) negated = true;
    if (!modality && words[k + 1] === 'to' && (PLANNING_CATENATIVES.has(lemma(w)) || PLANNING_PREDICATES.has(w))) modality = 'planned';
    for (const c of MODALITY_CUES) if (!modality && c.words.every((x, j) => words[k + j] === x)) modality = c.modality;
  });
  return modality ? { negated, modality } : { negated };
}

const INSTRUMENTS = new Set(['shot', 'shots', 'bullet', 'bullets', 'bomb', 'bombs', 'missile', 'missiles', 'rocket', 'rockets']);
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
/** words that open a clause of their own: "as Russia continues" */
/** words between a gerund and the clause that lends it a subject: "(was) convicted of killing" */
const GERUND_GOVERNORS = new Set(['of', 'with', 'for', 'by', 'convicted', 'charged', 'accused', 'suspected', 'guilty', 'arrested', 'indicted', 'sentenced', 'jailed', 'responsible', 'remember', 'in']);
const SUBORDINATORS = new Set(['as', 'while', 'because', 'since', 'after', 'before', 'when', 'where', 'if', 'although', 'though', 'until', 'whereas', 'once', 'unless']);
/** subordinators that open an adverbial clause before its subject ("after police chiefs met X"; not "as", "since", "where",
 *  which also open phrases: "as well as", "since 2014") */
const CLAUSE_SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'because', 'after', 'before', 'when', 'although', 'though', 'until', 'whereas', 'unless']);

/** The first word of an apposition: ", the Chinese leader,", ", who …,", ", acting alone,", ", 45,". */
// (also "whose …" and a past participle: "Zelensky, whose country …,", "The summit, held in Kazan,")
const opensApposition = (t: Token | undefined, next?: Token) => (word(t) === 'of' && ['which', 'whom'].includes(word(next))) || word(t) === 'whose' || (/^[a-z]+$/.test(t?.text ?? '') && has(t, 'PastTense') && isPreposition(next)) || isDeterminer(t) || RELATIVE.has(word(t)) || /^\d+$/.test(word(t)) || (/^[a-z]+ing$/.test(t?.text ?? '') && isVerb(t));
/** adjectives that govern a gerund after a verb of their own: "pleaded guilty to killing", "was found responsible for" */
const GERUND_ADJECTIVES = new Set(['guilty', 'responsible']);

/** The group a relative pronoun at `k` refers back to: "X, who", "X was the man who". */
function antecedent(ctx: Ctx, k: number): Arg[] | null {
  let j = k - 1;
  // ("a grouping of France, Germany and Poland that held …": the relative is the head noun's, not the names after "of")
  if (j >= 0 && ctx.argAt[j]) {
    const g = group(ctx, ctx.argAt[j]!);
    // ("the sentence of X, who was convicted": "who" still finds the person)
    return word(ctx.tokens[g[0]!.first - 1]) === 'of' && ['that', 'which'].includes(word(ctx.tokens[k])) && !isTitleWord(word(ctx.tokens[g[0]!.first - 2])) ? null : g;
  }
  // "the lone gunman who": step over the noun phrase, then a copula, to its subject
  while (j >= 0 && !ctx.argAt[j] && (isDeterminer(ctx.tokens[j]) || isAdjective(ctx.tokens[j]) || (!isVerb(ctx.tokens[j]) && !isPreposition(ctx.tokens[j]) && !comma(ctx.tokens[j])))) j--;
  if (j >= 0 && ctx.argAt[j] && !ctx.argAt[j]!.possessive) return group(ctx, ctx.argAt[j]!);
  if (j >= 1 && isBe(ctx.tokens[j]) && ctx.argAt[j - 1]) return group(ctx, ctx.argAt[j - 1]!);
  // "X fired the shots that killed Y": the instrument's user
  if (j >= 0 && INSTRUMENTS.has(word(ctx.tokens[k - 1])) && isVerb(ctx.tokens[j])) return subjectBefore(ctx, j)?.group ?? null;
  return null;
}

/** The subject of a relative clause opened at `j`: its antecedent, with the clause's own negation and modality. */
function relativeSubject(ctx: Ctx, j: number, v: number): Clause | null {
  const g = antecedent(ctx, j);
  return g ? { group: g, ...polarity(ctx, j + 1, v - 1) } : null;
}

/** Where the backward search for the subject of the verb at `v` starts, and whether it landed on an apposition's comma. */
function searchStart(ctx: Ctx, v: number): { j: number; landed: boolean } {
  const { tokens, argAt } = ctx;
  let j = v - 1;
  // the verb's own chain (auxiliaries, adverbs, "refused to") stands between an apposition and the verb:
  // "Hungary, a member of NATO, has refused to support"
  let chain = j;
  while (chain >= 0 && !argAt[chain] && !comma(tokens[chain]) && (isAuxiliary(tokens[chain]) || isVerb(tokens[chain]) || isAdverb(tokens[chain]) || isNegative(tokens[chain]) || word(tokens[chain]) === 'to')) chain--;
  if (chain >= 0 && chain < j && comma(tokens[chain]) && argAt[chain]) j = chain;
  // "Gazprom, a company based in Moscow, signed": step back over the apposition that ends at the verb
  const k = j >= 0 && comma(tokens[j]) ? appositionBefore(ctx, j) : -1;
  return k >= 0 ? { j: k, landed: true } : { j, landed: false };
}

/**
 * The comma that opens an apposition or a relative clause closed by the comma after token `j` (", the Chinese leader,"),
 * or -1. A relative clause after a name may open up to RELATIVE_REACH tokens back (an apposition up to APPOSITION_REACH), past an
 * acronym's brackets: "X, who was in Y for talks with A and B, told Z", "X, who led the mission of the Organization for
 * … (OSCE), criticised Y" (news-fresh29 ea-aukus-france-recalls-envoys-analysis, news-fresh23 eu-serbia-2023-election,
 * news-fresh13 bawumia-concedes-mahama-ghana-wire).
 */
function appositionBefore(ctx: Ctx, j: number): number {
  const { tokens, argAt } = ctx;
  const bracket = (t: Token) => /^\s*[()]\s*$/.test(t.post);
  let k = j - 1;
  while (k >= 0 && !comma(tokens[k]) && j - k < RELATIVE_REACH && (!hardBreak(tokens[k]) || bracket(tokens[k]))) k--;
  if (k < 0 || !comma(tokens[k])) return -1;
  const relative = ['who', 'which'].includes(word(tokens[k + 1]));
  // (the name may stand before an apposition of its own: "X, Australia's defence minister, who …,")
  if (!argAt[k] && !(relative && appositionBefore(ctx, k) >= 0)) return -1;
  if (!relative && (j - k > APPOSITION_REACH || tokens.slice(k + 1, j).some(bracket))) return -1;
  return opensApposition(tokens[k + 1], tokens[k + 2]) ? k : -1;
}
/** how far back (in tokens) a relative clause, and an apposition, closed by a comma may open */
const RELATIVE_REACH = 30;
const APPOSITION_REACH = 12;

/** Is the name governed as an object (a preposition before it, or a verb across an "and"), so the search goes on past it? */
function governedAsObject(ctx: Ctx, a: Arg, crossedAnd: boolean): boolean {
  const { tokens, argAt } = ctx;
  // the word governing the name, past its determiners and titles: "against Texas Gov. John Connally"
  let g = a.first - 1;
  while (g >= 0 && (isDeterminer(tokens[g]) || isAdjective(tokens[g]) || argAt[g] || /^[A-Z]/.test(tokens[g]!.text)) && !RELATIVE.has(word(tokens[g])) && !comma(tokens[g]) && !isVerb(tokens[g]) && a.first - g < 6) g--;
  const before = tokens[g];
  const verbLike = before && ((isVerb(before) && !isAuxiliary(before)) || word(tokens[g - 1]) === 'to');
  // ("Secretary of State X": an "of" inside a title before the name governs nothing)
  const titleOf = word(before) === 'of' && isTitleWord(word(tokens[g - 1])) && g + 1 < a.first && tokens.slice(g + 1, a.first).every((x) => isTitleWord(word(x)));
  const isObject = before && !titleOf && (verbLike || (isPreposition(before) && !SUBORDINATORS.has(word(before))));
  return !!isObject && (crossedAnd || isPreposition(before));
}

/**
 * Where the description a name is apposed to begins, when a verb or preposition governs that description ("met the
 * Taliban's foreign minister, Y", "with Bahrain's Foreign Minister, Y"), or -1.
 */
function describedObject(ctx: Ctx, a: Arg): number {
  if (!comma(ctx.tokens[a.first - 1])) return -1;
  const d = ctx.analysis?.phrases.find((p) => p.first < a.first && (p.named?.referent === a || p.appositions?.some((x) => x.referent === a)));
  if (!d) return -1;
  const first = d.possessor ? Math.min(d.first, d.possessor.first) : d.first;
  const stand = ctx.argAt[first];
  const probe: Arg | undefined = stand && stand.first === first ? stand : { ...a, first, last: first };
  return probe && governedAsObject(ctx, probe, true) ? first : -1;
}

const ACTOR_TYPES: ReadonlySet<string> = new Set(['PERSON', 'COUNTRY', 'ORGANIZATION']);

/** The first member of `a`'s coordination, counted back only over members of a's kind: "in the X–Y conflict, China and
 *  Russia refuse …" lists no event among the actors, so the preposition governing the event governs neither country. */
function coordinationHead(ctx: Ctx, a: Arg): Arg {
  const members = group(ctx, a);
  const actor = (x: Arg) => ACTOR_TYPES.has(x.entity.type);
  let i = members.indexOf(a);
  while (i > 0 && actor(members[i - 1]!) === actor(a)) i--;
  return members[i]!;
}

/** The word that opens the coordination starting at token `first`, over its article: "Neither the United States nor
 *  China", "if the army", "denied that the police" (the name's mention leaves "the" out) */
export function openerAt(tokens: readonly Token[], first: number): number {
  let k = first - 1;
  while (k > 0 && ARTICLES.has(word(tokens[k]))) k--;
  return k;
}
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** The clause whose subject is the coordination of `a`, with the negation and modality between it and the verb at `v`. */
function subjectClause(ctx: Ctx, a: Arg, v: number, crossedAnd: boolean, lastAnd: number): Clause {
  const { tokens } = ctx;
  // (a clause apposed between commas keeps its own negation: "X, who did not attend, accused Y")
  let from = crossedAnd ? lastAnd : a.last + 1;
  if (!crossedAnd) for (let k = v - 1; k > a.last; k--) if (comma(tokens[k]) || dash(tokens[k])) { from = k + 1; break; }
  const pol = polarity(ctx, from, v - 1);
  const members = group(ctx, a);
  const opener = word(tokens[openerAt(tokens, members[0]!.first)]);
  // "Neither A nor B is …": the coordination itself denies (NEGATORS names the words)
  if (NEGATORS.has(opener) && opener !== 'no') pol.negated = !pol.negated;
  // "if he visited South Africa": a condition, not a statement
  if (!pol.modality && ['if', 'unless'].includes(opener)) pol.modality = 'conditional';
  // "The Kremlin denied that Putin had met Trump": the governing verb denies the clause
  const gov = tokens[openerAt(tokens, members[0]!.first) - (opener === 'that' ? 1 : 0)];
  if (['deny', 'denies', 'denied'].includes(word(gov))) pol.negated = !pol.negated;
  return { group: members, ...pol, ...claimed(ctx, a.first, pol.modality) };
}

/** The dash that opens the parenthetical a dash at `j` closes (within 20 tokens), or -1: the subject search steps over it. */
function dashOpening(tokens: readonly Token[], j: number): number {
  let k = j - 1;
  while (k >= 0 && !dash(tokens[k]) && j - k < 20) k--;
  return k >= 0 && dash(tokens[k]) ? k : -1;
}

/** The governing subject of the verb at `v`, with the negation and modality found on the way. */
export function subjectBefore(ctx: Ctx, v: number): Clause | null {
  const { tokens, argAt } = ctx;
  let crossedAnd = false;
  let lastAnd = v;
  let gerund = -1;
  let firstCue = v;
  let { j, landed } = searchStart(ctx, v);
  while (j >= 0 && v - j <= 25) {
    const t = tokens[j]!;
    if (landed) landed = false;
    else if (j < v - 1 || !ctx.argAt[j]) {
      if (dash(t)) {
        const k = dashOpening(tokens, j);
        if (k < 0) break;
        j = k; landed = true; continue;
      }
      if (hardBreak(t) && j !== v - 1) break;
    }
    // ("X, whose country is fighting Russia": the clause's subject is the possessed noun, not X)
    if (word(t) === 'whose') return null;
    const a = argAt[j];
    if (a) {
      const step = atMention(ctx, a, v, { crossedAnd, lastAnd, gerund, firstCue });
      if ('subject' in step) return step.subject;
      j = step.j;
      continue;
    }
    const w = word(t);
    // "the man who killed X": the relative pronoun's antecedent
    if (RELATIVE.has(w) && j === firstCue - 1) return relativeSubject(ctx, j, v);
    if (w === 'and' || w === 'but') { if (!crossedAnd) lastAnd = j; crossedAnd = true; }
    else if (GERUND_GOVERNORS.has(w) && /ing$/.test(word(tokens[v])) && j >= firstCue - 3) {
      // "convicted of killing X", "acted alone in killing X": the gerund's subject is the governing clause's
      firstCue = j;
      gerund = j;
      j--;
      continue;
    }
    // ("after police chiefs met X": the verb's own adverbial clause opens before any name, so its subject is unnamed)
    // (not a preposition of time: "who until May was …", "after 2015 led …")
    else if (CLAUSE_SUBORDINATORS.has(w) && j < v - 1 && !/ing$/.test(word(tokens[v])) && !MONTHS[word(tokens[j + 1])] && !/^\d/.test(tokens[j + 1]!.text)) return null;
    else if (comma(t) && j < v - 1) {
      // step over an apposition ", the Chinese leader," back to the name before it
      const k = appositionBefore(ctx, j);
      if (k >= 0) { j = k; continue; }
      if (!crossedAnd) break;
    } else if (isVerb(t) && !isAuxiliary(t) && !(CATENATIVES.has(lemma(w)) && word(tokens[j + 1]) !== 'that') && !NEGATING_VERBS.has(lemma(w)) && !crossedAnd) {
      // "acted alone in killing X" (only adverbs between), not "found common ground in defying X"
      if (gerund >= 0 && ['in', 'by'].includes(word(tokens[v - 1])) && tokens.slice(j + 1, gerund).every((x) => isAdverb(x) || word(x) === 'alone')) gerund = -1;
      else if (gerund === j + 1 && GERUND_ADJECTIVES.has(word(tokens[gerund]))) { j--; continue; }
      else if (!['both', 'all'].includes(w)) break;
    }
    if (!isAuxiliary(t) && !isAdverb(t) && !isNegative(t) && w !== 'to' && !CATENATIVES.has(lemma(w))) firstCue = -1;
    else if (firstCue === j + 1) firstCue = j;
    j--;
  }
  return null;
}

/** Where subjectBefore's search stands on reaching mention `a`: the walk so far (see there). */
interface SubjectWalk { crossedAnd: boolean; lastAnd: number; gerund: number; firstCue: number }

/** On reaching mention `a`, the subject search either settles (`subject`, null for none) or steps back to token `j`. */
function atMention(ctx: Ctx, a: Arg, v: number, { crossedAnd, lastAnd, gerund, firstCue }: SubjectWalk): { subject: Clause | null } | { j: number } {
  const { tokens, argAt } = ctx;
  if (a.demonym && !standsForCountry(ctx, a)) return { j: a.first - 1 };
  if (a.possessive) return { subject: null };
  // "the sentence of X, convicted of killing Y": a participial apposition lends its name as subject, object or not
  const apposedParticiple = gerund >= 0 && comma(tokens[a.last]) && a.last + 1 === firstCue;
  // ("X met A and B, discussed … and thanked C": a coordination governed as a whole is an object too)
  const head = crossedAnd ? coordinationHead(ctx, a) : a;
  if ((governedAsObject(ctx, a, crossedAnd) || (head !== a && governedAsObject(ctx, head, crossedAnd))) && !apposedParticiple) return { j: head.first - 1 };
  // ("X visited Osaka, Japan, to take part in Y": a place apposed to a place is no infinitive's subject; the visit's is)
  if (word(tokens[v - 1]) === 'to' && isPlaceArg(a) && comma(tokens[a.first - 1]) && isPlaceArg(argAt[a.first - 1])) return { subject: purposeSubject(ctx, argAt[a.first - 1]!) };
  // ("X had warned Y even before Z spoke, and accused Y": past an "and", the subject of an adverbial clause is not the verb's)
  const sub = openerAt(tokens, a.first);
  if (crossedAnd && CLAUSE_SUBORDINATORS.has(word(tokens[sub])) && ownVerbBefore(ctx, a.last + 1, lastAnd)) return { j: sub - 1 };
  // ("the partnership between A and B threatens …": a coordination a preposition governs is no subject)
  const lead = group(ctx, a)[0]!;
  if (lead !== a && lead.first < a.first && ['between', 'among', 'amongst'].includes(word(tokens[lead.first - 1]))) return { j: lead.first - 1 };
  // ("X called on the Taliban's foreign minister, Y, and told him": past an "and", a name apposed to an object is one too)
  const described = crossedAnd ? describedObject(ctx, a) : -1;
  if (described >= 0) return { j: described - 1 };
  return { subject: subjectClause(ctx, a, v, crossedAnd, lastAnd) };
}

/** a verb of its own among tokens [from, to) (not "while X, then its spokeswoman and now …": an apposition has none) */
const ownVerbBefore = (ctx: Ctx, from: number, to: number) => ctx.tokens.slice(from, to).some((t, d) => isVerb(t) && !isAuxiliary(t) && !ctx.argAt[from + d]);

const isPlaceArg = (a: Arg | undefined) => !!a && (a.entity.type === 'LOCATION' || a.entity.type === 'COUNTRY') && !a.demonym && !a.possessive;

/** The subject of the verb that governs `place` ("visited Osaka", "travelled to Osaka"), or null. */
function purposeSubject(ctx: Ctx, place: Arg): Clause | null {
  let g = place.first - 1;
  while (g >= 0 && place.first - g <= 3 && (isDeterminer(ctx.tokens[g]) || ['to', 'in', 'into', 'for'].includes(word(ctx.tokens[g])))) g--;
  const t = ctx.tokens[g];
  return t && isVerb(t) && !isAuxiliary(t) && !ctx.argAt[g] ? subjectBefore(ctx, g) : null;
}

/** "Israel says it killed …": a claim; returns the modality to use. */
function claimed(ctx: Ctx, subjectStart: number, modality?: Modality): { modality?: Modality } {
  if (modality) return { modality };
  let k = subjectStart - 1;
  if (word(ctx.tokens[k]) === 'that') k--;
  const t = ctx.tokens[k];
  if (t && isVerb(t) && CLAIM_VERBS.has(lemma(word(t))) && /^(?:claim|allege)/.test(lemma(word(t)))) return { modality: 'claimed' };
  return {};
}

export interface ObjectSearch {
  preps?: readonly string[];
  direct?: boolean;
  demonym?: boolean;
  max?: number;
}

/** The object group after token `i`: directly, or after one of `preps`, within a noun phrase's reach. */
/** prepositions of place an object search may pass ("bombing inside Qatar") */
const TARGET_PLACE_PREPS: ReadonlySet<string> = new Set(['inside', 'across', 'within', 'throughout', 'near', 'outside', 'around', 'along', 'beyond']);

export function objectAfter(ctx: Ctx, i: number, o: ObjectSearch = {}): Arg[] | null {
  const { tokens, argAt } = ctx;
  const max = o.max ?? 10;
  let sawPrep = false;
  let possessor: Arg | null = null;
  let headNoun = false;
  for (let j = i + 1; j < tokens.length && j - i <= max; j++) {
    const a = argAt[j];
    const t = tokens[j]!;
    if (a && a.first === j) {
      // ("told reporters Putin's decision was …", "tells reporters X would resign": a bare plural right after a verb of
      // telling is whom it tells, and the name after it opens what was told; news-fresh10 biden-jeddah-live-2022,
      // news-fresh22 eu-putin-new-start-suspension-live, news-fresh27 ea-trump-kim-dmz-live)
      if (j === i + 2 && TELLING_VERBS.has(lemma(word(tokens[i]))) && /^[a-z]{3,}[^s']s$/.test(tokens[i + 1]!.text) && !isTitleWord(word(tokens[i + 1]))) break;
      // "was born Charles Hardin Holley in Lubbock": a name before the preposition is passed over
      if (o.preps && !o.direct && !sawPrep && a.entity.type === 'PERSON' && !a.pronoun) { j = a.last; continue; }
      if (o.preps && !o.direct && !sawPrep) return null;
      if (a.demonym && !standsForCountry(ctx, a) && !(o.demonym && !argAt[a.last + 1])) { j = a.last; headNoun = true; continue; }
      if (a.possessive && !hardBreak(tokens[a.last]) && !comma(tokens[a.last])) { possessor = a; j = a.last; continue; }
      // ("backed Nigeria's presidency of the General Assembly", "support for Brazil's G20 presidency": a term in the chair
      // is its holder's, and the body it chairs is not the object; news-fresh5 blinken-brazil-argentina-readout, news-fresh14
      // modi-tianjin-sco-readout-2025, news-fresh30 ea-lawrence-wong-brunei-malaysia-readout, news-fresh33 af-buhari-ticad7-yokohama-readout)
      if (possessor && chairHeld(tokens, possessor, a)) return [possessor];
      if (headNoun) { const agent = agentOfAction(ctx, a.last); if (agent) return agent; }
      // "met NATO Secretary-General Mark Rutte": the name the title stands before is the object, not its holder's body
      const titled = titledPersonAfter(ctx, a);
      if (titled) return group(ctx, titled);
      return group(ctx, a);
    }
    const w = word(t);
    // ("told fellow leaders that the bloc …": a complement clause after the noun holds no object;
    // "warned that Y will …": nor one right after the verb)
    if (w === 'that' && (headNoun || j === i + 1)) break;
    // ("which X will host and which Y will attend": a relative pronoun opens another clause)
    if (RELATIVE_PRONOUNS.has(w)) break;
    if (o.preps?.includes(w) && !sawPrep) { sawPrep = true; if (hardBreak(t) || comma(t)) return null; continue; }
    if (isVerb(t) && !isAuxiliary(t) && !isAdjective(t) && j > i + 1 && !inNounCompound(ctx, j)) break;
    // ("the first summit Canada has hosted under his leadership": a preposition the tagger leaves untagged ends the search too,
    // not one of place that an attack reaches through: "bombing inside Qatar")
    if ((isPreposition(t) || (PREPOSITIONS.has(w) && !TARGET_PLACE_PREPS.has(w))) && w !== 'of') break;
    if (!isDeterminer(t) && !isAdjective(t) && !isAdverb(t) && w !== 'of') headNoun = true;
    if (hardBreak(t)) break;
    if (comma(t)) {
      if (['including', 'such'].includes(word(tokens[j + 1]))) { j += word(tokens[j + 1]) === 'such' ? 2 : 1; continue; }
      // ("sanctioned nine officials, among them A and B": the names the plural counts, as after "including")
      if (word(tokens[j + 1]) === 'among' && word(tokens[j + 2]) === 'them') { j += 2; continue; }
      const named = headNoun ? apposedPerson(ctx, j) : null;
      if (named) return [named];
      break;
    }
  }
  return possessor ? [possessor] : null;
}

/** `a` is the body of a term in the chair that `owner` holds: "X's G20 presidency", "X's presidency of the G20" */
function chairHeld(tokens: readonly Token[], owner: Arg, a: Arg): boolean {
  if (a.first === owner.last + 1) return CHAIR_TERMS.has(word(tokens[a.last + 1]));
  const k = word(tokens[a.first - 1]) === 'of' ? a.first - 1 : word(tokens[a.first - 2]) === 'of' && isDeterminer(tokens[a.first - 1]) ? a.first - 2 : -1;
  return k > owner.last && tokens.slice(owner.last + 1, k).some((t) => CHAIR_TERMS.has(word(t)));
}

/** The name apposed to a kin or company noun ending at `j`, closed by a comma or the sentence's end: "his son, Stephen,". */
function apposedPerson(ctx: Ctx, j: number): Arg | null {
  const { tokens, argAt } = ctx;
  const a = argAt[j + 1];
  if (!a || a.first !== j + 1 || a.entity.type !== 'PERSON' || a.pronoun || !APPOSED_PERSON_HEADS.has(word(tokens[j]))) return null;
  return a.last === tokens.length - 1 || comma(tokens[a.last]) || hardBreak(tokens[a.last]) ? a : null;
}

/** A plural noun the tagger read as a verb inside a compound before its head: "civil rights leader", "arms dealer". */
export function inNounCompound(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k], next = ctx.tokens[k + 1];
  return !!t && !!next && /^[a-z]{3,}s$/.test(t.text) && !comma(t) && !hardBreak(t) && !ctx.argAt[k + 1] && /^[a-z]{3,}$/.test(next.text)
    && (isTitleWord(word(next)) || (!isVerb(next) && !isPreposition(next) && !isDeterminer(next) && !isAdverb(next)));
}

/** The person named at or after `from`, past determiners, plain lower-case words and title words ("civil rights leader X"). */
export function personAfter(ctx: Ctx, from: number, max = 4): Arg | null {
  const { tokens, argAt } = ctx;
  let k = from;
  for (; k < tokens.length && k - from < max && !argAt[k]; k++) {
    const t = tokens[k]!;
    const plain = /^[a-z]+$/.test(t.text) && (!isVerb(t) || inNounCompound(ctx, k)) && !isPreposition(t) && !has(t, 'Conjunction') && !['and', 'or', 'but', 'nor'].includes(word(t));
    // ("Secretary of State X": an "of" between title words is the title's own)
    const titleOf = word(t) === 'of' && k > from && isTitleWord(word(tokens[k - 1])) && isTitleWord(word(tokens[k + 1]));
    if ((!plain && !titleOf && !isTitleWord(word(t))) || comma(t) || hardBreak(t)) return null;
  }
  const person = argAt[k];
  return person && person.first === k && person.entity.type === 'PERSON' && !person.pronoun ? person : null;
}

/** The person after `a` and a title or plain lower-case words: "NATO Secretary-General Mark Rutte", "IBM spokesman John Doe". */
function titledPersonAfter(ctx: Ctx, a: Arg): Arg | null {
  if (comma(ctx.tokens[a.last]) || hardBreak(ctx.tokens[a.last])) return null;
  const person = personAfter(ctx, a.last + 1);
  return person && person.first > a.last + 1 ? person : null;
}

/** "the treatment of X at the hands of Y", "the killing of X by Y": the actor behind a criticised act. */
function agentOfAction(ctx: Ctx, from: number): Arg[] | null {
  const w = ctx.tokens.slice(from + 1, from + 6).map(word);
  const at = w[0] === 'at' && w[1] === 'the' && w[2] === 'hands' && w[3] === 'of' ? from + 5 : w[0] === 'by' ? from + 2 : -1;
  if (at < 0) return null;
  for (let j = at; j < at + 3; j++) {
    const a = ctx.argAt[j];
    if (a && standsForCountry(ctx, a)) return group(ctx, a);
    if (!isDeterminer(ctx.tokens[j]) && !isAdjective(ctx.tokens[j])) break;
  }
  return null;
}

/** The person named after a post's title words, with or without a comma between: "President, X", "Minister of Transport, Y". */
function holderAfter(ctx: Ctx, from: number): Arg | null {
  let k = from;
  const titled = (t: Token) => isTitleWord(word(t)) || (k > from && ['of', 'for'].includes(word(t))) || (k > from && /^[A-Z][a-z]+$/.test(t.text));
  while (k < ctx.tokens.length && k - from < 6 && !ctx.argAt[k] && titled(ctx.tokens[k]!) && !hardBreak(ctx.tokens[k])) {
    k++;
    if (comma(ctx.tokens[k - 1])) break;
  }
  // ("by Peru's ambassador to the United States, X", "by Chile's Ambassador to the United Nations, Y": the post's complement,
  // where it serves, before the holder's comma; news-fresh33 am-boluarte-unga80-readout, news-fresh27 am-boric-unga77-new-york-readout)
  const to = k > from && !comma(ctx.tokens[k - 1]) && word(ctx.tokens[k]) === 'to' ? k + (word(ctx.tokens[k + 1]) === 'the' ? 2 : 1) : -1;
  const served = to > 0 ? ctx.argAt[to] : undefined;
  if (served && served.first === to && served.entity.type !== 'PERSON' && comma(ctx.tokens[served.last])) k = served.last + 1;
  const person = ctx.argAt[k];
  return k > from && isTitleWord(word(ctx.tokens[from])) && person?.first === k && person.entity.type === 'PERSON' && !person.pronoun ? person : null;
}

/** The agent of a "by"-phrase after a passive verb, across short commas ("shot in St. Joseph, Mo., by X"); `personal`: the
 *  verb is a person's own act (hosting, meeting, chairing), which a post's holder makes. */
export function byAgent(ctx: Ctx, v: number, personal = false): Arg[] | null {
  for (let j = v + 1; j < ctx.tokens.length && j - v <= 20; j++) {
    const t = ctx.tokens[j]!;
    if (word(t) === 'by') {
      for (let k = j + 1; k < j + 4; k++) {
        const a = ctx.argAt[k];
        // "by the U.S. Justice Department": the country only modifies the body after it
        const body = a && !comma(ctx.tokens[a.last]) ? ctx.argAt[a.last + 1] : undefined;
        if (a && (a.entity.type === 'COUNTRY' || a.demonym) && body && body.first === a.last + 1 && body.entity.type === 'ORGANIZATION') return group(ctx, body);
        // "chaired by India's Prime Minister X": a state's possessive before a title and a name only owns the post
        const titled = a && a.possessive && !a.pronoun ? titledPersonAfter(ctx, a) : null;
        if (titled) return group(ctx, titled);
        // ("received by Angola's President, X", "welcomed by its president, Y": with a comma too, in a personal encounter the
        // post's holder acts, not the state or body that owns the post ("appointed by the movement's leader, Y" is the
        // movement's act); news-fresh23 af-harris-ghana-tanzania-zambia-readout, news-fresh24 am-milei-israel-embassy-analysis,
        // news-fresh26 am-lula-angola-state-visit-readout and af-ruto-china-state-visit-readout: each read as the country hosting)
        // ("hosted by US President X", "received by Solomon Islands Prime Minister Y": news-fresh21, news-fresh8, the same)
        const holder = personal && a && (a.possessive || a.entity.type === 'COUNTRY') ? holderAfter(ctx, a.last + 1) : null;
        if (holder) return group(ctx, holder);
        if (a && standsForCountry(ctx, a)) return group(ctx, a);
        if (!isDeterminer(ctx.tokens[k]) && !isAdjective(ctx.tokens[k])) break;
      }
      // "shot by anarchist Leon Czolgosz", "cut down by assassin X": a person described before the name
      // ("by Japanese Foreign Minister X": past the demonym)
      const dem = ctx.argAt[j + 1]?.demonym ? ctx.argAt[j + 1]! : undefined;
      const person = personAfter(ctx, dem ? dem.last + 1 : j + 1);
      return person ? group(ctx, person) : null;
    }
    if (hardBreak(t) || (isVerb(t) && !isAuxiliary(t) && j > v + 1 && !/ed$/.test(word(t)))) return null;
  }
  return null;
}

/** Is the verb at `v` passive ("was issued", "were killed")? */
export function isPassive(ctx: Ctx, v: number): boolean {
  const t = ctx.tokens[v]!;
  if (!/(?:ed|en|wn|t)$/.test(word(t)) && !t.tags.includes('Passive')) return false;
  for (let j = v - 1; j >= 0 && v - j <= 3; j--) {
    const b = ctx.tokens[j]!;
    if (isBe(b) || word(b) === 'got') return true;
    if (!isAdverb(b) && !isNegative(b)) return false;
  }
  return false;
}

/** The subject of the clause around token `i` (for "in an interview with X", "the war against Y"). */
export function clauseSubject(ctx: Ctx, i: number): Clause | null {
  for (let v = i - 1; v >= 0; v--) {
    const t = ctx.tokens[v]!;
    if (hardBreak(t) && v < i - 1) return null;
    if (isVerb(t) && !ctx.argAt[v]) {
      const s = subjectBefore(ctx, v);
      if (s) return s;
    }
  }
  return null;
}

/** The possessor that owns the noun phrase ending before `i`: "its most important ally in the war" → its. */
export function possessorBefore(ctx: Ctx, i: number, reach = 8): Arg | null {
  for (let j = i - 1; j >= 0 && i - j <= reach; j--) {
    const a = ctx.argAt[j];
    if (a) return a.possessive || (a.demonym && a.last === i - 1) ? a : null;
    const t = ctx.tokens[j]!;
    if (hardBreak(t) || comma(t) || (isVerb(t) && !isAdjective(t))) return null;
  }
  return null;
}
