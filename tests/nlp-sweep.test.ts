// geokg's bulkMatch (src/nlp/sweep.ts) must find what compromise's own finds, in the same order: the postTagger
// applies its matches in that order, so any difference would change tags. Compared here with compromise's own
// sweep, read from the pinned package's source. Sentences written for this test.
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compromise } from '../src/nlp/compromise.ts';
import { createParser } from '../src/nlp/index.ts';
import { fastBulkMatch, type Net, type NetMatch, type SweepMethods } from '../src/nlp/sweep.ts';

const PACKAGE = join(dirname(createRequire(import.meta.url).resolve('compromise')), '..', '..');
type BulkMatch = (document: unknown[][], net: Net, methods: SweepMethods, opts?: { matchOne?: boolean }) => unknown[];
const ownSweep = async () =>
  (await import(pathToFileURL(join(PACKAGE, 'src/1-one/sweep/methods/sweep/index.js')).href)).default as BulkMatch;

const TEXT = [
  'The envoy from Lisbon had been waiting for hours, but the talks were cancelled late on Friday.',
  'Farmers blocked the roads near the border, saying prices would keep falling, and the mayor resigned.',
  'She will be flying to Accra to sign the accord, which both parties have praised as fair.',
  'Police said the man, who is thought to be 40, was arrested after a chase through the old town.',
  'Record rain flooded the valley; the dam held, though engineers are still worried.',
].join(' ');

type World = { methods: { one: { bulkMatch: BulkMatch } } };
const world = () => compromise.world() as unknown as World;

function tagsWith(bulkMatch: BulkMatch): string {
  const saved = world().methods.one.bulkMatch;
  world().methods.one.bulkMatch = bulkMatch;
  try {
    const doc = compromise(TEXT) as unknown as { json(o: object): { terms: { text: string; tags: string[] }[] }[] };
    return doc.json({ offset: false }).flatMap((s) => s.terms.map((t) => `${t.text} ${t.tags.join(',')}`)).join('\n');
  } finally {
    world().methods.one.bulkMatch = saved;
  }
}

describe("geokg's bulkMatch", () => {
  it("tags a text as compromise's own does, through the parser's plugin", async () => {
    createParser();
    const installed = world().methods.one.bulkMatch;
    expect(String(installed)).toContain('maybeMatches'); // geokg's, not compromise's
    const tags = tagsWith(installed);
    expect(tags).toBe(tagsWith(await ownSweep()));
    expect(tags).toContain('cancelled'); // the text was tagged at all
  });

  it("finds the same matches as compromise's own on a net with needs, wants, ifNo, repeats and always", async () => {
    const own = await ownSweep();
    const fast = fastBulkMatch() as unknown as BulkMatch;
    const net = (compromise as unknown as { buildNet(m: object[]): Net }).buildNet([
      { match: 'the [#Noun]', tag: 'A' },
      { match: '(talks|roads) were', tag: 'B' },
      { match: 'the [#Noun]', tag: 'C' }, // the same pattern text again: compromise keeps the first
      { match: '#Noun (were|was) cancelled', tag: 'D', ifNo: ['farmers'] },
      { match: '(lisbon|accra|farmers) . (had|blocked)', tag: 'E' },
      { match: '.', tag: 'F' }, // no needs and no wants: one of the net's `always`
    ]);
    expect(net.always.length).toBe(1);
    const doc = compromise(TEXT) as unknown as { docs: unknown[][]; methods: SweepMethods };
    const strip = (found: unknown[]) => (found as (NetMatch & { pointer: number[]; tag: string })[]).map((m) => `${m.tag}@${m.pointer.join(':')}`);
    const expected = strip(own(doc.docs, net, doc.methods));
    expect(expected.length).toBeGreaterThan(6);
    expect(strip(fast(doc.docs, net, doc.methods))).toEqual(expected);
    expect(strip(fast(doc.docs, net, doc.methods, { matchOne: true }))).toEqual(strip(own(doc.docs, net, doc.methods, { matchOne: true })));
  });
});
