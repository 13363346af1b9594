// Plain word-level helpers over compromise's tagged tokens: lemmas, word classes, dates.
import type { Token } from '../model/types.ts';
import {
  AGENT_ROLE_NOUNS, BROKERING_VERBS, EVENT_HOST_VERBS, GATHERING_VERBS, INSTALLING_VERBS, SERVING_VERBS, LEADER_TITLE_PHRASES, LEADER_TITLES, STAFF_TITLES, TITLE_MODIFIERS, CATENATIVES, CLAIM_VERBS, COMPASS, IRREGULAR, LIGHT_VERBS, MONTHS, NAMING_VERBS, NEGATING_VERBS, RECEIVING_VERBS, SPEECH_VERBS,
  VERB_FRAMES, WEEKDAYS, ASKING_VERBS, CHARGE_VERBS,
} from './lexicon.ts';
import { PATTERN_LEMMAS } from './patterns/index.ts';
import { lemmaByRules } from '../clauses/words.ts';

const LEMMAS: ReadonlySet<string> = new Set([
  ...Object.keys(VERB_FRAMES), ...PATTERN_LEMMAS, ...Object.values(IRREGULAR), ...CATENATIVES, ...SPEECH_VERBS, ...NEGATING_VERBS,
  ...RECEIVING_VERBS, ...NAMING_VERBS, ...CLAIM_VERBS, ...LIGHT_VERBS, ...BROKERING_VERBS, ...INSTALLING_VERBS, ...EVENT_HOST_VERBS, ...GATHERING_VERBS, ...SERVING_VERBS, ...ASKING_VERBS, ...CHARGE_VERBS,
]);

/** a lemma the relation rules know (the clause layer's lemmatiser checks its guesses against these) */
export const knownLemma = (w: string): boolean => LEMMAS.has(w);

/**
 * IRREGULAR as a Map, for lemma's look-up of every word: a plain object's look-up by a word built at run time goes
 * through V8's string table first.
 */
const IRREGULAR_FORMS: ReadonlyMap<string, string> = new Map(Object.entries(IRREGULAR));
const irregular = (w: string): string | undefined => IRREGULAR_FORMS.get(w);

/** the last letter of a word is d, g or s (every rule of lemmaByRules strips such an ending) */
const endsInDgs = (w: string): boolean => {
  const c = w.charCodeAt(w.length - 1);
  return c === 100 || c === 103 || c === 115;
};

/** the word as lemma reads it: lower case, with a straight apostrophe */
const lemmaForm = (word: string): string => {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
};

/** The lemma of an English verb form, by rule, for look-ups in the lexicon; unknown forms stay as they are. */
export function lemma(word: string): string {
  const w = lemmaForm(word);
  const known = irregular(w);
  if (known) return known;
  if (LEMMAS.has(w)) return w;
  if (!endsInDgs(w)) return w; // every rule below strips a suffix ending in d, g or s
  return lemmaByRules(w, knownLemma);
}

/**
 * lemma(word) === target, for a test at every token. A lemma is an irregular form's, or the word itself, or the word
 * with an ending replaced by at most one letter (each rule of lemmaByRules): all but its last letter begin the word. A word
 * that begins otherwise and is not irregular has another lemma, found without the rules.
 */
export function lemmaIs(word: string, target: string): boolean {
  const w = lemmaForm(word);
  return (w.startsWith(target.slice(0, -1)) || irregular(w) !== undefined) && lemma(word) === target;
}

// "prime" in "prime minister": a word that is a title only inside a leader's two-word title
const PHRASE_TITLE_WORDS: ReadonlySet<string> = new Set(LEADER_TITLE_PHRASES.flatMap((p) => p.split(' ')).filter((w) => w !== 'of'));
/** a word that may stand in a title: "former", "deputy", "foreign", "minister", "prime", "assassin" */
export const isTitleWord = (w: string) => LEADER_TITLES.has(w) || STAFF_TITLES.has(w) || TITLE_MODIFIERS.has(w) || PHRASE_TITLE_WORDS.has(w) || !!AGENT_ROLE_NOUNS[w];

export const has = (t: Token | undefined, tag: string) => !!t && t.tags.includes(tag);
export const word = (t: Token | undefined) => (!t ? '' : t.normal.includes('’') ? t.normal.replace(/[’]/g, "'") : t.normal);
// (the tagger also marks some bare names Possessive: "China, Iran's largest trading partner" → "China" so tagged; a name's possessive is written)
export const isPossessive = (t: Token | undefined) => !!t && ((has(t, 'Possessive') && !/^[A-Z]/.test(t.text)) || /(['’]s|s['’])$/.test(t.text) || /^['’]s?$/.test(t.post.trim().slice(0, 2)));
export const isDeterminer = (t: Token | undefined) => has(t, 'Determiner') || ['a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any'].includes(word(t));
export const isPreposition = (t: Token | undefined) => has(t, 'Preposition') || ['to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'against', 'between', 'into'].includes(word(t));
export const isAuxiliary = (t: Token | undefined) => has(t, 'Auxiliary') || has(t, 'Copula') || has(t, 'Modal') ||
  ['has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'shall'].includes(word(t).replace(/n't$/, ''));
export const isBe = (t: Token | undefined) => ['is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "aren't", "wasn't", "weren't", "'s", "'re"].includes(word(t));
export const isVerb = (t: Token | undefined) => has(t, 'Verb');
export const isAdverb = (t: Token | undefined) => has(t, 'Adverb');
export const isAdjective = (t: Token | undefined) => has(t, 'Adjective') || has(t, 'Value') || has(t, 'Cardinal') || COMPASS.has(word(t));
export const isNegative = (t: Token | undefined) => has(t, 'Negative') || /n't$/.test(word(t));
/** punctuation after a token that ends a clause for argument search */
// an abbreviation's full stop before a comma ("St. Joseph, Mo., by") ends nothing
// nor does an abbreviation's own full stop inside a sentence ("Gov. Thomas Kean", "Lambert Inc. in New York")
export const hardBreak = (t: Token | undefined) => !!t && /[;:?!]|\.(?!,)|[—–]|\s-\s|[”"]|\(|\)/.test(t.post) && !(has(t, 'Abbreviation') && /^\.\s+$/.test(t.post));
export const comma = (t: Token | undefined) => !!t && t.post.includes(',');
export const dash = (t: Token | undefined) => !!t && /[—–]|\s-\s|--/.test(t.post);

/** ISO date for "Oct. 17", "October 17, 2023", "on Monday", against the article's date. */
export function resolveDate(tokens: readonly Token[], from: number, to: number, articleDate?: string): string | undefined {
  if (!articleDate || !/^\d{4}-\d{2}-\d{2}/.test(articleDate)) return undefined;
  const ref = new Date(`${articleDate.slice(0, 10)}T00:00:00Z`);
  for (let i = Math.max(0, from); i <= to && i < tokens.length; i++) {
    const w = word(tokens[i]).replace(/\.$/, '');
    const month = MONTHS[w];
    const day = tokens[i + 1] && /^\d{1,2}$/.test(tokens[i + 1]!.normal) ? Number(tokens[i + 1]!.normal) : 0;
    if (month && day && day <= 31 && /^[A-Z]/.test(tokens[i]!.text)) {
      const yearTok = tokens[i + 2] && /^\d{4}$/.test(tokens[i + 2]!.normal) ? Number(tokens[i + 2]!.normal) : 0;
      let year = yearTok || ref.getUTCFullYear();
      if (!yearTok && Date.UTC(year, month - 1, day) > ref.getTime()) year--;
      return iso(new Date(Date.UTC(year, month - 1, day)));
    }
    const wd = WEEKDAYS.indexOf(w);
    if (wd >= 0 && ['on', 'last'].includes(word(tokens[i - 1]))) {
      const back = (ref.getUTCDay() - wd + 7) % 7;
      return iso(new Date(ref.getTime() - back * 86_400_000));
    }
  }
  return undefined;
}
const iso = (d: Date) => d.toISOString().slice(0, 10);
