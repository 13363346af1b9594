// A name's short form in one article is the long name's entity (src/resolve/shortForms.ts).
import { describe, expect, it } from 'vitest';
import { resolveText as resolve } from './helpers/resolve.ts';

const labels = (text: string) => resolve(text).entities.map((e) => `${e.label}/${e.type}`).sort();

describe('short forms of a name in one article', () => {
  it('folds a short form written before or after its long form into one entity, the short form an alias', () => {
    const r = resolve('Clashes broke out near Zarvona on Monday. Officials in the Zarvona Valley said the road was closed.');
    const places = r.entities.filter((e) => e.label.startsWith('Zarvona'));
    expect(places.map((e) => e.label)).toEqual(['Zarvona Valley']);
    expect(places[0]!.aliases).toContain('Zarvona');
  });

  it('folds an organisation named without its leading qualifier into the qualified name', () => {
    expect(labels('The Velmar Council of Elders met in Ostrava. Later the Council of Elders issued a statement.'))
      .toEqual(['Ostrava/LOCATION', 'Velmar Council of Elders/ORGANIZATION']);
  });

  it('keeps a town apart from its county or a building named after it, and a name joined by "of" apart from the body it owns', () => {
    const towns = labels('Protesters gathered in Kelvara on Tuesday. Police across Kelvara County made arrests.');
    expect(towns).toEqual(expect.arrayContaining(['Kelvara/LOCATION', 'Kelvara County/LOCATION']));
    // a building named after its town stands in it
    expect(labels('A senator was shot in Kelvara. He was flown to Kelvara Medical University Hospital in Ostrava.'))
      .toEqual(['Kelvara Medical University Hospital/LOCATION', 'Kelvara/LOCATION', 'Ostrava/LOCATION']);
    const owner = labels('The Press Office of the Tarvish Assembly said the Tarvish Assembly would vote.');
    expect(owner).toEqual(['Press Office of the Tarvish Assembly/ORGANIZATION', 'Tarvish Assembly/ORGANIZATION']);
  });

  it('keeps a short form that two longer names share apart from both', () => {
    const r = labels('The Borland Senate and the Quessa Senate both voted. The Senate adjourned on Friday.');
    expect(r).toEqual(['Borland Senate/ORGANIZATION', 'Quessa Senate/ORGANIZATION', 'Senate/ORGANIZATION']);
  });
});

describe('known names joined by dashes', () => {
  it('reads "Chile-Norway" or "Egypt–Kenya" before a noun as its known names, no place of its own', () => {
    expect(labels('The minister spoke of Chile-Norway ties.')).not.toContain('Chile-Norway/LOCATION');
    expect(labels('The envoy spoke of Egypt–Kenya ties on Monday.')).toEqual(['Egypt/COUNTRY', 'Kenya/COUNTRY']);
  });
});
