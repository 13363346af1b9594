// The recency reading: what findReferences leaves — a pronoun whose antecedent is further back than its window,
// a quote's first-person pronoun, a lone word of a person's full name ("Xi" after "Xi Jinping"), "the court" —
// read as the last fitting entity, in the sentence and then in the article. It also finds each quote's speaker.
// It runs once per article, on the token view the relation rules read (withoutImpliedCopulas).
import type { Entity, Gender, ResolvedMention, Sentence, Token } from '../model/types.ts';
import {
  CLAUSE_BOUNDARIES, FIRST_PERSON, PRONOUNS, QUOTE_VERB_FORMS, QUOTE_VERBS, RECENCY_DESCRIPTIONS, RECENCY_PERSON_PRONOUNS, RECENCY_THING_PRONOUNS,
} from './lexicon.ts';
import { styleOfAddressAt, withoutImpliedCopulas } from './tokens.ts';

const word = (t: Token | undefined) => (!t ? '' : t.normal.includes('’') ? t.normal.replace(/[’]/g, "'") : t.normal);
const comma = (t: Token | undefined) => !!t && t.post.includes(',');
const isBe = (t: Token | undefined) => ['is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "aren't", "wasn't", "weren't", "'s", "'re"].includes(word(t));

/** An entity as it stands in a sentence while the sentence is read: a mention, or one this reading adds. */
interface Slot {
  entity: Entity;
  first: number;
  last: number;
  demonym: boolean;
  /** a pronoun or description (the resolver's or this reading's) */
  reference: boolean;
  text: string;
  mention?: ResolvedMention;
  kind?: 'pronoun' | 'description';
}

interface Reading {
  sentence: Sentence;
  slots: Slot[];
  taken: (Slot | undefined)[];
  /** entities of the sentences before, in order of mention, most recent last */
  history: readonly Entity[];
}

/** The gender a pronoun asks for ("her" → female); none for other words. */
const pronounGender = (text: string): Gender | undefined => {
  const w = text.toLowerCase();
  return Object.hasOwn(PRONOUNS, w) ? PRONOUNS[w]!.gender : undefined;
};
const genderFits = (e: Entity, gender: Gender | undefined) => !gender || !e.gender || e.gender === gender;

/**
 * A description apposed to the name it describes ("Lavrov, the Russian foreign minister,") or predicated of it
 * ("Nairobi is the capital of Kenya"): the rules read its words, it is no reference of its own. The name stands
 * right before the comma or the verb (after an opening phrase, "In Kyiv, the Japanese premier …" refers).
 */
function apposedDescription(m: ResolvedMention, tokens: readonly Token[], sentenceMentions: readonly ResolvedMention[]): boolean {
  const first = m.tokens[0];
  if (m.source !== 'description' || first === 0) return false;
  const nameEnd = comma(tokens[first - 1]) ? first - 1 : isBe(tokens[first - 1]) ? first - 2 : -1;
  // (a plural description, "Poland and Romania, the two countries", stays whole: the rules read it as a pair)
  const plural = sentenceMentions.some((o) => o !== m && spanKey(o) === spanKey(m));
  return nameEnd >= 0 && !plural && sentenceMentions.some((o) => o !== m && o.entity === m.entity && o.tokens[1] === nameEnd);
}

/** a mention's token span as one number (it was compared as the text "first,last", made anew at each test) */
const spanKey = (m: ResolvedMention): number => m.tokens[0] * 0x100000 + m.tokens[1];

/**
 * A sentence's mentions that stand for one entity each, in order, the longest where they overlap: a plural
 * description ("the two nations") stands for several.
 */
export function readableMentions<M extends ResolvedMention>(mentions: readonly M[], tokens: readonly Token[]): M[] {
  const ms = [...mentions].sort((a, b) => (b.tokens[1] - b.tokens[0]) - (a.tokens[1] - a.tokens[0]) || a.start - b.start);
  const spanCount = new Map<number, number>();
  for (const m of ms) spanCount.set(spanKey(m), (spanCount.get(spanKey(m)) ?? 0) + 1);
  const taken: boolean[] = new Array(tokens.length).fill(false);
  const anyTaken = (first: number, last: number): boolean => {
    for (let k = first; k <= last && k < taken.length; k++) if (taken[k]) return true;
    return false;
  };
  const out: M[] = [];
  for (const m of ms) {
    const [first, last] = m.tokens;
    // (a group description's members share its span, and are read together: see args' members)
    if ((spanCount.get(spanKey(m))! > 1 && !m.member) || anyTaken(first, last)) continue;
    out.push(...(m.member ? ms.filter((x) => x.member && spanKey(x) === spanKey(m)) : [m]));
    taken.fill(true, first, last + 1);
  }
  return out.sort((a, b) => a.tokens[0] - b.tokens[0]);
}

/** The sentence's readable mentions as slots. */
function mentionSlots(r: Reading, mentions: readonly ResolvedMention[], byKey: ReadonlyMap<string, Entity>): void {
  const { tokens } = r.sentence;
  // (a group's members stand for no one entity a pronoun could take up)
  for (const m of readableMentions(mentions.filter((m) => !m.member && !apposedDescription(m, tokens, mentions)), tokens)) {
    const entity = byKey.get(m.entity);
    if (!entity) continue;
    const [first, last] = m.tokens;
    const s: Slot = { entity, first, last, demonym: !!m.demonym, reference: !!m.reference, text: m.text, mention: m };
    r.slots.push(s);
    for (let k = first; k <= last; k++) r.taken[k] = s;
  }
}

/**
 * The entity named last before token `at` that `ok` accepts (and that is not `not`): recency within the sentence
 * first, then the article's. It walks back and stops at the first fit, copying nothing: it runs for every
 * pronoun and every capitalised word nothing reads yet, against up to 200 entities of history.
 */
function mostRecent(r: Reading, at: number, ok: (e: Entity) => boolean, not?: Entity): Entity | undefined {
  const fits = (e: Entity) => ok(e) && e.key !== not?.key;
  for (let k = r.slots.length - 1; k >= 0; k--) {
    const a = r.slots[k]!;
    if (a.last < at && !a.demonym && fits(a.entity)) return a.entity;
  }
  for (let k = r.history.length - 1; k >= 0; k--) if (fits(r.history[k]!)) return r.history[k];
  return undefined;
}

/**
 * The entity a pronoun at `i` is apposed to: the one named right before its comma ("China, its most important
 * ally"). A possessive before a title and a name is a list's member, no apposition ("Netanyahu, his former
 * defence minister Gallant and …"): none.
 */
function apposedTo(r: Reading, i: number): Entity | undefined {
  const { tokens } = r.sentence;
  if (i === 0 || !comma(tokens[i - 1])) return undefined;
  const titledName = r.slots.some((s) => s.first > i && s.first <= i + 4 && !s.reference && !s.demonym && s.entity.type === 'PERSON' && !tokens.slice(i, s.first).some(comma));
  return titledName ? undefined : r.taken[i - 1]?.entity;
}

/** A resolver's pronoun never stands for the name it is apposed to ("China, its most important ally"): the one before. */
function unapposePronouns(r: Reading): void {
  const { tokens } = r.sentence;
  for (const a of r.slots) {
    if (!a.reference || !a.mention) continue;
    const gender = pronounGender(a.text);
    const apposed = apposedTo(r, a.first);
    if (apposed?.key !== a.entity.key) continue;
    const other = mostRecent(r, a.first, (e) => e.type === a.entity.type && genderFits(e, gender), apposed);
    if (other) a.entity = other;
  }
}

/**
 * The entities named in the clause of token `at`, before it: an object pronoun never stands for them ("Lis
 * greeted him" is not Lis), as in findReferences (a comma or a word of CLAUSE_BOUNDARIES ends the clause).
 */
function clauseMates(r: Reading, at: number): Set<string> {
  const { tokens } = r.sentence;
  const inClause = (s: Slot) => s.last < at && !tokens.slice(s.last, at).some((t, k) => (k > 0 && CLAUSE_BOUNDARIES.has(word(t))) || /[,;:]/.test(t.post));
  return new Set(r.slots.filter(inClause).map((s) => s.entity.key));
}

/** Adds a reference over tokens [first, last] to the entity, where nothing is read yet. */
function add(r: Reading, first: number, last: number, entity: Entity | undefined, kind: 'pronoun' | 'description'): void {
  const { sentence, slots, taken } = r;
  const { tokens } = sentence;
  if (!entity || taken[first]) return;
  const text = sentence.text.slice(tokens[first]!.start - sentence.start, tokens[last]!.end - sentence.start).replace(/['’]s$/, '');
  const s: Slot = { entity, first, last, demonym: false, reference: true, text, kind };
  slots.push(s);
  slots.sort((x, y) => x.first - y.first);
  for (let k = first; k <= last; k++) taken[k] = s;
}

/** A pronoun, lone name word or definite description at token `i` nothing reads yet. */
function unreadAt(r: Reading, i: number, speaker?: Entity): void {
  const { tokens } = r.sentence;
  if (r.taken[i]) return;
  const w = word(tokens[i]);
  // ("His Majesty", "HE Mr X": a style of address)
  if (RECENCY_PERSON_PRONOUNS.has(w) && styleOfAddressAt(tokens, i)) return;
  // "China, its most important ally": the pronoun is not the name it is apposed to
  const apposed = apposedTo(r, i);
  if (RECENCY_PERSON_PRONOUNS.has(w)) {
    const mates = PRONOUNS[w]?.object ? clauseMates(r, i) : new Set<string>();
    add(r, i, i, mostRecent(r, i, (e) => e.type === 'PERSON' && genderFits(e, pronounGender(w)) && !mates.has(e.key), apposed), 'pronoun');
  }
  else if (RECENCY_THING_PRONOUNS.has(w)) add(r, i, i, mostRecent(r, i, (e) => e.type === 'COUNTRY' || e.type === 'ORGANIZATION', apposed), 'pronoun');
  else if (FIRST_PERSON.has(w) && speaker) add(r, i, i, speaker, 'pronoun');
  else if (/^[A-Z][a-z]+$/.test(tokens[i]!.text) && !/['’]s$/.test(tokens[i]!.text)) {
    // a lone name word of a person already named in full ("Xi" after "Xi Jinping")
    add(r, i, i, mostRecent(r, i, (e) => e.type === 'PERSON' && e.label.includes(' ') && e.label.split(' ').some((p) => p === tokens[i]!.text)), 'description');
  }
  else if (w === 'the' && tokens[i + 1]) theDescription(r, i);
}

/** "the court": the last entity of the description's types (and name word). */
function theDescription(r: Reading, i: number): void {
  const { tokens } = r.sentence;
  const noun = word(tokens[i + 1]).replace(/['’]s$/, '');
  const d = Object.hasOwn(RECENCY_DESCRIPTIONS, noun) ? RECENCY_DESCRIPTIONS[noun] : undefined;
  // not a predicate noun ("is the capital of"), nor a role apposed to a name (", the capital of Armenia")
  const predicative = i > 0 && (isBe(tokens[i - 1]) || (comma(tokens[i - 1]) && !!d?.ofApposition && word(tokens[i + 2]) === 'of'));
  if (d && !predicative && !r.taken[i + 1] && !/^[A-Z]/.test(tokens[i + 1]!.text)) {
    add(r, i, i + 1, mostRecent(r, i, (e) => d.types.includes(e.type) && (!d.label || d.label.test(e.label))), 'description');
  }
}

/** The speaker of a quote in the sentence ('…," he told X', '…," said X'), a person. */
function quoteSpeaker(r: Reading): Entity | undefined {
  if (!/[“”"]/.test(r.sentence.text)) return undefined;
  const { tokens } = r.sentence;
  for (let v = 0; v < tokens.length; v++) {
    if (!quoteVerb(word(tokens[v]))) continue;
    const quoteBefore = v > 0 && /[”"]/.test(tokens[v - 1]!.post) || v > 1 && /[”"]/.test(tokens[v - 2]!.post);
    const next = r.slots.find((a) => a.first === v + 1);
    const prev = r.slots.find((a) => a.last === v - 1);
    const who = (quoteBefore ? prev ?? next : prev) ?? (quoteBefore ? undefined : next);
    if (who && who.entity.type === 'PERSON') return who.entity;
  }
  return undefined;
}

/** A form of a verb of speech: an irregular form, or a regular ending taken off ("stated", "adds", "insisting"). */
function quoteVerb(w: string): boolean {
  if (Object.hasOwn(QUOTE_VERB_FORMS, w) || QUOTE_VERBS.has(w)) return true;
  const stems = [w.replace(/ed$/, ''), w.replace(/ed$/, 'e'), w.replace(/d$/, ''), w.replace(/ing$/, ''), w.replace(/ing$/, 'e'), w.replace(/es$/, ''), w.replace(/s$/, '')];
  return stems.some((s) => s !== w && QUOTE_VERBS.has(s));
}

/** One sentence read: its slots, and its quote's speaker. */
function readSentence(parsed: Sentence, mentions: readonly ResolvedMention[], byKey: ReadonlyMap<string, Entity>, history: readonly Entity[]) {
  const { sentence, mentions: view, original } = withoutImpliedCopulas(parsed, mentions);
  const read = (speaker?: Entity) => {
    const r: Reading = { sentence, slots: [], taken: new Array(sentence.tokens.length), history };
    mentionSlots(r, view, byKey);
    unapposePronouns(r);
    for (let i = 0; i < sentence.tokens.length; i++) unreadAt(r, i, speaker);
    return r;
  };
  const first = read();
  const speaker = quoteSpeaker(first);
  const r = speaker && sentence.tokens.some((t) => FIRST_PERSON.has(word(t))) ? read(speaker) : first;
  return { r, speaker, original, view };
}

/**
 * The article's mentions with the recency reading's references added (and a resolver's pronoun apposed to its
 * own antecedent moved to the one before), and each quote's speaker by sentence index.
 */
export function readByRecency(sentences: readonly Sentence[], mentions: readonly ResolvedMention[], entities: readonly Entity[]):
  { mentions: ResolvedMention[]; speakers: Record<number, string> } {
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const bySentence = new Map<number, ResolvedMention[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  const moved = new Map<ResolvedMention, string>();
  const apposed = new Set<ResolvedMention>();
  const added: ResolvedMention[] = [];
  const speakers: Record<number, string> = {};
  const history: Entity[] = [];
  for (const parsed of sentences) {
    const ms = bySentence.get(parsed.index) ?? [];
    const { r, speaker, original, view } = readSentence(parsed, ms, byKey, history);
    // (the view's mentions are the sentence's, in the same order)
    const parsedOf = new Map(view.map((m, k) => [m, ms[k]!]));
    for (const m of view) if (apposedDescription(m, r.sentence.tokens, view)) apposed.add(parsedOf.get(m)!);
    if (speaker) speakers[parsed.index] = speaker.key;
    for (const s of r.slots) {
      if (s.mention && s.mention.entity !== s.entity.key) moved.set(parsedOf.get(s.mention)!, s.entity.key);
      if (!s.mention) added.push(recencyMention(parsed, s, original));
      if (!s.demonym) history.push(s.entity);
    }
    if (history.length > 200) history.splice(0, history.length - 200);
  }
  const all = [...mentions.filter((m) => !apposed.has(m)).map((m) => (moved.has(m) ? { ...m, entity: moved.get(m)!, type: byKey.get(moved.get(m)!)!.type } : m)), ...added];
  return { mentions: all, speakers };
}

/** A slot this reading added, as a reference mention over the sentence's own tokens. */
function recencyMention(parsed: Sentence, s: Slot, original: readonly number[]): ResolvedMention {
  const first = original[s.first]!, last = original[s.last]!;
  const start = parsed.tokens[first]!.start;
  const m: ResolvedMention = {
    sentence: parsed.index, start, end: start + s.text.length, text: s.text, type: s.entity.type,
    source: s.kind === 'pronoun' ? 'pronoun' : 'description', tokens: [first, last], reference: s.kind ?? 'description', entity: s.entity.key,
  };
  // "his", "its": a possessive pronoun, read as the owner of what follows ("her" too, whichever it is)
  if (['his', 'her', 'its', 'my', 'their'].includes(word(parsed.tokens[last]))) m.possessive = true;
  return m;
}
