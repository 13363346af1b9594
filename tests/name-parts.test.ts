// A part of a longer name that the article gives in full (a two-word surname, a hyphenated surname, a given name
// with a first surname) is that person, not a second person.
import { describe, expect, it } from 'vitest';
import { resolveText as resolve } from './helpers/resolve.ts';

const persons = (text: string) => resolve(text).entities.filter((e) => e.type === 'PERSON').map((e) => e.label).sort();

describe('a part of a full name', () => {
  it('reads a two-word or hyphenated surname as the person named in full', () => {
    expect(persons('The minister Tomas Vargas Llosa arrived on Monday. Later, Vargas Llosa met the press.')).toEqual(['Tomas Vargas Llosa']);
    expect(persons('Envoy Karim Ben-Haddad landed in Tunis. Ben-Haddad said the talks were useful.')).toEqual(['Karim Ben-Haddad']);
  });

  it('reads a given name with a first surname as the person named in full', () => {
    expect(persons('Mayor Anna Maria Costa Ribeiro opened the session. Anna Maria Costa spoke for an hour.')).toEqual(['Anna Maria Costa Ribeiro']);
  });

  it("reads a listed person's name with a second surname after it as that person ('Gustavo Petro Urrego')", () => {
    expect(persons('President Gustavo Petro Urrego opened the fair in Cali on Monday.')).toEqual(['Gustavo Petro']);
  });

  it("reads no name in a state's form alone ('the President of the Republic', 'the Kingdom')", () => {
    const names = resolve('The President of the Republic opened the fair. The Kingdom sent an envoy to the Republic of Tatarstan.').entities.map((e) => e.label);
    expect(names).not.toContain('Republic');
    expect(names).not.toContain('Kingdom');
  });

  it('keeps two people apart when the part fits both of them', () => {
    expect(persons('Luis Vargas Llosa and Pedro Vargas Llosa met. Vargas Llosa spoke first.')).toEqual(['Luis Vargas Llosa', 'Pedro Vargas Llosa', 'Vargas Llosa']);
  });

  it('reads a given name hyphened to its particle at a sentence start as the name', () => {
    expect(persons('Tarek al-Moussawi, the envoy of Qalmar, praised the deal.')).toEqual(['Tarek al-Moussawi']);
  });

  it('keeps a quoted nickname inside the name it stands in', () => {
    expect(persons('Her cousin, Pablo Andres "Pancho" Velarde, a former deputy, was arrested.')).toEqual(['Pablo Andres "Pancho" Velarde']);
  });

  it('reads a given name before a listed person as that person', () => {
    const people = resolve('Envoy Alexander Boris Johnson met reporters in Lurvik.').entities.filter((e) => e.type === 'PERSON');
    expect(people.map((e) => e.label)).toEqual(['Boris Johnson']);
  });

  it('reads a surname after a given name and a place word as one person', () => {
    expect(persons('The rule of Luis Orlando Quintero ended on Monday.')).toEqual(['Luis Orlando Quintero']);
  });
});
