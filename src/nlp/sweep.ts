// compromise's bulkMatch (its `sweep`, which runs a compiled net of match patterns: the postTagger's 570
// rules on every unit) with the same result, found faster. compromise's own looks up every key of the net (730
// for the postTagger) in each comma-separated piece's word cache and grows the list by `concat` at each hit:
// about 10% of `geokg build --jobs 1`'s CPU (--cpu-prof on the bench's 110,796-word corpus, compromise 14.17
// from source), where a piece holds a few dozen words and tags. This one walks the piece's cache instead and
// puts the hits back in the net's key order, so the matches are tried in the same order as compromise's and
// tag the same. Installed through compromise's plugin `methods` (plugin.ts), as the library lets a plugin
// replace any of its methods; compromise is pinned to an exact version, and the seed-bytes test shows a change.

/** One compiled pattern of a net, as compromise's buildNet makes it (the fields read here). */
export interface NetMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

export interface Net { hooks: Record<string, NetMatch[]>; always: NetMatch[] }

type Terms = unknown[];
export interface SweepMethods {
  one: {
    cacheDoc(document: Terms[]): Set<string>[];
    match(docs: Terms[], todo: NetMatch): { ptrs: number[][] };
  };
}

/**
 * A net's keys in compromise's order (Object.keys) with each key's place in it, and by place the key's matches,
 * each with a number for its pattern text (compromise keeps only the first match of each text it meets).
 */
interface NetIndex { place: Map<string, number>; lists: { m: NetMatch; text: number }[][]; texts: number }

function indexNet(net: Net): NetIndex {
  const keys = Object.keys(net.hooks);
  const textIds = new Map<string, number>();
  const idOf = (text: string) => textIds.get(text) ?? (textIds.set(text, textIds.size), textIds.size - 1);
  const lists = keys.map((k) => net.hooks[k]!.map((m) => ({ m, text: idOf(m.match) })));
  return { place: new Map(keys.map((k, i) => [k, i])), lists, texts: textIds.size };
}

const allIn = (words: readonly string[], haves: Set<string>) => {
  for (const w of words) if (!haves.has(w)) return false;
  return true;
};
const countIn = (words: readonly string[], haves: Set<string>) => {
  let n = 0;
  for (const w of words) if (haves.has(w)) n++;
  return n;
};

/** compromise's trimDown and tooSmall in one test: every need present, no ifNo, enough wants, enough words. */
function fits(m: NetMatch, haves: Set<string>, termCount: number): boolean {
  if (!allIn(m.needs, haves)) return false;
  if (m.ifNo !== undefined && countIn(m.ifNo, haves) > 0) return false;
  // (written as compromise does, so that a missing minWant or minWords also fails alike)
  if (m.wants.length && !(countIn(m.wants, haves) >= m.minWant)) return false;
  return termCount >= m.minWords;
}

/**
 * The matches worth trying on one piece, in compromise's order: its getHooks, then trimDown, always and tooSmall.
 * `seen` marks the pattern texts met so far with `mark`, a number of this piece's own.
 */
function maybeMatches(net: Net, index: NetIndex, haves: Set<string>, termCount: number, seen: Int32Array, mark: number): NetMatch[] {
  const places: number[] = [];
  for (const item of haves) {
    const p = index.place.get(item);
    if (p !== undefined) places.push(p);
  }
  places.sort((a, b) => a - b);
  const out: NetMatch[] = [];
  for (const p of places) {
    for (const { m, text } of index.lists[p]!) {
      if (seen[text] === mark) continue;
      seen[text] = mark;
      if (fits(m, haves, termCount)) out.push(m);
    }
  }
  for (const m of net.always) if (termCount >= m.minWords) out.push(m);
  return out;
}

/**
 * A bulkMatch to install in compromise: same arguments and results as its own (src/1-one/sweep/methods/sweep).
 * Each net is indexed once, for the parser's life (compromise builds a net once and reuses it).
 */
export function fastBulkMatch() {
  const indices = new WeakMap<Net, NetIndex>();
  return function bulkMatch(document: Terms[], net: Net, methods: SweepMethods, opts: { matchOne?: boolean } = {}) {
    let index = indices.get(net);
    if (!index) indices.set(net, (index = indexNet(net)));
    const caches = methods.one.cacheDoc(document);
    const seen = new Int32Array(index.texts);
    const results: Array<NetMatch & { pointer: number[] }> = [];
    for (let n = 0; n < document.length; n++) {
      for (const m of maybeMatches(net, index, caches[n]!, document[n]!.length, seen, n + 1)) {
        const res = methods.one.match([document[n]!], m);
        if (!res.ptrs.length) continue;
        for (const ptr of res.ptrs) {
          ptr[0] = n; // the sentence pointer, as compromise fixes it
          const todo = Object.assign({}, m, { pointer: ptr });
          if (m.unTag !== undefined) todo.unTag = m.unTag;
          results.push(todo);
        }
        if (opts.matchOne === true) return [results[0]];
      }
    }
    return results;
  };
}
