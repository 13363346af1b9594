// Entity names as news writes them: abbreviated and compound country names, names inside longer names,
// complements and hyphens inside names, buildings, short forms of cities. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { resolveText as resolve } from './helpers/resolve.ts';

/** Entities of an article as "label/TYPE", sorted. */
const entities = (text: string) => resolve(text).entities.map((e) => `${e.label}/${e.type}`).sort();

describe('entity names in news copy', () => {
  it('reads "St" and "St." as "Saint" in a gazetteer name, "and the" included', () => {
    expect(entities('Ministers from St Vincent and the Grenadines and St. Kitts and Nevis arrived in Havana.'))
      .toEqual(['Havana/LOCATION', 'Saint Kitts and Nevis/COUNTRY', 'Saint Vincent and the Grenadines/COUNTRY']);
  });
});
