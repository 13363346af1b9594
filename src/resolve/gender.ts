// A given name's gender: the hand-kept table of the gazetteer's people's given names compromise lacks or genders
// wrongly (data/gazetteer/sources/given-names.json), then compromise's built-in lexicon of first names (its
// MaleName/FemaleName tags). The table comes first to correct the library's list ("jesse" is a FemaleName there).
// compromise is read through the library rather than copied: it is the well-kept list its own tagger uses.
import { compromise as nlp } from '../nlp/compromise.ts';
import givenNames from '../../data/gazetteer/sources/given-names.json' with { type: 'json' };
import { NAME_TAG_GENDER, type Gender } from './lexicon.ts';

type Lexicon = Record<string, string | string[] | undefined>;

const TABLE: ReadonlyMap<string, Gender> = new Map([
  ...givenNames.male.map((n): [string, Gender] => [n, 'male']),
  ...givenNames.female.map((n): [string, Gender] => [n, 'female']),
]);

/**
 * The gender a lower-case first name has in the table or compromise's lexicon; a name in neither, or a word that is not
 * a name, has none. A name with accents has its unaccented form's ("maría", "álvaro", "félix": the lexicon spells them
 * without; seen news-fresh25 am-machado-nobel-live, where "her" went to Álvaro Uribe).
 */
export function lexiconGivenName(word: string): Gender | undefined {
  const found = tableOrLexicon(word);
  if (found || /^[\x00-\x7f]*$/.test(word)) return found;
  return tableOrLexicon(word.normalize('NFD').replace(/\p{M}/gu, ''));
}

function tableOrLexicon(word: string): Gender | undefined {
  const corrected = TABLE.get(word);
  if (corrected) return corrected;
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one.lexicon;
  const tags = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
  for (const tag of [tags ?? []].flat()) {
    const g = Object.hasOwn(NAME_TAG_GENDER, tag) ? NAME_TAG_GENDER[tag] : undefined;
    if (g) return g;
  }
  return undefined;
}
