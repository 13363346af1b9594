// Layout is not syntax: paragraphs and parse units of hard-wrapped, one-paragraph-a-line and Markdown text.
import { describe, expect, it } from 'vitest';
import { paragraphs, segmentText, wrapColumn } from '../src/nlp/segment.ts';
import { parseArticle } from '../src/nlp/index.ts';
import { extractor, resolveText } from './helpers/resolve.ts';

/** Greedy wrapping at a column, as fold -s or a mail client does it. */
function wrap(paragraph: string, column: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > column) { lines.push(line); line = word; }
    else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}

const PARAGRAPH_ONE = 'The foreign ministers of Norway and Chile met in Santiago on Thursday to sign an agreement on salmon farming, fishing quotas and the protection of coastal waters, officials from both governments said after the ceremony.';
const PARAGRAPH_TWO = 'Chilean Foreign Minister Alberto van Klaveren told reporters that the accord would be reviewed in two years, and that a joint commission would meet every spring in Oslo or Valparaiso.';
const paragraphTexts = (text: string) => paragraphs(text).map((p) => text.slice(p.start, p.end).replace(/\s+/g, ' '));

describe('paragraphs', () => {
  it('joins the lines of a paragraph wrapped at 72 columns, and keeps a byline and a headline apart', () => {
    const text = ['Ministers sign salmon accord', 'By Tomas Lindqvist', wrap(PARAGRAPH_ONE, 72), wrap(PARAGRAPH_TWO, 72)].join('\n');
    expect(wrapColumn(text)).toBeGreaterThan(60);
    expect(paragraphTexts(text)).toEqual(['Ministers sign salmon accord', 'By Tomas Lindqvist', PARAGRAPH_ONE, PARAGRAPH_TWO]);
  });

  it('ends a wrapped paragraph at a blank line, even when its last line is nearly full', () => {
    const text = `${wrap(PARAGRAPH_ONE, 80)}\n\n${wrap(PARAGRAPH_TWO, 80)}\n`;
    expect(paragraphTexts(text)).toEqual([PARAGRAPH_ONE, PARAGRAPH_TWO]);
  });

  it('keeps each line a paragraph when the text is not wrapped', () => {
    const text = `Salmon accord\nBy Tomas Lindqvist\n${PARAGRAPH_ONE}\n${PARAGRAPH_TWO}`;
    expect(wrapColumn(text)).toBe(0);
    expect(paragraphTexts(text)).toEqual(['Salmon accord', 'By Tomas Lindqvist', PARAGRAPH_ONE, PARAGRAPH_TWO]);
  });

  it('keeps short lines apart: a list of headlines is not a wrapped paragraph', () => {
    expect(paragraphTexts('Norway signs accord\nChile hosts talks\nOslo to host next round')).toHaveLength(3);
  });

  it('starts a new paragraph at a Markdown heading or list item inside wrapped text', () => {
    const text = `## ${'Salmon talks'}\n${wrap(PARAGRAPH_ONE, 72)}\n- quotas for ten years of fishing in the southern fjords and the islands\n- a joint commission meeting every spring, alternately in Oslo and Valparaiso`;
    const ps = paragraphTexts(text);
    expect(ps[0]).toBe('## Salmon talks');
    expect(ps[1]).toBe(PARAGRAPH_ONE);
    expect(ps.slice(2).map((p) => p.slice(0, 2))).toEqual(['- ', '- ']);
  });
});

describe('parsing wrapped text', () => {
  it('keeps a sentence across line breaks whole, with tokens at their own characters', () => {
    const text = wrap(PARAGRAPH_TWO, 40);
    const parsed = parseArticle({ id: 't', text }, extractor.nlp);
    expect(parsed.sentences).toHaveLength(1);
    for (const t of parsed.sentences[0]!.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('finds a name broken over two lines as one name', () => {
    const text = `${'The delegation was received in the capital by Foreign Minister Alberto van'}\nKlaveren, who spoke of a new chapter in relations between the two countries.`;
    const person = resolveText(text).mentions.find((m) => m.type === 'PERSON')!;
    expect(person.text).toBe('Alberto van\nKlaveren');
    expect(text.slice(person.start, person.end)).toBe(person.text);
  });

  it('names an entity broken over two lines on one line', () => {
    const text = `${'The delegation was received in the capital by Foreign Minister Alberto van'}\nKlaveren, who spoke of a new chapter in relations between the two countries.`;
    expect(resolveText(text).entities.find((e) => e.type === 'PERSON')!.label).toBe('Alberto van Klaveren');
  });

  it('units never cross a blank line', () => {
    const text = `${wrap(PARAGRAPH_ONE, 72)}\n\n${wrap(PARAGRAPH_TWO, 72)}`;
    const blank = text.indexOf('\n\n');
    for (const u of segmentText(text)) expect(u.start > blank || u.end <= blank).toBe(true);
  });
});
