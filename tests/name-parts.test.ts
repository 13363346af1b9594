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

  it('keeps two people apart when the part fits both of them', () => {
    expect(persons('Luis Vargas Llosa and Pedro Vargas Llosa met. Vargas Llosa spoke first.')).toEqual(['Luis Vargas Llosa', 'Pedro Vargas Llosa', 'Vargas Llosa']);
  });
});
