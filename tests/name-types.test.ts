// One name in one article is one entity, even where the recogniser types its mentions two ways.
import { describe, expect, it } from 'vitest';
import { agreedTypes } from '../src/resolve/names.ts';
import type { Mention } from '../src/model/types.ts';

const mention = (text: string, type: Mention['type'], extra: Partial<Mention> = {}) =>
  ({ text, type, sentence: 0, start: 0, end: text.length, tokens: [0, 0], source: 'ner', ...extra }) as Mention;

describe('a name typed two ways in one article', () => {
  it('takes a type other than the default person, else the first mention\'s', () => {
    const types = agreedTypes([mention('Zorvani', 'PERSON'), mention('Zorvani', 'ORGANIZATION'), mention('Kestrava', 'LOCATION'),
      mention('Kestrava', 'ORGANIZATION'), mention('Velmora', 'LOCATION'), mention('Velmora', 'LOCATION')]);
    expect(types.get('zorvani')).toBe('ORGANIZATION');
    expect(types.get('kestrava')).toBe('LOCATION');
    expect(types.has('velmora')).toBe(false);
  });

  it('leaves out gazetteer names and demonyms, whose type the gazetteer gives', () => {
    const types = agreedTypes([mention('Tarvela', 'PERSON'), mention('Tarvela', 'COUNTRY', { gazetteerId: 'country:TRV' }),
      mention('Tarvelan', 'PERSON'), mention('Tarvelan', 'COUNTRY', { demonym: true })]);
    expect(types.size).toBe(0);
  });
});
