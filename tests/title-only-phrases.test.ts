// A capitalised title phrase before a name ("Armed Forces Minister", "Home Affairs Secretary") is no person of its own.
import { describe, expect, it } from 'vitest';
import { resolveText as resolve } from './helpers/resolve.ts';

const persons = (text: string) => resolve(text).entities.filter((e) => e.type === 'PERSON').map((e) => e.label).sort();

describe('title phrases ending in a title word', () => {
  it('reads a portfolio title before a known name as a title, the name as the only person', () => {
    expect(persons("Chile's Regional Relations Minister Sébastien Lecornu spoke on Monday.")).toEqual(['Sébastien Lecornu']);
    expect(persons('The talks were led by Coastal Affairs Minister Mélanie Joly.')).toEqual(['Mélanie Joly']);
  });

  it('still reads a name that only begins with a title word', () => {
    expect(persons('Chairman Oleksiy Marchuk opened the session.')).toEqual(['Oleksiy Marchuk']);
  });
});
