// Named-entity recognition on hand-written sentences: spans, types, titles, acronyms.
import { describe, expect, it } from 'vitest';
import { resolveText as resolve } from './helpers/resolve.ts';
/** Named mentions as "text/TYPE", in text order (modifiers such as demonyms left out). */
const names = (text: string) => resolve(text).mentions.filter((m) => !m.reference && !m.demonym).map((m) => `${m.text}/${m.type}`);

describe('entity recognition', () => {
  it('splits a title and its demonym off a person, keeping both for relations', () => {
    const r = resolve('French President Emmanuel Macron arrived in Dakar on Tuesday.');
    const p = r.mentions.find((m) => m.type === 'PERSON')!;
    expect(p.text).toBe('Emmanuel Macron');
    expect(p.title).toMatchObject({ text: 'President', role: 'president', of: { text: 'French' } });
    expect(names('French President Emmanuel Macron arrived in Dakar on Tuesday.')).toContain('Dakar/LOCATION');
  });

  it('keeps a bare honorific in the span but names the entity without it', () => {
    const r = resolve('Mrs. Alvarez thanked the volunteers.');
    expect(r.mentions.map((m) => m.text)).toEqual(['Mrs. Alvarez']);
    expect(r.entities.map((e) => e.label)).toEqual(['Alvarez']);
  });

  it('drops a chairman title from a three-word name', () => {
    const r = resolve('Chairman Kim Jong Un inspected the new factory.');
    expect(r.entities.filter((e) => e.type === 'PERSON').map((e) => e.label)).toEqual(['Kim Jong Un']);
    expect(r.mentions[0]!.title?.role).toBe('chairman');
  });

  it('reads a coordinated organisation name after "Institute of"', () => {
    expect(names('She teaches at the Institute of Nordic, Baltic and Arctic Studies in Oslo.'))
      .toEqual(['Institute of Nordic, Baltic and Arctic Studies/ORGANIZATION', 'Oslo/LOCATION']);
  });

  it('reads a building with "of the" inside its name as a place', () => {
    expect(names('The delegates gathered in the Grand Hall of the Nations for the ceremony.')).toEqual(['Grand Hall of the Nations/LOCATION']);
  });

  it('reads "X-Y conflict" and "X and Y Summit" as events', () => {
    expect(names('Talks on the Sudan-Chad conflict resumed.')).toEqual(['Sudan-Chad conflict/EVENT']);
    expect(names('Leaders flew to the Peace and Security Summit last week.')).toEqual(['Peace and Security Summit/EVENT']);
  });

  it('types countries as COUNTRY and cities as LOCATION', () => {
    expect(names('Kenya and Peru signed the deal in Nairobi.')).toEqual(['Kenya/COUNTRY', 'Peru/COUNTRY', 'Nairobi/LOCATION']);
  });

  it('keeps initials inside a name', () => {
    expect(names('Thomas J. Whitfield testified for three hours.')).toEqual(['Thomas J. Whitfield/PERSON']);
  });

  it('reads a state abbreviation after a town as a place', () => {
    expect(names('The mill closed in Ashford, Conn., last year.')).toContain('Conn/LOCATION');
  });

  it('does not take capitalised sentence openers, months or weekdays for names', () => {
    expect(names('Yesterday the minister resigned. However, on Monday in March nothing happened.')).toEqual([]);
  });

  it('reads an organisation from its head word and a place from its first word', () => {
    expect(names('Workers at Halden Plastics Corp. marched to Port Kelso.')).toEqual(['Halden Plastics Corp/ORGANIZATION', 'Port Kelso/LOCATION']);
  });

  it('splits a place from a titled person written after it', () => {
    expect(names('Ohio Gov. Martha Quill vetoed the bill.')).toEqual(['Ohio/LOCATION', 'Martha Quill/PERSON']);
  });

  it('makes an acronym defined in parentheses an alias of its expansion', () => {
    const r = resolve('The Regional Water Authority (RWA) raised prices. The RWA said costs had doubled.');
    const orgs = r.entities.filter((e) => e.type === 'ORGANIZATION');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]).toMatchObject({ label: 'Regional Water Authority', aliases: ['RWA'] });
    expect(r.mentions.filter((m) => m.entity === orgs[0]!.key)).toHaveLength(3);
  });

  it('gives offsets that point at the mention text', () => {
    const text = 'Ambassador Rhea Okafor, the envoy of Ghana’s government, met Prime Minister Ilan Sorel in Haifa.';
    for (const m of resolve(text).mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
