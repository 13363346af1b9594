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

/** A net's keys in compromise's order (Object.keys), and each key's place in it. */
interface KeyOrder { keys: string[]; place: Map<string, number> }

function keyOrderOf(net: Net): KeyOrder {
  const keys = Object.keys(net.hooks);
  return { keys, place: new Map(keys.map((k, i) => [k, i])) };
}

/** compromise's trimDown and tooSmall in one test: every need present, no ifNo, enough wants, enough words. */
function fits(m: NetMatch, haves: Set<string>, termCount: number): boolean {
  if (!m.needs.every((need) => haves.has(need))) return false;
  if (m.ifNo !== undefined && m.ifNo.some((no) => haves.has(no))) return false;
  // (written as compromise does, so that a missing minWant or minWords also fails alike)
  if (m.wants.length && !(m.wants.filter((w) => haves.has(w)).length >= m.minWant)) return false;
  return termCount >= m.minWords;
}

/** The matches worth trying on one piece, in compromise's order: its getHooks, then trimDown, always and tooSmall. */
function maybeMatches(net: Net, order: KeyOrder, haves: Set<string>, termCount: number): NetMatch[] {
  const places: number[] = [];
  for (const item of haves) {
    const p = order.place.get(item);
    if (p !== undefined) places.push(p);
  }
  places.sort((a, b) => a - b);
  const seen = new Set<string>(); // compromise keeps the first match of each pattern text, before trimming
  const out: NetMatch[] = [];
  for (const p of places) {
    for (const m of net.hooks[order.keys[p]!]!) {
      if (seen.has(m.match)) continue;
      seen.add(m.match);
      if (fits(m, haves, termCount)) out.push(m);
    }
  }
  for (const m of net.always) if (termCount >= m.minWords) out.push(m);
  return out;
}

/**
 * A bulkMatch to install in compromise: same arguments and results as its own (src/1-one/sweep/methods/sweep).
 * Key orders are kept per net for the parser's life (a net is built once and reused).
 */
export function fastBulkMatch() {
  const orders = new WeakMap<Net, KeyOrder>();
  return function bulkMatch(document: Terms[], net: Net, methods: SweepMethods, opts: { matchOne?: boolean } = {}) {
    let order = orders.get(net);
    if (!order) orders.set(net, (order = keyOrderOf(net)));
    const caches = methods.one.cacheDoc(document);
    const results: Array<NetMatch & { pointer: number[] }> = [];
    for (let n = 0; n < document.length; n++) {
      for (const m of maybeMatches(net, order, caches[n]!, document[n]!.length)) {
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
