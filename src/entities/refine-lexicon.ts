// Rules as data for the news-name repairs of src/entities/refine.ts: words that extend, retype or drop a
// span the recogniser found.

/** Month abbreviations: after a given name with no day number they are a name ("Zhang Jun", "Kim Jun"). */
export const MONTH_ABBREVIATIONS = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);

/** Ordinals written before a place's or body's own name: "Second Thomas Shoal", "Third Army". */
export const ORDINAL_WORDS = new Set([
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
]);

/** Head words of a body named after its holder's possessive: "European Public Prosecutor's Office", "Children's Fund". */
export const POSSESSIVE_ORG_HEADS = new Set([
  'office', 'council', 'court', 'bureau', 'agency', 'commission', 'fund', 'service', 'department', 'ministry', 'party',
  'union', 'foundation', 'association', 'front', 'army', 'guard', 'chamber', 'secretariat',
]);

/**
 * Adjectives of a region or a direction: before a lower-case noun they describe ("Western capitals",
 * "Southeast Asian leaders", "West African states"), they name nothing.
 */
export const REGION_ADJECTIVES = new Set([
  'western', 'eastern', 'northern', 'southern', 'central', 'west', 'east', 'north', 'south', 'southeast', 'southwest',
  'northeast', 'northwest', 'asian', 'african', 'european', 'arab', 'latin', 'nordic', 'baltic', 'balkan', 'pacific',
  'atlantic', 'mediterranean', 'caribbean', 'arctic', 'middle', 'gulf', 'sahelian', 'scandinavian', 'slavic',
]);

/** Political leanings: a name right after one is a party or movement ("the centrist Third Way"), unless a person's. */
export const PARTY_LEANINGS = new Set([
  'centrist', 'conservative', 'liberal', 'nationalist', 'populist', 'far-right', 'far-left', 'right-wing', 'left-wing',
  'leftist', 'rightist', 'socialist', 'communist', 'green', 'centre-right', 'center-right', 'centre-left', 'center-left',
  'hard-right', 'hard-left', 'ultranationalist', 'pro-european', 'eurosceptic', 'islamist', 'opposition', 'ruling',
]);

/** Last words of a grouping of states or parties named like a shape or a number ("Weimar Triangle", "Normandy Format"). */
export const GROUPING_HEADS = new Set(['triangle', 'format', 'quartet', 'quintet', 'troika', 'quad', 'coalition', 'bloc']);

/**
 * "Center"/"Centre" heads a building when its use is named before it ("National Convention Center",
 * "World Trade Center"); bare, it often heads a body ("Carter Center"), so it is left to the recogniser.
 * SCHEMA types a building LOCATION.
 */
export const BUILDING_CENTRE_USES = new Set([
  'convention', 'conference', 'exhibition', 'congress', 'trade', 'shopping', 'cultural', 'community', 'sports', 'press',
  'civic', 'arts', 'events', 'expo', 'detention', 'transit', 'visitor', 'visitors',
]);
export const BUILDING_CENTRE_HEADS = new Set(['center', 'centre']);

/**
 * Body head words that are no name on their own: "the Commission said", "the Council agreed" stand for a
 * body named before (src/resolve reads them as descriptions), never a new entity.
 */
export const BARE_BODY_HEADS = new Set(['commission', 'council', 'committee', 'ministry', 'agency', 'office', 'bureau', 'administration', 'tribunal']);

/** Last words of an award's name: "Nobel Peace Prize", "Presidential Medal of Freedom" is no person (OTHER). */
export const AWARD_HEADS = new Set(['prize', 'prizes', 'award', 'awards', 'medal', 'trophy']);

/**
 * Common nouns that open news sentences as modifiers of a plural noun ("Rescue workers", "Health officials",
 * "Relief agencies"): capitalised there only because they come first. Used with compromise's lexicon,
 * which lacks many of them.
 */
export const SENTENCE_OPENING_COMMON_NOUNS = new Set([
  'aid', 'relief', 'rescue', 'health', 'security', 'emergency', 'border', 'rights', 'humanitarian', 'medical', 'election',
  'customs', 'immigration', 'fire', 'intelligence', 'military', 'defence', 'defense', 'energy', 'oil', 'gas', 'farm', 'trade',
  'labor', 'labour', 'union', 'opposition', 'government', 'coalition', 'city', 'county', 'school', 'hospital', 'airline',
  'transport', 'finance', 'banking', 'tech', 'technology', 'climate', 'environmental', 'peace', 'ceasefire', 'protest',
]);

/**
 * Head words of a body's field mission, named by its parent, its kind and its place ("the UN mission in Kosovo", "the UN
 * human rights monitoring mission in Ukraine"); not "office": "the UNHCR office in Kabul" is the agency's, seated there.
 */
export const FIELD_BODY_HEADS = new Set(['mission']);
/** the prepositions before a field body's place */
export const FIELD_BODY_PLACE_PREPS = new Set(['in', 'for']);
