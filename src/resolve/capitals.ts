// A capital named for its government (metonymy): "Moscow denied any role", "ties with Taipei", "Beijing's
// conduct". SCHEMA lets a capital used for its government be resolved to the state; reading it so keeps one
// node for the state instead of a second for its city. Only an actor's position makes a capital its state:
// the subject of a verb, the object of a verb or of an actor's preposition ("between", "with", "by"), or a
// possessive before a noun that is no place. A capital after a word of place ("in Moscow", "visited Beijing",
// "the capital, Oslo"), beside its own state ("Kyiv, Ukraine"), in a list of such places, in capitals (a dateline), inside a longer name ("Washington
// Place", "Wellington-based") or whose state the article never names stays the city.
import type { Mention, Sentence, Token } from '../model/types.ts';
import type { Gazetteer } from '../entities/gazetteer.ts';
import { DESCRIPTION_HEADS, TITLES } from '../entities/lexicon.ts';
import { ACTOR_PREPOSITIONS, CITY_NOUNS, COPULAS, DEALINGS_BEFORE_WITH, GOVERNMENT_BODY_HEADS, LIST_WORDS, MESSAGE_NOUNS, PLACE_GOVERNORS, STATE_RELATION_NOUNS } from './lexicon.ts';

export interface CapitalContext {
  /** gazetteer ids the article names (not as demonyms) */
  ids: ReadonlySet<string>;
  /** the article's mentions of states and capitals, which a list of them may hold */
  statesAndCapitals: readonly Mention[];
}

/** The gazetteer id of the state a capital mention stands for, or undefined where it names the city. */
export function capitalsState(m: Mention, sentence: Sentence, gazetteer: Gazetteer, ctx: CapitalContext): string | undefined {
  const entry = m.gazetteerId ? gazetteer.entries.get(m.gazetteerId) : undefined;
  if (entry?.kind !== 'capital' || !entry.country || !ctx.ids.has(entry.country) || m.demonym || m.reference) return undefined;
  const { tokens } = sentence;
  const last = tokens[m.tokens[1]]!;
  if (m.text === m.text.toUpperCase() || /^[-–]/.test(last.post) || /^[-–]/.test(tokens[m.tokens[0] - 1]?.post ?? '')) return undefined;
  if (last.post.trim() === ',' && ownStateFollows(tokens[m.tokens[1] + 1], entry.country, gazetteer)) return undefined;
  const list = listAround(m, tokens, ctx.statesAndCapitals);
  // a list is all places or all governments: a capital whose state goes unnamed keeps the list places ("between Paris and Dakar")
  if (list.members.some((x) => !standsForState(x, gazetteer, ctx))) return undefined;
  // a possessive heads its own noun phrase, whatever governs it ("over Moscow's demands", "in Beijing's view")
  if (m.possessive) return placeNounAhead(tokens, m.tokens[1] + 1) ? undefined : entry.country;
  const before = tokens[list.first - 1], after = tokens[list.last + 1];
  // "a close partner of Moscow", "an ally of Washington": "of" after a noun of partnership or rivalry names the government
  if (before?.normal === 'of' && /^\s+$/.test(before.post) && STATE_RELATION_NOUNS.has(tokens[list.first - 2]?.normal ?? '')) return entry.country;
  // "congratulations from Washington", "a rebuke from Beijing": what a government says comes from it
  if (before?.normal === 'from' && /^\s+$/.test(before.post) && MESSAGE_NOUNS.has(tokens[list.first - 2]?.normal ?? '')) return entry.country;
  if (before && PLACE_GOVERNORS.has(before.normal)) return undefined;
  // a list that goes on with names of other kinds ("the main cities of Syria, Aleppo and Damascus") is one of places
  // (", and Taipei announced": a list word after a common word's comma joins clauses, not names)
  const nameBefore = /^\p{Lu}/u.test(tokens[list.first - 2]?.text ?? '');
  if (before && ((LIST_WORDS.has(before.normal) && nameBefore) || (before.post.trim() === ',' && /^\p{Lu}/u.test(before.text) && !before.tags.includes('Date')))) return undefined;
  // a copula describes the city ("Belmopan is the third-largest settlement", "Since 2000 Belmopan has been one of …");
  // an adverb may stand before the verb ("Doha still boycotts", "Washington and Beijing both sent")
  const verbAt = afterAdverbs(tokens, list.last + 1);
  if (after && /^\s+$/.test(tokens[list.last]!.post) && tokens[verbAt] && isVerb(tokens[verbAt]!) && !copula(tokens, verbAt)) return entry.country;
  if (after && tokens[list.last]!.post.trim() === ',' && actsInRelative(tokens, list.last + 1)) return entry.country;
  if (!before || !/^\s+$/.test(before.post)) return undefined;
  const dealings = before.normal === 'with' && DEALINGS_BEFORE_WITH.has(tokens[list.first - 2]?.normal ?? '');
  // (a gerund too: "urging Washington to end", "handing Moscow a defeat"; a place's gerund was read above: "visiting Kyiv")
  const verbBefore = (isVerb(before) || before.tags.includes('Gerund')) && !/^\p{Lu}/u.test(before.text);
  if (ACTOR_PREPOSITIONS.has(before.normal) || dealings || verbBefore) return entry.country;
  return undefined;
}

const isVerb = (t: Token) => (t.tags.includes('Verb') && !t.tags.includes('Gerund')) || t.tags.includes('Modal');

/**
 * "Washington, which has had no relations with Tehran", "Algiers, which broke off relations": a relative clause whose verb
 * is active and no copula makes the capital an actor ("Kyiv, which was shelled", "Oslo, which is the largest city" stay places).
 * Seen: news-dev saudi-iran-beijing-deal, news-fresh10 lavrov-africa-tour-readout-2022, news-fresh14 israel-morocco-western-sahara-2023.
 */
function actsInRelative(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.normal !== 'which') return false;
  const v = afterAdverbs(tokens, k + 1);
  const verb = tokens[v];
  if (!verb || !isVerb(verb) || verb.tags.includes('Passive') || copula(tokens, v)) return false;
  // "which has been …", "which had been …" read as copulas above; "which has seen" is active
  return !tokens.slice(v, v + 3).some((t) => t.tags.includes('Passive'));
}

/** A state, or a capital whose state the article names. */
function standsForState(x: Mention, gazetteer: Gazetteer, ctx: CapitalContext): boolean {
  const country = x.gazetteerId ? gazetteer.entries.get(x.gazetteerId)?.country : undefined;
  return x.type === 'COUNTRY' || (!!country && ctx.ids.has(country));
}

/** The index of the first word from k that is no adverb ("still", "both", "also"), at most two words on. */
function afterAdverbs(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j < k + 2 && tokens[j] && (tokens[j]!.tags.includes('Adverb') || tokens[j]!.normal === 'both') && /^\s+$/.test(tokens[j]!.post)) j++;
  return j;
}

// (a copula before "to" and a verb is an auxiliary of a plan: "Kinshasa is to neutralise the group")
const copula = (tokens: readonly Token[], k: number) =>
  (COPULAS.has(tokens[k]!.normal) || (/^ha(s|ve|d)$/.test(tokens[k]!.normal) && tokens[k + 1]?.normal === 'been')) && !auxiliary(tokens, k);

/**
 * A copula of a plan: "Kinshasa is to neutralise the FDLR", "Pristina is to guarantee their rights" (seen: news-fresh11
 * drc-rwanda-washington-peace-deal-analysis and kosovo-serbia-ohrid-annex-wire). A progressive ("Pyongyang was training
 * troops") keeps the city: read as the state, a later participle's subject fell back on it ("…, and X, visiting Rome,
 * said" gave the state X's visit to Rome, a wrong edge on news-fresh15).
 */
function auxiliary(tokens: readonly Token[], k: number): boolean {
  const j = afterAdverbs(tokens, k + 1);
  return tokens[j]?.normal === 'to' && !!tokens[j + 1] && isVerb(tokens[j + 1]!) && tokens[j + 1]!.tags.includes('Infinitive');
}

/** "Bucharest's new airport", "Tehran's Central Railway Station": a place noun or a name among the next words before punctuation. */
function placeNounAhead(tokens: readonly Token[], from: number): boolean {
  if (tokens[from] && /^\p{Lu}/u.test(tokens[from]!.text)) return !governmentNameAhead(tokens, from);
  for (let k = from; k < tokens.length && k < from + 6; k++) {
    // (a word glued to a bracket by the source's missing space: "airport(as")
    const word = tokens[k]!.normal.replace(/[^\p{L}].*$/u, '');
    if ([word, word.replace(/s$/, '')].some((w) => DESCRIPTION_HEADS[w] === 'LOCATION' || CITY_NOUNS.has(w))) return true;
    if (/[,.;:()]/.test(tokens[k]!.post)) return false;
  }
  return false;
}

/** The token range of the list of states and capitals a mention stands in ("Washington and Riyadh", "Moscow, Kyiv and Brussels"). */
function listAround(m: Mention, tokens: readonly Token[], others: readonly Mention[]): { first: number; last: number; members: Mention[] } {
  const inSentence = others.filter((x) => x.sentence === m.sentence);
  // two names of a list: a comma, a list word, or both between them ("Moscow, Kyiv", "Kyiv and Brussels", "Kyiv, and Rome")
  const listed = (a: number, b: number) => (b === a + 1 && tokens[a]!.post.trim() === ',')
    || (b === a + 2 && LIST_WORDS.has(tokens[a + 1]!.normal) && /^,?\s+$/.test(tokens[a]!.post));
  let first = m.tokens[0], last = m.tokens[1];
  const members = [m];
  for (let prev = inSentence.find((x) => listed(x.tokens[1], first)); prev; prev = inSentence.find((x) => listed(x.tokens[1], first))) {
    first = prev.tokens[0];
    members.push(prev);
  }
  for (let next = inSentence.find((x) => listed(last, x.tokens[0])); next; next = inSentence.find((x) => listed(last, x.tokens[0]))) {
    last = next.tokens[1];
    members.push(next);
  }
  return { first, last, members };
}

/** "Kyiv, Ukraine", "Cairo, Egypt's capital": the capital's own state right after its comma. */
function ownStateFollows(next: Token | undefined, country: string, gazetteer: Gazetteer): boolean {
  const state = gazetteer.entries.get(country);
  const word = next?.normal.replace(/['’]s$/, '');
  return !!state && !!word && [state.name, ...(state.aliases ?? [])].some((n) => n.split(/\s+/)[0]!.toLowerCase() === word);
}

/**
 * "Beijing's Foreign Ministry", "Canberra's Minister for Trade": a capitalised body or title after a capital's
 * possessive belongs to its government, not to the city (unlike "Tehran's Central Railway Station").
 */
function governmentNameAhead(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 4 && /^\p{Lu}/u.test(tokens[k]!.text); k++) {
    const w = tokens[k]!.normal;
    if (GOVERNMENT_BODY_HEADS.has(w) || Object.hasOwn(TITLES, w)) return true;
    if (!/^\s+$/.test(tokens[k]!.post)) break;
  }
  return false;
}
