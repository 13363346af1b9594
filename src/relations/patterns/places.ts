// Places within places, as a copula or an apposition describes them: "X is a town in Y", "X, the capital of Y".
// Seen: Re-DocRED dev ("X is a town/city/village … in Y" opens a dozen documents; "the capital of" in five).
import type { Pattern } from './types.ts';

/** kinds of place a description may name */
const PLACE_KINDS = [
  'town', 'city', 'village', 'hamlet', 'municipality', 'commune', 'comune', 'suburb', 'district', 'county', 'region', 'province',
  'parish', 'community', 'neighbourhood', 'neighborhood', 'settlement', 'locality', 'borough', 'township', 'river', 'lake', 'mountain',
  'island', 'peninsula', 'valley', 'port', 'harbour', 'canton', 'state', 'area', 'resort', 'capital', 'seaport', 'airport', 'park',
  'stream', 'tributary', 'bay', 'volcano', 'glacier', 'palace', 'castle', 'cathedral', 'church', 'stadium', 'bridge', 'station', 'oblast',
  'voivodeship', 'gmina', 'prefecture', 'raion', 'department', 'arrondissement', 'archipelago', 'desert', 'forest', 'plateau', 'range',
  'place',
];
const PLACES = ['LOCATION', 'COUNTRY'] as const;

export const places: Pattern[] = [
  {
    id: 'place.kind.in', kind: 'title', predicate: 'LOCATED_IN', nouns: PLACE_KINDS, subject: 'described', object: 'pp:in',
    subjectTypes: ['LOCATION'], objectTypes: PLACES, objectChain: true, confidence: 0.8, seen: 'Re-DocRED dev (a dozen documents)',
    match: [['Bergen is a city in Vestland, Norway.', 'Bergen LOCATED_IN Vestland'], ['Bergen is a city in Vestland, Norway.', 'Bergen LOCATED_IN Norway'], ['Kharkiv is a city in eastern Ukraine.', 'Kharkiv LOCATED_IN Ukraine'],
      ['Kellyville is a census-designated place in Creek County, Oklahoma.', 'Kellyville LOCATED_IN Oklahoma']],
    miss: [['Bergen is a city with a long harbour.'], ['Kharkiv is a city near Russia.']],
  },
  {
    id: 'place.kind.of', kind: 'title', predicate: 'LOCATED_IN', nouns: ['capital', 'town', 'city', 'village', 'commune', 'comune', 'municipality', 'suburb', 'district', 'part', 'seat', 'port'],
    subject: 'described', object: 'pp:of', subjectTypes: ['LOCATION'], objectTypes: PLACES, objectChain: true, confidence: 0.8,
    seen: 'Re-DocRED dev ("the capital of" in five documents); "the capital of N province": news-fresh (one text), news-fresh4 (two texts)',
    match: [['Lviv, the largest city of western Ukraine, was calm.', 'Lviv LOCATED_IN Ukraine'], ['Nairobi is the capital of Kenya.', 'Nairobi LOCATED_IN Kenya'],
      ['Quetta, the capital of Balochistan province, was shut.', 'Quetta LOCATED_IN Balochistan']],
    miss: [['Nairobi is the capital of fashion.'], ['Nairobi is a city of two million people.']],
  },
];
