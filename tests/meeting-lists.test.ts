// A read-out's list of meetings set out as items (src/relations/meetingLists.ts): the lead's subject meets whom each
// item names. Sentences written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, extractArticle, type Extractor } from '../src/pipeline.ts';

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
