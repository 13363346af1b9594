// The learned pair scorer's features: what the sentence says around two mentions, never the mentions' own words.
// A mention contributes its type, kind and form (pronoun, demonym, possessive) only, so that the model learns
// wordings, not facts of the articles it was trained on (issue 12; LEARN10.md "no entity-name features").
import type { Clause, Phrase, SentenceAnalysis, VerbGroup } from '../../clauses/index.ts';
import type { Token } from '../../model/types.ts';
import type { Arg } from '../engine.ts';
import { comma, hardBreak, isNegative, isTitleWord, lemma, word } from '../tokens.ts';

/** What feature extraction reads of one sentence (the same analysis the patterns read). */
export interface PairSentence {
  tokens: readonly Token[];
  args: readonly Arg[];
  argAt: readonly (Arg | undefined)[];
  analysis: SentenceAnalysis<Arg>;
  /** the features every pair of the sentence shares (sentenceFeatures), computed once per sentence */
  shared: readonly string[];
  /** what every pair of the sentence reads again, computed once (see pairSentence) */
  memo: SentenceMemo;
}

/**
 * Per sentence, what its pairs read again and again (20 leaders in one sentence are 380 pairs): each token's feature
 * word, counts of commas, breaks, negations and mention starts up to each token, and each mention's own features.
 */
interface SentenceMemo {
  words: (string | undefined)[];
  /** counts[k]: how many of the tokens before k are commas, breaks, negations, the first token of a mention */
  commas: number[];
  breaks: number[];
  negations: number[];
  starts: number[];
  mentions: Map<Arg, MentionMemo>;
}

interface MentionMemo {
  /** the smallest clause over the mention */
  clause: Clause<Arg> | undefined;
  /** its type, kind and form, tagged as subject ('s') and as object ('o') */
  asSubject: readonly string[];
  asObject: readonly string[];
  /** the lemmas of the title words before a person's name ("foreign minister"), else none */
  titles: readonly string[];
}

/** The sentence as pairFeatures reads it, with its memo. */
export function pairSentence(tokens: readonly Token[], args: readonly Arg[], argAt: readonly (Arg | undefined)[], analysis: SentenceAnalysis<Arg>, shared: readonly string[]): PairSentence {
  const counts = (test: (k: number) => boolean): number[] => {
    const out = [0];
    for (let k = 0; k < tokens.length; k++) out.push(out[k]! + (test(k) ? 1 : 0));
    return out;
  };
  const memo: SentenceMemo = {
    words: new Array(tokens.length),
    commas: counts((k) => comma(tokens[k])),
    breaks: counts((k) => hardBreak(tokens[k])),
    negations: counts((k) => isNegative(tokens[k])),
    starts: counts((k) => !!argAt[k] && argAt[k] !== argAt[k - 1]),
    mentions: new Map(),
  };
  return { tokens, args, argAt, analysis, shared, memo };
}

/** at most this many words between the two mentions are read (the nearest to each end) */
const BETWEEN_CAP = 8;
const MODAL_CUES: ReadonlySet<string> = new Set(['may', 'might', 'could', 'would', 'should', 'will', 'can', 'must', 'plan', 'expect', 'hope', 'want', 'seek', 'intend', 'if']);

/** a token as a feature word: a mention's type (never its words), punctuation kept, else the lemma */
function tokenWord(s: PairSentence, k: number): string {
  return (s.memo.words[k] ??= wordOf(s, k));
}

function wordOf(s: PairSentence, k: number): string {
  const a = s.argAt[k];
  if (a) return `<${a.entity.type}>`;
  return lemma(word(s.tokens[k]) || s.tokens[k]!.text.toLowerCase());
}

const distanceBucket = (d: number): string => (d <= 1 ? '0-1' : d <= 3 ? '2-3' : d <= 6 ? '4-6' : d <= 12 ? '7-12' : '13+');

/** the smallest clause that spans the token range */
export function clauseOver(analysis: SentenceAnalysis<Arg>, first: number, last: number): Clause<Arg> | undefined {
  let best: Clause<Arg> | undefined;
  for (const c of analysis.clauses) if (c.first <= first && c.last >= last && (!best || c.last - c.first < best.last - best.first)) best = c;
  return best;
}

const holds = (p: Phrase<Arg> | undefined, a: Arg): boolean =>
  !!p && (p.referent === a || !!p.members?.some((m) => m.referent === a) || (p.first <= a.first && a.last <= p.last));

/** the mention's role in a clause: agent, patient, complement, pp:<prep> or none */
function roleIn(c: Clause<Arg> | undefined, a: Arg): string {
  if (!c) return 'none';
  if (holds(c.agent ?? c.subject, a)) return 'agent';
  if (holds(c.patient ?? c.object, a)) return 'patient';
  if (holds(c.complement, a)) return 'complement';
  const pp = c.pps.find((p) => holds(p.np, a));
  return pp ? `pp:${pp.prep}` : 'none';
}

/** the phrase whose head the mention is, for its premodifiers ("foreign minister" before a name; title words only are read) */
function premodsOf(analysis: SentenceAnalysis<Arg>, a: Arg): readonly string[] {
  return analysis.phrases.find((p) => p.referent === a)?.premods ?? [];
}

function mentionFeatures(tag: string, a: Arg): string[] {
  const form = a.pronoun ? 'pron' : a.demonym ? 'dem' : a.possessive ? 'poss' : 'name';
  return [`${tag}t:${a.entity.type}`, `${tag}k:${a.entity.kind ?? '-'}`, `${tag}f:${form}`];
}

function mentionOf(s: PairSentence, a: Arg): MentionMemo {
  let m = s.memo.mentions.get(a);
  if (!m) {
    const titles = a.entity.type === 'PERSON' ? premodsOf(s.analysis, a).filter((w) => isTitleWord(w)).map((w) => lemma(w)) : [];
    m = { clause: clauseOver(s.analysis, a.first, a.last), asSubject: mentionFeatures('s', a), asObject: mentionFeatures('o', a), titles };
    s.memo.mentions.set(a, m);
  }
  return m;
}

function betweenFeatures(s: PairSentence, lo: Arg, hi: Arg, out: string[]): void {
  const from = lo.last + 1, to = hi.first - 1;
  const n = to - from + 1;
  const ks: number[] = [];
  for (let k = from; k <= to; k++) if (n <= BETWEEN_CAP || k < from + BETWEEN_CAP / 2 || k > to - BETWEEN_CAP / 2) ks.push(k);
  const words = ks.map((k) => tokenWord(s, k));
  for (const w of words) out.push(`b:${w}`);
  if (n > 0 && n <= 4) out.push(`bs:${words.join('_')}`);
  if (n === 0) out.push('bs:adjacent');
  // (counted from lo's last token to the token before hi: the memo's counts up to hi.first less those up to lo.last)
  const { commas: c, breaks: b, negations, starts } = s.memo;
  const entities = n > 0 ? starts[to + 1]! - starts[from]! : 0;
  const commas = c[Math.max(to, lo.last) + 1]! - c[lo.last]!, breaks = b[Math.max(to, lo.last) + 1]! - b[lo.last]!;
  if (n > 0 && negations[to + 1]! > negations[from]!) out.push('b:NEG');
  out.push(`bent:${Math.min(entities, 3)}`, `bcomma:${Math.min(commas, 2)}`, `bbreak:${Math.min(breaks, 1)}`, `dist:${distanceBucket(n)}`);
  if (ks.some((k) => ['and', 'or'].includes(word(s.tokens[k])))) out.push('blist');
}

/** a clause's verb as a feature: its lemma, or a light verb with its event noun (a noun in a name, or capitalised, is no event noun) */
function verbFeature(s: PairSentence, verb: VerbGroup): string {
  if (!verb.support) return verb.lemma;
  const phrase = s.analysis.phrases[verb.support.phrase];
  const head = phrase ? s.tokens[phrase.head] : undefined;
  const plain = !!phrase && !phrase.referent && !s.argAt[phrase.head] && !!head && !/[A-Z]/.test(head.text);
  return `${verb.support.verb}+${plain ? verb.support.noun : '<name>'}`;
}

function clauseFeatures(s: PairSentence, subj: Arg, obj: Arg, both: Clause<Arg> | undefined, out: string[]): void {
  const cs = mentionOf(s, subj).clause, co = mentionOf(s, obj).clause;
  out.push(cs === co ? 'sameclause' : 'crossclause');
  const rs = roleIn(both, subj), ro = roleIn(both, obj);
  const verb = both?.verb ? verbFeature(s, both.verb) : '-';
  out.push(`v:${verb}`, `rs:${rs}`, `ro:${ro}`, `vr:${verb}|${rs}|${ro}`, `ck:${both?.kind ?? '-'}`);
  if (both?.verb) out.push(`voice:${both.verb.voice}`, `vcat:${both.verb.catenative ?? '-'}`);
  for (const [tag, c] of [['vs', cs], ['vo', co]] as const) if (c?.verb && c !== both) out.push(`${tag}:${verbFeature(s, c.verb)}`);
  if (both?.negated) out.push('neg');
  if (both?.modality && both.modality !== 'stated') out.push(`mod:${both.modality}`);
}

/**
 * The features of the ordered pair (subject mention, object mention) in one sentence: sorted, each once.
 * Reads the mentions' types, kinds and forms and the words around them, never a mention's own words.
 */
export function pairFeatures(s: PairSentence, subj: Arg, obj: Arg, both?: Clause<Arg>): string[] {
  return [...new Set(rawPairFeatures(s, subj, obj, both))].sort();
}

/**
 * The same features in the order built, some more than once (pairFeatures without its sort). `both`: the smallest
 * clause over the two mentions, when the caller has it.
 */
export function rawPairFeatures(s: PairSentence, subj: Arg, obj: Arg, both = clauseOver(s.analysis, Math.min(subj.first, obj.first), Math.max(subj.last, obj.last))): string[] {
  const [lo, hi] = subj.first < obj.first ? [subj, obj] : [obj, subj];
  const ms = mentionOf(s, subj), mo = mentionOf(s, obj);
  const out = ['bias', `order:${lo === subj ? 'SO' : 'OS'}`, `types:${subj.entity.type}>${obj.entity.type}`, ...ms.asSubject, ...mo.asObject];
  betweenFeatures(s, lo, hi, out);
  for (const d of [1, 2]) {
    const before = lo.first - d, after = hi.last + d;
    out.push(`pre${d}:${before >= 0 ? tokenWord(s, before) : '^'}`, `post${d}:${after < s.tokens.length ? tokenWord(s, after) : '$'}`);
  }
  clauseFeatures(s, subj, obj, both, out);
  for (const w of ms.titles) out.push(`stitle:${w}`);
  for (const w of mo.titles) out.push(`otitle:${w}`);
  out.push(...s.shared);
  return out;
}

/** What every pair of a sentence shares: its modal cues and the ids of the rules that emitted an edge in it. */
export function sentenceFeatures(tokens: readonly Token[], argAt: readonly (Arg | undefined)[], rules: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < tokens.length; k++) if (!argAt[k] && MODAL_CUES.has(word(tokens[k]))) out.push(`cue:${word(tokens[k])}`);
  for (const r of rules) out.push(`rule:${r}`);
  return out;
}
