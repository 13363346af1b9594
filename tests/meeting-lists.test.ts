// A read-out's list of meetings set out as items (src/relations/meetingLists.ts): the lead's subject meets whom each
// item names. Sentences written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Relation } from '../src/model/types.ts';
import { createExtractor, extractArticle, type Extractor } from '../src/pipeline.ts';
import { roundOfMeetings } from '../src/relations/meetingLists.ts';

let extractor: Extractor;
beforeAll(() => { extractor = createExtractor(); });

function met(text: string): string[] {
  const x = extractArticle({ id: 'p', text }, extractor);
  const label = new Map(x.entities.map((e) => [e.key, e.label]));
  return x.relations.filter((r) => r.rule === 'meet.list').map((r) => `${label.get(r.subject)} ${r.predicate} ${label.get(r.object)}`).sort();
}

describe('meeting lists', () => {
  it('gives each item its meeting: the person named first, or the states of unnamed officials', () => {
    const text = 'Foreign Minister Ana Ruiz of Peru arrived in Quito on Monday.\n\nDuring the day, Ana Ruiz held meetings with the following:\n'
      + '- the President of Ecuador, Daniel Noboa;\n- the Secretary-General of the Andean Community, Jorge Mesa, with whom she discussed Luis Vera;\n- her counterparts from Chile and Bolivia.\n';
    expect(met(text)).toEqual(['Ana Ruiz MET_WITH Bolivia', 'Ana Ruiz MET_WITH Chile', 'Ana Ruiz MET_WITH Daniel Noboa', 'Ana Ruiz MET_WITH Jorge Mesa']);
  });
  it('needs a meeting lead that names no one, and items on lines of their own', () => {
    expect(met('Ana Ruiz listed her priorities:\n- the President of Ecuador, Daniel Noboa;\n')).toEqual([]);
    expect(met('Ana Ruiz held meetings with the following: the President of Ecuador, Daniel Noboa.\n')).toEqual([]);
    expect(met('Ana Ruiz did not hold meetings with:\n- the President of Ecuador, Daniel Noboa;\n')).toEqual([]);
    // (a paragraph after the list ends it)
    expect(met('Ana Ruiz held meetings with:\n- the President of Ecuador, Daniel Noboa.\n\nLater, Jorge Mesa spoke.\n- Luis Vera resigned.\n')).toEqual(['Ana Ruiz MET_WITH Daniel Noboa']);
  });
});

describe('a read-out\'s round of meetings (roundOfMeetings)', () => {
  const edge = (subject: string, predicate: Relation['predicate'], object: string, sentenceIndex: number, subjectText: string): Relation => ({
    subject, predicate, object, negated: false, confidence: 0.9, rule: 'meet.direct',
    evidence: { article: 'p', sentence: '', sentenceIndex, start: 0, end: 0, subjectText, objectText: object },
  });
  const show = (rs: Relation[]) => rs.map((r) => `${r.subject} ${r.predicate} ${r.object}`);
  it('gives a pronoun\'s meeting to the one who met the counterpart it was read as ("X met Y. He then met Z.")', () => {
    expect(show(roundOfMeetings([edge('ruiz', 'MET_WITH', 'gomez', 0, 'Ana Ruiz'), edge('gomez', 'MET_WITH', 'mesa', 1, 'He')])))
      .toEqual(['ruiz MET_WITH gomez', 'ruiz MET_WITH mesa']);
  });
  it('leaves a named subject, a counterpart who has held a meeting of his own, and one met by two people', () => {
    const named = [edge('ruiz', 'MET_WITH', 'gomez', 0, 'Ana Ruiz'), edge('gomez', 'MET_WITH', 'mesa', 1, 'Gomez')];
    expect(show(roundOfMeetings(named))).toEqual(show(named));
    const own = [edge('gomez', 'MET_WITH', 'vera', 0, 'Gomez'), edge('ruiz', 'MET_WITH', 'gomez', 1, 'Ana Ruiz'), edge('gomez', 'MET_WITH', 'mesa', 2, 'he')];
    expect(show(roundOfMeetings(own))).toEqual(show(own));
    const two = [edge('ruiz', 'MET_WITH', 'gomez', 0, 'Ana Ruiz'), edge('vera', 'MET_WITH', 'gomez', 0, 'Vera'), edge('gomez', 'MET_WITH', 'mesa', 1, 'He')];
    expect(show(roundOfMeetings(two))).toEqual(show(two));
  });
  it('reads a guest received as no counterpart (the read-out\'s protagonist is as often the guest)', () => {
    const hosted = [edge('gomez', 'HOSTED', 'ruiz', 0, 'Gomez'), edge('ruiz', 'MET_WITH', 'mesa', 1, 'She')];
    expect(show(roundOfMeetings(hosted))).toEqual(show(hosted));
  });
  it('drops the meeting where the one who met the counterpart is its other end', () => {
    expect(show(roundOfMeetings([edge('ruiz', 'MET_WITH', 'gomez', 0, 'Ana Ruiz'), edge('gomez', 'HOSTED', 'ruiz', 1, 'he')]))).toEqual(['ruiz MET_WITH gomez']);
  });
});
