// geokg's one compromise plugin: our lexicon (gazetteer names, titles, cue words) and tags.
// Kept as data in, plugin object out, following compromise's own plugin shape.

export interface LexiconData {
  /** word or phrase → compromise tag (e.g. "xi jinping": "Person") */
  words: Record<string, string>;
}

export function geokgPlugin(lexicon: LexiconData) {
  return {
    tags: {
      Demonym: { isA: 'ProperNoun' },
    },
    words: lexicon.words,
  };
}
