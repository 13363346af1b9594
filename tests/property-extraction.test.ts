// Properties of extraction over generated text (fast-check): it never throws, its parse units grow linearly,
// and merging articles gives one graph whatever their order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor, extractArticle } from '../src/pipeline.ts';
import { segmentText } from '../src/nlp/segment.ts';
import { buildGraph } from '../src/graph/index.ts';
import { toJson } from '../src/export/json.ts';
import { parseHtml, parseJsonl, parseText } from '../src/ingest/index.ts';
import { GeokgError } from '../src/util/errors.ts';
import type { ArticleExtraction } from '../src/model/types.ts';

const extractor = createExtractor();

// news-like material, so that generated text reaches the entity and relation rules, not just the tokenizer
const WORDS = [
  'Putin', 'Xi', 'Jinping', 'Russia', 'China', 'Beijing', 'President', 'Russian', 'Chinese', 'NATO', 'the', 'U.S.', 'E.U.',
  'met', 'visited', 'signed', 'criticised', 'did', "n't", 'not', 'with', 'in', 'of', 'he', 'she', 'it', 'said', 'Mr.', 'Ms',
  'Ukraine', "Ukraine's", 'Zelensky', 'Kremlin', 'Belt', 'and', 'Road', 'Forum', 'Secretary-General', '2023', 'Oct.', '17',
];
const PUNCT = ['.', ',', ';', ':', '"', '“', '”', '’', "'", '(', ')', '—', '-', '!', '?', '\n', '\n\n', ' ', '  ', '\t', '\u00a0', '…'];
const newsText = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...PUNCT)), { maxLength: 60 }).map((parts) => parts.join(' '));
const anyCodeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 120 });
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }), // all of Unicode, astral planes too
  fc.string({ unit: 'grapheme', maxLength: 100 }), // combining marks, emoji sequences
  anyCodeUnits, // lone surrogates: JS strings need not be valid UTF-16
  newsText,
  fc.tuple(newsText, fc.string({ unit: 'binary', maxLength: 40 }), newsText).map((p) => p.join('')),
);

describe('extraction on arbitrary text', () => {
  it('never throws (10k cases)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const x = extractArticle({ id: 'p', text }, extractor);
        for (const m of x.mentions) expect(m.start >= 0 && m.end <= text.length && m.start <= m.end).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);

  it('ingest parsers never throw anything but a GeokgError', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        parseText(text, 'p');
        parseHtml(text, 'p');
        try {
          parseJsonl(text, { name: 'p.jsonl', warn: () => {}, skipBad: false });
        } catch (e) {
          expect(e).toBeInstanceOf(GeokgError);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  // Work counted, not timed: compromise's cost is superlinear only within a parse unit, so units of
  // bounded size, whose number grows linearly with the text, make the parse linear.
  it('parse units are bounded and their number grows linearly (n vs 4n)', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, newsText.map((t) => t.replace(/[.!?;\n]/g, ' '))), (text) => {
        const units = segmentText(text);
        const four = segmentText([text, text, text, text].join(' '));
        expect(four.length).toBeLessThanOrEqual(4 * units.length + 4);
        for (const u of four) expect(u.end - u.start).toBeLessThanOrEqual(120 * 31);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('merging articles', () => {
  const SENTENCES = [
    'Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Tuesday.',
    'Putin praised the Belt and Road Initiative.',
    'Ukrainian President Volodymyr Zelensky criticised Russia.',
    'China signed a trade deal with Russia.',
    'German Chancellor Olaf Scholz visited Kyiv, where he met Zelensky.',
    'NATO Secretary General Jens Stoltenberg warned Russia.',
    'The Kremlin said Putin would not attend the summit.',
    'Xi did not meet U.S. President Joe Biden.',
  ];
  const DATES = [undefined, '2023-10-17', '2023-10-18'];
  // a pool of articles, extracted once: the property is about merging, not extraction
  const pool: ArticleExtraction[] = Array.from({ length: 12 }, (_, i) => {
    const text = [0, 1, 2].map((k) => SENTENCES[(i * 3 + k * 5) % SENTENCES.length]).join(' ');
    const date = DATES[i % DATES.length];
    return extractArticle({ id: `art-${i}`, text, ...(date ? { date } : {}) }, extractor);
  });

  it('gives the same graph in any order', () => {
    expect(pool.some((x) => x.relations.length)).toBe(true);
    fc.assert(
      fc.property(fc.shuffledSubarray(pool, { minLength: 1 }), fc.infiniteStream(fc.nat()), (chosen, rand) => {
        const shuffled = [...chosen];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = rand.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        expect(toJson(buildGraph(shuffled))).toBe(toJson(buildGraph(chosen)));
      }),
      { numRuns: 300 },
    );
  });
});
