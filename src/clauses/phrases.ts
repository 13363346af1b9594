// Noun phrases: chunks of tagged tokens with their possessors, premodifiers, attached prepositional
// phrases, coordination and appositions. English noun phrases are head-final, so the head is the
// chunk's last word (a name's last word, whose mention gives the phrase its entity).
import type { Token } from '../model/types.ts';
import { ADJUNCT_OPENERS, ATTRIBUTIVE_ING, CALENDAR_WORDS, DEGREE_WORDS, FORMS_OF_ADDRESS, NOUN_TAGGED_CATENATIVES, PAIRED_FROM_HEADS, POSSESSIVE_PRONOUNS, RELATIVES, SUBJECT_PRONOUNS, TIME_NOUNS, TIME_SHIFTERS } from './lexicon.ts';
import type { Phrase, PrepPhrase, Referent } from './types.ts';
import { comma, has, hardBreak, isAdverb, isAux, isConj, isDet, isNominal, isPrep, isVerb, participleForm, possessiveEnd, word } from './words.ts';

export interface Reader<R extends Referent> {
  tokens: readonly Token[];
  refAt: (R | undefined)[];
  /** tokens inside parentheses, passed over by the grammar */
  skip: boolean[];
}

/** the next token index after `i` that is not inside parentheses */
export const nextIndex = <R extends Referent>(r: Reader<R>, i: number): number => {
  let j = i + 1;
  while (j < r.tokens.length && r.skip[j]) j++;
  return j;
};
/** a comma after token i, or after the parenthesis that follows it ("Kim (1922 – 1993), South Korean archaeologist") */
export const commaAfter = <R extends Referent>(r: Reader<R>, i: number): boolean => comma(r.tokens[i]) || (r.skip[i + 1] === true && comma(r.tokens[nextIndex(r, i) - 1]));
/** a phrase ends after token i: a comma or harder break (a parenthesis after it is passed over) */
const closes = <R extends Referent>(r: Reader<R>, i: number): boolean => commaAfter(r, i) || (hardBreak(r.tokens[i]) && !r.skip[i + 1]);

/** a token that may continue a noun phrase (compromise's Verb tag is trusted except inside a name or a compound before a noun) */
function continues<R extends Referent>(r: Reader<R>, j: number): boolean {
  const t = r.tokens[j];
  if (!t || r.skip[j]) return false;
  // "calls X his friend": a possessive pronoun opens a phrase of its own
  if (POSSESSIVE_PRONOUNS.has(word(t))) return false;
  // "On Capitol Hill he met …", "In May she flew …": a subject pronoun after an opening phrase opens its own
  if (SUBJECT_PRONOUNS.has(word(t))) return false;
  if (r.refAt[j]) return true;
  // ("brings together A and B", "brings A together with B": compromise may tag the adverb a noun; it is in no phrase)
  if (RELATIVES.has(word(t)) || isAux(t) || isPrep(t) || isConj(t) || word(t) === 'together') return false;
  const n = nextIndex(r, j);
  // "talks with X last week", "visited X next month": a time adjunct after a phrase is no part of it (not "the last week")
  if (TIME_SHIFTERS.has(word(t)) && TIME_NOUNS.has(word(r.tokens[n])) && !(j > 0 && (isDet(r.tokens[j - 1]) || POSSESSIVE_PRONOUNS.has(word(r.tokens[j - 1]))))) return false;
  // "groups fighting X": a participle before an object is a reduced relative, not a noun
  // (after a determiner it modifies the noun: "the acting US ambassador", "the ruling Georgian Dream party")
  if (participleForm(t) === 'ing' && (!!r.refAt[n] || isDet(r.tokens[n])) && !(j > 0 && isDet(r.tokens[j - 1]) && !r.refAt[j - 1])) return false;
  if (isVerb(t) && !has(t, 'Noun') && !has(t, 'Adjective') && !attributiveIng(r, j)) return false;
  // ("Iran and Syria refuse to condemn X": a negating catenative before "to" and a verb ends the phrase, whatever its tag)
  if (NOUN_TAGGED_CATENATIVES.has(word(t)) && word(r.tokens[n]) === 'to' && isVerb(r.tokens[n + 1])) return false;
  return isNominal(t);
}
/** "working visits", "visiting leaders": an "-ing" adjective before a noun (ATTRIBUTIVE_ING), whatever its tag */
export const attributiveIng = <R extends Referent>(r: Reader<R>, j: number): boolean =>
  ATTRIBUTIVE_ING.has(word(r.tokens[j])) && !r.refAt[j] && isNominal(r.tokens[nextIndex(r, j)]) && !isVerb(r.tokens[nextIndex(r, j)]);
/** a token that may open a noun phrase */
export function startsPhrase<R extends Referent>(r: Reader<R>, j: number): boolean {
  const t = r.tokens[j];
  if (!t || r.skip[j]) return false;
  return !!r.refAt[j] || (isDet(t) && !RELATIVES.has(word(t))) || (continues(r, j) && (!participleForm(t) || attributiveIng(r, j)));
}

/** One chunk without coordination: [det] [possessor's] premodifiers head, then its prepositional phrases. */
export function simplePhrase<R extends Referent>(r: Reader<R>, i: number): Phrase<R> | null {
  if (!startsPhrase(r, i)) return null;
  let first = i;
  let possessor: Phrase<R> | undefined;
  let negative = false;
  let j = i;
  for (;;) {
    const t = r.tokens[j]!;
    if (word(t) === 'no' && j === first) negative = true;
    // "his visit", "X's visit", "the agency's director": a possessor closes a chunk and opens the next
    const pronoun = POSSESSIVE_PRONOUNS.has(word(t)) && j === first;
    const ref = r.refAt[j];
    const end = ref && ref.last >= j ? Math.min(ref.last, r.tokens.length - 1) : j;
    if ((pronoun || possessiveEnd(r.tokens[end])) && !closes(r, end) && continues(r, nextIndex(r, end))) {
      possessor = chunk(r, first, end, possessor);
      j = first = nextIndex(r, end);
      continue;
    }
    const next = nextIndex(r, end);
    if (closes(r, end) || !continues(r, next) || (isDet(r.tokens[next]) && !r.refAt[next]) || subjectAfterAdjunct(r, i, end, next) || postmodifierAt(r, end, next)) { j = end; break; }
    j = next;
  }
  const phrase = chunk(r, first, j, possessor);
  if (negative) phrase.negative = true;
  const paired = pairedList(r, phrase);
  if (paired) return paired;
  attachPreps(r, phrase);
  return phrase;
}

/**
 * "an architect active in Moscow", "forces loyal to X", "a historian best known for …": an adjective with a complement of
 * its own after a noun postmodifies it, so the noun is the head (compromise tags the adjective nominal and the chunk
 * took it as its head word)
 */
function postmodifierAt<R extends Referent>(r: Reader<R>, head: number, k: number): boolean {
  const h = r.tokens[head], t = r.tokens[k];
  if (!h || !t || r.refAt[k] || r.refAt[head] || !has(h, 'Noun') || has(h, 'Adjective') || !/^[a-z]+$/.test(t.text)) return false;
  const after = r.tokens[nextIndex(r, k)];
  if (DEGREE_WORDS.has(word(t))) return /^[a-z]+$/.test(after?.text ?? '') && (has(after, 'Adjective') || participleForm(after) === 'ed');
  return has(t, 'Adjective') && !has(t, 'Noun') && isPrep(after);
}

/** a state or body (not a person) at token j, as a phrase without prepositional phrases */
function bodyAt<R extends Referent>(r: Reader<R>, j: number): Phrase<R> | null {
  const ref = r.refAt[j] ?? (isDet(r.tokens[j]) ? r.refAt[nextIndex(r, j)] : undefined);
  if (!ref || ref.pronoun || ref.entity.type === 'PERSON' || !commaAfter(r, ref.last)) return null;
  return chunk(r, j, ref.last);
}
/** a person's name at token j */
function personAt<R extends Referent>(r: Reader<R>, j: number): Phrase<R> | null {
  const ref = r.refAt[j];
  // (a holder's name the recogniser read as a place still holds its slot; the list needs a person elsewhere)
  return ref && !ref.pronoun && ref.first === j && (ref.entity.type === 'PERSON' || ref.entity.type === 'LOCATION') ? chunk(r, j, ref.last) : null;
}

/**
 * "the Foreign Ministers of A, X, B, Y, and C, Z" (or with semicolons: "of A, X; B, Y; and C, Z"): a plural
 * title over pairs of a state and its holder, read as one conjunct per pair, "the Foreign Minister of A, X".
 * (Read-outs list meetings this way; plain coordination would make states and people conjuncts alike.)
 * "his counterparts from A, X; B, Y" pairs them by "from" (news-fresh9, news-fresh20, news-fresh21 read-outs).
 */
function pairedList<R extends Referent>(r: Reader<R>, title: Phrase<R>): Phrase<R> | null {
  const of = nextIndex(r, title.last);
  const prep = word(r.tokens[of]);
  if (title.referent || !/[^s]s$/.test(title.headWord) || closes(r, title.last) || !(prep === 'of' || (prep === 'from' && PAIRED_FROM_HEADS.has(title.headWord)))) return null;
  const headWord = title.headWord.replace(/ies$/, 'y').replace(/s$/, '');
  const members: Phrase<R>[] = [];
  let at = nextIndex(r, of);
  for (;;) {
    const body = bodyAt(r, at);
    const person = body ? personAt(r, nextIndex(r, body.last)) : null;
    if (!body || !person) break;
    members.push({ ...title, first: body.first, last: person.last, headWord, premods: [...title.premods], modifiers: [], pps: [{ prep, at: body.first, np: body }], named: person });
    let end = person.last;
    // "B, Y, who is also Deputy Prime Minister; C, Z": a relative on a holder runs to the list's semicolon
    if (comma(r.tokens[end]) && RELATIVES.has(word(r.tokens[nextIndex(r, end)]))) {
      while (end < r.tokens.length - 1 && !/;/.test(r.tokens[end]!.post)) end++;
    }
    if (!/[,;]/.test(r.tokens[end]!.post)) break;
    at = nextIndex(r, end);
    if (word(r.tokens[at]) === 'and') at = nextIndex(r, at);
  }
  if (members.length < 2 || members.filter((m) => m.named?.referent?.entity.type === 'PERSON').length * 2 < members.length) return null;
  return { ...title, last: members.at(-1)!.last, members, conjunction: 'and', pps: [] };
}

function chunk<R extends Referent>(r: Reader<R>, first: number, last: number, possessor?: Phrase<R>): Phrase<R> {
  const ref = r.refAt[last];
  const head = last;
  const modifiers: R[] = [];
  const premods: string[] = [];
  for (let k = first; k < (ref && ref.first >= first ? ref.first : last); k++) {
    const m = r.refAt[k];
    if (m) { if (!modifiers.includes(m)) modifiers.push(m); continue; }
    if (!isDet(r.tokens[k]) && !r.skip[k]) premods.push(word(r.tokens[k]).replace(/'s$/, ''));
  }
  const phrase: Phrase<R> = {
    first: possessor ? possessor.first : first, last, head, headWord: word(r.tokens[head]).replace(/'s?$/, ''),
    modifiers, premods, pps: [],
  };
  if (ref && ref.first >= first && !(ref.demonym && modifiers.length === 0 && premods.length === 0 && last > ref.last)) phrase.referent = ref;
  if (possessor) phrase.possessor = possessor;
  return phrase;
}

/** "visit to X", "the army of P", "strikes on X by Y": prepositional phrases right after a noun attach to it. */
function attachPreps<R extends Referent>(r: Reader<R>, phrase: Phrase<R>): void {
  let at = nextIndex(r, phrase.last);
  while (!closes(r, phrase.last) && isPrep(r.tokens[at]) && !closes(r, at)) {
    // (a preposition before a verb opens no phrase: "in order to", "to visit")
    // (a list by semicolons after an of-phrase is the outer phrase's: "met X of A; Y, President of B; …", "talks with X of A; Y; …")
    const np = coordinated(r, nextIndex(r, at), word(r.tokens[at]) !== 'of');
    if (!np) break;
    phrase.pps.push({ prep: word(r.tokens[at]), at, np });
    phrase.last = np.last;
    at = nextIndex(r, np.last);
    if (phrase.pps.length > 3) break;
  }
}

/** a finite verb (not a name) right after a phrase, past adverbs and auxiliaries: "Y also sent", "Y did not arrest" */
function verbAfter<R extends Referent>(r: Reader<R>, last: number): boolean {
  let v = nextIndex(r, last);
  for (let k = 0; k < 3 && (isAdverb(r.tokens[v]) || isAux(r.tokens[v]) || word(r.tokens[v]) === 'not') && !r.refAt[v]; k++) v = nextIndex(r, v);
  return isVerb(r.tokens[v]) && !r.refAt[v];
}

/** ", and Y, the chairman of Z, congratulated": a verb after a description set off by commas (no verb inside it) */
function verbAfterApposition<R extends Referent>(r: Reader<R>, last: number): boolean {
  if (!comma(r.tokens[last])) return false;
  for (let k = last + 1; k < Math.min(r.tokens.length, last + 16); k++) {
    if (isVerb(r.tokens[k]) && !r.refAt[k]) return false;
    if (comma(r.tokens[k])) return verbAfter(r, k);
  }
  return false;
}

/** "In Europe, A, B and C offered …": the noun of a sentence's opening prepositional phrase, whose comma closes the
 *  phrase rather than starting a list (the opening's own "and" still coordinates: "In Paris and Rome, …") */
function openingAdjunct<R extends Referent>(r: Reader<R>, first: number): boolean {
  // (after an opening adverb too: "Later on Friday, A and B …")
  const at = ADJUNCT_OPENERS.has(word(r.tokens[0])) && !r.refAt[0] ? 1 : 0;
  if (!isPrep(r.tokens[at]) || first <= at) return false;
  for (let k = 0; k < first; k++) if (comma(r.tokens[k]) || hardBreak(r.tokens[k]) || isVerb(r.tokens[k])) return false;
  return true;
}

/**
 * "On Monday Chile expelled …", "At the summit in Lima X met …", "During the visit X's aides …", "Over the two days the
 * Secretary held …": an opening phrase
 * without its comma ends where a name starts that a verb or a possessive follows (not after a title: "Minister X")
 */
function subjectAfterAdjunct<R extends Referent>(r: Reader<R>, start: number, end: number, next: number): boolean {
  const name = r.refAt[next];
  // (a capitalised word before the name is a title, unless it is a day or a month: "On Monday X", "In May X")
  const title = /^\p{Lu}/u.test(r.tokens[end]!.text) && !r.refAt[end] && !CALENDAR_WORDS.has(word(r.tokens[end]));
  // (a description read as a reference opens the subject too: "Over the two days the Secretary held …"; a pronoun never
  // reaches here, SUBJECT_PRONOUNS end the phrase before it)
  const description = name?.pronoun && isDet(r.tokens[next]);
  if (!name || name.first !== next || name === r.refAt[end] || (name.pronoun && !description) || title) return false;
  return (verbAfter(r, name.last) || possessiveEnd(r.tokens[name.last])) && openingAdjunct(r, start);
}

/** "A, B and C", "both A and B", "neither A nor B", "A as well as B"; then appositions. */
export function coordinated<R extends Referent>(r: Reader<R>, i: number, semicolons = true): Phrase<R> | null {
  const opener = word(r.tokens[i]);
  const paired = (opener === 'both' || opener === 'neither' || opener === 'either') && startsPhrase(r, nextIndex(r, i)) && !r.refAt[i];
  // (an "of" complement without a name of its own leaves the name after it to the noun it completes: "the Minister of
  // Foreign Affairs of X, Y" names the minister, not the portfolio)
  const named = (p: Phrase<R> | null) => withName(r, p);
  let first = listItem(r, (semicolons ? named : (p: Phrase<R> | null) => p)(paired ? simplePhrase(r, nextIndex(r, i)) : simplePhrase(r, i)), semicolons, false);
  if (!first) return null;
  // (a paired list is a coordination already: its conjuncts join the rest of the list)
  const members = [...membersOf(first)];
  let conj: Phrase<R>['conjunction'];
  let last = first;
  for (;;) {
    const link = linkAfter(r, last, semicolons);
    if (!link) break;
    let next = listItem(r, named(simplePhrase(r, link.next)), semicolons, !!link.semicolons || semicolon(r.tokens[last.last]));
    // ("Minister of Trade and Industry of X, B, …": in a portfolio list the name after the last one's comma is the outer phrase's)
    if (next?.named && !semicolons && !first.referent && !first.named) next = simplePhrase(r, link.next);
    if (!next || (link.comma && (!closedList(r, next, link.semicolons) || openingAdjunct(r, first.first)))) break;
    if (endsList(r, { first, last, next, members, semicolons }, link)) break;
    const joined = link.word === 'and' ? jointTitles(r, last, next, link.next) : null;
    if (joined) {
      members[members.length - 1] = joined;
      if (last === first) first = joined;
      last = joined;
      continue;
    }
    // ("…; and the Prime Minister and Minister of Foreign Affairs of X, Y.": the closing conjunct's own two titles)
    const closing = link.word ? linkAfter(r, next, false) : null;
    const whole = closing?.word === 'and' ? jointTitles(r, next, named(simplePhrase(r, closing.next)), closing.next) : null;
    if (whole) { members.push(whole); last = whole; conj = link.word; break; }
    members.push(...membersOf(next));
    last = next;
    if (link.word) { conj = link.word; if (!comma(r.tokens[next.last]) || !closedList(r, next)) break; }
  }
  let phrase: Phrase<R> = first;
  if (members.length > 1 && last !== first) {
    // "money and weapons to Ukraine": a prepositional phrase after the last conjunct is shared when no other has one
    // (only between plain nouns: "WFP and a member of the Red Cross" shares nothing)
    const shared = members.slice(0, -1).every((m) => !m.pps.length && !m.referent) ? last.pps : [];
    const { named: _ownName, appositions: _ownDescriptions, ...head } = first;
    phrase = { ...head, first: paired ? i : first.first, last: last.last, members, modifiers: [], premods: [], pps: shared };
    phrase.conjunction = opener === 'neither' ? 'nor' : conj ?? 'and';
  } else if (paired && opener === 'neither') phrase.negative = true;
  // (nor an apposition: "In Europe, French President X, …" names the speaker, not Europe)
  return members.length === 1 && openingAdjunct(r, first.first) ? phrase : appositions(r, phrase);
}

/** Does the conjunct `next`, after the list so far (`first` … `last`), start another clause or the outer list rather than join this one? */
function endsList<R extends Referent>(r: Reader<R>, x: { first: Phrase<R>; last: Phrase<R>; next: Phrase<R>; members: readonly Phrase<R>[]; semicolons: boolean }, link: NonNullable<ReturnType<typeof linkAfter>>): boolean {
  const { first, last, next, members, semicolons } = x;
  // "…on election night, and Hou congratulated Lai": ", and" before a subject and its verb opens a new clause
  // (also with an adverb before the verb: ", and Y also sent his congratulations")
  // (not between two descriptions each with its name before the sentence's first verb: "Britain's prime minister, A,
  // and Poland's, B, condemned")
  if (link.word && members.length === 1 && comma(r.tokens[last.last]) && (verbAfter(r, next.last) || (!!next.referent && verbAfterApposition(r, next.last))) && !(first.named && next.named && !r.tokens.slice(0, first.first).some(isVerb))) return true;
  // ("condemned the mutiny, and Venezuela's X, who …, denounced": an unnamed thing and a name after ", and" are two clauses' words)
  if (link.word && members.length === 1 && comma(r.tokens[last.last]) && !first.referent && !!next.referent) return true;
  // ("talks with Prime Minister X of A and Prime Minister Y of B": a person after a state's "of" is the outer list's)
  const person = next.named?.referent ?? (next.referent?.pronoun ? undefined : next.referent);
  if (!semicolons && person?.entity.type === 'PERSON' && first.referent && first.referent.entity.type !== 'PERSON') return true;
  // (nor after a portfolio: "with A, Minister of Foreign Affairs of X, B, …")
  if (!semicolons && next.referent?.entity.type === 'PERSON' && !next.referent.pronoun && !first.referent && !first.named && (describedAfter(r, next) || fullName(next))) return true;
  // ("with A, Minister of Foreign Affairs, Labour and Trade, and B, the Minister of …": a described person after ", and"
  // closes the portfolio list and joins the outer one)
  if (link.word && person?.entity.type === 'PERSON' && first.referent?.entity.type !== 'PERSON' && members.every((m) => !m.named) && comma(r.tokens[last.last]) && describedAfter(r, next)) return true;
  return false;
}

/**
 * "the Deputy Prime Minister and Minister of Foreign Affairs of X, Y": two titles of one holder, one conjunct (not "the
 * President and the Prime Minister of X, Y": a second determiner, a second person); `at` is where the second starts
 */
function jointTitles<R extends Referent>(r: Reader<R>, title: Phrase<R>, next: Phrase<R> | null, at: number): Phrase<R> | null {
  if (!next?.named || next.members || title.members || title.named || title.pps.length || (title.referent && !title.referent.pronoun) || isDet(r.tokens[at])) return null;
  return { ...next, first: title.first, premods: [...title.premods, ...next.premods] };
}

/**
 * "with A, President of X; B, Foreign Minister of Y; and C, Z's Foreign Minister": in a list kept by semicolons each
 * item is a name and its own description, title-cased or not. The description must close at a semicolon (or, in a
 * list already kept by semicolons, at the sentence's end).
 */
function listItem<R extends Referent>(r: Reader<R>, p: Phrase<R> | null, semicolons: boolean, inList: boolean): Phrase<R> | null {
  if (!p || !semicolons || !p.referent || p.referent.pronoun || p.referent.entity.type !== 'PERSON' || !comma(r.tokens[p.last])) return p;
  const at = nextIndex(r, p.last);
  // ("B, who holds the same portfolio in Y; C, …": a relative on an item runs to the list's semicolon)
  if (RELATIVES.has(word(r.tokens[at]))) {
    let k = at;
    while (k < r.tokens.length - 1 && k - at < 25 && !hardBreak(r.tokens[k])) k++;
    return semicolon(r.tokens[k]) ? { ...p, last: k } : p;
  }
  const named = r.refAt[at];
  if (named && !named.pronoun && named.entity.key !== p.referent.entity.key && !possessiveEnd(r.tokens[named.last])) return p;
  const ap = startsPhrase(r, at) ? simplePhrase(r, at) : null;
  // (a description the resolver read as the item's own person, or as anyone, is still its description)
  if (!ap || (ap.referent && !ap.referent.pronoun && ap.referent.entity.key !== p.referent.entity.key)) return p;
  const closed = semicolon(r.tokens[ap.last]) || (inList && ap.last === r.tokens.length - 1) || (comma(r.tokens[ap.last]) && personAfter(r, ap.last, p.referent.entity.key));
  const end = closed ? ap.last : descriptionEnd(r, ap.last, p.referent.entity.key, inList);
  return end >= 0 ? { ...p, last: end, appositions: [...(p.appositions ?? []), ap] } : p;
}

/**
 * "with A, Foreign Minister of X, B, Foreign Minister of Y, and C": another person's name right after the comma that
 * closes a description makes the description the item's own (not a title the next name fills)
 */
function personAfter<R extends Referent>(r: Reader<R>, at: number, own: string): boolean {
  let k = nextIndex(r, at);
  if (['and', 'or'].includes(word(r.tokens[k]))) k = nextIndex(r, k);
  while (k < r.tokens.length - 1 && !r.refAt[k] && FORMS_OF_ADDRESS.has(r.tokens[k]!.text.toLowerCase().replace(/\.$/, ''))) k++;
  const ref = r.refAt[k];
  return !!ref && !ref.pronoun && ref.first === k && ref.entity.type === 'PERSON' && ref.entity.key !== own;
}

/**
 * "B, Prime Cabinet Secretary and Cabinet Secretary for Foreign Affairs of Y;": an item's description with titles joined
 * by "and" runs on to the list's semicolon (or, in a list already kept by semicolons, to the sentence's end), provided
 * no verb and no other person stand before it; -1 when it does not close so
 */
function descriptionEnd<R extends Referent>(r: Reader<R>, from: number, own: string, inList: boolean): number {
  for (let k = from + 1; k < r.tokens.length && k - from < 20; k++) {
    const t = r.tokens[k]!;
    const ref = r.refAt[k];
    if (r.skip[k]) continue;
    if (isVerb(t) && !ref && !has(t, 'Noun')) return -1;
    if (ref && ref.entity.type === 'PERSON' && ref.entity.key !== own) return -1;
    if (semicolon(t) || (inList && k === r.tokens.length - 1)) return k;
    if (hardBreak(t)) return -1;
  }
  return -1;
}

/** the conjunction or list comma after a conjunct, and where the next conjunct starts */
function linkAfter<R extends Referent>(r: Reader<R>, x: Phrase<R>, semicolons: boolean): { next: number; word?: 'and' | 'or' | 'nor'; comma: boolean; semicolons?: boolean } | null {
  const a = nextIndex(r, x.last);
  const w = word(r.tokens[a]);
  if (hardBreak(r.tokens[x.last]) && !(semicolons && semicolon(r.tokens[x.last]))) return null;
  if (['and', 'or', 'nor'].includes(w) && !isVerb(r.tokens[nextIndex(r, a)])) return { next: nextIndex(r, a), word: w === 'nor' ? 'nor' : w === 'or' ? 'or' : 'and', comma: false };
  // "met the Prime Minister of A, X; the Prime Minister of B, Y; and …": a list whose items hold commas is kept by semicolons
  if (semicolon(r.tokens[x.last])) return semicolons && startsPhrase(r, a) ? { next: a, comma: true, semicolons: true } : null;
  if (w === 'as' && word(r.tokens[a + 1]) === 'well' && word(r.tokens[a + 2]) === 'as') return { next: nextIndex(r, a + 2), word: 'and', comma: false };
  if (comma(r.tokens[x.last]) && startsPhrase(r, a) && (!isDet(r.tokens[a]) || theName(r, a) || namedPair(r, x, a))) return { next: a, comma: true };
  return null;
}
/** a person's name of two words or more (a portfolio word read as a name, "Industry", is one) */
const fullName = <R extends Referent>(p: Phrase<R>): boolean => p.referent?.entity.type === 'PERSON' && p.referent.entity.label.includes(' ');
/** a description follows the phrase after its comma ("B, Foreign Minister of Y"; not "B, and C") */
function describedAfter<R extends Referent>(r: Reader<R>, x: Phrase<R>): boolean {
  const at = nextIndex(r, x.last);
  return commaAfter(r, x.last) && !['and', 'or', 'as'].includes(word(r.tokens[at])) && startsPhrase(r, at) && !r.refAt[at]?.entity.type.startsWith('PERSON');
}

/**
 * "attended by the Minister of A, X, the Minister of B, Y, and …": after a description with its name, another description
 * with its own name is the list's next item (not an apposition to the first)
 */
function namedPair<R extends Referent>(r: Reader<R>, x: Phrase<R>, a: number): boolean {
  if (!x.named || !x.pps.length) return false;
  const next = simplePhrase(r, a);
  return !!next && !!next.pps.length && !!withName(r, next)?.named;
}
/** "A, the United Kingdom and B": "the" and a whole name, closed by a comma or a conjunction, is a list item (not "A, the Russian president, …") */
function theName<R extends Referent>(r: Reader<R>, a: number): boolean {
  const ref = r.refAt[a + 1];
  if (word(r.tokens[a]) !== 'the' || !ref || ref.pronoun || ref.demonym || ref.first !== a + 1) return false;
  return comma(r.tokens[ref.last]) || ['and', 'or'].includes(word(r.tokens[ref.last + 1]));
}
/** how many tokens ahead a list's closing conjunction may stand: a comma list, a list kept by semicolons */
const COMMA_LIST_REACH = 30, SEMICOLON_LIST_REACH = 160;
const semicolon = (t: Token | undefined): boolean => !!t && /^\s*;\s*$/.test(t.post);
/** a comma list is one only when a conjunction closes it within a few items: "A, B and C" (not "The Hague, Netherlands") */
function closedList<R extends Referent>(r: Reader<R>, x: Phrase<R>, semicolons = false): boolean {
  // (a read-out's list kept by semicolons runs long: nine "the President of A, X;" items before its "and")
  const reach = semicolons ? SEMICOLON_LIST_REACH : COMMA_LIST_REACH;
  for (let k = x.last, n = 0; k < r.tokens.length && n < reach; k++, n++) {
    if (hardBreak(r.tokens[k]) && !(semicolons && semicolon(r.tokens[k]))) return false;
    const w = word(r.tokens[k + 1]);
    if (['and', 'or', 'nor'].includes(w) || (w === 'as' && word(r.tokens[k + 2]) === 'well')) return comma(r.tokens[k]) || (semicolons && semicolon(r.tokens[k])) || k >= x.last;
    // (a semicolon list's items may hold a verb: "B, who holds the same portfolio in Y;")
    if (isVerb(r.tokens[k + 1]) && !r.refAt[k + 1] && !semicolons) return false;
  }
  return false;
}

/** ", his deputy B,", ", a spokesman for C,": a noun phrase between commas right after a name describes it. */
function appositions<R extends Referent>(r: Reader<R>, phrase: Phrase<R>): Phrase<R> {
  if (!commaAfter(r, phrase.last)) return phrase;
  const at = nextIndex(r, phrase.last);
  const t = r.tokens[at];
  const describes = !!phrase.referent || !!phrase.members;
  if (!describes) return phrase;
  // a description opens with a determiner or a possessive, or is a lower-case role: "X, spokesman for Y,"
  // (or with a name's possessive: "X, Taiwan's deputy foreign minister, accused …")
  const opens = isDet(t) || !!r.refAt[at]?.demonym || ownerOpens(r, at) || titleOfOpens(r, at) || (/^[a-z]/.test(t?.text ?? '') && !isVerb(t) && !participleForm(t) && !RELATIVES.has(word(t)));
  if (!describes || !opens || !startsPhrase(r, at)) return phrase;
  const ap = describedTwice(r, simplePhrase(r, at));
  if (!ap || ap.referent?.pronoun === false && !ap.premods.length) return phrase;
  const after = r.tokens[ap.last];
  // the apposition is closed by a comma or the sentence's end, not run into a verb ("X, the leader, said"); or a relative
  // clause hangs from it, whose antecedent is then the name it describes ("X, a rebel coalition that includes Y, took Z")
  // ("X, the Russian-led bloc to which Y belongs, …": so does one after a preposition)
  const oblique = isPrep(r.tokens[ap.last + 1]) && ['which', 'whom'].includes(word(r.tokens[ap.last + 2]));
  const relative = !comma(after) && (['who', 'which', 'that'].includes(word(r.tokens[ap.last + 1])) || oblique) && !!phrase.referent && !phrase.referent.pronoun;
  if (!(comma(after) || hardBreak(after) || ap.last === r.tokens.length - 1 || relative)) return phrase;
  return { ...phrase, last: ap.last, appositions: [...(phrase.appositions ?? []), ap] };
}

/** "X, a lawyer and a member of Y,": two descriptions joined by "and", each opening with a determiner, the second closed by a comma */
function describedTwice<R extends Referent>(r: Reader<R>, ap: Phrase<R> | null): Phrase<R> | null {
  if (!ap || ap.referent || comma(r.tokens[ap.last]) || word(r.tokens[ap.last + 1]) !== 'and' || !isDet(r.tokens[ap.last + 2])) return ap;
  const second = simplePhrase(r, ap.last + 2);
  if (!second || second.referent || !(comma(r.tokens[second.last]) || hardBreak(r.tokens[second.last]))) return ap;
  return { ...ap, last: second.last, members: [ap, second], conjunction: 'and' };
}

/** a title-cased post with its "of" owner and no determiner opens the phrase at `at`: "X, President of the Y Commission, said" */
function titleOfOpens<R extends Referent>(r: Reader<R>, at: number): boolean {
  for (let k = at; k < at + 4 && k < r.tokens.length; k++) {
    const t = r.tokens[k]!;
    if (r.refAt[k] || !/^[A-Z][a-z]/.test(t.text) || isVerb(t) || comma(t)) return false;
    if (word(r.tokens[k + 1]) === 'of') return k > at || !isDet(t);
  }
  return false;
}

/** a name in the possessive opens the phrase at `at`: "Taiwan's deputy foreign minister" */
function ownerOpens<R extends Referent>(r: Reader<R>, at: number): boolean {
  const ref = r.refAt[at];
  return !!ref && !ref.pronoun && ref.first === at && possessiveEnd(r.tokens[ref.last]);
}

/** a description and the name apposed to it, as one conjunct */
// (a description the resolver read as someone else gives way to the name apposed to it)
const withName = <R extends Referent>(r: Reader<R>, p: Phrase<R> | null): Phrase<R> | null =>
  p && commaAfter(r, p.last) && (!p.referent || p.referent.pronoun) ? namedAfter(r, p, nextIndex(r, p.last)) : p;

/** "the Prime Minister of Japan, Fumio Kishida,": a person's name, closed by a comma or a break, names the description before it */
function namedAfter<R extends Referent>(r: Reader<R>, phrase: Phrase<R>, at: number): Phrase<R> {
  // (a form of address before the name is no part of the description: "the President of X, H.E. Mr. Y")
  // (compromise normalises "H.E." to "he": the written text decides)
  while (at < r.tokens.length - 1 && (!r.refAt[at] || r.refAt[at]!.pronoun) && FORMS_OF_ADDRESS.has(r.tokens[at]!.text.toLowerCase().replace(/\.$/, ''))) at++;
  // (a title before the name only after a description owned or of something, "his counterpart", "the host of the summit":
  // not after an opening phrase, "In a rare move, Senior General X, …")
  const ref = r.refAt[phrase.possessor || phrase.pps.some((pp) => pp.prep === 'of') ? titledNameAt(r, at) : at];
  // (not a date: "Speaking in Beijing on 14 March, Wang Wenbin, …, accused" names no "14 March")
  if (!ref || ref.pronoun || ref.entity.type !== 'PERSON' || phrase.first === phrase.last || has(r.tokens[phrase.head], 'Date')) return phrase;
  const name = simplePhrase(r, at);
  if (!name || name.referent !== ref || name.pps.length || name.possessor) return phrase;
  const after = r.tokens[name.last];
  if (!(comma(after) || hardBreak(after) || name.last === r.tokens.length - 1)) return phrase;
  return { ...phrase, last: name.last, named: name };
}

/**
 * where the name starts in "his counterpart, Foreign Minister X,": a title-cased title with no determiner before a person's
 * name (the resolver's mention starts at the name); `at` itself when no such title stands there
 */
function titledNameAt<R extends Referent>(r: Reader<R>, at: number): number {
  let k = at;
  while (k < r.tokens.length - 1 && k - at < 5 && !r.refAt[k] && /^[A-Z][a-z]/.test(r.tokens[k]!.text) && !comma(r.tokens[k]) && !isVerb(r.tokens[k]) && !isDet(r.tokens[k])) k++;
  const ref = r.refAt[k];
  return k > at && ref && !ref.pronoun && ref.first === k && ref.entity.type === 'PERSON' ? k : at;
}

/** The phrase's conjuncts (itself when it has none). */
export const membersOf = <R extends Referent>(p: Phrase<R>): Phrase<R>[] => p.members ?? [p];

/** The prepositional phrases of a noun and, down the right edge, of their objects ("strikes on X by Y"). */
export function ppChain<R extends Referent>(p: Phrase<R>, depth = 3): PrepPhrase<R>[] {
  const out: PrepPhrase<R>[] = [];
  for (const pp of p.pps) {
    out.push(pp);
    // (not into a coordination's last conjunct: "head of research for A and a member of B" — B is the member's)
    if (depth > 0) out.push(...(pp.np.members ? pp.np.pps : ppChain(pp.np, depth - 1)));
  }
  return out;
}
