// geokg's one compromise plugin: our lexicon (the gazetteer's multi-word names) and the tags it adds.
// Kept as data in, plugin object out, following compromise's own plugin shape. The match patterns for
// what compromise misses (coordinated organisation names, "X-Y war", titles before names) run as plain
// passes over the tagged tokens in src/entities, so that each unit is parsed once.

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
