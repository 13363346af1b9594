// Words of a news page's furniture that are no names: labels in capitals, time zones, forms of address.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/pipeline.ts';
import { extractor } from './helpers/resolve.ts';

// the whole pipeline, whose entity stage knows compromise's dictionary words
const labels = (text: string) => extractArticle({ id: 't', text }, extractor).entities.map((e) => `${e.label}/${e.type}`).sort();

describe('news page furniture', () => {
  it('reads no name in a label in capitals before a colon or a dash', () => {
    expect(labels('UPDATE: Ghana and Togo signed a border accord.')).toEqual(['Ghana/COUNTRY', 'Togo/COUNTRY']);
    expect(labels('FOR IMMEDIATE RELEASE — Ghana thanked Togo.')).toEqual(['Ghana/COUNTRY', 'Togo/COUNTRY']);
  });

  it('keeps a name in capitals that is a word when no colon or dash follows it', () => {
    expect(labels('The Ghanaian agency GNA reported that Ghana thanked the agency CARE on Monday.').some((l) => l.startsWith('CARE/'))).toBe(true);
  });

  it('reads a word in capitals after a clock time as a time zone', () => {
    expect(labels('Friday 14:20 GMT — Ghana closed its border with Togo.')).toEqual(['Ghana/COUNTRY', 'Togo/COUNTRY']);
  });

  it('keeps "the Honourable" and "His Highness" out of the name they address', () => {
    expect(labels('Ghana\'s minister, the Honourable Kwame Asante, met Togo\'s envoy.')).toContain('Kwame Asante/PERSON');
    expect(labels('His Highness Sheikh Rashid bin Omar met Ghana\'s envoy.')).toEqual(['Ghana/COUNTRY', 'Rashid bin Omar/PERSON']);
  });
});

describe('unknown names typed by a head word written first or last', () => {
  it('types a square, palace or airport named first in Spanish, Portuguese or Italian a place', () => {
    const l = labels('Plaza Zaldívar filled with troops, and Palacio Orinoco was sealed off on Friday.');
    expect(l).toEqual(expect.arrayContaining(['Plaza Zaldívar/LOCATION', 'Palacio Orinoco/LOCATION']));
  });

  it('types an auditorium or a lodge a place, and a named storm an event', () => {
    const l = labels('The leaders met at the Harriet Vance Auditorium and later at Juniper Lodge after Hurricane Odalys.');
    expect(l).toEqual(expect.arrayContaining(['Harriet Vance Auditorium/LOCATION', 'Juniper Lodge/LOCATION', 'Hurricane Odalys/EVENT']));
  });
});
