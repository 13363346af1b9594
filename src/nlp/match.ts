// compromise's match loop (methods.one.match: try a pattern from every term of each sentence) with the same
// results, made without the garbage it makes at start positions where the pattern cannot begin. compromise's own
// copies the rest of the sentence (`terms.slice(i)`) and builds a state object at every start before it tests
// the first term: a third of all the memory `geokg build --jobs 1` allocated (sampling heap profile counting
// collected objects, half the bench's 110k-word corpus, compromise 14.17), which kept V8's young-generation
// collector busy. This one tests the pattern's first term first where that test is all compromise's would do
// there, and otherwise runs compromise's own pieces (its tryHere, failFast, notIf and getGroup, loaded from the
// package's shipped ES-module source of the same pinned version) in compromise's order. Same run: 2.31 → 1.65 GB
// allocated, 149 → 108 scavenges; about 4% less CPU (in-process A/B in alternating blocks of articles, 2-core
// session machine under other sessions' load). Installed through the plugin `methods` hook (plugin.ts), as
// compromise lets a plugin replace its methods; the seed-bytes test shows a change of version.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** One parsed pattern term (the fields read here; compromise's parseMatch makes it). */
export interface MatchReg {
  start?: boolean;
  end?: boolean;
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  greedy?: boolean;
  choices?: unknown;
  id?: string;
  word?: string;
  tag?: string;
  use?: string;
  fuzzy?: boolean;
  fastOr?: Set<string>;
  pos?: string;
}
export interface MatchTodo { regs?: MatchReg[]; group?: string | number; justOne?: boolean; notIf?: MatchReg[] }
type Term = { id?: string; tags?: Set<string>; text?: string; normal?: string; machine?: string | null; alias?: string[]; root?: string; implicit?: string };
type Pointer = (number | string | null | undefined)[];
interface MatchRes { pointer: Pointer; groups: Record<string, Pointer> }
export interface MatchResult { ptrs: Pointer[]; byGroup: Record<string, unknown[]> }

interface Pieces {
  fromHere(terms: Term[], regs: MatchReg[], start: number, length: number): MatchRes | null;
  doesMatch(term: Term, reg: MatchReg, index: number, length: number): boolean | null;
  failFast(regs: MatchReg[], cache: Set<string>): boolean;
  notIf(results: MatchRes[], not: MatchReg[], docs: Term[][]): MatchRes[];
  getGroup(results: MatchRes[], group: string | number | undefined): MatchResult;
}

const SOURCE = '../../src/1-one/match/methods/match/';

/** compromise's own match pieces, from its ES-module source beside the CommonJS build geokg runs (the same version). */
async function loadPieces(): Promise<Pieces> {
  const base = pathToFileURL(createRequire(import.meta.url).resolve('compromise'));
  const load = async (file: string) => ((await import(new URL(SOURCE + file, base).href)) as { default: never }).default;
  return {
    fromHere: await load('02-from-here.js'),
    doesMatch: await load('term/doesMatch.js'),
    failFast: await load('01-failFast.js'),
    notIf: await load('03-notIf.js'),
    getGroup: await load('03-getGroup.js'),
  };
}

const pieces = await loadPieces();

/**
 * Whether compromise's tryHere, at a start where this first term does not match, returns null after that one
 * test: it does for a plain term (not `.`, a choice block, a negation, optional, or greedy up to the end `$`).
 */
export const testedFirst = (reg: MatchReg | undefined): boolean =>
  !!reg && reg.anything !== true && reg.choices === undefined && reg.negative !== true && reg.optional !== true && !(reg.end === true && reg.greedy === true);

/** Sets each result's sentence number, as compromise's addSentence does. */
function inSentence(res: MatchRes, n: number): MatchRes {
  res.pointer[0] = n;
  for (const k of Object.keys(res.groups)) res.groups[k]![0] = n;
  return res;
}

/** the fields doesMatch tests before a fast-or set */
const TESTED_BEFORE_FAST_OR: readonly string[] = ['method', 'pre', 'post', 'regex', 'chunk', 'switch', 'machine', 'sense'];

/** How a first term is tested: by one of its fields alone, as compromise's doesMatch would decide it, or by doesMatch. */
const enum FirstTest { None, Tag, Word, FastOr, DoesMatch }

/**
 * The test compromise's doesMatch makes of a plain first term (testedFirst) that it decides by its tag, its word, or
 * its (a|b|c) set alone: no `.`, `^`, `$` or id before those in its order of tests, no case-sensitive or fuzzy word.
 * Those three are most first terms tried (a tag about half: 60 articles, 500,000 first-term tests), at every start of
 * every candidate sentence, and doesMatch reaches them after a dozen checks and two calls. Extraction CPU −5.2% and
 * −6.8% (in-process A/B, alternating blocks of 20 of the 460 development articles, 2-core machine at load 12–14).
 */
function firstTest(reg: MatchReg | undefined): FirstTest {
  if (!testedFirst(reg)) return FirstTest.None;
  if (reg!.anything === true || reg!.start === true || reg!.end === true || reg!.id !== undefined) return FirstTest.DoesMatch;
  if (reg!.word !== undefined) return reg!.use || reg!.fuzzy === true ? FirstTest.DoesMatch : FirstTest.Word;
  if (reg!.tag !== undefined) return FirstTest.Tag;
  // (fastOr comes after method, pre, post, regex, chunk, switch, machine and sense in doesMatch)
  const r = reg as Record<string, unknown>;
  if (reg!.fastOr === undefined) return FirstTest.DoesMatch;
  for (const k of TESTED_BEFORE_FAST_OR) if (r[k] !== undefined) return FirstTest.DoesMatch;
  return FirstTest.FastOr;
}

/** doesMatch's answer for a first term of kind Tag, Word or FastOr: the same fields, tested in the same order. */
function firstMatches(test: FirstTest, reg: MatchReg, t: Term): boolean {
  if (test === FirstTest.Tag) return t.tags!.has(reg.tag!) === true;
  if (test === FirstTest.Word) {
    const w = reg.word;
    return (t.machine !== null && t.machine === w) || (!!t.alias && t.alias.includes(w!)) || w === t.text || w === t.normal;
  }
  if (reg.pos && !t.tags!.has(reg.pos)) return false;
  const str = t.root || t.implicit || t.machine || t.normal;
  return reg.fastOr!.has(str as string) || reg.fastOr!.has(t.text as string);
}

/**
 * A choice block that opens a pattern ("(#Singular && @hasHyphen) #PresentTense", "(had|have|#PastTense) #Adjective"):
 * compromise's tryHere dies at a start where no choice can begin (an or-block) or some choice cannot (an and-block),
 * as neither consumes a term then; tested here by each choice's first term, before the slice and tryHere's state. The
 * choices' `width1`: every choice is one term and the block not greedy, so a block that matches takes exactly one term.
 */
interface BlockHead { and: boolean; firsts: MatchReg[]; width1: boolean }

function blockHead(reg: MatchReg | undefined): BlockHead | undefined {
  const r = reg as (MatchReg & { operator?: string; choices?: MatchReg[][] }) | undefined;
  if (!r || !Array.isArray(r.choices) || r.anything === true || r.negative === true || r.optional === true) return undefined;
  if ((r.operator !== 'or' && r.operator !== 'and') || !r.choices.every((c) => Array.isArray(c) && c.length > 0)) return undefined;
  const width1 = r.greedy !== true && r.end !== true && r.choices.every((c) => c.length === 1 && c[0]!.greedy !== true);
  return { and: r.operator === 'and', firsts: r.choices.map((c) => c[0]!), width1 };
}

/** Whether a block head cannot begin at term i: compromise's tryChoice or doAndBlock fails on that first term. */
function blockFails(head: BlockHead, terms: Term[], i: number): boolean {
  const t = terms[i]!;
  // (the same doesMatch calls compromise's own make: an or-choice needs `true`, an and-block any truthy answer)
  if (head.and) {
    for (const reg of head.firsts) if (!pieces.doesMatch(t, reg, i, terms.length)) return true;
    return false;
  }
  for (const reg of head.firsts) if (pieces.doesMatch(t, reg, i, terms.length) === true) return false;
  return true;
}

/**
 * How a pattern's head is tested at each start: its first term (by one field, by doesMatch, or as a choice block), and
 * its second where the first takes exactly one term: a plain first term neither greedy nor `$` (on a term that is no
 * contraction, which may take two), or a one-term choice block, before a plain second term.
 */
interface Head { test: FirstTest; block: BlockHead | undefined; second: MatchReg | undefined; secondTest: FirstTest }

function headOf(regs: MatchReg[]): Head {
  const first = regs[0]!, second = regs[1];
  const test = firstTest(first), block = test === FirstTest.None ? blockHead(first) : undefined;
  const oneTerm = block ? block.width1 : test !== FirstTest.None && first.greedy !== true && first.end !== true;
  const next = oneTerm && testedFirst(second) ? second : undefined;
  return { test, block, second: next, secondTest: next ? firstTest(next) : FirstTest.None };
}

/** Whether compromise's tryHere surely returns null from term i (so that it need not run): the head cannot match there. */
function headFails(h: Head, first: MatchReg, terms: Term[], i: number): boolean {
  if (h.block) {
    if (blockFails(h.block, terms, i)) return true;
  } else if (h.test === FirstTest.None) return false;
  else if (h.test === FirstTest.DoesMatch ? pieces.doesMatch(terms[i]!, first, i, terms.length) !== true : !firstMatches(h.test, first, terms[i]!)) return true;
  if (!h.second || (!h.block && terms[i]!.implicit)) return false;
  const next = terms[i + 1];
  // (no term left for a second term that is not optional: tryHere dies too)
  if (!next) return true;
  return h.secondTest === FirstTest.Tag || h.secondTest === FirstTest.Word || h.secondTest === FirstTest.FastOr
    ? !firstMatches(h.secondTest, h.second, next)
    : pieces.doesMatch(next, h.second, i + 1, terms.length) !== true;
}

/** The matches of a pattern that does not start with `^`, in one sentence, appended to `results`; false if `justOne` stopped. */
function matchSentence(terms: Term[], n: number, regs: MatchReg[], head: Head, minLength: number, justOne: boolean | undefined, results: MatchRes[]): boolean {
  const first = regs[0]!;
  for (let i = 0; i < terms.length; i += 1) {
    if (terms.length - i < minLength) break;
    // the one change from compromise's loop: no slice and no tryHere where the pattern's head cannot match
    if (headFails(head, first, terms, i)) continue;
    const res = pieces.fromHere(terms.slice(i), regs, i, terms.length);
    if (!res) continue;
    results.push(inSentence(res, n));
    if (justOne === true) return false;
    // skip ahead, over this result
    const end = res.pointer[2] as number;
    if (Math.abs(end - 1) > i) i = Math.abs(end - 1);
  }
  return true;
}

/** A drop-in for compromise's methods.one.match (src/1-one/match/methods/match/index.js): same arguments, same results. */
export function fastMatch(docs: Term[][], todo: MatchTodo, cache?: Set<string>[]): MatchResult {
  const { regs, group, justOne } = todo;
  if (!regs || regs.length === 0) return { ptrs: [], byGroup: {} };
  cache = cache || [];
  let results: MatchRes[] = [];
  // (counted, not filtered: fastMatch runs some 180,000 times on the bench's corpus)
  let minLength = 0;
  for (const r of regs) if (r.optional !== true && r.negative !== true) minLength++;
  let head: Head | undefined;
  for (let n = 0; n < docs.length; n += 1) {
    const terms = docs[n]!;
    if (cache[n] && pieces.failFast(regs, cache[n]!)) continue;
    if (regs[0]!.start === true) {
      const res = pieces.fromHere(terms, regs, 0, terms.length);
      if (res) results.push(inSentence(res, n));
      continue;
    }
    head ??= headOf(regs);
    if (!matchSentence(terms, n, regs, head, minLength, justOne, results)) break;
  }
  // the rest as compromise's: '$' matches must reach the last term, then notIf, the group, and term ids
  if (regs[regs.length - 1]!.end === true) results = results.filter((res) => docs[res.pointer[0] as number]!.length === res.pointer[2]);
  if (todo.notIf) results = pieces.notIf(results, todo.notIf, docs);
  const out = pieces.getGroup(results, group);
  for (const ptr of out.ptrs) {
    const [n, start, end] = ptr as number[];
    ptr[3] = docs[n!]![start!]!.id;
    ptr[4] = docs[n!]![end! - 1]!.id;
  }
  return out;
}
