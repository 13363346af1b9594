// A given name's gender, from compromise's built-in lexicon of first names (its MaleName/FemaleName tags).
// Read through the library rather than copied: it is the well-kept list, and compromise's own tagger uses it.
import nlp from 'compromise';
import { NAME_TAG_GENDER, type Gender } from './lexicon.ts';

type Lexicon = Record<string, string | string[] | undefined>;

/** The gender compromise's lexicon gives a lower-case first name; a name it does not know, or a word that is not a name, has none. */
export function lexiconGivenName(word: string): Gender | undefined {
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one.lexicon;
  const tags = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
  for (const tag of [tags ?? []].flat()) {
    const g = Object.hasOwn(NAME_TAG_GENDER, tag) ? NAME_TAG_GENDER[tag] : undefined;
    if (g) return g;
  }
  return undefined;
}
