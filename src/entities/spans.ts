// Candidate name spans from tagged tokens: runs of capitalised words, joined across the small words
// that names contain ("Institute of Mechanics", "Belt and Road Forum", "Javier Perez de Cuellar").
// Plain passes over token arrays; compromise's tags are read, never re-parsed.
import type { Sentence, Token } from '../model/types.ts';
import {
  EVENT_HEADS, TITLES, LOC_HEADS, LOC_HEADS_BEFORE_OF, MONTH_NAMES, NAME_CONNECTORS, NOT_NAMES, ORG_HEADS, ORG_HEADS_BEFORE_OF,
  ORG_MEMBER_NOUNS, OTHER_HEADS, PARTICLE_PAIR_FIRSTS, PARTICLE_PAIR_SECONDS, PERSON_PARTICLES, PORTFOLIO_WORDS, US_STATE_ABBREVIATIONS,
} from './lexicon.ts';

/** Token index range [first, last], inclusive. */
export type Range = [number, number];

// (the tests below run at every token, many times over: their regular expressions are made once, not at each call, as a
// literal inside a function is; none is global or sticky, so none keeps state between calls)
const DOT_OR_APOSTROPHE = /[.'’]/;
const DOTS = /\./g;
const POSSESSIVE_END = /['’]s$/;
const UPPER_FIRST = /^[\p{Lu}]/u;
const DIGITS_THEN_UPPER = /^\d+[\p{Lu}]/u;

export const wordKey = (t: Token): string =>
  // (most words hold neither a full stop nor an apostrophe: no regular expressions then)
  DOT_OR_APOSTROPHE.test(t.normal) ? t.normal.replace(DOTS, '').replace(POSSESSIVE_END, '') : t.normal;
export const isCapitalised = (t: Token): boolean => {
  // (an ASCII first character decides it but for a digit: A-Z is a capital, anything else is not)
  const c = t.text.charCodeAt(0);
  if (c < 128 && (c < 48 || c > 57)) return c >= 65 && c <= 90;
  return UPPER_FIRST.test(t.text) || DIGITS_THEN_UPPER.test(t.text);
};
const ALL_CAPS = /^[\p{Lu}][\p{Lu}\d&.-]+$/u;
const POSSESSIVE_END_ANY_CASE = /['’]s$/i;
const POSSESSIVE_AFTER = /^['’]s?\b/;
export const isAllCaps = (t: Token): boolean => ALL_CAPS.test(t.text.replace(POSSESSIVE_END, ''));
export const isPossessive = (t: Token): boolean => POSSESSIVE_END_ANY_CASE.test(t.text) || POSSESSIVE_AFTER.test(t.post);
const has = (t: Token, ...tags: string[]) => tags.some((x) => t.tags.includes(x));

const NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym', 'Demonym', 'FirstName', 'LastName'];
const NOT_NAME_TAGS = ['Date', 'Month', 'WeekDay', 'Value', 'Pronoun', 'Determiner', 'Conjunction', 'Preposition', 'QuestionWord'];
const isTitleWord = (t: Token) => Object.hasOwn(TITLES, wordKey(t));
const HEADS_BEFORE_OF = new Set([...ORG_HEADS_BEFORE_OF, ...LOC_HEADS_BEFORE_OF]);
const ANY_HEAD = (w: string) => ORG_HEADS.has(w) || LOC_HEADS.has(w) || EVENT_HEADS.has(w) || OTHER_HEADS.has(w);

/** Abbreviations that end with a full stop inside a name. */
const NAME_ABBREVIATIONS = new Set(['st', 'mt', 'ft', 'jr', 'sr', 'dr', 'mr', 'mrs', 'ms', 'gen', 'sen', 'gov', 'rep', 'lt', 'col', 'capt', 'sgt', 'rev', 'prof', 'maj', 'adm', 'brig', 'cmdr', 'gens', 'sens', 'reps', 'msgr', 'fr']);
export const isAbbreviation = (t: Token): boolean => /^\p{Lu}$/u.test(t.text) || NAME_ABBREVIATIONS.has(t.text.toLowerCase());

/** The text between two tokens (punctuation, spaces). */
export const gapBetween = (text: string, a: Token, b: Token): string => text.slice(a.end, b.start);

/** Whether token i opens a sentence or a quotation/parenthesis, where capitals prove nothing. */
export function opensClause(text: string, tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  const gap = gapBetween(text, tokens[i - 1]!, tokens[i]!);
  return /["“(\[:]|--|—/.test(gap) || /[.!?]\s*$/.test(gap);
}

/**
 * Whether a token can be part of a name. A capitalised word at a sentence's start counts only when
 * compromise saw a name in it, or when it is an unknown word (no tags beyond Noun) right before
 * another name or a verb of saying.
 */
export function isNamey(text: string, tokens: Token[], i: number, covered: boolean, unknown = false): boolean {
  const t = tokens[i]!;
  if (covered) return true;
  if (!isCapitalised(t) || !/\p{L}/u.test(t.text)) return false;
  // a middle initial: "William A. Ott" (compromise reads "A" as an article)
  if (/^\p{Lu}$/u.test(t.text) && t.post.startsWith('.') && i > 0 && isCapitalised(tokens[i - 1]!) && tokens[i + 1] && isCapitalised(tokens[i + 1]!)) return true;
  // "Horta Inta-A": a capitalised part hyphenated to a name word is part of it, whatever it reads alone
  const prevWord = tokens[i - 1];
  if (prevWord && isCapitalised(prevWord) && /^\p{L}/u.test(prevWord.text) && gapBetween(text, prevWord, t) === '-' && /^\p{Lu}\p{Ll}*$/u.test(t.text)) return true;
  const key = wordKey(t);
  // "humorist Will Rogers": a stop word that is also a first name, inside a sentence, before a name
  const next = tokens[i + 1];
  // (a month's name too, "Foreign Minister Jan Lipavský", where no word of a date stands before it: "in May Putin flew")
  const firstName = STOP_WORD_FIRST_NAMES.has(key) && has(t, 'Person', 'FirstName') && !opensClause(text, tokens, i) && !!next && isCapitalised(next) && /^\s+$/.test(gapBetween(text, t, next))
    && (!(has(t, 'Month', 'Date') || MONTH_WORDS.has(key)) || (!has(next, 'Date', 'Month', 'Value') && !dateBefore(tokens[i - 1], !has(t, 'Month', 'Date'))));
  if (NOT_NAMES.has(key) && !firstName) return false;
  if (/\d{3,}/.test(t.text)) return false; // wire-copy ids and times: "OW3004022094", "1149GMT"
  if (has(t, ...NOT_NAME_TAGS) && !has(t, 'ProperNoun', 'Person', 'Place', 'Organization')) return false;
  if (/^[RDI]-[A-Z]/.test(t.text)) return false; // party and state of a legislator: "R-Utah"
  // "Columbus, Miss.": a state's abbreviation after a town, whatever compromise reads in it
  const prev = tokens[i - 1];
  if (US_STATE_ABBREVIATIONS.has(key) && prev && isCapitalised(prev) && /^,\s+$/.test(gapBetween(text, prev, t))) return true;
  // a verb in a title-cased headline ("Killed", "Improve"), unless compromise also sees a name in it
  if (has(t, 'Verb') && !has(t, 'Person', 'Place', 'Organization', 'FirstName', 'LastName', 'Acronym')) return false;
  if (!opensClause(text, tokens, i)) return true;
  if (has(t, ...NAME_TAGS) || isAllCaps(t)) return true;
  const onlyNoun = t.tags.every((x) => x === 'Noun' || x === 'Singular' || (isPossessive(t) && (x === 'Possessive' || x === 'Actor')));
  // "Senate Foreign Relations Committee …": a body's head word opens a longer name
  if (next && ORG_HEADS.has(key) && isCapitalised(next) && /^\s+$/.test(gapBetween(text, t, next))) return true;
  // "Robbins Phillips, chairman of …", "Çağlar Söyüncü (born …)": an opening word that compromise's lexicon does not know,
  // right before a proper noun, is a first name whatever its guessed tag ("Robbins" plural, "Çağlar" adjective)
  // (two words only, the second no first name: "Linguist Phillip Lieberman" opens with an occupation, "Coastal Southern California" with a place's word)
  const third = tokens[i + 2];
  const twoWords = !third || !isCapitalised(third) || !/^\s+$/.test(gapBetween(text, next!, third));
  if (unknown && next && twoWords && isCapitalised(next) && !isAllCaps(t) && has(next, 'ProperNoun', 'Person', 'LastName') && !has(next, 'FirstName', 'Place')
    && /^\s+$/.test(gapBetween(text, t, next))) return true;
  // "Gross, who lives …", "Ray, 60, was …": a person's apposition after an opening word makes it a name, whatever its tags
  if (personAppositionAt(text, tokens, i)) return true;
  if (!onlyNoun || !next) return false;
  const gap = gapBetween(text, t, next);
  // "Riyad al-Maliki, the …", "Qasim al-Araji said": an opening word before a particle hyphenated to a name is its given
  // name (seen: news-fresh6 icj-ruling-reactions, news-fresh16 qatar mediation, news-fresh18 me-erbil-irgc-strikes-wire)
  const afterParticle = tokens[i + 2];
  if (/^\s+$/.test(gap) && PERSON_PARTICLES.has(next.text) && afterParticle && gapBetween(text, next, afterParticle) === '-' && isCapitalised(afterParticle)) return true;
  // "Starr, who served ...", "Cheek, 53, is ...", "Tal, a senior official": an appositive after an opening name
  if (/^,\s+$/.test(gap)) return APPOSITIVE_OPENERS.has(next.normal) || /^\d+$/.test(next.text);
  // "Dole's wife": an opening possessive is a candidate; its type comes from what it owns
  const partner = next.normal === 'and' && /^(his|her)$/.test(tokens[i + 2]?.normal ?? ''); // "Lennon and his wife"
  // "Brixley spokesman Dave Ruiz said": a body's people after its name
  const members = ORG_MEMBER_NOUNS.has(next.normal) && !isCapitalised(next);
  // "Kessra (also Kesra) is a village": a bracket after an opening word holds its variants or dates, as an article's opening names it
  const bracket = next.text.startsWith('(');
  return (/^\s*$/.test(gap) && (isCapitalised(next) || next.tags.includes('Verb') || isPossessive(t) || partner || members || bracket)) || /^\s*\($/.test(gap);
}

/** Lower-case words hyphenated between two names that link them rather than make one name: "the Beijing-to-Moscow flight". */
const NOT_HYPHEN_LINKS: ReadonlySet<string> = new Set(['to', 'and', 'or', 'vs', 'via', 'by', 'for', 'the', 'in']);
/** Stop words and months that are also first names ("Will Rogers", "Jan Kowalski"); a month read as a date wins where a date word comes before it (below). */
const STOP_WORD_FIRST_NAMES = new Set(['will', 'jan', 'may', 'june', 'april', 'august']);
/** Words before a month that make it a date: "in May", "since June", "early April". */
const BEFORE_DATES = new Set(['in', 'on', 'since', 'by', 'until', 'till', 'from', 'of', 'last', 'next', 'early', 'late', 'mid', 'through', 'during', 'before', 'after', 'this', 'each', 'every', 'between', 'and', 'to', 'or']);
/** Months by their word, whatever compromise tags them ("Last June Pashinyan said": June read as a first name). */
const MONTH_WORDS: ReadonlySet<string> = new Set([...MONTH_NAMES, 'jan']);
/** A date's word or a day's number before a month: "in May", "on 9 June". A month known only by its word (the tagger
 * read a name) needs more than a conjunction before it: "between May and June", but "Prime Minister X and Jan Novak". */
const dateBefore = (t: Token | undefined, byWordOnly: boolean) =>
  !!t && ((BEFORE_DATES.has(t.normal) && !(byWordOnly && CONJUNCTIONS_BEFORE_DATES.has(t.normal))) || /^\d{1,2}$/.test(t.text));
const CONJUNCTIONS_BEFORE_DATES: ReadonlySet<string> = new Set(['and', 'or', 'to']);

/** Words that open an appositive or relative clause about a person after a bare name: "Starr, who ...". */
export const APPOSITIVE_OPENERS = new Set(['who', 'a', 'an']);

/** Generational suffixes written after a name: "Martin Luther King III". */
export const NAME_SUFFIXES = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3})$/;

/** a state's form, which a name carries but which is none alone: "the Republic", "the Kingdom" */
const STATE_FORMS = new Set(['republic', 'kingdom']);
/** the heads of a body named for the state's form: "Alliance for the Republic", "Bank of the Republic" */
const STATE_FORM_BODIES = (w: string) => ORG_HEADS.has(w) || ORG_HEADS_BEFORE_OF.has(w);
/**
 * Words that are not names alone but open a longer one: "Communist Party", "State Duma",
 * "Progressive Conservative Party". They join only a name word that follows them, and never a title.
 */
const SOFT_NOT_NAMES = new Set(['state', 'government', ...STATE_FORMS, 'republican', 'democrat', 'communist', 'socialist', 'liberal', 'conservative']);
/**
 * Of those, the ones that also name a party's adherent: before a first name they label the person and are no part of the
 * name ("Democrat Bill Clinton of Arkansas", "Republican Terry Branstad"; seen: CoNLL04 train sentences 155, 520, 681, 899).
 */
const PARTY_ADHERENTS = new Set(['republican', 'democrat', 'communist', 'socialist', 'liberal', 'conservative']);
const labelsPerson = (t: Token, next: Token) => PARTY_ADHERENTS.has(wordKey(t)) && has(next, 'FirstName');

/**
 * A person's apposition after the word at `i`: "Gross, who lives …", "Ray, 60, was …" (seen: CoNLL04 train sentences 148,
 * 409, 686). Only a person is "who", and only a person's age is written so.
 */
export function personAppositionAt(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!, next = tokens[i + 1], after = tokens[i + 2];
  if (!next || !/^,\s+$/.test(gapBetween(text, t, next)) || isAllCaps(t) || t.text.length < 3) return false;
  return next.normal === 'who' || (/^\d{1,3}$/.test(next.text) && !!after && /^,/.test(gapBetween(text, next, after)));
}

/** Whether a name's words up to here license an "of"/"for" complement: "Ministry of ...", "Hall of ...". */
function takesComplement(tokens: Token[], [a, b]: Range, connector: string): boolean {
  const last = wordKey(tokens[b]!);
  if (connector === 'of') {
    for (let k = a; k <= b; k++) if (HEADS_BEFORE_OF.has(wordKey(tokens[k]!))) return true;
    // "Forces of Freedom and Change", "Treaty of Amity": any head word takes a complement
    return ANY_HEAD(last);
  }
  // "for", "on": "Agency for ...", "Committee on ...", and a treaty's or a gathering's theme ("Convention on ...",
  // "Route for ...", "Summit for ..."; seen: news-fresh vienna-convention, news-fresh4 trump-route, news-fresh6 americas)
  return ORG_HEADS.has(last) || ORG_HEADS_BEFORE_OF.has(last) || OTHER_HEADS.has(last) || EVENT_HEADS.has(last);
}

/**
 * Maximal name spans of a sentence. `covered` marks tokens inside gazetteer names, which count as name
 * words whatever their case ("the Belt and Road").
 */
export function nameSpans(text: string, sentence: Sentence, covered: (i: number) => boolean, unknown?: (i: number) => boolean): Range[] {
  const { tokens } = sentence;
  const n = tokens.length;
  const namey = tokens.map((_, i) => isNamey(text, tokens, i, covered(i), unknown?.(i)));
  // 'Juan Antonio "Tony" Hernández', 'Enrique "Kiki" Camarena': a quoted nickname between a person's names is part of the
  // name (seen: news-fresh4 mexico-cartel-handover-us, news-fresh5, news-fresh6 hernandez-extradition-wire, news-fresh14, news-fresh22)
  const nickname = (k: number) => k > 0 && k + 1 < n && namey[k - 1]! && namey[k + 1]! && isCapitalised(tokens[k]!) && isCapitalised(tokens[k - 1]!)
    && /^\s+["“]$/.test(gapBetween(text, tokens[k - 1]!, tokens[k]!)) && /^["”]\s+$/.test(gapBetween(text, tokens[k]!, tokens[k + 1]!));
  for (let k = 1; k + 1 < n; k++) if (nickname(k)) namey[k] = true;
  const tight = (i: number) => {
    if (nickname(i) || nickname(i + 1)) return true;
    if (i + 1 >= n || (isPossessive(tokens[i]!) && !innerPossessive(text, tokens, namey, i))) return false;
    const gap = gapBetween(text, tokens[i]!, tokens[i + 1]!);
    // an initial or an abbreviation keeps its full stop inside the name: "Grant B. Cooper", "St. Joseph"
    return /^[\s-]*$/.test(gap) || (/^\.\s+$/.test(gap) && isAbbreviation(tokens[i]!)) || elided(i) || innerPlural(text, tokens, namey, i);
  };
  // "Kevin O 'Brien", "Ze 'ev Eytan", "Bin-Sa 'id": a name's apostrophe written apart, as tokenised copy has it
  const elided = (i: number) => i + 1 < n && /^\s?['’]$/.test(gapBetween(text, tokens[i]!, tokens[i + 1]!)) && /^\p{L}+$/u.test(tokens[i + 1]!.text);
  for (let i = 1; i < n; i++) if (!namey[i] && namey[i - 1] && elided(i - 1) && /^\p{Ll}{1,4}$/u.test(tokens[i]!.text)) namey[i] = true;
  // "Ubaid-ur-Rehman Nizamani", "Stoke-on-Trent", "Mazar-i-Sharif": a short lower-case link hyphenated on both sides between
  // two capitalised name words is a word of the name (not "Beijing-to-Moscow", nor a title's "Commander-in-Chief")
  for (let i = 1; i + 1 < n; i++) {
    const t = tokens[i]!, prev = tokens[i - 1]!, next = tokens[i + 1]!;
    if (namey[i] || !namey[i - 1] || !namey[i + 1] || !/^\p{Ll}{1,3}$/u.test(t.text) || NOT_HYPHEN_LINKS.has(t.text) || !isCapitalised(prev) || !isCapitalised(next)) continue;
    if (gapBetween(text, prev, t) === '-' && gapBetween(text, t, next) === '-' && !isTitleWord(prev) && !isTitleWord(next)) namey[i] = true;
  }
  for (let i = n - 2; i >= 0; i--) {
    const t = tokens[i]!;
    if (!namey[i] && namey[i + 1] && tight(i) && isCapitalised(t) && SOFT_NOT_NAMES.has(wordKey(t)) && !isTitleWord(tokens[i + 1]!) && !labelsPerson(t, tokens[i + 1]!)) namey[i] = true;
  }
  // "the French Government", "Bavarian State": a capitalised one after a name word closes it
  for (let i = 1; i < n; i++) {
    const t = tokens[i]!;
    if (!namey[i] && namey[i - 1] && tight(i - 1) && isCapitalised(t) && SOFT_NOT_NAMES.has(wordKey(t)) && !opensClause(text, tokens, i)) namey[i] = true;
  }
  // "Martin Luther King III", "Ferdinand I of Austria" (but "… I said": the pronoun before its verb)
  for (let i = 1; i < n; i++) {
    if (namey[i] || !namey[i - 1] || !tight(i - 1) || !NAME_SUFFIXES.test(tokens[i]!.text)) continue;
    if (tokens[i]!.text === 'I' && (!isCapitalised(tokens[i - 1]!) || (tokens[i + 1] && has(tokens[i + 1]!, 'Verb', 'Adverb')))) continue;
    namey[i] = true;
  }
  // "Ministry of State for Foreign Affairs", "Council of State": a body's complement; "Council of Heads of State":
  // the leaders a body gathers (seen: news-fresh7 sco-astana, news-fresh8 sco summit read-out)
  for (let i = 2; i < n; i++) {
    const t = tokens[i]!;
    const owner = wordKey(tokens[i - 2]!);
    if (!namey[i] && isCapitalised(t) && SOFT_NOT_NAMES.has(wordKey(t)) && tokens[i - 1]!.normal === 'of' && namey[i - 2]
      && (ORG_HEADS_BEFORE_OF.has(owner) || (owner === 'heads' && isCapitalised(tokens[i - 2]!)))) namey[i] = true;
  }
  // "Republic of Tatarstan", "Alliance for the Republic": a state's form, no name alone, opens a name before "of" and a name
  // word, and closes a body's name after its "of the"/"for the" (seen: news-fresh18 sa-modi-kazan-brics-readout, news-fresh4
  // senegal-election-faye-live; "the President of the Republic" stays a title: news-fresh27 am-boric-unga77-new-york-readout)
  for (let i = 1; i < n; i++) {
    const t = tokens[i]!;
    if (namey[i] || !isCapitalised(t) || !STATE_FORMS.has(wordKey(t))) continue;
    const opens = tokens[i + 1]?.normal === 'of' && !!namey[i + 2];
    const body = i >= 3 && tokens[i - 1]!.normal === 'the' && ['of', 'for'].includes(tokens[i - 2]!.normal) && namey[i - 3] && STATE_FORM_BODIES(wordKey(tokens[i - 3]!));
    if (opens || body) namey[i] = true;
  }
  // 1. runs of name words with only spaces (or a word-internal hyphen) between them
  const runs: Range[] = [];
  for (let i = 0; i < n; i++) {
    if (!namey[i]) continue;
    let j = i;
    while (j + 1 < n && namey[j + 1] && tight(j)) j++;
    runs.push([i, j]);
    i = j;
  }
  return joinRuns(text, tokens, runs, tight);
}

// "the G20 Foreign Ministers' Meeting", "the Workers' Party", "the EU–Central Asia Summit": a plural's apostrophe or an
// en dash inside a name whose capitalised words go on to a head word (not "the Philippines' President Marcos", nor
// "Russia–Ukraine talks": no head closes those runs); `namey` marks the sentence's name words
function innerPlural(text: string, tokens: Token[], namey: readonly boolean[], i: number): boolean {
  const n = tokens.length;
  const apostrophe = /s$/.test(tokens[i]!.text) && /^['’]\s+$/.test(tokens[i]!.post);
  if (!apostrophe && gapBetween(text, tokens[i]!, tokens[i + 1]!) !== '–') return false;
  let j = i + 1;
  while (j + 1 < n && namey[j + 1] && /^\s+$/.test(gapBetween(text, tokens[j]!, tokens[j + 1]!))) j++;
  return namey[i + 1]! && isCapitalised(tokens[i + 1]!) && j - i <= 3 && ANY_HEAD(wordKey(tokens[j]!)) && !isTitleWord(tokens[j]!);
}

// "the Taiwan People's Party", "the National People's Congress", "the Attorney General's Office": a people's or an
// office-holder's possessive inside a name goes on to the capitalised words after it (a title's only to a head word:
// not "the President's Chief of Staff"; seen: news-dev taiwan-election-lai-analysis, news-fresh7 muizzu-beijing-visit-analysis,
// news-fresh10 nigeria-2023-election-analysis, news-fresh4 mexico-cartel-handover-us, news-fresh8 villavicencio-quito-killing-wire)
function innerPossessive(text: string, tokens: Token[], namey: readonly boolean[], i: number): boolean {
  const n = tokens.length;
  const t = tokens[i]!, next = tokens[i + 1]!;
  if (!isCapitalised(t) || !isCapitalised(next) || !namey[i + 1] || !/^(['’]s)?\s+$/.test(gapBetween(text, t, next))) return false;
  const owner = wordKey(t);
  if (owner === 'people') return true;
  if (!isTitleWord(t)) return false;
  let j = i + 1;
  while (j + 1 < n && namey[j + 1] && j - i < 3 && /^\s+$/.test(gapBetween(text, tokens[j]!, tokens[j + 1]!))) j++;
  return ANY_HEAD(wordKey(tokens[j]!)) && !isTitleWord(tokens[j]!);
}

/** nameSpans' second step: the runs of name words joined across the connectors a name's construction allows ("Ministry of Foreign Affairs", "Bosnia and Herzegovina") */
function joinRuns(text: string, tokens: Token[], runs: Range[], tight: (i: number) => boolean): Range[] {
  const spans: Range[] = [];
  for (let r = 0; r < runs.length; r++) {
    let cur: Range = [...runs[r]!];
    let complement = false; // an "of"/"for" complement was opened: coordination may follow
    for (;;) {
      const next = runs[r + 1];
      if (!next) break;
      const between = tokens.slice(cur[1] + 1, next[0]);
      const words = between.map((t) => t.normal);
      const gapsOk = tight(cur[1]) && between.every((_, k) => tight(cur[1] + 1 + k));
      // "Ministerial Meeting of Afghanistan's Neighbouring Countries": a possessive inside an "of" complement, before its own
      // noun (not "the Council of Europe's Secretary General": a title after it)
      if (complement && !between.length && /['’]s$/.test(tokens[cur[1]]!.text) && /^\s+$/.test(gapBetween(text, tokens[cur[1]]!, tokens[next[0]]!))
        && !tokens.slice(next[0], next[1] + 1).some(isTitleWord) && /s$/.test(tokens[next[1]]!.text)) {
        cur = [cur[0], next[1]];
        r++;
        continue;
      }
      if (!between.length || !gapsOk || !words.every((w) => NAME_CONNECTORS.has(w) || w === '&')) {
        // "Institute of Russian, East European and Central Asian Studies": a list inside a complement
        const list = complement ? coordinatedList(text, tokens, runs, r) : -1;
        if (list > r) { cur = [cur[0], runs[list]![1]]; r = list; continue; }
        break;
      }
      const [w0, w1] = words;
      let ok = false;
      if ((w0 === 'of' && (!w1 || w1 === 'the')) || ((w0 === 'for' || w0 === 'on') && (!w1 || w1 === 'the'))) {
        // "Committee for the Restoration of Order", "Office of the High Commissioner for Human Rights": a
        // complement's own noun takes a complement too
        ok = (takesComplement(tokens, cur, w0) || complement) && !(w0 === 'for' && postsPortfolio(tokens, cur, next));
        if (ok) complement = true;
      } else if (words.length === 1 && (w0 === 'and' || w0 === '&')) {
        ok = complement || w0 === '&' || ANY_HEAD(wordKey(tokens[next[1]]!));
      } else if (words.length === 1 && PERSON_PARTICLES.has(w0!) && between[0]!.text === w0) {
        // "Khalil al-Hayya": a particle hyphenated to the name after it is the name's own
        ok = !['la', 'le', 'el', 'al', 'y'].includes(w0!) || (next[1] > next[0]) || gapBetween(text, between[0]!, tokens[next[0]]!) === '-';
      }
      // "Juan Ramón de la Fuente", "Caroline van der Plas": a two-word particle between a person's names, after a given
      // name (seen: news-fresh4, news-fresh8, news-fresh15 eu-dutch-election-2023-liveblog, Re-DocRED dev)
      else if (words.length === 2 && PARTICLE_PAIR_FIRSTS.has(w0!) && PARTICLE_PAIR_SECONDS.has(w1!) && between.every((t, k) => t.text === words[k])) {
        // (a one-word given name only before a Dutch or German pair: "Sierra de la Luna" is a range)
        ok = has(tokens[cur[0]]!, 'FirstName') && (cur[1] > cur[0] || w0 !== 'de');
      }
      if (!ok) break;
      cur = [cur[0], next[1]];
      r++;
    }
    spans.push(cur);
  }
  return spans;
}

/**
 * "the High Representative of the European Union for Foreign Affairs and Security Policy, X": a body named after a title's
 * "of", then "for" and a portfolio's words, is the title's owner; the portfolio is the title's, not part of the body's name.
 * (seen: news-dev eu-14th-sanctions-package, news-fresh17 ea-wang-yi-munich-readout, news-fresh19
 * am-vieira-munich-security-conference-readout, news-fresh20 eu-sybiha-g7-fiuggi-readout)
 */
function postsPortfolio(tokens: Token[], cur: Range, next: Range): boolean {
  let k = cur[0] - 1;
  if (tokens[k]?.normal === 'the') k--;
  if (tokens[k]?.normal !== 'of' || !tokens[k - 1] || !isTitleWord(tokens[k - 1]!)) return false;
  return tokens.slice(next[0], next[1] + 1).every((t) => PORTFOLIO_WORDS.has(wordKey(t)));
}

/**
 * From run r (inside an "of" complement), a list "A, B and C" of capitalised runs; returns the index
 * of the run that closes it, or -1. The last item must end the sentence's name words.
 */
function coordinatedList(text: string, tokens: Token[], runs: Range[], r: number): number {
  let k = r;
  for (;;) {
    const a = runs[k], b = runs[k + 1];
    if (!a || !b) return -1;
    const between = tokens.slice(a[1] + 1, b[0]);
    const gap = gapBetween(text, tokens[a[1]]!, tokens[a[1] + 1]!);
    if (!between.length && /^,\s*$/.test(gap)) { k++; continue; }
    if (between.length === 1 && (between[0]!.normal === 'and' || between[0]!.normal === '&') && /^,?\s*$/.test(gap))
      return ANY_HEAD(wordKey(tokens[b[1]]!)) ? k + 1 : -1;
    return -1;
  }
}
