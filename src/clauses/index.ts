// clauses: one analysis per sentence (noun phrases, verb groups, prepositional phrases, clauses with
// their subject, object, negation and modality), read from nlp's tagged tokens and resolve's mentions.
// It names no predicate: relations reads it through patterns (src/relations/patterns).
// compromise's tags are used for word classes; its match syntax is not, since the phrases must end on
// the resolver's mention spans, which compromise does not know (see words.ts for the tags corrected).
import type { Sentence } from '../model/types.ts';
import { items, segment, type Item } from './clauses.ts';
import { CATENATIVES, CLAIM_VERBS, DENYING_VERBS, GERUND_OF_DEED, NEGATING_PREPOSITIONS, SINGULAR_AUXILIARIES, SPEECH_VERBS, WHOLE_QUANTIFIERS } from './lexicon.ts';
import type { Reader } from './phrases.ts';
import { comma, isAdverb, isNegation, isPrep, isVerb, word } from './words.ts';
import { ppChain } from './phrases.ts';
import type { Clause, Phrase, PrepPhrase, Referent, SentenceAnalysis } from './types.ts';
import { CARRIER_NOUNS, LIGHT_VERBS, LISTING_VERBS, NAMING_VERBS, OBJECT_DEED_VERBS } from './lexicon.ts';

export type { Clause, ClauseKind, Phrase, PrepPhrase, Referent, SentenceAnalysis, VerbGroup } from './types.ts';
export { membersOf, ppChain } from './phrases.ts';
export { FORMS_OF_ADDRESS, NEGATING_CATENATIVES, PLANNING_CATENATIVES, PLANNING_PREDICATES, PREPOSITIONS } from './lexicon.ts';

export interface AnalyseOptions {
  /** lemmas the caller knows, so that verb forms find them ("visited" → visit) */
  knownLemma?: (lemma: string) => boolean;
}

/** The clause analysis of one sentence's tokens, given its resolved mentions (sorted, non-overlapping). */
export function analyseSentence<R extends Referent>(sentence: Pick<Sentence, 'tokens' | 'text' | 'start'>, referents: readonly R[], options: AnalyseOptions = {}): SentenceAnalysis<R> {
  const { tokens } = sentence;
  const refAt: (R | undefined)[] = new Array(tokens.length);
  for (const a of referents) for (let k = a.first; k <= a.last; k++) refAt[k] = a;
  const reader: Reader<R> = { tokens, refAt, skip: floatingQuantifiers(tokens, refAt, parentheses(sentence)) };
  const known = options.knownLemma ?? (() => false);
  const list = items(reader, (l) => known(l) || LIGHT_VERBS.has(l) || SPEECH_VERBS.has(l) || CATENATIVES.has(l) || NAMING_VERBS.has(l) || LISTING_VERBS.has(l));
  const opened = segment(reader, list);
  const clauses = opened.map((o) => o.clause);
  opened.forEach((o) => fillRoles(reader, o.clause, o.members, o.antecedent, o.inherits ? clauses[o.clause.parent ?? 0] : undefined));
  clauses.forEach((c, i) => namedByFreeRelative(tokens, c, i, clauses));
  for (const c of clauses) listedAntecedent(c, clauses);
  for (const c of clauses) speakerPronoun(tokens, c, clauses);
  for (const c of clauses) polarity(c, clauses, tokens);
  markOpening(clauses[0]!, opened[0]!.members);
  const phrases = allPhrases(list.flatMap((it) => (it.kind === 'np' ? [it.phrase] : it.kind === 'pp' ? [it.pp.np] : [])));
  return { phrases, clauses };
}

/** every phrase, nested ones too (members, appositions, possessors, prepositional objects), outer first */
function allPhrases<R extends Referent>(top: Phrase<R>[]): Phrase<R>[] {
  const out: Phrase<R>[] = [];
  const seen = new Set<Phrase<R>>();
  const walk = (p: Phrase<R>) => {
    if (seen.has(p)) return;
    seen.add(p);
    out.push(p);
    for (const q of [...(p.members ?? []), ...(p.appositions ?? []), ...(p.named ? [p.named] : []), ...(p.possessor ? [p.possessor] : []), ...p.pps.map((pp) => pp.np)]) walk(q);
  };
  top.forEach(walk);
  return out;
}

/** "A, B and C each condemned X", "A and B both signed": a quantifier between a named subject and its verb is skipped */
function floatingQuantifiers<R>(tokens: Sentence['tokens'], refAt: readonly (R | undefined)[], skip: boolean[]): boolean[] {
  tokens.forEach((t, k) => {
    if (k > 0 && FLOATING.has(word(t)) && refAt[k - 1] && !refAt[k] && !comma(tokens[k - 1]) && isVerb(tokens[k + 1]) && !refAt[k + 1]) skip[k] = true;
  });
  return skip;
}
const FLOATING: ReadonlySet<string> = new Set(['each', 'all', 'both']);

/** tokens inside parentheses ("X (born 1950) is …"): the brackets are read from the text around each token */
function parentheses({ tokens, text, start }: Pick<Sentence, 'tokens' | 'text' | 'start'>): boolean[] {
  const skip = new Array<boolean>(tokens.length).fill(false);
  let depth = 0;
  tokens.forEach((t, k) => {
    const before = text.slice(k > 0 ? tokens[k - 1]!.end - start : 0, t.start - start) + t.text.slice(0, 1);
    depth += (before.match(/\(/g) ?? []).length;
    if (depth > 0) skip[k] = true;
    const after = t.text.slice(-1) + text.slice(t.end - start, (tokens[k + 1]?.start ?? t.end) - start);
    depth = Math.max(0, depth - (after.match(/\)/g) ?? []).length);
  });
  return skip;
}

const OBLIQUE_RELATIVES: ReadonlySet<string> = new Set(['which', 'whom']);

/** "A and B, none of which …", "both of whom …": a relative whose antecedent is quantified as a whole (the antecedent fills its role) */
const quantifiedRelative = (tokens: readonly Sentence['tokens'][number][], c: Clause<Referent>): boolean =>
  c.kind === 'relative' && word(tokens[c.first - 1]) === 'of' && WHOLE_QUANTIFIERS.has(word(tokens[c.first - 2])) && comma(tokens[c.first - 3]);

/** "A, B and C, who chairs X": a relative's verb in the third person singular agrees with a list's last member alone */
function agreeing<R extends Referent>(reader: Reader<R>, c: Clause<R>, antecedent: Phrase<R>): Phrase<R> {
  const last = antecedent.members?.at(-1);
  if (!last || !c.verb) return antecedent;
  let k = c.verb.first;
  while (k < c.verb.head && (isAdverb(reader.tokens[k]) || isNegation(reader.tokens[k]))) k++;
  const w = word(reader.tokens[k]);
  const singular = SINGULAR_AUXILIARIES.has(w) || (k === c.verb.head && c.verb.tense === 'present' && /[^s]s$/.test(w));
  return singular ? last : antecedent;
}

/** subject, object, complement, prepositional phrases, support noun and the logical agent and patient */
function fillRoles<R extends Referent>(reader: Reader<R>, c: Clause<R>, members: Item<R>[], antecedent?: Phrase<R>, parent?: Clause<R>): void {
  const v = members.findIndex((it) => it.kind === 'vg');
  const before = v < 0 ? members : members.slice(0, v);
  const after = v < 0 ? [] : members.slice(v + 1);
  const np = before.filter((it) => it.kind === 'np').at(-1);
  let subject = np?.kind === 'np' ? np.phrase : undefined;
  let object = after.find((it) => it.kind === 'np') as Extract<Item<R>, { kind: 'np' }> | undefined;
  let ofAntecedent: PrepPhrase<R> | undefined;
  let toAntecedent: PrepPhrase<R> | undefined;
  const firstNp = after.findIndex((it) => it.kind === 'np');
  // ("denounced what he called a coup": a free relative's subject is not the verb's object)
  if (object && (after.slice(0, firstNp).some((it) => it.kind === 'vg') || word(reader.tokens[object.first - 1]) === 'what')) object = undefined;
  if (c.kind === 'relative' && antecedent && word(reader.tokens[c.first]) === 'whose') {
    // "Mali, whose military rulers have built ties with Moscow": the noun after "whose" is the antecedent's, and the
    // clause's subject, or its object before a subject of its own ("forces whose withdrawal the rebels demanded")
    const owned = members[0]?.kind === 'np' ? members[0].phrase : undefined;
    if (owned) {
      owned.possessor ??= antecedent;
      if (subject === owned || !subject) subject = owned;
      else if (!object) object = members[0] as Extract<Item<R>, { kind: 'np' }>;
    }
  } else if (c.kind === 'relative' && antecedent && isPrep(reader.tokens[c.first - 1]) && OBLIQUE_RELATIVES.has(word(reader.tokens[c.first])) && !quantifiedRelative(reader.tokens, c)) {
    // ("the bloc, of which X is a member": after "of" the antecedent is the copula's complement's own "of" phrase)
    if (word(reader.tokens[c.first - 1]) === 'of') ofAntecedent = { prep: 'of', at: c.first - 1, np: antecedent };
    // ("the bloc to which X belongs", "the Y, to which X belongs": after "to" the antecedent is the verb's own "to" phrase)
    if (word(reader.tokens[c.first - 1]) === 'to') toAntecedent = { prep: 'to', at: c.first - 1, np: antecedent };
  } else if (c.kind === 'relative' && antecedent) {
    // ("a call in which he congratulated X", "the summit at which Y spoke": after a preposition the antecedent fills no role)
    // "the deal that X signed": the antecedent is the object when the clause has a subject of its own
    // ("whom" is always the object, even where the subject is a pronoun left unresolved: "X, whom it accused")
    if ((subject || word(reader.tokens[c.first]) === 'whom') && !object) object = { kind: 'np', first: antecedent.first, last: antecedent.last, phrase: antecedent };
    else subject = agreeing(reader, c, antecedent);
  }
  if (c.kind === 'reduced' && antecedent) subject = antecedent;
  if (!subject && parent) subject = parent.subject ?? parent.agent;
  if (subject) c.subject = subject;
  c.pps = after.flatMap((it) => (it.kind === 'pp' ? [it.pp] : []));
  if (toAntecedent) c.pps.unshift(toAntecedent);
  c.opening = before.flatMap((it) => (it.kind === 'pp' && (!np || it.last < np.first) ? [it.pp] : []));
  const verb = c.verb;
  if (verb?.copula && object) {
    c.complement = object.phrase;
    if (ofAntecedent && !object.phrase.pps.some((pp) => pp.prep === 'of')) object.phrase.pps.push(ofAntecedent);
  }
  else if (object) {
    c.object = object.phrase;
    // "calls Erdogan his dear friend": a second noun phrase right after the object is its complement
    const next = after[after.indexOf(object) + 1];
    if (next?.kind === 'np' && !comma(reader.tokens[object.last])) c.complement = next.phrase;
  }
  if (verb && !verb.copula) {
    const noun = c.object ?? c.pps.find((pp) => pp.prep === 'on' || pp.prep === 'in')?.np;
    // ("sent a message of congratulations to X": the message carries the event its "of" names)
    const carried = noun && CARRIER_NOUNS.has(noun.headWord) && !noun.referent ? noun.pps.find((pp) => pp.prep === 'of')?.np : undefined;
    const eventNoun = carried && !carried.referent ? carried : noun;
    if (eventNoun && LIGHT_VERBS.has(verb.lemma)) verb.support = { verb: verb.lemma, noun: eventNoun.headWord, phrase: eventNoun.head };
  }
  // ("was received at the palace by X": a by-phrase read as the place's complement is still the passive's agent)
  const by = (c.pps.find((pp) => pp.prep === 'by') ?? c.pps.flatMap((pp) => ppChain(pp.np, 1)).find((pp) => pp.prep === 'by'))?.np;
  // ("X was fired and then detained by Y": a bare participle that borrows a passive clause's subject shares its auxiliary)
  // (with no object of its own, or a by-phrase right after it: "was elected and visited Chile" stays active)
  const byNext = after[0]?.kind === 'pp' && after[0].pp.prep === 'by';
  const sharedPassive = !np && (!object || byNext) && parent?.verb?.voice === 'passive' && !!verb && verb.first === verb.head && /(?:ed|en|wn)$/.test(verb.form);
  const passive = verb?.voice === 'passive' || (c.kind === 'reduced' && !!verb && /(?:ed|en|wn)$/.test(verb.form)) || sharedPassive;
  if (passive && verb) verb.voice = 'passive';
  if (passive) { if (by) c.agent = by; if (c.subject) c.patient = c.subject; }
  else { if (c.subject) c.agent = c.subject; if (c.object) c.patient = c.object; }
  // ("thanked X for standing with Y": the deed thanked for is the object's, and so is a gerund coordinated with it:
  // "for backing Y and helping Z"; a finite verb after it is the thanker's, coordinated with "thanked" (clauses.ts))
  if (!passive && !np && c.kind === 'adverbial' && word(reader.tokens[c.first - 1]) === 'for' && parent?.object && OBJECT_DEED_VERBS.has(parent.verb?.lemma ?? '')) c.subject = c.agent = parent.object;
}

/**
 * "X condemned what he called a cowardly attack by Y", "… what it described as a violation": the free relative's named
 * thing is the verb's object (the naming clause keeps its own roles). Only after a verb with no object of its own.
 */
function namedByFreeRelative<R extends Referent>(tokens: Reader<R>['tokens'], c: Clause<R>, i: number, clauses: Clause<R>[]): void {
  if (!c.verb || c.patient || c.verb.copula || word(tokens[c.verb.last + 1]) !== 'what') return;
  // (the first clause after the verb, its own subject before its verb: "what its minister, X, called …")
  const d = clauses.find((x) => x.parent === i && x.first > c.verb!.last);
  if (!d?.verb || !NAMING_VERBS.has(d.verb.lemma) || d.verb.voice !== 'active') return;
  const named = (d.patient ?? d.pps.find((pp) => pp.prep === 'as')?.np);
  if (named && !named.referent) c.patient = c.object = named;
}

/**
 * "Ministers who arrived in Y for the session included A and B", "Among the leaders who travelled to Y were A and B": the
 * names listed are those the relative's antecedent counts, so they are the relative clause's subject (an unnamed plural
 * antecedent only; the main clause keeps its roles). Seen: "… included" in news-fresh28 af-lamamra-au-council-readout
 * and news-fresh31 ea-japan-drops-seoul-white-list-wire ("countries that keep it include A, B"); "Among … were" in
 * news-fresh24 am-bukele-second-term-wire, and written in news-fresh9 who-pandemic-agreement-adopted and news-fresh8
 * unga-russia-hrc-suspension-analysis, where compromise reads no verb in the relative ("that abstained", "that voted no").
 */
function listedAntecedent<R extends Referent>(c: Clause<R>, clauses: Clause<R>[]): void {
  const main = c.parent === undefined ? undefined : clauses[c.parent];
  const head = c.agent;
  if (c.kind !== 'relative' || !main?.verb || !head || head !== c.subject || head.referent || head.members || !/[^s]s$/.test(head.headWord)) return;
  const same = (p: Phrase<R> | undefined) => !!p && p.first <= head.first && p.last >= head.last && p.head === head.head;
  const included = LISTING_VERBS.has(main.verb.lemma) && main.verb.voice === 'active' && same(main.subject) ? main.patient : undefined;
  const among = main.verb.copula && !main.subject && main.opening.some((pp) => pp.prep === 'among' && same(pp.np)) ? main.complement : undefined;
  const list = included ?? among;
  if (list?.members && list.members.every((m) => (m.referent && !m.referent.pronoun) || m.named)) c.subject = c.agent = list;
}

/**
 * "Cuba said it condemns X", "A and B said they backed Y": a reported clause whose subject is "it" or "they", a pronoun
 * the resolver leaves unread (too often an unnamed thing), is its speaker's own statement about itself: "it" for one
 * body or state, "they" for a coordination of speakers. Nothing else stands between the pronoun and the verb.
 */
function speakerPronoun<R extends Referent>(tokens: Reader<R>['tokens'], c: Clause<R>, clauses: Clause<R>[]): void {
  const parent = c.parent === undefined ? undefined : clauses[c.parent];
  const speaker = parent?.agent;
  // (not where the speech clause names another party "it" may stand for: "X condemned Y, saying it …", "X told Y it …")
  if (c.kind !== 'reported' || c.subject || !c.verb || !speaker || parent.kind !== 'main' || parent.patient || !parent.verb || !SPEECH_VERBS.has(parent.verb.lemma)) return;
  let k = c.verb.first - 1;
  while (k > parent.verb.last && tokens[k]!.tags.includes('Adverb')) k--;
  const before = k - 1 === parent.verb.last ? '' : word(tokens[k - 1]);
  if (k <= parent.verb.last || (before && before !== 'that')) return;
  const pronoun = word(tokens[k]);
  const fits = pronoun === 'it' ? !speaker.members && speaker.referent?.entity.type !== 'PERSON' : pronoun === 'they' && !!speaker.members;
  if (!fits) return;
  c.subject = speaker;
  if (c.verb.voice === 'passive') c.patient = speaker;
  else c.agent = speaker;
}

/**
 * negation and modality, once per clause: its verb group, "neither … nor", "no X", a gerund after "without", a denying
 * or conditional parent
 */
function polarity<R extends Referent>(c: Clause<R>, all: Clause<R>[], tokens: Sentence['tokens']): void {
  const v = c.verb as (Clause<R>['verb'] & { negated?: boolean; modality?: Clause['modality'] }) | undefined;
  // ("neither side attended", "no meeting was held between A and B", "no meeting with X took place": a subject under
  // "neither" or "no" denies; "… nor congratulated Y": a verb after "nor" is denied as the one before it; "met neither A
  // nor B", "joined neither A nor B": an object under "neither" denies each)
  let negated = !!v?.negated || c.subject?.conjunction === 'nor' || c.object?.conjunction === 'nor' || !!c.object?.negative || !!c.complement?.negative
    || !!c.subject?.negative || word(tokens[(v?.first ?? 0) - 1]) === 'nor';
  if (v && v.first === v.head && /ing$/.test(v.form) && NEGATING_PREPOSITIONS.has(word(tokens[v.first - 1]))) negated = !negated;
  // ("A and B, none of which are members of Y": the relative denies of each)
  if (quantifiedRelative(tokens, c) && word(tokens[c.first - 2]) === 'none') negated = !negated;
  let modality = v?.modality;
  const parent = c.parent === undefined ? undefined : all[c.parent];
  // "A did not join B in condemning C", "refused to help by sending troops": a gerund after "in"/"by" is the deed of
  // its parent's verb, and shares its denial
  if (parent?.negated && v && v.first === v.head && /ing$/.test(v.form) && GERUND_OF_DEED.has(word(tokens[v.first - 1]))) negated = !negated;
  // "had no plans to meet Y", "sees no reason to speak to Y": an infinitive that completes a "no X" object is denied with it
  if (c.kind === 'purpose' && parent?.object?.negative && parent.object.last === c.first - 1) negated = !negated;
  if (c.kind === 'conditional' || (parent && parent.modality === 'conditional' && c.kind !== 'reported')) modality = 'conditional';
  if (c.kind === 'reported' && parent?.verb) {
    if (DENYING_VERBS.has(parent.verb.lemma)) negated = !negated;
    if (CLAIM_VERBS.has(parent.verb.lemma) && !modality) modality = 'claimed';
    if (parent.agent) c.speaker = parent.agent;
  }
  if ((c.kind === 'purpose' || c.kind === 'relative') && parent?.modality && !modality) modality = parent.modality;
  c.negated = negated;
  if (modality) c.modality = modality;
}

/** "In addition to his visit to X, Y …": phrases in an opening adjunct, before the main clause's subject */
function markOpening<R extends Referent>(main: Clause<R>, members: Item<R>[]): void {
  const subjectAt = main.subject?.first ?? -1;
  const mark = (p: Phrase<R>) => { p.opening = true; p.pps.forEach((pp) => mark(pp.np)); if (p.possessor) mark(p.possessor); };
  for (const it of members) {
    if (it.first >= subjectAt) break;
    if (it.kind === 'pp') mark(it.pp.np);
  }
}
