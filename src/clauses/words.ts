// Word classes over compromise's tagged tokens, with the corrections the clause layer needs.
import type { Token } from '../model/types.ts';
import { AUXILIARIES, CONJUNCTIONS, DETERMINERS, FORMS_OF_ADDRESS, IRREGULAR_VERBS, PREPOSITIONS, RELATIVES, SUBORDINATORS } from './lexicon.ts';

// (the clause layer asks for a token's word many times over; most words hold no curly apostrophe, so no regular expression runs)
export const word = (t: Token | undefined): string => (!t ? '' : t.normal.includes('’') ? t.normal.replace(/’/g, "'") : t.normal);
export const has = (t: Token | undefined, tag: string): boolean => !!t && t.tags.includes(tag);
export const comma = (t: Token | undefined): boolean => !!t && t.post.includes(',');
/** punctuation after a token that closes a phrase ("; : ? ! . — ( ) quotes"); an abbreviation's own full stop closes nothing,
 *  nor a form of address's ("the Rt. Hon. X": compromise tags "Rt." no abbreviation) */
export const hardBreak = (t: Token | undefined): boolean =>
  !!t && /[;:?!]|\.(?!,)|[—–]|\s-\s|[”"]|\(|\)/.test(t.post) && !((has(t, 'Abbreviation') || FORMS_OF_ADDRESS.has(word(t))) && /^\.\s+$/.test(t.post));
export const isPrep = (t: Token | undefined): boolean => PREPOSITIONS.has(word(t));
export const isDet = (t: Token | undefined): boolean => DETERMINERS.has(word(t)) || (has(t, 'Determiner') && !RELATIVES.has(word(t)));
export const isConj = (t: Token | undefined): boolean => CONJUNCTIONS.has(word(t));
// (not the month compromise tags in a live blog's "May 7, 09:15 —")
export const isAux = (t: Token | undefined): boolean => !has(t, 'Month') && (AUXILIARIES.has(word(t).replace(/n't$/, '')) || has(t, 'Modal') || has(t, 'Auxiliary'));
export const isAdverb = (t: Token | undefined): boolean => has(t, 'Adverb') || /^[a-z]+ly$/.test(t?.text ?? '');
export const isNegation = (t: Token | undefined): boolean => has(t, 'Negative') || /n't$/.test(word(t)) || ['not', 'never', 'cannot'].includes(word(t));
/** a lower-case -ing or -ed word compromise read as a noun or adjective where it is a participle: "groups fighting X" */
export const participleForm = (t: Token | undefined, initial = false): 'ing' | 'ed' | undefined => {
  if (!t || !(initial ? /^[A-Za-z][a-z]+$/ : /^[a-z]+$/).test(t.text)) return undefined;
  if (/[a-z]{2}ing$/.test(t.text) && !['during', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'building', 'meeting', 'beijing', 'king', 'ring', 'wing', 'spring', 'thing', 'string', 'ceiling'].includes(t.text.toLowerCase())) return 'ing';
  if (/[a-z]{2}(?:ed|en)$/.test(t.text) || (has(t, 'PastTense') && IRREGULAR_VERBS[t.text])) return 'ed';
  return undefined;
};
/** a verb by compromise's tags, and not one of its auxiliaries */
export const isVerb = (t: Token | undefined): boolean => has(t, 'Verb') && !has(t, 'Auxiliary') && !isPrep(t);
/** a word that can stand in a noun phrase before its head */
// (compromise tags "congratulations", "thanks" Expression, an interjection: lower-case, they are nouns here)
export const isNominal = (t: Token | undefined): boolean =>
  !!t && (has(t, 'Noun') || (has(t, 'Expression') && /^[a-z]/.test(t.text)) || has(t, 'Adjective') || has(t, 'Value') || has(t, 'Cardinal') || /^[A-Z]/.test(t.text) || /^\d/.test(t.text))
  && !isPrep(t) && !isConj(t) && !RELATIVES.has(word(t)) && !isAux(t) && !Object.hasOwn(SUBORDINATORS, word(t)) && !has(t, 'Pronoun');
/** a possessive ending: "X's", "allies'" */
export const possessiveEnd = (t: Token | undefined): boolean =>
  !!t && (/(['’]s|s['’])$/.test(t.text) || /^['’]s?(?:\s|$)/.test(t.post));

/**
 * A verb form's suffix rules, tried in this order: the first that gives a known lemma wins. Each names the ending
 * its pattern needs, so that a rule whose ending the word lacks costs a string comparison, not a regular expression.
 */
const LEMMA_RULES: readonly { ending: string; pattern: RegExp; replacement: string }[] = [
  { ending: 'ied', pattern: /ied$/, replacement: 'y' }, { ending: 'ies', pattern: /ies$/, replacement: 'y' },
  { ending: 'ed', pattern: /ed$/, replacement: '' }, { ending: 'ed', pattern: /ed$/, replacement: 'e' }, { ending: 'd', pattern: /d$/, replacement: '' },
  { ending: 'ed', pattern: /(.)\1ed$/, replacement: '$1' }, { ending: 'ing', pattern: /ing$/, replacement: '' }, { ending: 'ing', pattern: /ing$/, replacement: 'e' },
  { ending: 'ing', pattern: /(.)\1ing$/, replacement: '$1' }, { ending: 'es', pattern: /es$/, replacement: '' }, { ending: 's', pattern: /s$/, replacement: '' },
];

/**
 * The first of LEMMA_RULES, in order, that changes `w` (lower case) into a lemma `known` holds; `w` where none does.
 * Every rule strips an ending that closes in d, g or s. Shared by the clause layer's verbLemma and the relations' lemma.
 */
export function lemmaByRules(w: string, known: (lemma: string) => boolean): string {
  for (const { ending, pattern, replacement } of LEMMA_RULES) {
    if (!w.endsWith(ending)) continue;
    const c = w.replace(pattern, replacement);
    if (c !== w && known(c)) return c;
  }
  return w;
}

/** The lemma of a verb form by rule, checked against the words the caller knows; unknown forms stay as they are. */
export function verbLemma(form: string, known: (lemma: string) => boolean): string {
  const w = form.toLowerCase().replace(/’/g, "'");
  if (IRREGULAR_VERBS[w]) return IRREGULAR_VERBS[w];
  if (known(w)) return w;
  return lemmaByRules(w, known);
}
