// geokg's match loop (src/nlp/match.ts) must return what compromise's own methods.one.match returns, for every
// kind of pattern: compromise tags and geokg reads through it, so any difference would change the output.
// Compared with compromise's own, read from the pinned package's source. Sentences written for this test.
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compromise } from '../src/nlp/compromise.ts';
import { createParser } from '../src/nlp/index.ts';
import { fastMatch, testedFirst, type MatchReg, type MatchResult, type MatchTodo } from '../src/nlp/match.ts';

const PACKAGE = join(dirname(createRequire(import.meta.url).resolve('compromise')), '..', '..');
type Match = (docs: unknown[][], todo: MatchTodo, cache?: Set<string>[]) => MatchResult;
const ownMatch = async () =>
  (await import(pathToFileURL(join(PACKAGE, 'src/1-one/match/methods/match/index.js')).href)).default as Match;

const TEXT = [
  "The minister from Oslo didn't arrive until Friday, and the long-delayed summit was moved to Bergen.",
  'Protesters marched, chanted and sang outside the old customs house for three hours.',
  'A spokesman said the talks would resume on 4 May if both delegations agreed.',
  'Nobody expected the vote to pass, yet it passed easily: 61 to 12.',
  'The ferry company, which is owned by the city, cut all ties with the union last year.',
].join(' ');

type World = { methods: { one: { match: Match } } };
const parse = (pattern: string) => (compromise as unknown as { parseMatch(p: string): MatchReg[] }).parseMatch(pattern);
const world = () => compromise.world() as unknown as World;
type Doc = { docs: unknown[][]; _cache: Set<string>[]; json(o: object): { terms: { text: string; tags: string[] }[] }[] };

// one of every kind of pattern term the loop treats apart: plain tag, word, fast-or, `.`, optional, negative,
// greedy, choices, `^`, `$`, end-greedy, groups, and patterns that match nowhere
const PATTERNS = [
  '#Noun', 'the [#Noun]', 'the #Adjective? #Noun', '#Verb+', 'talks would', '(minister|spokesman|ferry) #Verb',
  '. #Preposition', '#Adjective? #Noun #Verb', '!#Determiner #Noun', '(#Value|#Date)+', '^#Determiner #Noun',
  '#Noun$', '#Noun+$', '[#Verb] (to|until)', '(from|to) [#Place+]', '#Copula #Adverb? [#Verb]', 'cut all? ties',
  '^.', '.$', '(#Noun && #Plural)', "did not", 'elephants', '#Comma', '@hasComma #Noun', '[<who>#Person] #Verb',
  // first terms the loop decides by one field (a word, its contraction's machine form, a fast-or) or leaves to compromise (fuzzy)
  'did', '(sang|marched|chanted) #Preposition', '~ministre~ from', '(talk|resume) #Preposition',
  // heads tested before tryHere: choice blocks (or, and, multi-word, greedy, negative, optional) and a second term after
  // a one-term head (a contraction's first half, a block of one-term choices, a `$` first term)
  '(#Noun && @hasHyphen) #Noun', '(#Plural && !#Possessive) #Verb', '(did|#Modal) not', '(would|#Copula) #Verb',
  '(#Noun|the long) #Adjective?', '(#Adjective|#Noun)+ #Preposition', '!(#Noun|#Verb) #Determiner', '(#Noun|#Verb)? the',
  '(#Plural && #Noun) (outside|with)', 'didn\'t arrive', 'did #Negative', '#Noun$ .', 'the (long|old) [#Noun]',
  '(which|the) is', '(#Comma && #Noun) #Conjunction', '#Value to #Value', '(#Noun|#Value) #Preposition [#Noun]',
];

function both(own: Match, doc: Doc, todo: MatchTodo, withCache: boolean): [MatchResult, MatchResult] {
  const cache = withCache ? doc._cache : undefined;
  return [own(doc.docs, todo, cache), fastMatch(doc.docs as never, todo, cache)];
}

describe("geokg's match loop", () => {
  it("returns compromise's own pointers and groups for every kind of pattern, with and without notIf, justOne and the cache", async () => {
    const own = await ownMatch();
    const doc = compromise(TEXT) as unknown as Doc;
    (doc as unknown as { cache(): void }).cache();
    let found = 0;
    for (const pattern of PATTERNS) {
      const regs = parse(pattern);
      for (const todo of [{ regs }, { regs, group: 0 }, { regs, justOne: true }, { regs, notIf: parse('(oslo|bergen|union)') }]) {
        for (const withCache of [false, true]) {
          const [expected, actual] = both(own, doc, todo, withCache);
          expect(actual, `${pattern} ${JSON.stringify({ ...todo, regs: undefined })}`).toEqual(expected);
          found += expected.ptrs.length;
        }
      }
    }
    expect(found).toBeGreaterThan(100); // the patterns matched at all
  });

  it('tests only the first terms where compromise would stop after that one test', () => {
    const first = (pattern: string) => testedFirst(parse(pattern)[0]);
    expect(first('#Noun #Verb')).toBe(true);
    expect(first('the #Noun')).toBe(true);
    expect(first('#Noun+ #Verb')).toBe(true); // greedy, but it must match its first term too
    expect(first('#Adjective? #Noun')).toBe(false);
    expect(first('!#Determiner #Noun')).toBe(false);
    expect(first('. #Noun')).toBe(false);
    expect(first('(a|the big) #Noun')).toBe(false); // a multi-word choice block
    expect(first('#Noun+$')).toBe(false);
  });

  it("tags a text as compromise's own match does, through the parser's plugin", async () => {
    createParser();
    const tags = (match: Match) => {
      const saved = world().methods.one.match;
      world().methods.one.match = match;
      try {
        const doc = compromise(TEXT) as unknown as Doc;
        return doc.json({ offset: false }).flatMap((s) => s.terms.map((t) => `${t.text} ${t.tags.join(',')}`)).join('\n');
      } finally {
        world().methods.one.match = saved;
      }
    };
    expect(world().methods.one.match).toBe(fastMatch); // installed
    const expected = tags(await ownMatch());
    expect(tags(fastMatch as unknown as Match)).toBe(expected);
    expect(expected).toContain('Bergen');
  });
});
