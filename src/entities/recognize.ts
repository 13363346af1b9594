// Named-entity recognition for one sentence: gazetteer names, then capitalised spans cut at gazetteer
// names and titles, then typed by head words, compromise's tags, the name's shape and its context.
import type { EntityType, Mention, MentionTitle, Sentence, Token } from '../model/types.ts';
import type { Gazetteer } from './gazetteer.ts';
import { matchGazetteer, splitCountryPrefixes, withoutJoinedStandalone, type GazetteerHit } from './match.ts';
import {
  EVENT_HEADS, LOC_FIRST_WORDS, LOC_HEADS, LOC_HEADS_BEFORE_OF, LOCATIVE_PREPOSITIONS, LOWER_EVENT_HEADS, ORG_HEADS, ORG_HEADS_BEFORE_OF,
  LANGUAGES, LOWER_NAME_HEADS, LOWER_PLACE_HEADS, FOREIGN_NAME_HEADS, ORG_FIRST_WORDS, NOT_DESTINATIONS_BEFORE_TO, EVENT_FIRST_WORDS, BODY_SPEECH_VERBS, BODY_POST_NOUNS, DESCRIPTION_HEADS, ORG_KIND_NOUNS, ORG_KIND_NOUNS_AFTER, ORG_KIND_PLURALS, ORG_MEMBER_NOUNS, ORG_OR_EVENT, OTHER_HEADS, PLACE_OF_WORDS, PLACE_PEOPLE_NOUNS, US_STATE_READINGS, ORG_SERVICE_NOUNS, VENUE_CENTER_MODIFIERS, INSTITUTION_VENUE_HEADS, VENUE_PREPOSITIONS, PERSON_NOUNS, PERSON_OBJECT_VERBS, PERSON_POSSESSIONS, SPEECH_VERBS, TITLE_MODIFIERS, TITLES, TITLES_KEPT_IN_NAME, US_STATE_ABBREVIATIONS, PORTFOLIO_LAST_WORDS, PORTFOLIO_TITLES, PORTFOLIO_WORDS, PORTFOLIO_HOLDERS, HONORIFICS, CONTINUING_HONORIFICS, STYLES_KEPT_BARE, ABSTRACT_NOUN_ENDINGS,
} from './lexicon.ts';
import { PLACE_POSITION_WORDS, VENUE_FIRST_WORDS } from './lexicon.ts';
import { DIVISION_HEADS, DIVISION_KINDS, FAMILY_OPENERS, FEATURE_HEADS, KIN_OF_WORDS, LINEAGE_WORDS } from './lexicon.ts';
import { ARMED_SERVICES, COMMON_ACRONYMS, DESCRIBING_VERBS, DESCRIPTION_STOPS, FAITH_AND_PEOPLE_WORDS, GROUP_ADJECTIVE_ENDINGS, MINISTERIAL_EVENT_HEADS, NOT_NAMES, PLAYING_VERBS, TITLE_ONLY_HEADS } from './lexicon.ts';
import { NAME_SUFFIXES, gapBetween, isAllCaps, isCapitalised, isPossessive, nameSpans, opensClause, personAppositionAt, wordKey, type Range } from './spans.ts';

/** Words that make a place's name with a following place: "Latin America", "Southern California". */
const REGION_PREFIXES = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'latin', 'upper', 'lower', 'greater', 'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'new']);
/** Single head words that name a body on their own ("Congress said"). */
const BARE_ORG_HEADS = new Set(['congress', 'senate', 'parliament', 'navy', 'army', 'cabinet', 'politburo', 'duma', 'knesset', 'pentagon', 'vatican', 'interpol']);
const MAX_TITLE_WORDS = 6;
/** the first word of every title phrase ("prime" of "prime minister") */
const TITLE_FIRST_WORDS: ReadonlySet<string> = new Set(Object.keys(TITLES).map((k) => k.split(' ')[0]!));
/** the last word of every title phrase ("adviser" of "national security adviser") */
const TITLE_LAST_WORDS: ReadonlySet<string> = new Set(Object.keys(TITLES).map((k) => k.split(' ').at(-1)!));
/** Title modifiers that also name a ministry's domain: "Defense Ministry", "Foreign Ministry". */
const DOMAIN_WORDS = new Set(['foreign', 'finance', 'defense', 'defence', 'interior', 'economy', 'trade', 'justice']);
/** Words that open a broadcaster's own name, so a place before them is a dateline: "Havana Radio Reloj Network". */
const MEDIA_FIRST_WORDS = new Set(['radio', 'television', 'tv']);

const has = (t: Token, ...tags: string[]) => tags.some((x) => t.tags.includes(x));
const ts = (tokens: Token[], a: number, b: number) => tokens.slice(a, b + 1);
const isInitial = (t: Token) => /^(\p{Lu}\.)+$/u.test(t.text + (t.post.startsWith('.') ? '.' : '')) || /^\p{Lu}$/u.test(t.text);

interface Ctx {
  text: string;
  sentence: Sentence;
  gazetteer: Gazetteer;
  /** whether token i lies in a gazetteer place (country, state, city...) */
  placeAt: (i: number) => boolean;
  /** whether compromise's lexicon knows the word: a known word is no unknown name */
  knownWord: (normal: string) => boolean;
  /** the sentence is written in title case (a headline): capitals do not make names there */
  headline: boolean;
}

/** Share of capitalised words from which an unpunctuated sentence reads as a headline. */
const HEADLINE_CAPITALS = 0.6;
const HEADLINE_MIN_WORDS = 5;

/** First words of a byline. */
const BYLINE_OPENERS = new Set(['by']);

/** "Anhui Rural Laborers Move to Cities", "Official Views Danger of Slow Revision": title case, no closing stop. */
function isHeadline(sentence: Sentence): boolean {
  const words = sentence.tokens.filter((t) => /^\p{L}/u.test(t.text));
  if (words.length < HEADLINE_MIN_WORDS) return false;
  // "By Marcos Oliveira and Priya Nair": a byline names its authors in capitals without being a headline
  if (BYLINE_OPENERS.has(sentence.tokens[0]!.normal)) return false;
  const caps = words.filter(isCapitalised);
  return caps.length / words.length >= HEADLINE_CAPITALS && !/[.!?]["'”’]?$/.test(sentence.text);
}

/** A key's first word: its split(' ')[0] without the array (titleAt runs at every token of every sentence). */
const firstWord = (key: string): string => {
  const space = key.indexOf(' ');
  return space < 0 ? key : key.slice(0, space);
};

/** The longest title phrase starting at token i, within [i, limit]. */
export function titleAt(tokens: Token[], i: number, limit: number): { end: number; role: string; portfolio?: true } | null {
  // most words open no title: one look-up instead of joining up to six phrases
  if (i > limit || !tokens[i] || !TITLE_FIRST_WORDS.has(firstWord(wordKey(tokens[i])))) return null;
  for (let len = Math.min(MAX_TITLE_WORDS, limit - i + 1); len >= 1; len--) {
    const phrase = tokens.slice(i, i + len).map(wordKey).join(' ');
    const role = Object.hasOwn(TITLES, phrase) ? TITLES[phrase] : undefined; // text such as "__proto__" finds nothing
    if (!role) continue;
    // (a portfolio that runs past the limit is no part of this title: "Minister of Foreign | Affairs X")
    const end = portfolioEnd(tokens, i + len - 1, role);
    return end > i + len - 1 && end <= limit ? { end, role, portfolio: true } : { end: i + len - 1, role };
  }
  return null;
}

/**
 * An honorific of address opening a name: "Shri Narendra Modi", "Prime Minister Shri X", "Smt. X". After another
 * capitalised word that is no title it is inside a longer name ("Jaya Sri Maha Bodhi") or a run of styles not all known
 * ("Tengku Datuk Seri X"), left as it is; after a known style it continues the run ("the Rt. Hon. X", "Datuk Seri X"),
 * and after a title's "of" complement it opens the name ("Prime Minister of India Shri X").
 */
function honorificAt(tokens: Token[], i: number): boolean {
  if (!HONORIFICS.has(wordKey(tokens[i]!)) || !tokens[i + 1] || !isCapitalised(tokens[i + 1]!)) return false;
  const prev = tokens[i - 1];
  if (CONTINUING_HONORIFICS.has(wordKey(tokens[i]!)) && !(prev && HONORIFICS.has(wordKey(prev)))) return false;
  if (keptBare(tokens, i)) return false;
  // ("His Majesty King X": a possessive pronoun opens the style; "The Rt. Hon. X" the article before a run of styles, not
  // before a place's name, "the Seri Perdana Complex")
  return !prev || !isCapitalised(prev) || !/^\s+$/.test(prev.post) || TITLE_LAST_WORDS.has(wordKey(prev)) || prev.normal === 'his' || prev.normal === 'her'
    || (prev.normal === 'the' && HONORIFICS.has(wordKey(tokens[i + 1]!))) || HONORIFICS.has(wordKey(prev)) || tokens[i - 2]?.normal === 'of';
}

/** the run of styles through `i` holds one of STYLES_KEPT_BARE and stands after no title nor its "of" complement
 *  ("his deputy, Datuk Sri X" keeps them; "Prime Minister of Y Datuk Seri X" does not) */
function keptBare(tokens: Token[], i: number): boolean {
  let s = i, e = i;
  while (s > 0 && HONORIFICS.has(wordKey(tokens[s - 1]!))) s--;
  while (tokens[e + 1] && HONORIFICS.has(wordKey(tokens[e + 1]!))) e++;
  if (!tokens.slice(s, e + 1).some((t) => STYLES_KEPT_BARE.has(wordKey(t)))) return false;
  const prev = tokens[s - 1];
  return !(prev && /^\s+$/.test(prev.post) && (TITLE_LAST_WORDS.has(wordKey(prev)) || (isCapitalised(prev) && tokens.slice(Math.max(0, s - 4), s - 1).some((t) => t.normal === 'of'))));
}

/**
 * Spans less the titles that name a portfolio and less honorifics: "Minister of Infrastructure Davis K." leaves
 * "Davis K.", whose title attachTitles finds before it; "the Secretary of Foreign Relations, X" leaves no
 * "Relations"; "Shri Ajit D." leaves "Ajit D.".
 */
function withoutPortfolioTitles(tokens: Token[], spans: Range[], isName: (i: number) => boolean): Range[] {
  const covered: Range[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = titleAt(tokens, i, tokens.length - 1);
    if (t?.portfolio) covered.push([i, t.end]);
    else if (honorificAt(tokens, i) && !isName(i)) covered.push([i, i]); // "Sri Lanka" is a name
  }
  if (!covered.length) return spans;
  const out: Range[] = [];
  for (const [a, b] of spans) {
    let from = a;
    // (a title inside a body's complement is part of its name, as in leftovers: "Office of the Commissioner for Water")
    const complementAt = tokens.slice(a, b + 1).findIndex((t) => t.normal === 'of' || t.normal === 'for');
    const bodyFrom = complementAt > 0 && headType(tokens, [a, b]) !== null ? a + complementAt : b + 1;
    for (const [x, y] of covered) {
      if (y < from || x > b || x > bodyFrom) continue;
      if (x > from) out.push([from, x - 1]);
      from = y + 1;
    }
    if (from <= b) out.push([from, b]);
  }
  return out;
}

/**
 * Where a title's portfolio ends: "Minister of Foreign Affairs and International Cooperation of Zambia" runs to
 * "Cooperation", "Minister of Infrastructure Oleksandr K." to "Infrastructure". A portfolio is "of"/"for", then "and",
 * each before capitalised words of PORTFOLIO_WORDS; anything else ("of Zambia", a name, a second title) ends it.
 */
function portfolioEnd(tokens: Token[], end: number, role: string): number {
  if (!PORTFOLIO_HOLDERS.has(role) && !PORTFOLIO_HOLDERS.has(wordKey(tokens[end]!))) return end;
  // a title phrase that names its portfolio already ("minister of foreign affairs") goes on with "and" only, or with
  // more capitalised portfolio words of the same portfolio ("Minister of Defence Industry X", "of National Defence")
  let open = !PORTFOLIO_WORDS.has(wordKey(tokens[end]!));
  if (!open) while (tokens[end + 1] && isCapitalised(tokens[end + 1]!) && PORTFOLIO_WORDS.has(wordKey(tokens[end + 1]!))) end++;
  for (let k = end + 1; ; open = false) {
    const joint = tokens[k]?.normal ?? '';
    if (!(open ? joint === 'of' || joint === 'for' : joint === 'and' || joint === '&')) return end;
    // ("the Minister of the Environment, X", "Deputy Secretary of the Treasury": "the" before a portfolio that no name goes
    // on from; "Director of the International Energy Agency" is a body's; news-fresh26, -27)
    const the = open && tokens[k + 1]?.normal === 'the' ? 1 : 0;
    let w = k + 1 + the;
    while (tokens[w] && isCapitalised(tokens[w]!) && PORTFOLIO_WORDS.has(wordKey(tokens[w]!))) w++;
    if (the && tokens[w] && isCapitalised(tokens[w]!) && /^\s*$/.test(tokens[w - 1]!.post)) return end;
    // "Minister and Foreign Minister X": a second title, no portfolio
    if (w === k + 1 + the || (tokens[w] && TITLE_FIRST_WORDS.has(wordKey(tokens[w]!)) && titleAt(tokens, w, tokens.length - 1))) return end;
    end = w - 1;
    k = w;
  }
}

function headType(tokens: Token[], [a, b]: Range): EntityType | null {
  const last = wordKey(tokens[b]!);
  // "Great Hall of the People", "Ministry of Foreign Affairs": the head stands before "of"
  const of = tokens.slice(a, b + 1).findIndex((t) => t.normal === 'of' || t.normal === 'for' || t.normal === 'on');
  if (of > 0) {
    // "Forces for the Defence of Freedom": any body's head takes a "for" complement (as spans.ts joins it)
    if (tokens[a + of]!.normal === 'for' && ORG_HEADS.has(wordKey(tokens[a + of - 1]!))) return 'ORGANIZATION';
    for (let k = a + of - 1; k >= a; k--) {
      const w = wordKey(tokens[k]!);
      if (ORG_HEADS_BEFORE_OF.has(w) && !LOC_HEADS_BEFORE_OF.has(w)) return 'ORGANIZATION';
      if (LOC_HEADS_BEFORE_OF.has(w)) return w === 'republic' || w === 'kingdom' ? 'COUNTRY' : 'LOCATION';
    }
    // "Forces of Freedom and Change", "Treaty of Amity": any head word right before the complement types the name
    const before = headWordType(tokens, a + of - 1, false);
    if (before) return before;
  }
  if (b === a) return BARE_ORG_HEADS.has(last) ? 'ORGANIZATION' : null;
  // "Operation Barkhane": a code name after its kind
  if (EVENT_FIRST_WORDS.has(wordKey(tokens[a]!))) return 'EVENT';
  if (ORG_FIRST_WORDS.has(wordKey(tokens[a]!)) && isAllCaps(tokens[a]!)) return 'ORGANIZATION';
  const byLast = headWordType(tokens, b, tokens.slice(a, b + 1).some((t) => t.normal === 'and' || t.normal === '&'));
  // "Alliance Fleuve Congo", "Front Populaire": a body's head may open its name, as French or Spanish write it
  // (not before a title: "Party Secretary", "Council President")
  return byLast ?? (FIRST_ORG_HEADS.has(wordKey(tokens[a]!)) && !Object.hasOwn(TITLES, wordKey(tokens[b]!)) ? 'ORGANIZATION' : null) ?? foreignHeadType(tokens, [a, b]);
}

/** "Barisan Nasional", "Casa Rosada", "Bharat Mandapam": a head word of another language anywhere in a name of two words or more. */
function foreignHeadType(tokens: Token[], [a, b]: Range): EntityType | null {
  for (let k = a; k <= b; k++) {
    const w = wordKey(tokens[k]!);
    if (Object.hasOwn(FOREIGN_NAME_HEADS, w) && isCapitalised(tokens[k]!)) return FOREIGN_NAME_HEADS[w]!;
  }
  return null;
}

/** Heads of bodies that may open a name rather than close it (no title or place word among them). */
const FIRST_ORG_HEADS = new Set(['alliance', 'union', 'front', 'movement', 'party', 'coalition', 'federation', 'association', 'league']);

/** The type a name's head word (token k) gives it; `joined`: the name coordinates words ("X and Y Conference"). */
function headWordType(tokens: Token[], k: number, joined: boolean): EntityType | null {
  const head = wordKey(tokens[k]!);
  // "the 30th OSCE Ministerial Council", "the Post Ministerial Conference": a ministers' gathering, not a standing body
  if (tokens[k - 1] && wordKey(tokens[k - 1]!) === 'ministerial' && MINISTERIAL_EVENT_HEADS.has(head)) return 'EVENT';
  if (ORG_OR_EVENT.has(head)) return joined ? 'EVENT' : 'ORGANIZATION';
  if (EVENT_HEADS.has(head)) return 'EVENT';
  if (OTHER_HEADS.has(head)) return 'OTHER';
  if ((head === 'center' || head === 'centre') && tokens[k - 1] && VENUE_CENTER_MODIFIERS.has(wordKey(tokens[k - 1]!))) return 'LOCATION';
  if (ORG_HEADS.has(head)) return 'ORGANIZATION';
  if (LOC_HEADS.has(head)) return 'LOCATION';
  return null;
}

/** Type from compromise's tags and the name's shape; null when nothing speaks for a type. */
function shapeType(ctx: Ctx, [a, b]: Range): EntityType | null {
  const { tokens } = ctx.sentence;
  const ts = tokens.slice(a, b + 1);
  // a dateline: "GRAND RAPIDS, Mich."
  if (ts.every(isAllCaps) && a === 0 && tokens[b + 1] && /^\s*,/.test(gapBetween(ctx.text, tokens[b]!, tokens[b + 1]!))) return 'LOCATION';
  if (ts.some((t) => has(t, 'Organization'))) return 'ORGANIZATION';
  // "Plaza San Martín", "Aeroparque Jorge Newbery": a square or an airport named after a person
  if (ts.length >= 2 && VENUE_FIRST_WORDS.has(wordKey(ts[0]!))) return 'LOCATION';
  if (has(ts[0]!, 'FirstName', 'Honorific') || ts.some((t) => has(t, 'LastName'))) return 'PERSON';
  if (ts.length > 2 && ts.slice(1, -1).some(isInitial)) return 'PERSON';
  // "Thutmose III", "Carol I": a regnal number after a name
  if (ts.length >= 2 && NAME_SUFFIXES.test(ts.at(-1)!.text) && isCapitalised(ts[0]!) && !isAllCaps(ts[0]!)) return 'PERSON';
  if (ts.some((t) => has(t, 'Country'))) return ts.length === 1 ? 'COUNTRY' : 'LOCATION';
  if (ts.some((t) => has(t, 'Place', 'City', 'Region'))) return 'LOCATION';
  if (ts.some((t) => has(t, 'Person'))) return 'PERSON';
  if (ts.length === 1 && isAllCaps(ts[0]!) && !/^(\p{Lu}\.)+$/u.test(ts[0]!.text) && !/\d/.test(ts[0]!.text)) return 'ORGANIZATION'; // "NASA", "XINHUA"
  if (ts.length >= 2 && LOC_FIRST_WORDS.has(wordKey(ts[0]!))) return 'LOCATION';
  if (ts.length >= 2 && ts.every((t) => isAllCaps(t))) return 'ORGANIZATION';
  return null;
}

/**
 * The last guess, after context has had its say ("in Debre Tabor" is a place): two or three title-case words
 * read as a person's name. Title case proves nothing in a headline ("Qian Qichen Leaves Beijing"), and a name
 * ending in a word of the language is no person's ("Capistrano Films", "Sylvania Wilderness").
 */
function personShaped(ctx: Ctx, [a, b]: Range): boolean {
  // (a lower-case link hyphenated inside a word is no word of its own: "Ubaid-ur-Rehman Nizamani" is two words)
  const ts = ctx.sentence.tokens.slice(a, b + 1).filter((t, k, all) => !(k > 0 && k + 1 < all.length && /^\p{Ll}+$/u.test(t.text) && all[k - 1]!.post === '-' && t.post === '-'));
  return ts.length >= 2 && ts.length <= 3 && ts.every((t) => isCapitalised(t) && !isAllCaps(t)) && !ctx.headline && !isCommonWord(ctx, ts.at(-1)!);
}

/**
 * A name shaped like a person's after "the" ("the Mascarene Archipelago", "the Shinsei Kenkyukai"): a person's
 * name takes no article, so it names a body, or a place after a preposition of place ("in the Greene Space").
 * (Re-DocRED dev: "the Teutonic Knights", "the Planning Inspectorate", "the Shōwa Kenkyūkai", "in the National Gallery",
 * "on the Champs-Élysées", documents 324, 266, 207, 329, 302.)
 */
function articledType(ctx: Ctx, [a, b]: Range): EntityType | null {
  const { tokens } = ctx.sentence;
  if (tokens[a - 1]?.normal !== 'the') return null;
  // (not a name cut before its "of" or "in": "the Grand Duchy of Finland" is typed no better by its first words)
  if ((tokens[b + 1]?.normal === 'of' || tokens[b + 1]?.normal === 'in') && tokens[b + 2] && isCapitalised(tokens[b + 2]!)) return null;
  const prep = tokens[a - 2];
  return prep && (LOCATIVE_PREPOSITIONS.has(prep.normal) || prep.normal === 'on') ? 'LOCATION' : 'ORGANIZATION';
}

/**
 * A doctrine's or a movement's name ("Calvinism", "Evangelicalism"), which no place has: "converted to X" and "in X" do not
 * make it one (Re-DocRED dev documents 341, 461, 464, 51).
 */
const isDoctrine = (t: Token) => /[a-z]isms?$/.test(t.normal);

/** Whether a word is a word of the language that no tag reads as a person's name. */
const isCommonWord = (ctx: Ctx, t: Token) => ctx.knownWord(t.normal) && !has(t, 'Person', 'FirstName', 'LastName', 'Place', 'Organization');
/** An abstract noun by its ending ("Neutrality", "Prosperity", "Mission"), which no person's name has. */
const isAbstractNoun = (t: Token) => !has(t, 'Person', 'FirstName', 'LastName')
  && ABSTRACT_NOUN_ENDINGS.some(([ending, min]) => t.normal.length >= min && t.normal.endsWith(ending));

/** "Bethany, Conn.", "Brooklyn, N.Y.": a US state's postal abbreviation after a town. */
function stateAbbreviation(ctx: Ctx, [a, b]: Range): EntityType | null {
  const { tokens } = ctx.sentence;
  if (a !== b || a === 0 || !US_STATE_ABBREVIATIONS.has(wordKey(tokens[a]!))) return null;
  return /^\s*,\s*$/.test(gapBetween(ctx.text, tokens[a - 1]!, tokens[a]!)) && isCapitalised(tokens[a - 1]!) ? 'LOCATION' : null;
}

/** Type of an unknown name from the words around it: "in X" is a place, "X said" a person. */
function contextType(ctx: Ctx, [a, b]: Range): EntityType | null {
  const { tokens } = ctx.sentence;
  const prev = tokens[a - 1], next = tokens[b + 1], after = tokens[b + 2];
  const gapAfter = next ? gapBetween(ctx.text, tokens[b]!, next) : '';
  if (isDoctrine(tokens[b]!)) return null;
  if (next && /^\s*,\s*$/.test(gapAfter) && US_STATE_ABBREVIATIONS.has(wordKey(next)) && isCapitalised(next)) return 'LOCATION';
  // ("Colombo, Sri Lanka"; not "Santosh Jha, India's High Commissioner" nor "Kazuya Endo, Tokyo's ambassador": a place's
  // possessive opens a description of the name (news-fresh10, news-fresh11 "Punjab's caretaker chief minister", news-fresh30
  // "Washington's special representative"); nor "the Foreign Ministers of Botswana, X, Tunisia, Y": a name between two
  // countries of a list)
  const listed = !!prev && /^\s*,\s*$/.test(gapBetween(ctx.text, prev, tokens[a]!)) && has(prev, 'Country');
  if (next && /^\s*,\s*$/.test(gapAfter) && has(next, 'Place', 'Country', 'Region') && !isPossessive(next) && !(has(next, 'Country') && listed)) return 'LOCATION';
  // "in X"; "a native of X"; "Brian Michaud of Millinocket"
  // (not after a capitalised abstract noun: "the Propagation of Virtue" names no place)
  const owner = prev?.normal === 'of' ? tokens[a - 2] : undefined;
  if (owner && KIN_OF_WORDS.has(owner.normal)) return 'PERSON';
  // (not a source or a partner after "to": "according to X", "married to X"; nor an owner: "in X's novel")
  const destination = prev?.normal !== 'to' || !NOT_DESTINATIONS_BEFORE_TO.has(tokens[a - 2]?.normal ?? '');
  // "Daniel Sullivan, 30, of Boothbay": a person's age in commas, then where they live (CoNLL04 train and dev, five texts)
  const aged = !!owner && /^\d{1,3}$/.test(owner.text) && /^\s*,\s*$/.test(gapBetween(ctx.text, owner, prev!)) && !!tokens[a - 3] && /^\s*,\s*$/.test(gapBetween(ctx.text, tokens[a - 3]!, owner));
  if (prev && ((LOCATIVE_PREPOSITIONS.has(prev.normal) && destination && !isPossessive(tokens[b]!)) || aged || (owner && (has(owner, 'Actor') || (isCapitalised(owner) && !COMMON_NOUN_ENDINGS.test(owner.normal)))))) return 'LOCATION';
  if (prev && (SPEECH_VERBS.has(prev.normal) || PERSON_OBJECT_VERBS.has(prev.normal))) return 'PERSON';
  if (next?.normal === 'and' && after && (after.normal === 'his' || after.normal === 'her')) return 'PERSON'; // "Lennon and his wife"
  if (next && SPEECH_VERBS.has(next.normal) && /^\s*$/.test(gapAfter)) return 'PERSON';
  // the subject of a verb in the past ("Booth wore false whiskers") is more often a person than a place
  if (next && has(next, 'PastTense') && !has(next, 'Participle') && /^\s*$/.test(gapAfter) && !opensClause(ctx.text, tokens, a)) return 'PERSON';
  if (next && after && /^\s*,\s*$/.test(gapAfter) && has(next, 'Value') && /^\d+$/.test(next.text)) return 'PERSON'; // "Cheek, 53,"
  if (b === a && isAllCaps(tokens[a]!) && tokens[a]!.text.length > 5 && next && /^\s*,/.test(gapAfter)) return 'LOCATION'; // dateline "DAYTON, Ohio"
  return null;
}

/**
 * Context that outweighs a name's shape: "of Bethany, Conn." is a town whatever "Bethany" looks like;
 * "Harrington, a professor ..." and "Starr, who ..." are persons.
 */
function strongContextType(ctx: Ctx, [a, b]: Range): EntityType | null {
  const { tokens } = ctx.sentence;
  const prev = tokens[a - 1], next = tokens[b + 1];
  // "Dole's wife", "Belli's clients": a possessive name before a person's relation
  if (a === b && next && isPossessive(tokens[a]!) && PERSON_POSSESSIONS.has(next.normal) && !has(tokens[a]!, 'Organization', 'Place')) return 'PERSON';
  // "The Independent reported", "the Court said": a name after an article that speaks is a body (a person's name takes no article)
  if (a === b && prev?.normal === 'the' && next && BODY_SPEECH_VERBS.has(next.normal) && /^\s+$/.test(gapBetween(ctx.text, tokens[b]!, next))) return 'ORGANIZATION';
  const place = ctx.placeAt(a) || ts(tokens, a, b).some((t) => has(t, 'Place', 'Country'));
  // "president of Eaglebrook Plastics", "the coach of the Gary SouthShore RailCats": a post's "of" names a body
  const ofAt = prev?.normal === 'the' ? a - 2 : a - 1;
  const post = tokens[ofAt - 1];
  if (!place && tokens[ofAt]?.normal === 'of' && post && !isCapitalised(post) && BODY_POST_NOUNS.has(post.normal) && !isPossessive(tokens[b]!)) return 'ORGANIZATION';
  // "plays for Partick Thistle", "played for River Plate", "playing for the Adler Mannheim": whom a player plays for is a
  // team (Re-DocRED dev documents 283, 408; with the article, 39, 239, 343)
  const forAt = prev?.normal === 'the' ? a - 2 : a - 1;
  if (!place && tokens[forAt]?.normal === 'for' && tokens[forAt - 1] && PLAYING_VERBS.has(tokens[forAt - 1]!.normal) && !isPossessive(tokens[b]!)) return 'ORGANIZATION';
  // "the Smokehouse cafe in Fontana", "a rural precinct near Lemmon": one word after "in" or "near" is a place, whatever it looks like
  // ("in nearby Mitrovica", "in suburban Larchmont": a lower-case word of position may stand between)
  const positioned = !!prev && PLACE_POSITION_WORDS.has(prev.text) && !!tokens[a - 2] && (tokens[a - 2]!.normal === 'in' || tokens[a - 2]!.normal === 'near');
  if (a === b && !ctx.headline && prev && (prev.normal === 'in' || prev.normal === 'near' || positioned) && !isPossessive(tokens[a]!) && !isAllCaps(tokens[a]!) && !isDoctrine(tokens[a]!)
    && !has(tokens[a]!, 'Organization') && !(next && isCapitalised(next) && /^\s+$/.test(gapBetween(ctx.text, tokens[b]!, next)))) return 'LOCATION';
  // "a Modesto native", "north of Whitefish", "the Louisville suburb of Okolona": words of place around a name
  if (next && PLACE_PEOPLE_NOUNS.has(next.normal) && !isCapitalised(next) && /^\s+$/.test(gapBetween(ctx.text, tokens[b]!, next)) && !isPossessive(tokens[b]!)) return 'LOCATION';
  if (a === b && !ctx.headline && prev?.normal === 'of' && tokens[a - 2] && PLACE_OF_WORDS.has(tokens[a - 2]!.normal) && !isCapitalised(tokens[a - 2]!)) return 'LOCATION';
  // "Cairo AL-AHALI in Arabic": a monitoring service's source line names a paper or station, then its language
  if (next?.normal === 'in' && tokens[b + 2] && LANGUAGES.has(tokens[b + 2]!.normal) && isCapitalised(tokens[b + 2]!) && !ctx.placeAt(a)) return 'ORGANIZATION';
  // "an Emery employee", "Burlington spokesman Gus Melonas": a body's people after its name
  // a one-word owner may be a person with staff of their own: "Rabin's spokesman"
  const personal = isPossessive(tokens[b]!) && (a === b || ts(tokens, a, b).some((t) => has(t, 'Person', 'FirstName', 'LastName')));
  if (next && !place && !personal && (ORG_MEMBER_NOUNS.has(next.normal) || ORG_SERVICE_NOUNS.has(next.normal) || (ORG_KIND_NOUNS_AFTER.has(next.normal) && !(a === b && isCommonWord(ctx, tokens[a]!)))) && !isCapitalised(next) && /^\s+$/.test(gapBetween(ctx.text, tokens[b]!, next))) return 'ORGANIZATION';
  // "the Chilean copper company Codelco": a kind of body before its name
  if (prev && !place && ORG_KIND_NOUNS.has(prev.normal) && !isCapitalised(prev) && /^\s+$/.test(gapBetween(ctx.text, prev, tokens[a]!))) return 'ORGANIZATION';
  // "composer Gordon Parks", "Mormon leader Brigham Young": a lower-case occupation or title right before a name
  if (prev && !ctx.placeAt(a) && b - a < 3 && /^\p{Ll}+$/u.test(prev.text) && !NOT_OCCUPATIONS.has(prev.normal) && (has(prev, 'Actor') || Object.hasOwn(TITLES, prev.normal)) && !ORG_KIND_NOUNS.has(prev.normal)
    && /^\s+$/.test(gapBetween(ctx.text, prev, tokens[a]!)) && !ts(tokens, a, b).some((t) => has(t, 'Organization'))) return 'PERSON';
  // "Occhetto (leader of the Democratic Party of the Left)": a person's office in parentheses after a one-word name
  if (a === b && next && !ctx.placeAt(a) && /^\s*\(\s*$/.test(gapBetween(ctx.text, tokens[b]!, next)) && !isCapitalised(next) && isPersonRole(next)) return 'PERSON';
  if (!next || !/^,\s+$/.test(gapBetween(ctx.text, tokens[b]!, next))) return null;
  // "Lazutkin, former first deputy general director of ...": an office in apposition to a one-word name
  if (a === b && !ctx.placeAt(a) && !has(tokens[a]!, 'Organization') && !isCapitalised(next) && (OFFICE_OPENERS.has(next.normal) || Object.hasOwn(TITLES, next.normal))) return 'PERSON';
  const placeAfter = isCapitalised(next) && (US_STATE_ABBREVIATIONS.has(wordKey(next)) || ctx.placeAt(b + 1));
  if (!placeAfter && bodyApposition(ctx, [a, b])) return 'ORGANIZATION';
  // a first name opening two words or more may still be a person's ("of John Tully, Calif."); one word is the town
  if (placeAfter && prev && (LOCATIVE_PREPOSITIONS.has(prev.normal) || prev.normal === 'of') && (a === b || !has(tokens[a]!, 'FirstName'))) return 'LOCATION';
  // "lost to Hakainde Hichilema, who …", "a successor to G R, 74, …", "from N N, the 81-year-old …": a clause or an age
  // after a name of several words tells a person, whatever a preposition before it says (no body's or place's word in it)
  if (a !== b && !placeAfter && personClauseAfter(tokens, b + 1) && !ts(tokens, a, b).some((t) => has(t, 'Organization', 'Country', 'Place', 'Region', 'City') || ORG_HEADS.has(wordKey(t)) || LOC_HEADS.has(wordKey(t)))) return 'PERSON';
  if (a !== b || has(tokens[a]!, 'Organization')) return null;
  if (next.normal === 'who' || (/^\d{1,3}$/.test(next.text) && /^,/.test(next.post))) return 'PERSON';
  if (next.normal === 'a' || next.normal === 'an') {
    // the appositive's head noun, up to its closing comma: "a senior Defense Ministry official,"
    let k = b + 2;
    while (tokens[k + 1] && !/^,/.test(tokens[k]!.post) && !APPOSITIVE_STOPS.has(tokens[k + 1]!.normal) && k < b + 6) k++;
    const head = tokens[k];
    if (head && !isCapitalised(head) && (has(head, 'Actor') || PERSON_NOUNS.has(head.normal) || Object.hasOwn(TITLES, head.normal))) return 'PERSON';
  }
  return null;
}

/**
 * After a name (no known place) and its comma (tested by the caller, for every reading after a comma), words only a body
 * takes: "led by" ("Palang Pracharath, led by ...", "Fuerza Popular, which is led by ..."), or an appositive whose head is
 * a kind of body ("Al Masirah, the Houthi-run television channel, ..."; not "a party official", whose head is the
 * official, nor "a company of engineers").
 * Seen: news-fresh28 (ea-thai-election-count-live), news-fresh27 (am-peru-boluarte-removed-jeri-live,
 * me-nasrallah-killed-beirut-live), news-fresh22 (me-sanaa-airport-strikes-liveblog).
 */
function bodyApposition(ctx: Ctx, [a, b]: Range): boolean {
  const { tokens } = ctx.sentence;
  if (ctx.placeAt(a) || ts(tokens, a, b).some((t) => has(t, 'Place', 'Country', 'City', 'Region'))) return false;
  const k = tokens[b + 1]?.normal === 'which' && tokens[b + 2]?.normal === 'is' ? b + 3 : b + 1;
  if (tokens[k]?.normal === 'led' && tokens[k + 1]?.normal === 'by') return true;
  if (!['the', 'a', 'an'].includes(tokens[b + 1]?.normal ?? '')) return false;
  for (let j = b + 2; j <= b + 5 && tokens[j]; j++) {
    const t = tokens[j]!, after = tokens[j + 1];
    // (before "of" a kind of body keeps no sense of its own: "Orvalle, a company of engineers")
    if (ORG_KIND_NOUNS.has(t.normal) && !isCapitalised(t) && !isPossessive(t)) return !after || /^[,;]/.test(t.post) || (!has(after, 'Noun') && after.normal !== 'of');
    if (/^[,;]/.test(t.post) || APPOSITIVE_STOPS.has(t.normal)) return false;
  }
  return false;
}

/** After a name and its comma, words only a person's name takes: "who", "whose", an age ("74,", "the 81-year-old"). */
function personClauseAfter(tokens: Token[], k: number): boolean {
  const next = tokens[k];
  if (!next) return false;
  if (next.normal === 'who' || next.normal === 'whose') return true;
  if (/^\d{1,3}$/.test(next.text) && /^,/.test(next.post)) return true;
  // ("81-year-old" comes as three tokens: "81", "year", "old")
  return (next.normal === 'the' || next.normal === 'an' || next.normal === 'a') && /^\d{1,3}$/.test(tokens[k + 1]?.text ?? '')
    && tokens[k + 2]?.normal === 'year' && tokens[k + 3]?.normal === 'old';
}

/** How far a description's head may stand from its article: "an American alternative rock band". */
const DESCRIPTION_REACH = 5;

/**
 * The type a description right after a name gives it, by copula or apposition: "Bohumín is a town in …",
 * "Sha Na Na (formed 1969) is an American rock band", "Goght, a village in Armenia". A parenthesis after the
 * name is passed over; the head is the last word before the description's first complement (DESCRIPTION_HEADS).
 */
function describedType(ctx: Ctx, [, b]: Range): EntityType | null {
  const { tokens } = ctx.sentence;
  let k = b + 1;
  // (a bracket may stand in the gap or in the token's own text: "(1950)", "(also Kesra)")
  if (tokens[k] && (/\(/.test(gapBetween(ctx.text, tokens[b]!, tokens[k]!)) || tokens[k]!.text.startsWith('('))) {
    while (tokens[k] && !tokens[k]!.post.includes(')') && !tokens[k]!.text.endsWith(')') && k < b + 30) k++;
    k++;
  }
  const link = tokens[k];
  if (!link) return null;
  const gap = gapBetween(ctx.text, tokens[k - 1]!, link);
  if (DESCRIBING_VERBS.has(link.normal) && /^[\s)]*$/.test(gap)) k++;
  else if (!/^\s*\)?\s*,\s*$/.test(gap)) return null;
  if (!['a', 'an', 'the'].includes(tokens[k]?.normal ?? '')) return null;
  let head: Token | undefined;
  for (let j = k + 1; j <= k + DESCRIPTION_REACH && tokens[j] && !DESCRIPTION_STOPS.has(tokens[j]!.normal); j++) {
    head = tokens[j]!;
    if (/[,.;:()]/.test(head.post)) break;
  }
  if (!head || isCapitalised(head) || !Object.hasOwn(DESCRIPTION_HEADS, head.normal)) return null;
  const type = DESCRIPTION_HEADS[head.normal]!;
  // "a company of the Special Operations Group", "a band of rebels": before "of" only a place's kind keeps its sense ("a suburb of Y")
  if (type !== 'LOCATION' && tokens[tokens.indexOf(head) + 1]?.normal === 'of') return null;
  return type;
}

/** Whether a lower-case word names a person's office or occupation: "leader", "former", "ambassador". */
const isPersonRole = (t: Token) => Object.hasOwn(TITLES, t.normal) || PERSON_NOUNS.has(t.normal);
/** Title modifiers that open an office held by a person ("Lazutkin, former ..."), unlike "then" or "first". */
const OFFICE_OPENERS = new Set(['former', 'late', 'acting', 'deputy', 'vice', 'assistant', 'interim', 'retired', 'outgoing', 'incoming']);

/** Words compromise reads as persons' nouns that do not introduce a name: "a native Detroiter". */
const NOT_OCCUPATIONS = new Set(['native', 'natives', 'resident', 'residents', 'citizen', 'citizens', 'man', 'woman', 'men', 'women']);

/** Words that close an appositive's head noun: "a fellow appointee of President Reagan". */
const APPOSITIVE_STOPS = new Set(['of', 'for', 'at', 'in', 'with', 'from', 'who', 'whose', 'to', 'on']);

/** Common-noun endings: a sentence's first word with one of them is a thing, not a name ("Inflation rose"). */
const COMMON_NOUN_ENDINGS = /(tion|sion|ment|ness|ity|ance|ence|ism|ship|ure|age|ing|ery|ics|ogy|ure|ant|ist|dom|hood)$/;

/**
 * An unknown word opening a sentence: the subject of a verb in the past or a passive ("Sirhan was convicted",
 * "Treiki disclosed") is guessed a person when the word is neither in compromise's lexicon nor shaped like
 * a common noun; any other stays unknown, for resolution to tie to a full name in the article or drop.
 */
function openingSubjectType(ctx: Ctx, a: number): EntityType {
  const { tokens } = ctx.sentence;
  const t = tokens[a]!, next = tokens[a + 1], after = tokens[a + 2];
  if (!next || !/^\s+$/.test(gapBetween(ctx.text, t, next)) || t.text.length < 3 || isAllCaps(t)) return 'OTHER';
  if (ctx.knownWord(t.normal) || COMMON_NOUN_ENDINGS.test(t.normal)) return 'OTHER';
  if (next.normal === 'and' && after && (after.normal === 'his' || after.normal === 'her')) return 'PERSON';
  // "Ruby fatally shot", "Bloch also read": an adverb may stand between subject and verb
  const verbAt = has(next, 'Adverb') && after ? a + 2 : a + 1;
  const verb = tokens[verbAt]!;
  // "Lennon was fatally shot": an adverb may stand inside the passive too
  const then = tokens[verbAt + 1] && has(tokens[verbAt + 1]!, 'Adverb') ? tokens[verbAt + 2] : tokens[verbAt + 1];
  const pastVerb = has(verb, 'PastTense') && !has(verb, 'Participle', 'Adjective');
  const passive = ['was', 'is', 'had'].includes(verb.normal) && !!then && has(then, 'PastTense');
  // "Birand asserts", "Gilmore says": a verb of saying in the present
  const saying = SPEECH_VERBS.has(verb.normal) || (has(verb, 'PresentTense') && SPEECH_VERBS.has(verb.normal.replace(/s$/, 'ed')));
  return pastVerb || passive || saying ? 'PERSON' : 'OTHER';
}

const span = (ctx: Ctx, start: number, end: number) => ctx.text.slice(start, end);

function mentionOf(ctx: Ctx, [a, b]: Range, type: EntityType, source: Mention['source']): Mention {
  const { tokens } = ctx.sentence;
  const start = tokens[a]!.start;
  let end = tokens[b]!.end;
  const possessive = isPossessive(tokens[b]!);
  const poss = /['’]s$/i.exec(ctx.text.slice(start, end));
  if (poss) end -= 2;
  const m: Mention = { sentence: ctx.sentence.index, start, end, text: span(ctx, start, end), type, source, tokens: [a, b] };
  if (possessive) m.possessive = true;
  return m;
}

function gazetteerMention(ctx: Ctx, hit: GazetteerHit): Mention {
  const m: Mention = {
    sentence: ctx.sentence.index, start: hit.start, end: hit.end, text: span(ctx, hit.start, hit.end),
    type: hit.entry.type, gazetteerId: hit.entry.id, source: 'gazetteer', tokens: hit.tokens,
  };
  if (hit.entry.kind) m.kind = hit.entry.kind;
  if (hit.form === 'demonym') m.demonym = true;
  if (isPossessive(ctx.sentence.tokens[hit.tokens[1]]!)) m.possessive = true;
  return m;
}

/** Names in one sentence, in text order, with titles attached to persons and acronyms to their expansion. */
export interface RecognizeOptions {
  /** whether the parser's lexicon knows a lower-case word (see src/nlp knownWord) */
  knownWord?: (normal: string) => boolean;
}

export function recognizeSentence(text: string, sentence: Sentence, gazetteer: Gazetteer, options: RecognizeOptions = {}): Mention[] {
  const { tokens } = sentence;
  const hits = withoutJoinedStandalone(text, sentence, splitCountryPrefixes(text, sentence, gazetteer, matchGazetteer(text, sentence, gazetteer)), options.knownWord ?? (() => false));
  const hitAt = new Map<number, GazetteerHit>();
  for (const h of hits) for (let k = h.tokens[0]; k <= h.tokens[1]; k++) hitAt.set(k, h);
  const placeAt = (i: number) => {
    const h = hitAt.get(i);
    return !!h && h.form !== 'demonym' && (h.entry.type === 'LOCATION' || h.entry.type === 'COUNTRY');
  };
  const ctx: Ctx = { text, sentence, gazetteer, placeAt, knownWord: options.knownWord ?? (() => false), headline: isHeadline(sentence) };
  const out: Mention[] = [];
  const pendingTitles = new Map<Mention, { a: number; b: number; role: string }>();
  const emitted = new Set<GazetteerHit>();
  const known = options.knownWord;
  const spans = nameSpans(text, sentence, (i) => hitAt.has(i), known ? (i) => !known(tokens[i]!.normal) : undefined);
  // (a style is a name where the gazetteer's name runs on past it, "Sri Lanka", or it is written in capitals, "RT"; not "Rt. Hon.")
  const namedAt = (i: number) => { const h = hitAt.get(i); return !!h && (h.tokens[0] < i || h.tokens[1] > i || isAllCaps(tokens[i]!)); };
  for (const s of withoutPortfolioTitles(tokens, spans, namedAt)) {
    for (const piece of splitSpan(ctx, s, hitAt)) {
      if ('hit' in piece) {
        // a name across punctuation ("Washington, D.C.") is reached from the span on each side of it
        if (!emitted.has(piece.hit)) out.push(gazetteerMention(ctx, piece.hit));
        emitted.add(piece.hit);
        continue;
      }
      if (piece.type) { out.push(mentionOf(ctx, piece.range, piece.type, 'pattern')); continue; }
      for (const m of leftovers(ctx, piece.range)) {
        out.push(m.mention);
        if (m.title) pendingTitles.set(m.mention, m.title);
      }
    }
  }
  out.push(...lowerCaseEvents(ctx, out), ...numberedResolutions(ctx, out));
  dropDatelineWords(ctx, out);
  // "Sen. Carl Levin, D-Mich.": a legislator's party and state, not a mention of the state
  for (let k = out.length - 1; k >= 0; k--) if (/(^|[\s(,])[RDI]-$/.test(text.slice(Math.max(0, out[k]!.start - 3), out[k]!.start))) out.splice(k, 1);
  out.sort((x, y) => x.start - y.start || y.end - x.end);
  typeByCoordination(ctx, out);
  typeListsOfBodies(ctx, out);
  out.push(...speakerLabels(ctx, out));
  out.sort((x, y) => x.start - y.start || y.end - x.end);
  joinNameContinuations(ctx, out);
  readUsStates(ctx, out);
  joinLowerCaseHeads(ctx, out);
  joinPlaceHeads(ctx, out);
  joinNumbers(ctx, out);
  attachTitles(ctx, out, pendingTitles);
  linkAcronyms(ctx, out);
  return out;
}

/**
 * "Resolution 2722", "resolution ES-10/23": a resolution named by its number is a text of its own (OTHER), whatever
 * the case of "resolution"; a letter code inside the number ("ES" of an emergency session) is no name of its own.
 */
function numberedResolutions(ctx: Ctx, found: Mention[]): Mention[] {
  const { tokens } = ctx.sentence;
  const out: Mention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!RESOLUTION_WORDS.has(tokens[i]!.normal) || !/^\s+$/.test(gapBetween(ctx.text, tokens[i]!, tokens[i + 1]!))) continue;
    // the number: one token ("2722") or a code and its number joined without a space ("ES" "-11/6")
    let b = i + 1;
    while (b + 1 < tokens.length && b < i + 3 && gapBetween(ctx.text, tokens[b]!, tokens[b + 1]!).trim() === gapBetween(ctx.text, tokens[b]!, tokens[b + 1]!) && /^[-/]?$/.test(gapBetween(ctx.text, tokens[b]!, tokens[b + 1]!))) b++;
    const number = ctx.text.slice(tokens[i + 1]!.start, tokens[b]!.end);
    // (a lower-case "resolution" before a bare count is no name: "the resolution 12 states backed")
    if (!RESOLUTION_NUMBER.test(number) || (!isCapitalised(tokens[i]!) && /^\d+$/.test(number))) continue;
    for (let k = found.length - 1; k >= 0; k--) {
      const m = found[k]!;
      if (m.tokens[1] < i || m.tokens[0] > b) continue;
      // ("UN Security Council Resolution 2722": the body's name before the word stays the body)
      found.splice(k, 1, ...(m.tokens[0] < i ? [mentionOf(ctx, [m.tokens[0], i - 1], 'ORGANIZATION', m.source)] : []));
    }
    out.push(mentionOf(ctx, [i, b], 'OTHER', 'pattern'));
    i = b;
  }
  return out;
}
const RESOLUTION_WORDS: ReadonlySet<string> = new Set(['resolution']);
/** a resolution's number: "2722", "ES-11/6", "A/RES/77/247" */
const RESOLUTION_NUMBER = /^(?:[A-Z]{1,3}[-/])*\d+(?:[-/]\d+)*$/;

/**
 * "TBILISI, Georgia (Wire) —": a word of the language in a dateline's parentheses after its place is a placeholder
 * for the wire service, no name (an agency's own name, "(AP)", "(BTA)", is in the gazetteer or no dictionary word).
 */
function dropDatelineWords(ctx: Ctx, out: Mention[]): void {
  const { tokens } = ctx.sentence;
  for (let k = out.length - 1; k > 0; k--) {
    const m = out[k]!, place = out[k - 1]!;
    const t = tokens[m.tokens[0]]!;
    if (m.source !== 'ner' || m.tokens[0] !== m.tokens[1] || (place.type !== 'COUNTRY' && place.type !== 'LOCATION')) continue;
    if (!/^\s*\(\s*$/.test(ctx.text.slice(place.end, m.start)) || !t.post.trimStart().startsWith(')') || !ctx.knownWord(t.normal)) continue;
    out.splice(k, 1);
  }
}

/** Words after a company's name that name one of its services, not a unit: "United Airlines Flight 232". */
const SERVICE_WORDS = new Set(['flight', 'flights', 'model', 'series']);

/** Modifiers that, before a body's one-word name, name another body: "National Congress", "Federal Assembly". */
const BODY_MODIFIERS = new Set(['national', 'federal', 'provisional', 'constituent', 'continental', 'supreme', 'grand', 'central', 'popular', 'transitional', 'interim', 'people']);

/** A range, possibly typed by the construction that cut it out. */
type Piece = { hit: GazetteerHit } | { range: Range; type?: EntityType };

/** "Radio Riga Network", "Radio France International", "Teleonce Television": a broadcaster's name. */
const BROADCAST_LAST_WORDS = new Set(['network', 'television', 'radio', 'tv']);
const isBroadcaster = (tokens: Token[], a: number, b: number) =>
  MEDIA_FIRST_WORDS.has(wordKey(tokens[a]!)) || BROADCAST_LAST_WORDS.has(wordKey(tokens[b]!));

/**
 * Cuts a span at gazetteer names, unless the span's own head word makes it one longer name
 * ("China Central Television", "Chinese Foreign Ministry") or a region word leads a place ("Latin America").
 */
function splitSpan(ctx: Ctx, [a, b]: Range, hitAt: Map<number, GazetteerHit>): Piece[] {
  const { tokens } = ctx.sentence;
  const whole = hitAt.get(a);
  if (whole && whole === hitAt.get(b) && whole.tokens[0] === a && whole.tokens[1] === b) return [{ hit: whole }];
  const inside = [...new Set([...Array(b - a + 1).keys()].map((k) => hitAt.get(a + k)).filter((h): h is GazetteerHit => !!h))];
  if (!inside.length) return [{ range: [a, b] }];
  if (isCityTeam(ctx, [a, b], inside)) return [{ range: [a, b], type: 'ORGANIZATION' }];
  // a wire dateline before a broadcaster: "Riga Radio Riga Network", "Tunis Tunisian Republic Radio Network"
  const lead = hitAt.get(a);
  if (lead && lead.tokens[0] === a && lead.tokens[1] < b && ctx.placeAt(a) && isBroadcaster(tokens, lead.tokens[1] + 1, b))
    return [{ hit: lead }, { range: [lead.tokens[1] + 1, b], type: 'ORGANIZATION' }];
  // "Gannett New Media", "General Electric Aircraft Engines": a company's name leads the name of its unit
  const lead0 = hitAt.get(a);
  if (lead0 && inside.length === 1 && lead0.entry.kind === 'company' && lead0.tokens[0] === a && lead0.tokens[1] < b
    && !titleWithin(tokens, lead0.tokens[1] + 1, b) && !SERVICE_WORDS.has(wordKey(tokens[lead0.tokens[1] + 1]!)) && !tokens.slice(lead0.tokens[1] + 1, b + 1).some((t) => has(t, 'FirstName', 'Person')))
    return [{ range: [a, b], type: 'ORGANIZATION' }];
  const lastHit = hitAt.get(b);
  if (lastHit && isTailOfLongerName(ctx, [a, b], lastHit, hitAt)) return [{ range: [a, b] }];
  const onlyModifiers = inside.every((h) => h.entry.type !== 'PERSON');
  // the span's head makes it one name, unless only one word follows a place ("U.S. Congress" is two names)
  const firstHit = inside[0]!;
  const rest = tokens[firstHit.tokens[1] + 1];
  const bareHead = firstHit.tokens[0] === a && firstHit.entry.type !== 'ORGANIZATION' && !!rest
    // a demonym makes the body its own ("Haitian Parliament"); a place stays a place of its own ("U.S. Congress"), but a
    // state's armed service is named with it ("Pakistan Army", "Bangladesh Navy")
    && ((firstHit.tokens[1] === b - 1 && BARE_ORG_HEADS.has(wordKey(rest)) && firstHit.form !== 'demonym' && !(ARMED_SERVICES.has(wordKey(rest)) && firstHit.entry.type === 'COUNTRY'))
      || MEDIA_FIRST_WORDS.has(wordKey(rest)) || isAllCaps(rest));
  if (!lastHit && onlyModifiers && !bareHead && headType(tokens, [a, b]) && !titleWithin(tokens, a, b)) return [{ range: [a, b] }];
  // "University of South Carolina", "Radio France International": an organisation named after a place
  if (onlyModifiers && (headType(tokens, [a, b]) === 'ORGANIZATION' && tokens.slice(a, b + 1).some((t) => t.normal === 'of') || MEDIA_FIRST_WORDS.has(wordKey(tokens[a]!)))) return [{ range: [a, b] }];
  const fuller = givenNamesBefore(ctx, [a, b], inside) ?? surnameAfter(ctx, [a, b], inside);
  if (fuller) return fuller;
  const given = surnameStart(ctx, [a, b], inside);
  if (given !== null) return [...(given > a ? [{ range: [a, given - 1] as Range }] : []), { range: [given, b], type: 'PERSON' }];
  const pieces = cutAtHits([a, b], inside);
  joinHyphenCompounds(ctx, pieces);
  joinAcrossPieces(ctx, pieces);
  return pieces;
}

/**
 * "Thérèse Kayikwamba Wagner", "Vuong Dinh Hue", "Eduardo Año": a listed one-word name (a town, a body's short name)
 * closing a person's name, after a first name or two words no lexicon knows; returns where the person's name starts
 * (after any title), or null. A state's name or a person's stays listed ("Lake Chad", "Ulisses Correia e Silva" is
 * left alone). Seen: news-fresh m23-goma-congo-rwanda-wire, news-fresh11 drc-rwanda-washington-peace-deal-analysis,
 * biden-hanoi-comprehensive-strategic-partnership; news-dev second-thomas-shoal-analysis.
 */
function surnameStart(ctx: Ctx, [a, b]: Range, inside: readonly GazetteerHit[]): number | null {
  const { tokens } = ctx.sentence;
  const hit = inside[0]!;
  if (inside.length !== 1 || hit.tokens[0] !== b || hit.tokens[1] !== b || b === a) return null;
  if (hit.entry.type === 'PERSON' || hit.entry.type === 'COUNTRY' || hit.form === 'demonym' || isAllCaps(tokens[b]!)) return null;
  let s = a;
  for (let t = titleAt(tokens, s, b - 1); t; t = titleAt(tokens, s, b - 1)) s = t.end + 1;
  const given = tokens.slice(s, b);
  const nameWord = (t: Token) => isCapitalised(t) && !isAllCaps(t) && (has(t, 'FirstName') || !ctx.knownWord(t.normal));
  if (!given.length || given.length > 2 || !given.every(nameWord) || headType(tokens, [s, b]) !== null) return null;
  return has(given[0]!, 'FirstName') || given.length === 2 ? s : null;
}

/**
 * "Prime Minister Muhammad Shehbaz Sharif", "received Mohammad Ishaq Dar": one or two given names (after any title)
 * right before a listed person whose name closes the span are that person's fuller name, not a second person. Seen:
 * news-fresh15 sa-sharif-unga77-readout, news-fresh21 and news-fresh22 (Pakistan's foreign minister's readouts).
 */
function givenNamesBefore(ctx: Ctx, [a, b]: Range, inside: readonly GazetteerHit[]): Piece[] | null {
  const { tokens } = ctx.sentence;
  // ("Prime Minister of Pakistan Muhammad Shehbaz Sharif": the given names follow another listed name, the title's
  // country; seen in one text only, news-fresh27 sa-pakistan-saudi-defence-pact-readout: news-fresh15
  // sa-sharif-unga77-readout has the name without the country, the case above)
  const hit = inside.at(-1)!, before = inside.at(-2);
  if (hit.entry.type !== 'PERSON' || hit.form === 'demonym' || hit.tokens[1] !== b || hit.tokens[0] === a) return null;
  let s = before ? before.tokens[1] + 1 : a;
  if (before && (before.entry.type === 'PERSON' || s === hit.tokens[0])) return null;
  for (let t = titleAt(tokens, s, hit.tokens[0] - 1); t; t = titleAt(tokens, s, hit.tokens[0] - 1)) s = t.end + 1;
  const given = tokens.slice(s, hit.tokens[0]);
  if (!given.length || given.length > 2 || !has(given[0]!, 'FirstName') || !given.every((t) => isCapitalised(t) && !isAllCaps(t) && /^["”]?\s+["“]?$/.test(t.post))) return null;
  const whole: GazetteerHit = { ...hit, start: given[0]!.start, tokens: [s, hit.tokens[1]] };
  return [...(s > a ? cutAtHits([a, s - 1], inside.slice(0, -1)) : []), { hit: whole }];
}

/**
 * "Gabriel Boric Font", "Claudia Sheinbaum Pardo": a listed person (after any title) whose name the span closes with one more
 * capitalised word is that person under a fuller name (a second surname), not a second person. Seen: news-fresh27
 * am-boric-unga77-new-york-readout, news-fresh25 am-sheinbaum-kananaskis-g7-readout.
 */
function surnameAfter(ctx: Ctx, [a, b]: Range, inside: readonly GazetteerHit[]): Piece[] | null {
  const { tokens } = ctx.sentence;
  const hit = inside[0]!;
  if (inside.length !== 1 || hit.entry.type !== 'PERSON' || hit.form === 'demonym' || hit.tokens[1] !== b - 1) return null;
  let s = a;
  for (let t = titleAt(tokens, s, hit.tokens[0] - 1); t; t = titleAt(tokens, s, hit.tokens[0] - 1)) s = t.end + 1;
  const last = tokens[b]!;
  const plainWord = !has(last, 'Date', 'Month', 'WeekDay', 'Place', 'Organization', 'Demonym') && !isAllCaps(last) && isCapitalised(last);
  if (s !== hit.tokens[0] || !plainWord || !/^\s+$/.test(tokens[b - 1]!.post) || isPossessive(tokens[b - 1]!) || headType(tokens, [b, b]) !== null) return null;
  const end = /['’]s$/i.test(last.text) ? last.end - 2 : last.end;
  return [...(s > a ? [{ range: [a, s - 1] as Range }] : []), { hit: { ...hit, end, tokens: [hit.tokens[0], b] } }];
}

/** A span cut into the gazetteer names inside it and the ranges between them. */
function cutAtHits([a, b]: Range, inside: readonly GazetteerHit[]): Piece[] {
  const pieces: Piece[] = [];
  let k = a;
  for (const h of inside) {
    if (h.tokens[0] > k) pieces.push({ range: [k, h.tokens[0] - 1] });
    pieces.push({ hit: h });
    k = h.tokens[1] + 1;
  }
  if (k <= b) pieces.push({ range: [k, b] });
  return pieces;
}

/** Mends, in place, pieces cut through a hyphenated compound: "ITAR-TASS" is one name. */
function joinHyphenCompounds(ctx: Ctx, pieces: Piece[]): void {
  const { tokens } = ctx.sentence;
  // a hyphenated compound is one word: "ITAR-TASS" is not "ITAR" and the agency TASS
  for (let p = 0; p + 1 < pieces.length; p++) {
    const end = pieceEnd(pieces[p]!), next = pieceStart(pieces[p + 1]!);
    if (/^-$/.test(gapBetween(ctx.text, tokens[end]!, tokens[next]!))) {
      const after = pieces[p + 1]!;
      // "Anti-American", "Franco-German", "Afro-Brazilian": a compound ending in a demonym is an adjective; only its
      // demonym names anything, and a prefix before it is no name
      if ('hit' in after && after.hit.form === 'demonym') {
        if ('range' in pieces[p]!) pieces.splice(p--, 1);
        continue;
      }
      // "China-France relations", "the US-India deal": two known names paired by a hyphen before a noun they modify
      // stay two names ("Austria-Hungary collapsed" is one)
      const modified = tokens[pieceEnd(after) + 1];
      if ('hit' in after && 'hit' in pieces[p]! && (pieces[p] as { hit: GazetteerHit }).hit.form !== 'demonym' && modified
        && /^\p{Ll}/u.test(modified.text) && has(modified, 'Noun') && !has(modified, 'Verb')) continue;
      pieces.splice(p, 2, { range: [pieceStart(pieces[p]!), pieceEnd(after)] });
      p--;
    }
  }
}

/** Mends, in place, the pieces a longer name was cut into: a region word or first names before a place, a modifier before a body, a place head after a place, a surname after a place. */
function joinAcrossPieces(ctx: Ctx, pieces: Piece[]): void {
  const { tokens } = ctx.sentence;
  // "Latin America", "Lake Victoria": a region word before a place is part of the place's name;
  // "George Washington", "Milan Martic", "Maria Isabel Salvador": first names before a place's name make a person
  for (let p = 0; p + 1 < pieces.length; p++) {
    const cur = pieces[p]!, next = pieces[p + 1]!;
    if (!('range' in cur) || !('hit' in next) || next.hit.form === 'demonym') continue;
    if (cur.range[1] === cur.range[0] + 1 && next.hit.tokens[0] === cur.range[1] + 1 && has(tokens[cur.range[0]]!, 'FirstName') && has(tokens[cur.range[1]]!, 'FirstName', 'Person')
      && (next.hit.entry.type === 'LOCATION' || next.hit.entry.type === 'COUNTRY') && next.hit.tokens[0] === next.hit.tokens[1]) {
      pieces.splice(p, 2, { range: [cur.range[0], next.hit.tokens[1]], type: 'PERSON' });
      continue;
    }
    if (cur.range[0] !== cur.range[1]) continue;
    const word = tokens[cur.range[0]]!;
    const place = next.hit.entry.type === 'LOCATION' || next.hit.entry.type === 'COUNTRY';
    const regionWord = (REGION_PREFIXES.has(wordKey(word)) || LOC_FIRST_WORDS.has(wordKey(word))) && isCapitalised(word);
    const firstName = has(word, 'FirstName') && !regionWord;
    if (!place || !(regionWord || firstName)) continue;
    // "Juan Orlando Hernández": a surname right after the place word closes the person's name (seen: news-fresh6
    // hernandez-extradition-wire, news-fresh19 am-castro-sworn-in-tegucigalpa-wire)
    const after = pieces[p + 2];
    const surname = firstName && after && 'range' in after && after.range[0] === next.hit.tokens[1] + 1 && after.range[1] <= after.range[0] + 1
      && tokens.slice(after.range[0], after.range[1] + 1).every((t) => has(t, 'LastName') || (isCapitalised(t) && !isAllCaps(t) && !ctx.knownWord(t.normal) && !has(t, 'Place', 'Organization')));
    if (surname) pieces.splice(p, 3, { range: [cur.range[0], after.range[1]], type: 'PERSON' });
    else pieces.splice(p, 2, { range: [cur.range[0], next.hit.tokens[1]] });
  }
  // "National Congress", "Federal Assembly": a modifier before a body's one-word name makes another body's name
  for (let p = 0; p + 1 < pieces.length; p++) {
    const cur = pieces[p]!, next = pieces[p + 1]!;
    if (!('range' in cur) || !('hit' in next) || next.hit.entry.type !== 'ORGANIZATION' || next.hit.tokens[0] !== next.hit.tokens[1]) continue;
    const word = tokens[cur.range[1]]!;
    if (!BODY_MODIFIERS.has(wordKey(word)) || !isCapitalised(word) || next.hit.tokens[0] !== cur.range[1] + 1) continue;
    pieces.splice(p, 2, { range: [cur.range[0], next.hit.tokens[1]], type: 'ORGANIZATION' });
  }
  // "Madison County Judge X", "Ohio River": a place's name, then a place head word, is one place
  for (let p = 0; p + 1 < pieces.length; p++) {
    const cur = pieces[p]!, next = pieces[p + 1]!;
    if (!('hit' in cur) || !('range' in next) || cur.hit.form === 'demonym' || !ctx.placeAt(cur.hit.tokens[0])) continue;
    const head = tokens[next.range[0]]!;
    if (!isCapitalised(head) || !LOC_HEADS.has(wordKey(head)) || next.range[0] !== cur.hit.tokens[1] + 1 || cur.hit.entry.type !== 'LOCATION') continue;
    // (the head may also open a body's name: "U.S. District Court"; a title after it starts a person: "Madison County Judge X")
    if (next.range[1] > next.range[0] && !titleAt(tokens, next.range[0] + 1, next.range[1])) continue;
    const rest: Piece[] = next.range[1] > next.range[0] ? [{ range: [next.range[0] + 1, next.range[1]] }] : [];
    pieces.splice(p, 2, { range: [cur.hit.tokens[0], next.range[0]], type: 'LOCATION' }, ...rest);
  }
  // "Tennessee Williams", "Virginia Towle", "Jordan Peterson": a one-word place, then a surname, ends the name
  const last = pieces.at(-1)!, before = pieces.at(-2);
  if (before && 'hit' in before && 'range' in last && last.range[0] === last.range[1] && before.hit.tokens[0] === before.hit.tokens[1]
    && before.hit.form !== 'demonym' && ctx.placeAt(before.hit.tokens[0])) {
    const place = tokens[before.hit.tokens[0]]!, surname = tokens[last.range[0]]!;
    const plain = surname.tags.every((x) => x === 'Noun' || x === 'ProperNoun' || x === 'Singular');
    if (!isAllCaps(surname) && (has(surname, 'LastName', 'FirstName') || (has(place, 'Person') && plain)))
      pieces.splice(-2, 2, { range: [before.hit.tokens[0], last.range[1]], type: 'PERSON' });
  }
}

/**
 * "the Chicago Bears", "the Edmonton Oilers", "FC Brno": a team named after its city, as compromise knows it (SportsTeam) or as
 * written, a city and one capitalised plural that heads nothing else ("Beijing Olympics" is an event, "Kyiv Forces" a body).
 */
function isCityTeam(ctx: Ctx, [a, b]: Range, inside: GazetteerHit[]): boolean {
  const { tokens } = ctx.sentence;
  if (tokens.slice(a, b + 1).every((t) => has(t, 'SportsTeam'))) return true;
  // "FC Brno", "Brno FC": a club's abbreviation makes the place's name its club's
  const club = (t: Token) => ORG_FIRST_WORDS.has(wordKey(t)) && isAllCaps(t);
  if (b > a && (club(tokens[a]!) || club(tokens[b]!))) return true;
  const city = inside[0]!;
  if (inside.length !== 1 || city.tokens[0] !== a || city.tokens[1] !== b - 1 || city.form === 'demonym' || !TEAM_CITY_KINDS.has(city.entry.kind ?? '')) return false;
  const last = tokens[b]!;
  return /^\p{Lu}\p{Ll}+s$/u.test(last.text) && !headWordType(tokens, b, false) && !Object.hasOwn(TITLES, wordKey(last)) && /^\s+$/.test(gapBetween(ctx.text, tokens[b - 1]!, last));
}

/** Kinds of place a team is named after. */
const TEAM_CITY_KINDS = new Set(['city', 'capital']);

/**
 * "Peace and Security Council", "Supreme National Security Council": a gazetteer alias ("Security Council") that
 * closes a longer name whose other words are no gazetteer name, title or person is only the tail of another
 * body's name; the whole span is that body, typed by its head.
 */
function isTailOfLongerName(ctx: Ctx, [a, b]: Range, hit: GazetteerHit, hitAt: Map<number, GazetteerHit>): boolean {
  const { tokens } = ctx.sentence;
  if (hit.tokens[1] !== b || hit.tokens[0] <= a) return false;
  if (isOtherStatesBody(ctx, a, hit, hitAt)) return true;
  // ("Social Democratic Party", "Peoples Democratic Party": a party's generic name closes another party's; seen: news-fresh6
  // romania-runoff-dan-simion-live, news-fresh10 nigeria-2023-election-analysis)
  const party = hit.form === 'name' && hit.entry.kind === 'party';
  if ((hit.form !== 'alias' && !party) || hit.entry.type === 'PERSON') return false;
  const before = tokens.slice(a, hit.tokens[0]);
  if (party && before.some((t) => TITLE_MODIFIERS.has(t.normal) || NOT_NAMES.has(t.normal) || isPossessive(t))) return false;
  const connector = before.at(-1)!.normal;
  if (!isCapitalised(before.at(-1)!) && connector !== 'and') return false;
  // "the Internal Revenue Service and Manufacturers Hanover": a name with a head of its own before "and" is coordinated
  if (connector === 'and' && (before.length < 2 || headType(tokens, [a, hit.tokens[0] - 2]))) return false;
  if (before.some((t, k) => hitAt.has(a + k) || has(t, 'Person', 'FirstName', 'LastName') || isAllCaps(t))) return false;
  return !titleWithin(tokens, a, hit.tokens[0] - 1) && !!headType(tokens, [a, b]);
}

/**
 * "Russian Security Council", "Antigua and Barbuda Labour Party": a state's name or demonym right before a body's
 * generic gazetteer name that belongs to no state or to another ("Security Council" is the UN's, "Labour Party"
 * Britain's) names that state's own body; "British Labour Party" and "Israeli Knesset" stay the listed body.
 */
function isOtherStatesBody(ctx: Ctx, a: number, hit: GazetteerHit, hitAt: Map<number, GazetteerHit>): boolean {
  const place = hitAt.get(a);
  if (!place || place.tokens[0] !== a || place.tokens[1] !== hit.tokens[0] - 1 || place.entry.type !== 'COUNTRY') return false;
  if (hit.form === 'acronym' || hit.entry.type !== 'ORGANIZATION' || hit.tokens[1] === hit.tokens[0] || hit.entry.country === place.entry.id) return false;
  const { tokens } = ctx.sentence;
  return /^\s+$/.test(gapBetween(ctx.text, tokens[place.tokens[1]]!, tokens[hit.tokens[0]]!)) && !isPossessive(tokens[place.tokens[1]]!);
}

const pieceStart = (p: Piece): number => ('hit' in p ? p.hit.tokens[0] : p.range[0]);
const pieceEnd = (p: Piece): number => ('hit' in p ? p.hit.tokens[1] : p.range[1]);

const titleWithin = (tokens: Token[], a: number, b: number) => {
  for (let k = a; k <= b; k++) if (titleAt(tokens, k, b)) return true;
  return false;
};

type Leftover = { mention: Mention; title?: { a: number; b: number; role: string } };

/** A title inside a span cuts it: "Illinois Gov. James Thompson" is a place, then a titled person. */
function leftovers(ctx: Ctx, [a, b]: Range): Leftover[] {
  const { tokens } = ctx.sentence;
  // (a title inside a body's complement is part of its name: "Office of the High Commissioner for Human Rights")
  const complementAt = tokens.slice(a, b + 1).findIndex((t) => t.normal === 'of' || t.normal === 'for');
  const bodyName = complementAt > 0 && headType(tokens, [a, b]) !== null;
  // a title that opens the span ends where it ends ("External Affairs Minister X": not "External Affairs" + "Minister X")
  const openingTitleEnd = titleAt(tokens, a, b - 1)?.end ?? a;
  // ("Federal Attorney General's Office", "Prosecutor General's Office": an office-holder's possessive before a body's head names the body)
  const holdersOffice = b > a && isPossessive(tokens[b - 1]!) && headType(tokens, [a, b]) === 'ORGANIZATION';
  for (let k = a + 1; k < b && !holdersOffice; k++) {
    const t = isCapitalised(tokens[k]!) ? titleAt(tokens, k, b - 1) : null;
    if (!t || k <= openingTitleEnd || TITLE_MODIFIERS.has(tokens[k]!.normal) || (bodyName && k > a + complementAt)) continue;
    const before = leftover(ctx, [a, k - 1]);
    if (before?.mention.type === 'PERSON') break; // "Martin Luther King Jr.": a name, not a title
    return [...(before ? [before] : []), ...leftovers(ctx, [k, b])];
  }
  // "Pacific Fleet Igor Khmelnov", "Supreme Council Ivan Plyushch": a body's head word, then a person's first name
  for (let k = a; k < b; k++) {
    if (!ORG_HEADS.has(wordKey(tokens[k]!)) || !has(tokens[k + 1]!, 'FirstName') || k + 1 === b) continue;
    const body = k > a ? leftover(ctx, [a, k]) : null; // a head word alone names no body
    return [...(body ? [body] : []), ...leftovers(ctx, [k + 1, b])];
  }
  const one = leftover(ctx, [a, b]);
  return one ? [one] : [];
}

/** A span without a gazetteer name: strip a leading "The" and titles, then type it. */
function leftover(ctx: Ctx, [a0, b0]: Range): Leftover | null {
  const { tokens } = ctx.sentence;
  // "Columbus, Miss.": a state's abbreviation after a town, though it reads as a title
  if (a0 === b0 && stateAbbreviation(ctx, [a0, b0])) return { mention: mentionOf(ctx, [a0, b0], 'LOCATION', 'ner') };
  let a = a0, b = b0;
  // a modifier goes with a title ("former President"), but a ministry's domain stays in its name ("Defense Ministry")
  while (a <= b && (tokens[a]!.normal === 'the' || (TITLE_MODIFIERS.has(tokens[a]!.normal) && !(DOMAIN_WORDS.has(tokens[a]!.normal) && headType(tokens, [a, b]) === 'ORGANIZATION')))) a++;
  // connectors left at an edge where a gazetteer name was cut off: "Supreme Court of | Canada"
  while (b >= a && !isCapitalised(tokens[b]!) && !/\d/.test(tokens[b]!.text)) b--;
  while (a <= b && !isCapitalised(tokens[a]!)) a++;
  let title: Leftover['title'];
  ({ a, title } = titlesBefore(ctx, a, b));
  if (a > b || titleAt(tokens, a, b)?.end === b) return null; // a title with no name after it
  if (a === b && COMMON_ACRONYMS.has(wordKey(tokens[a]!))) return null;
  // "the 6th Fleet", "the 12th Brigade": an ordinal numbers a body
  const ordinal = tokens[a - 1];
  if (!title && ordinal && /^\d+(st|nd|rd|th)$/i.test(ordinal.text) && ORG_HEADS.has(wordKey(tokens[b]!)) && /^\s+$/.test(gapBetween(ctx.text, ordinal, tokens[a]!)))
    return { mention: mentionOf(ctx, [a - 1, b], headType(tokens, [a, b]) === 'EVENT' ? 'EVENT' : 'ORGANIZATION', 'pattern') };
  const range: Range = [a, b];
  if (!title && isPortfolio(tokens, range)) return null;
  // "the city's Jewish community", "the Islamist group", "14:05 — Local media say": a lone modifier before a noun, no name
  if (!title && a === b && modifiesNoun(ctx, a)) return null;
  // ("a Christian Arab", "a Shia Muslim": a faith's or a people's words alone describe a person, and name none)
  if (!title && tokens.slice(a, b + 1).every((t) => FAITH_AND_PEOPLE_WORDS.has(wordKey(t)))) return null;
  // "the Commission", "Television": a body's head word alone names no body of its own (after a possessive name it
  // may close the name cut there, "European Public Prosecutor's Office": refine.ts joins the two)
  const owned = a > 0 && isPossessive(tokens[a - 1]!);
  if (!title && a === b && !owned && ORG_HEADS.has(wordKey(tokens[a]!)) && !BARE_ORG_HEADS.has(wordKey(tokens[a]!)) && !isAllCaps(tokens[a]!)) return null;
  // ("Gross, who lives …": an opening word with a person's apposition is a person's name, a word of the language or not)
  const apposed = !title && a === b && opensClause(ctx.text, tokens, a) && personAppositionAt(ctx.text, tokens, a);
  let type: EntityType | null = title || apposed ? 'PERSON' : stateAbbreviation(ctx, range) ?? headType(tokens, range) ?? describedType(ctx, range) ?? strongContextType(ctx, range) ?? shapeType(ctx, range);
  let guessed = !type;
  if (type === 'ORGANIZATION' && isVenue(tokens, range)) type = 'LOCATION';
  if (!type && !ctx.headline) type = contextType(ctx, range);
  const byShape = !type && personShaped(ctx, range);
  if (byShape) type = 'PERSON';
  // "Head Coach", "Best Female Actress": words of the language alone, no person's name among them
  // ("Permanent Neutrality", "National Unity": a phrase that ends in an abstract noun names no person)
  // "Armed Forces Minister" (before the minister's name): a title phrase, no person's name
  if (type === 'PERSON' && TITLE_ONLY_HEADS.has(wordKey(tokens[b]!))) return null;
  if (type === 'PERSON' && !apposed && (tokens.slice(a, b + 1).every((t) => isCommonWord(ctx, t)) || (!title && isAbstractNoun(tokens[b]!)))) {
    if (a !== b) return null;
    type = 'OTHER';
    guessed = true;
  }
  // (after the checks above: "the Southern Neighbourhood", words of the language, names no body either)
  if (byShape && type === 'PERSON') type = articledType(ctx, range) ?? 'PERSON';
  if (!type) {
    // an unknown single word: kept as a candidate that resolution may tie to a person's name
    if (a !== b) return null;
    type = opensClause(ctx.text, tokens, a) && !ctx.headline ? openingSubjectType(ctx, a) : 'OTHER';
  }
  const mention = mentionOf(ctx, range, type, 'ner');
  // resolution may still find that a single unknown word is a person's surname
  if (a === b && guessed) mention.kind = type === 'OTHER' ? 'unknown' : 'guessed';
  // a person by its shape alone: resolution lets another mention of the name in the article type it ("in Debre Tabor")
  else if (byShape) mention.kind = SHAPE_KIND;
  return title ? { mention, title } : { mention };
}

/** The titles that open a leftover span [a, b] ("President", "Composer Thomas"): their range and role, and where the name begins. */
function titlesBefore(ctx: Ctx, a: number, b: number): { a: number; title: Leftover['title'] } {
  const { tokens } = ctx.sentence;
  let title: Leftover['title'];
  const headed = b > a && headType(tokens, [a, b]) !== null; // "Ambassador Hotel" is no ambassador
  for (let t = headed ? null : titleAt(tokens, a, b - 1); t && t.end < b; t = titleAt(tokens, a, b - 1)) {
    title = { a: title?.a ?? a, b: t.end, role: t.role };
    a = t.end + 1;
  }
  // an occupation written as a title: "Composer Thomas", "Anthropologist Jane Doe"
  while (a < b && !headed && !ctx.headline && has(tokens[a]!, 'Actor') && !has(tokens[a]!, 'FirstName', 'LastName', 'Plural') && ctx.knownWord(tokens[a]!.normal) && isCapitalised(tokens[a + 1]!)) {
    title = { a: title?.a ?? a, b: a, role: wordKey(tokens[a]!) };
    a++;
  }
  return { a, title };
}

/**
 * A lone capitalised word that only modifies the lower-case noun after it: an adjective of a people, faith or creed by
 * its ending (GROUP_ADJECTIVE_ENDINGS), or a word compromise reads as an adjective and never as a name ("Local").
 */
function modifiesNoun(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx.sentence;
  const t = tokens[i]!, next = tokens[i + 1];
  if (!next || !/^\s+$/.test(gapBetween(ctx.text, t, next)) || !/^\p{Ll}+$/u.test(next.text) || !has(next, 'Noun') || has(next, 'Verb')) return false;
  if (isAllCaps(t) || ctx.placeAt(i)) return false;
  if (t.normal.length >= 6 && GROUP_ADJECTIVE_ENDINGS.some((e) => t.normal.endsWith(e))) return true;
  return has(t, 'Adjective') && !has(t, 'ProperNoun', 'Person', 'FirstName', 'LastName', 'Place', 'Organization');
}

/**
 * A post's portfolio, not a body: a headless span ending in "Affairs", or one right after "<title> for"
 * ("Minister for International Development", "Commissioner for Human Rights"; seen: news-fresh6
 * solomon-islands-china-security-pact-analysis, news-fresh4 mirzoyan-osce-skopje-readout). Only "for": after "of" a
 * title names its place ("Mayor of Kharkiv").
 */
function isPortfolio(tokens: Token[], [a, b]: Range): boolean {
  if (headType(tokens, [a, b]) !== null) return false;
  if (PORTFOLIO_LAST_WORDS.has(wordKey(tokens[b]!))) return true;
  // "… for Foreign Affairs and Security Policy": the second half of a portfolio cut off by a name between title and portfolio
  const tail = tokens.slice(a, b + 1).every((t) => PORTFOLIO_WORDS.has(wordKey(t)));
  if (tail && tokens[a - 1]?.normal === 'and' && a > 1 && PORTFOLIO_WORDS.has(wordKey(tokens[a - 2]!)) && isCapitalised(tokens[a - 2]!)) return true;
  // ("…: Foreign Minister A, Health Minister B, Fisheries Minister C", "Rubio, Treasury Secretary B and …": portfolio
  // words right before a minister's or secretary's title, cut from it after a comma; news-fresh25, news-fresh29)
  if (tail && tokens[b + 1] && PORTFOLIO_TITLES.has(wordKey(tokens[b + 1]!))) return true;
  let k = a - 1;
  if (tokens[k]?.normal === 'the') k--;
  return tokens[k]?.normal === 'for' && k > 0 && PORTFOLIO_TITLES.has(wordKey(tokens[k - 1]!));
}

/** The kind of a mention typed a person by its shape alone (personShaped). */
export const SHAPE_KIND = 'shape';

/** "at the Museum of Modern Art", "in the Tate Gallery": an institution's name after a locative preposition names its building. */
function isVenue(tokens: Token[], [a, b]: Range): boolean {
  const of = tokens.slice(a, b + 1).findIndex((t) => t.normal === 'of' || t.normal === 'for');
  if (!INSTITUTION_VENUE_HEADS.has(wordKey(tokens[of > 0 ? a + of - 1 : b]!))) return false;
  const prep = tokens[a - 1]?.normal === 'the' ? tokens[a - 2] : tokens[a - 1];
  return !!prep && VENUE_PREPOSITIONS.has(prep.normal);
}

/**
 * An unknown word coordinated with a typed name takes its type: "Acapulco, Torreon and Puebla",
 * "Brutus and Cassius". Repeats until nothing changes, so a list is typed from any of its known items.
 */
function typeByCoordination(ctx: Ctx, ms: Mention[]): void {
  const { tokens } = ctx.sentence;
  const joined = (x: Mention, y: Mention) => {
    const between = tokens.slice(x.tokens[1] + 1, y.tokens[0]);
    const gap = between.length ? '' : gapBetween(ctx.text, tokens[x.tokens[1]]!, tokens[y.tokens[0]]!);
    return (!between.length && /^\s*,\s*$/.test(gap)) || (between.length === 1 && ['and', 'or'].includes(between[0]!.normal));
  };
  const typed = (m: Mention) => m.kind !== 'unknown' && !m.demonym && ['PERSON', 'LOCATION', 'COUNTRY'].includes(m.type);
  const conjoined = (x: Mention, y: Mention) => y.tokens[0] - x.tokens[1] === 2 && ['and', 'or'].includes(tokens[x.tokens[1] + 1]!.normal);
  // whether the run of joined names holding ms[k] has an "and" or "or" among its joints, and no state among its names
  const coordinated = (k: number) => {
    let i = k, j = k;
    while (i > 0 && joined(ms[i - 1]!, ms[i]!)) i--;
    while (j + 1 < ms.length && joined(ms[j]!, ms[j + 1]!)) j++;
    return ms.slice(i, j).some((x, q) => conjoined(x, ms[i + q + 1]!)) && !ms.slice(i, j + 1).some((x) => x.type === 'COUNTRY');
  };
  // a name only shaped like a person's takes a place's type from a list of places ("Cotabato City, Datu Piang and Midsayap",
  // "Chocolate Bayou, Lochridge, Otey, and Sandy Point": Re-DocRED dev documents 400, 74),
  // not from a list with states in it: "the Foreign Ministers of Botswana, X, and Chad, Y" pairs each state with its minister
  const placed = new Set<Mention>();
  const place = (m: Mention) => !m.demonym && m.type === 'LOCATION' && (placed.has(m) || (m.kind !== 'unknown' && m.kind !== SHAPE_KIND && m.kind !== 'guessed'));
  // "Wang Yi, Member of the Political Bureau", "the Ruler of Dubai": a post before its "of" is no item of a list
  const isPostInApposition = (m: Mention) => m.tokens[0] === m.tokens[1] && tokens[m.tokens[1] + 1]?.normal === 'of';
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = 0; k < ms.length; k++) {
      const m = ms[k]!;
      // (a single word guessed a person as well: "flights bound for Christchurch and Queenstown")
      const shaped = (m.kind === SHAPE_KIND || m.kind === 'guessed') && m.type === 'PERSON';
      if ((m.kind !== 'unknown' && !shaped) || isPostInApposition(m)) continue;
      const n = [ms[k - 1], ms[k + 1]].find((x) => x && (shaped ? place(x) : typed(x)) && (x.start < m.start ? joined(x, m) : joined(m, x)));
      // (a list, not an apposition: "Jan Kowal, OSB" is one person and his order)
      if (!n || (shaped && !coordinated(k))) continue;
      m.type = n.type === 'COUNTRY' ? 'LOCATION' : n.type;
      if (shaped) placed.add(m);
      else m.kind = 'guessed';
      changed = true;
    }
  }
}

/** How far before a list its kind may stand: "airlines flying the 737-300s are Aloha, ...". */
const LIST_KIND_REACH = 8;
const MIN_LIST_ITEMS = 3;
/** Words that say a kind of a list that follows: "are", "include", "such as". */
const LIST_LINKS = new Set(['are', 'were', 'include', 'included', 'including', 'includes', 'as', 'like']);

/**
 * "airlines flying the 737-300s are Aloha, America West, American, Continental, Delta ...": a list of three names
 * or more after a plural noun for a kind of body names bodies of that kind, whatever each name looks like alone.
 */
function typeListsOfBodies(ctx: Ctx, ms: Mention[]): void {
  const { tokens } = ctx.sentence;
  // capitalised words right after an item belong to its name ("America West", "U.S. Air")
  const tail = (x: Mention) => {
    let e = x.tokens[1];
    while (tokens[e + 1] && isCapitalised(tokens[e + 1]!) && /^\s+$/.test(gapBetween(ctx.text, tokens[e]!, tokens[e + 1]!))) e++;
    return e;
  };
  // an unknown word inside such a tail is no item of its own
  const items = ms.filter((m, k) => !(m.kind === 'unknown' && k > 0 && tail(ms[k - 1]!) >= m.tokens[1] && ms[k - 1]!.tokens[1] < m.tokens[0]));
  const joined = (x: Mention, y: Mention) => {
    const e = tail(x);
    const between = tokens.slice(e + 1, y.tokens[0]);
    const gap = gapBetween(ctx.text, tokens[e]!, tokens[between.length ? y.tokens[0] - 1 : y.tokens[0]]!);
    return y.tokens[0] > e && ((!between.length && /^\s*,\s*$/.test(gap)) || (between.length === 1 && ['and', 'or'].includes(between[0]!.normal) && /^\s*,?\s*$/.test(gap)));
  };
  const absorbed = new Set<Mention>();
  for (let k = 0; k < items.length; ) {
    let end = k;
    while (end + 1 < items.length && joined(items[end]!, items[end + 1]!)) end++;
    const first = items[k]!, list = items.slice(k, end + 1);
    const before = tokens.slice(Math.max(0, first.tokens[0] - LIST_KIND_REACH), first.tokens[0]);
    const kindAt = before.findIndex((t) => ORG_KIND_PLURALS.has(t.normal));
    // the kind is said of the list: "airlines ... are X, Y, Z", "carriers including X, Y and Z"
    const kind = list.length >= MIN_LIST_ITEMS && kindAt >= 0 && before.slice(kindAt + 1).some((t) => LIST_LINKS.has(t.normal) || /:\s*$/.test(t.post));
    if (kind && list.every((m) => !m.title && !(m.type === 'PERSON' && m.source === 'gazetteer'))) {
      for (const m of list) {
        const e = tail(m);
        if (e > m.tokens[1]) {
          for (const x of ms) if (x.kind === 'unknown' && x.tokens[0] > m.tokens[1] && x.tokens[1] <= e) absorbed.add(x);
          m.tokens = [m.tokens[0], e];
          m.end = tokens[e]!.end;
          m.text = span(ctx, m.start, m.end);
        }
        m.type = 'ORGANIZATION';
        delete m.gazetteerId;
        delete m.demonym;
        delete m.kind;
      }
    }
    k = end + 1;
  }
  for (let k = ms.length - 1; k >= 0; k--) if (absorbed.has(ms[k]!)) ms.splice(k, 1);
}

/** "(Minoli) Do you think ...": an interview transcript's label of who speaks, a one-word name in parentheses opening a sentence. */
function speakerLabels(ctx: Ctx, found: Mention[]): Mention[] {
  const { tokens } = ctx.sentence;
  const t = tokens[0], next = tokens[1];
  if (!t || !next || ctx.headline || !isCapitalised(t) || isAllCaps(t) || t.text.length < 3) return [];
  if (!/\($/.test(ctx.text.slice(ctx.sentence.start, t.start).trim()) || !/^\)/.test(t.post.trim())) return [];
  if (NOT_NAMES.has(t.normal) || ctx.knownWord(t.normal) || found.some((m) => m.tokens[0] === 0 && m.type !== 'OTHER')) return [];
  for (let k = found.length - 1; k >= 0; k--) if (found[k]!.tokens[0] === 0) found.splice(k, 1);
  return [mentionOf(ctx, [0, 0], 'PERSON', 'pattern')];
}

/**
 * "the Najd plateau", "NHK network", "the Phnom Penh government": a lower-case head noun written after a name
 * belongs to it. A country or a state keeps its own name ("the Chinese government" is no mention of a body).
 */
function joinLowerCaseHeads(ctx: Ctx, ms: Mention[]): void {
  const { tokens } = ctx.sentence;
  for (const m of ms) {
    const next = tokens[m.tokens[1] + 1];
    if (!next || m.demonym || m.type === 'PERSON' || m.possessive || !/^\s+$/.test(gapBetween(ctx.text, tokens[m.tokens[1]]!, next))) continue;
    // (a wide region's name only says where a facility is: "an Arctic prison")
    const placeHead = m.type === 'LOCATION' && m.kind !== 'region' ? placeHeadLength(ctx, m.tokens[1] + 1) : 0;
    const type = placeHead ? 'LOCATION' : Object.hasOwn(LOWER_NAME_HEADS, next.text) ? LOWER_NAME_HEADS[next.text] : undefined;
    if (!type) continue;
    const place = m.type === 'LOCATION' || m.type === 'COUNTRY';
    // a capital or city names its government; a country, state or region keeps its own name before one (not before
    // a facility's head: "Attock jail", "the Rafah crossing", see LOWER_PLACE_HEADS)
    if (!placeHead && (next.text === 'government' ? !(m.kind === 'capital' || m.kind === 'city') : type === 'LOCATION' ? !(place || m.kind === 'unknown' || m.kind === 'guessed') || m.type === 'COUNTRY' || m.kind === 'state' : m.type !== 'ORGANIZATION' && m.kind !== 'unknown')) continue;
    const last = tokens[m.tokens[1] + Math.max(placeHead, 1)]!;
    m.tokens = [m.tokens[0], m.tokens[1] + Math.max(placeHead, 1)];
    m.end = last.end;
    m.text = span(ctx, m.start, m.end);
    m.type = type;
    m.source = 'pattern';
    delete m.gazetteerId;
    delete m.kind;
    if (isPossessive(last)) m.possessive = true;
  }
}

/**
 * "Sheikh Mohammed bin Zayed Al Nahyan", "Faisal bin Farhan bin Abdullah": a gazetteer person matched by a shorter
 * form of the name, right before the rest of it (a family name opened by "Al", or more of a lineage after "bin",
 * "bint" or "ibn"), is one mention with it; the rest alone names nobody else.
 */
function joinNameContinuations(ctx: Ctx, ms: Mention[]): void {
  const { tokens } = ctx.sentence;
  for (let k = ms.length - 2; k >= 0; k--) {
    const m = ms[k]!, n = ms[k + 1]!;
    if (m.type !== 'PERSON' || !m.gazetteerId || m.possessive || m.demonym || n.type !== 'PERSON' || n.gazetteerId || n.title) continue;
    const between = tokens.slice(m.tokens[1] + 1, n.tokens[0]);
    const lineage = between.length === 1 && LINEAGE_WORDS.has(between[0]!.text);
    const family = between.length === 0 && FAMILY_OPENERS.has(tokens[n.tokens[0]]!.text.replace(/-.*$/, ''));
    const spaced = tokens.slice(m.tokens[1], n.tokens[0]).every((t, j) => /^\s+$/.test(gapBetween(ctx.text, t, tokens[m.tokens[1] + j + 1]!)));
    if (!(lineage || family) || !spaced) continue;
    m.tokens = [m.tokens[0], n.tokens[1]];
    m.end = n.end;
    m.text = span(ctx, m.start, m.end);
    if (n.possessive) m.possessive = true;
    ms.splice(k + 1, 1);
  }
}

/**
 * "Tower 22", "Submarine Squadron 11", "Vision 2030", "Article 49.3": a number right after a name the gazetteer does
 * not know is part of it, unless it counts what follows ("Tower 3 soldiers", "Brigade 40 percent") or a party's
 * seats ("the EFF 39", "Wilders 35 of the 150 seats"). A single word
 * after another capitalised word is a name cut short ("Finance Bill 2024"), left as it is.
 */
function joinNumbers(ctx: Ctx, ms: Mention[]): void {
  const { tokens } = ctx.sentence;
  for (const m of ms) {
    const last = tokens[m.tokens[1]]!, num = tokens[m.tokens[1] + 1], after = tokens[m.tokens[1] + 2];
    if (!num || m.gazetteerId || m.demonym || m.possessive || m.reference || !NAME_NUMBER.test(num.text) || !/^\s+$/.test(gapBetween(ctx.text, last, num))) continue;
    // (nor seats or votes after a party's letters or a candidate: "the EFF 39", "Geert Wilders 35 of the 150 seats")
    const counted = (k: number) => !!tokens[k] && (has(tokens[k]!, 'Value') || (tokens[k]!.normal === 'the' && !!tokens[k + 1] && has(tokens[k + 1]!, 'Value')));
    if (isAllCaps(last) || (after?.normal === 'of' && counted(m.tokens[1] + 3))) continue;
    if (after && /^\s+$/.test(gapBetween(ctx.text, num, after)) && (has(after, 'Plural', 'Unit', 'Value') || /^(percent|per|%)/.test(after.normal))) continue;
    const prev = tokens[m.tokens[0] - 1];
    if (m.kind === 'unknown' && prev && isCapitalised(prev) && /^\s+$/.test(gapBetween(ctx.text, prev, tokens[m.tokens[0]]!))) continue;
    m.tokens = [m.tokens[0], m.tokens[1] + 1];
    m.end = num.end;
    m.text = span(ctx, m.start, m.end);
    if (isPossessive(num)) m.possessive = true;
    if (m.kind === 'unknown' || m.kind === 'guessed') { delete m.kind; m.type = m.type === 'PERSON' ? 'OTHER' : m.type; }
  }
}

/** A number that ends a name: "22", "2030", "49.3", "14059". */
const NAME_NUMBER = /^\d{1,5}(\.\d{1,2})?$/;

/**
 * "the Kherson region", "the Dizmar forest": a lower-case division head (DIVISION_HEADS) after a place's name, or a
 * feature's head (FEATURE_HEADS) after a name the gazetteer does not know, is part of the name. A division the
 * gazetteer holds keeps its entry; a city's name with a division head names the division, a place of its own.
 */
function joinPlaceHeads(ctx: Ctx, ms: Mention[]): void {
  const { tokens } = ctx.sentence;
  for (const m of ms) {
    const next = tokens[m.tokens[1] + 1];
    if (!next || m.type !== 'LOCATION' || m.demonym || m.possessive || m.reference || !/^\s+$/.test(gapBetween(ctx.text, tokens[m.tokens[1]]!, next))) continue;
    const head = next.text.replace(/['’]s$/, '');
    const known = m.gazetteerId ? ctx.gazetteer.entries.get(m.gazetteerId) : undefined;
    const division = DIVISION_HEADS.has(head) && (!known || known.kind === 'city' || DIVISION_KINDS.has(known.kind ?? ''));
    if (!division && !(FEATURE_HEADS.has(head) && !known)) continue;
    m.tokens = [m.tokens[0], m.tokens[1] + 1];
    m.end = next.end;
    m.text = span(ctx, m.start, m.end);
    if (isPossessive(next)) m.possessive = true;
    // (a generated division's name is often its capital's too: "Batken province" is read as a place of its own, as the city's name is)
    if (known && DIVISION_KINDS.has(known.kind ?? '') && !known.standalone) continue;
    delete m.gazetteerId;
    if (division) m.kind = 'region';
    else delete m.kind;
    m.source = 'pattern';
  }
}

/** LOWER_PLACE_HEADS, longest first, so "nuclear power plant" is tried before "power plant" */
const PLACE_HEADS_LONGEST_FIRST = [...LOWER_PLACE_HEADS].sort((a, b) => b.length - a.length);

/** How many tokens from `at` spell one of LOWER_PLACE_HEADS, lower-case and space-separated (0 if none). */
function placeHeadLength(ctx: Ctx, at: number): number {
  const { tokens } = ctx.sentence;
  for (const head of PLACE_HEADS_LONGEST_FIRST) {
    const words = tokens.slice(at, at + head.length);
    if (words.length !== head.length || words.some((t, j) => t.text.replace(/['’]s$/, '') !== head[j])) continue;
    if (words.every((t, j) => j === 0 || /^\s+$/.test(gapBetween(ctx.text, words[j - 1]!, t)))) return head.length;
  }
  return 0;
}

const USA = 'country:USA';

/**
 * "Atlanta, Georgia", "floods in Georgia and Alabama": a name of both a foreign state and a US state is the US
 * state when the sentence's other places are American (a US state or city) and none is foreign.
 */
function readUsStates(ctx: Ctx, ms: Mention[]): void {
  const entry = (m: Mention) => (m.gazetteerId ? ctx.gazetteer.entries.get(m.gazetteerId) : undefined);
  const places = ms.filter((m) => (m.type === 'LOCATION' || m.type === 'COUNTRY' || m.demonym) && m.gazetteerId);
  for (const m of places) {
    const us = Object.hasOwn(US_STATE_READINGS, m.gazetteerId!) ? ctx.gazetteer.entries.get(US_STATE_READINGS[m.gazetteerId!]!) : undefined;
    if (!us || m.demonym) continue;
    const others = places.filter((x) => x !== m && x.gazetteerId !== m.gazetteerId);
    // (the US itself is no cue: "Georgia's president met U.S. officials")
    const american = others.some((x) => entry(x)?.country === USA);
    const foreign = others.some((x) => x.gazetteerId !== USA && entry(x)?.country !== USA);
    if (!american || foreign) continue;
    m.gazetteerId = us.id;
    m.type = us.type;
    if (us.kind) m.kind = us.kind;
  }
}

/** "the Israel-Hamas war": two names joined by a hyphen before a lower-case conflict word. */
function lowerCaseEvents(ctx: Ctx, found: Mention[]): Mention[] {
  const { tokens } = ctx.sentence;
  const out: Mention[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const x = tokens[i]!, y = tokens[i + 1]!, head = tokens[i + 2]!;
    if (!isCapitalised(x) || !isCapitalised(y) || !/^\s*[-–]\s*$/.test(gapBetween(ctx.text, x, y))) continue;
    if (!LOWER_EVENT_HEADS.has(head.normal) || !/^\s+$/.test(gapBetween(ctx.text, y, head))) continue;
    // the two sides are modifiers of the event here, not mentions of their own
    for (let k = found.length - 1; k >= 0; k--) if (found[k]!.tokens[0] >= i && found[k]!.tokens[1] <= i + 1) found.splice(k, 1);
    out.push(mentionOf(ctx, [i, i + 2], 'EVENT', 'pattern'));
  }
  // "the 48th session of the Council of Foreign Ministers", "the 78th session of the United Nations General Assembly": a
  // body's numbered session is a gathering
  for (let k = found.length - 1; k >= 0; k--) {
    const m = found[k]!, a = m.tokens[0], det = tokens[a - 1]?.normal === 'the' ? 1 : 0;
    const [num, session, of] = [tokens[a - 3 - det], tokens[a - 2 - det], tokens[a - 1 - det]];
    if (m.type !== 'ORGANIZATION' || !num || !/^\d+(st|nd|rd|th)$/i.test(num.text) || session?.text !== 'session' || of?.normal !== 'of') continue;
    found.splice(k, 1);
    // ("… of the Council of Foreign Ministers of the Organization of Islamic Cooperation": the session is the council's)
    const ofs = tokens.slice(a, m.tokens[1] + 1).flatMap((t, j) => (t.normal === 'of' ? [a + j] : []));
    out.push(mentionOf(ctx, [a - 3 - det, ofs.length > 1 ? ofs[1]! - 1 : m.tokens[1]], 'EVENT', 'pattern'));
  }
  // "the G7 summit", "the Group of Seven summit": a bloc's name before a lower-case "summit" names its meeting
  for (let k = found.length - 1; k >= 0; k--) {
    const m = found[k]!, head = tokens[m.tokens[1] + 1], after = tokens[m.tokens[1] + 2];
    if (m.type !== 'ORGANIZATION' || m.possessive || head?.text !== 'summit' || !/^\s+$/.test(gapBetween(ctx.text, tokens[m.tokens[1]]!, head)) || (after && isCapitalised(after))) continue;
    found.splice(k, 1);
    out.push(mentionOf(ctx, [m.tokens[0], m.tokens[1] + 1], 'EVENT', 'pattern'));
  }
  return out;
}

/**
 * Titles before persons: "Russian President Vladimir Putin", "the nation's leader Xi Jinping",
 * "Chairman Xi Jinping". A bare honorific ("Mrs. Toth") stays inside the name's span; after a modifier it
 * stays outside. An office never does, whatever the sentence tells of its holder.
 */
function attachTitles(ctx: Ctx, ms: Mention[], inline: Map<Mention, { a: number; b: number; role: string }>): void {
  const { tokens } = ctx.sentence;
  for (const m of ms) {
    if (m.type !== 'PERSON' || m.reference) continue;
    let t = inline.get(m);
    if (!t) {
      // a title in lower case or outside the name's span: look back from the name (over an honorific: "Prime Minister Shri X")
      const first = m.tokens[0] > 0 && honorificAt(tokens, m.tokens[0] - 1) ? m.tokens[0] - 1 : m.tokens[0];
      for (let a = Math.max(0, first - MAX_TITLE_WORDS); a < first; a++) {
        const hit = titleAt(tokens, a, first - 1);
        if (hit && hit.end === first - 1) { t = { a, b: hit.end, role: hit.role }; break; }
      }
    }
    if (!t) continue;
    // ("Prime Minister X": the span may open at "Minister", compromise reading "Prime" as an adjective; the title
    // is the longest one that ends where the inline one ends)
    for (let a = Math.max(0, t.a - 2); a < t.a; a++) {
      const hit = titleAt(tokens, a, t.b);
      if (hit?.end === t.b && isCapitalised(tokens[a]!) === isCapitalised(tokens[t.a]!)) { t = { a, b: t.b, role: hit.role }; break; }
    }
    let before = t.a - 1;
    while (before >= 0 && TITLE_MODIFIERS.has(tokens[before]!.normal)) before--;
    // the modifier joins its title with nothing but words between ("Russian former President"); after a comma
    // it belongs to the clause before ("aid to Ukraine, Chancellor Olaf Scholz said")
    const joined = before >= 0 && !/[^\s\p{L}]/u.test(ctx.text.slice(tokens[before]!.end, tokens[t.a]!.start));
    const modifier = joined ? ms.find((x) => x !== m && x.tokens[1] === before && x.type !== 'PERSON') : undefined;
    const title: MentionTitle = { text: span(ctx, tokens[t.a]!.start, tokens[t.b]!.end), start: tokens[t.a]!.start, end: tokens[t.b]!.end, role: t.role };
    if (modifier) {
      title.of = { text: modifier.text, start: modifier.start, end: modifier.end };
      if (modifier.gazetteerId) title.of.gazetteerId = modifier.gazetteerId;
    }
    m.title = title;
    const bare = t.a === t.b && isCapitalised(tokens[t.a]!) && TITLES_KEPT_IN_NAME.has(wordKey(tokens[t.a]!));
    // an honorific stays with its name after any word but a modifier of the title ("N.M. Ms. Calico")
    if (bare && !modifier) {
      m.start = title.start;
      m.text = span(ctx, m.start, m.end);
      m.tokens = [t.a, m.tokens[1]];
    }
  }
}

/** "International Criminal Court (ICC)": the acronym is another name of the span before it. */
function linkAcronyms(ctx: Ctx, ms: Mention[]): void {
  const { tokens } = ctx.sentence;
  for (let k = 0; k + 1 < ms.length; k++) {
    const long = ms[k]!, short = ms[k + 1]!;
    // ("the Patriotic Movement for Safeguard and Restoration, or MPSR, which …", "the Terrorism Confinement Center, or
    // CECOT": a short name after ", or" is one too; seen news-fresh23 af-burkina-coup-liveblog, news-fresh25 am-bukele-cecot-offer-analysis)
    const or = short.tokens[0] === long.tokens[1] + 2 && tokens[long.tokens[1] + 1]!.normal === 'or';
    if (long.demonym || short.tokens[0] !== short.tokens[1] || (short.tokens[0] !== long.tokens[1] + 1 && !or)) continue;
    const tok = tokens[short.tokens[0]]!;
    const gap = gapBetween(ctx.text, tokens[long.tokens[1]]!, tok);
    const bracketed = !or && /^\s*\(\s*$/.test(gap) && tok.post.trimStart().startsWith(')');
    if (!isAllCaps(tok) || !(bracketed || (or && /^,\s+or\s+$/.test(gap) && /^(,|\s*$)/.test(tok.post)))) continue;
    // a name that defines an acronym in parentheses is a body's, not a person's, whatever its words suggested ("National
    // Democratic Action (ADN)", "Military Emergencies Unit (UME)"; seen: news-fresh15 am-ecuador-runoff-live, news-fresh5
    // morocco-quake-aid-live, news-fresh7 kishida-asean-japan-tokyo-readout)
    if (long.type === 'PERSON' && !long.gazetteerId && !has(tokens[long.tokens[0]]!, 'FirstName') && /^\p{Lu}{2,}$/u.test(short.text)) long.type = 'ORGANIZATION';
    if (!initialsMatch(short.text, long.text) && !foreignAcronym(short, long)) continue;
    short.type = long.type;
    short.source = 'acronym';
    short.expansion = { start: long.start, end: long.end };
    if (long.gazetteerId && short.gazetteerId !== long.gazetteerId) delete short.gazetteerId;
    if (long.gazetteerId) short.gazetteerId = long.gazetteerId;
    delete short.kind;
    if (long.kind) short.kind = long.kind;
  }
}

/**
 * "National Electoral Council (CNE)", "National Intelligence Organization (MIT)": an organisation's acronym in its
 * own language, whose letters are not the English name's initials. The parentheses right after a name of two or
 * more capitalised words define it, unless the gazetteer knows the acronym as something else.
 */
function foreignAcronym(short: Mention, long: Mention): boolean {
  const letters = short.text.replace(/[^\p{Lu}]/gu, '').length;
  return long.type === 'ORGANIZATION' && !long.gazetteerId && !short.gazetteerId && letters >= 2 && letters <= 6
    && (long.text.match(/\p{Lu}\p{L}*/gu) ?? []).length >= 2;
}

/** Whether the acronym's letters are, in order, initials of the long name's capitalised words. */
export function initialsMatch(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  const initials = (name.match(/\p{Lu}[\p{L}]*/gu) ?? []).map((w) => w[0]).join('');
  if (!letters || letters[0] !== initials[0]) return false;
  let i = 0;
  for (const c of initials) if (c === letters[i]) i++;
  return i === letters.length;
}
