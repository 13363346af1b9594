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
 * A net indexed for one piece's look-up. compromise lists a match under each of its needs and wants (the net's keys,
 * Object.keys order), one match per pattern text in each key's list; a piece's candidates are those lists
 * concatenated in key order over the keys the piece has, each text kept at its first place, then trimmed. A
 * match that fits has all its needs, so it is reached from any one of them: each match is filed under one need
 * (a word before a switch before a tag, as words are the rarest), or under every want if it has no need, and the
 * texts reached are put back at their first place in compromise's concatenation.
 */
interface NetIndex {
  place: Map<string, number>;
  /** by key place: the pattern texts filed under it */
  filed: Int32Array[];
  /** by pattern text: its list entries, by place, each with its position in compromise's concatenation */
  occurrences: Occurrence[][];
  /** by pattern text: an entry of it where all its entries hold the same match, else undefined */
  only: (Occurrence | undefined)[];
  keys: number;
}

/**
 * One entry of a key's list: the key's place, the entry's position in the concatenation of all the lists (compromise's
 * order, to sort the found back into), its match, and the match's needs and wants as key places (tested by number).
 */
interface Occurrence { place: number; pos: number; m: NetMatch; needs: Int32Array; wants: Int32Array }

const needRank = (key: string) => (key.startsWith('#') ? 2 : key.startsWith('%') ? 1 : 0);

function indexNet(net: Net): NetIndex {
  const keys = Object.keys(net.hooks);
  const place = new Map(keys.map((k, i) => [k, i]));
  const places = (words: readonly string[]) => Int32Array.from(words, (w) => place.get(w)!);
  const textIds = new Map<string, number>();
  const occurrences: Occurrence[][] = [];
  const filedAt: Set<number>[] = keys.map(() => new Set());
  let pos = 0;
  keys.forEach((k, p) => {
    for (const m of net.hooks[k]!) {
      let t = textIds.get(m.match);
      if (t === undefined) textIds.set(m.match, (t = occurrences.length)), occurrences.push([]);
      occurrences[t]!.push({ place: p, pos: pos++, m, needs: places(m.needs), wants: places(m.wants) });
      const needs = [...m.needs].sort((a, b) => needRank(a) - needRank(b));
      for (const key of needs.length ? needs.slice(0, 1) : m.wants) filedAt[place.get(key)!]!.add(t);
    }
  });
  const only = occurrences.map((entries) => (entries.every((o) => o.m === entries[0]!.m) ? entries[0] : undefined));
  return { place, filed: filedAt.map((s) => Int32Array.from(s)), occurrences, only, keys: keys.length };
}

/** Whether every need of the entry's match is among the piece's keys. */
function needsMet(o: Occurrence, present: Int32Array, mark: number): boolean {
  const needs = o.needs;
  for (let k = 0; k < needs.length; k++) if (present[needs[k]!] !== mark) return false;
  return true;
}

/** compromise's trimDown and tooSmall in one test: every need present, no ifNo, enough wants, enough words. */
function fits(o: Occurrence, present: Int32Array, mark: number, haves: Set<string>, termCount: number): boolean {
  const m = o.m;
  if (!needsMet(o, present, mark)) return false;
  if (m.ifNo !== undefined) for (const no of m.ifNo) if (haves.has(no)) return false;
  // (written as compromise does, so that a missing minWant or minWords also fails alike)
  if (m.wants.length) {
    let n = 0;
    for (let k = 0; k < o.wants.length; k++) if (present[o.wants[k]!] === mark) n++;
    if (!(n >= m.minWant)) return false;
  }
  return termCount >= m.minWords;
}

/** The text's first list entry among the piece's keys: the match compromise keeps for it. */
function firstPresent(entries: Occurrence[], present: Int32Array, mark: number): Occurrence | undefined {
  for (let k = 0; k < entries.length; k++) if (present[entries[k]!.place] === mark) return entries[k];
  return undefined;
}

/** Per bulkMatch call: which keys the piece has, which texts it reached, each marked with the piece's own number. */
interface Marks { present: Int32Array; seen: Int32Array }

/** The matches worth trying on one piece, in compromise's order: its getHooks, then trimDown, always and tooSmall. */
function maybeMatches(net: Net, index: NetIndex, haves: Set<string>, termCount: number, marks: Marks, mark: number): NetMatch[] {
  const { present, seen } = marks;
  const places: number[] = [];
  for (const item of haves) {
    const p = index.place.get(item);
    if (p !== undefined) present[p] = mark, places.push(p);
  }
  const found: Occurrence[] = [];
  for (let i = 0; i < places.length; i++) {
    const filed = index.filed[places[i]!]!;
    for (let j = 0; j < filed.length; j++) {
      const t = filed[j]!;
      if (seen[t] === mark) continue;
      seen[t] = mark;
      // (most texts have one match: most fail on its needs before their first entry is looked for)
      const only = index.only[t];
      if (only !== undefined && !needsMet(only, present, mark)) continue;
      const first = firstPresent(index.occurrences[t]!, present, mark);
      if (first && fits(first, present, mark, haves, termCount)) found.push(first);
    }
  }
  found.sort((a, b) => a.pos - b.pos);
  const out = found.map((o) => o.m);
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
    const marks: Marks = { present: new Int32Array(index.keys), seen: new Int32Array(index.occurrences.length) };
    const results: Array<NetMatch & { pointer: number[] }> = [];
    for (let n = 0; n < document.length; n++) {
      for (const m of maybeMatches(net, index, caches[n]!, document[n]!.length, marks, n + 1)) {
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
