// The gazetteer's data as plain types: read by nlp (its multi-word names as lexicon entries) and by entities,
// resolve and relations, so they sit below every stage that reads them.
import type { EntityType } from './types.ts';

export interface GazetteerRole {
  /** "president", "prime minister", "foreign minister", ... */
  role: string;
  /** id of the gazetteer entry (a country or organisation) the role is held in */
  of: string;
  from?: string;
  to?: string;
}

export interface GazetteerEntry {
  /** stable id, used as the graph's node key: "country:CHN", "org:icc", "person:vladimir-putin" */
  id: string;
  name: string;
  type: EntityType;
  kind?: string;
  /** other names, matched case-insensitively when capitalised in the text */
  aliases?: string[];
  /** forms matched only in exact case (acronyms: "ICC", "UN", "AP") */
  acronyms?: string[];
  /** adjectives and nouns of nationality ("Russian", "Russians") */
  demonyms?: string[];
  qid?: string;
  iso2?: string;
  iso3?: string;
  capital?: string;
  /** id of the country a city, organ or person belongs to */
  country?: string;
  roles?: GazetteerRole[];
  /** id of the body an organ belongs to ("org:unsc" partOf "org:un") */
  partOf?: string;
  /**
   * a name from a generated list (ISO 3166-2's divisions), read as this entry only where it stands alone: inside a longer
   * capitalised name ("Ararat Mirzoyan", "Tren de Aragua", "Al-Sabah") it is a word of that name
   */
  standalone?: true;
}

export interface GazetteerFile {
  /** where the data came from */
  source: string;
  license?: string;
  entries: GazetteerEntry[];
}
