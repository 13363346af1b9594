// Group descriptions ("the two leaders", "the three ministers", "both countries", "the leaders agreed") → the set of
// entities the article last named together: a coordination ("A and B", "A of X and B of Y"), a group description read
// before, or a sentence's partners ("A met B"). Its number and its head's type must agree.
import type { Entity, EntityType, ResolvedMention, Sentence, Token } from '../model/types.ts';
import { wordKey } from '../entities/spans.ts';
import { GROUP_LINK_WORDS, MAX_GROUP_SENTENCES_BACK, RELATIVE_WORDS, REPORTING_FORMS, URGING_MODALS } from './lexicon.ts';

/** a group read so far: its members, and where its description or coordination ends */
export interface NamedSet { sentence: number; end: number; members: ResolvedMention[] }

export interface GroupCtx {
  sentences: Sentence[];
  named: ResolvedMention[];
  entities: Map<string, Entity>;
  /** group descriptions already read, in order */
  read: NamedSet[];
}

const fitting = (ctx: GroupCtx, types: readonly EntityType[]) => (m: ResolvedMention) =>
  !m.demonym && !m.member && types.includes(ctx.entities.get(m.entity)!.type);

/** One per entity, first mention kept. */
function distinct(ms: ResolvedMention[]): ResolvedMention[] {
  const seen = new Set<string>();
  return ms.filter((m) => !seen.has(m.entity) && !!seen.add(m.entity));
}

/**
 * The tokens between two mentions join them in one coordination: a comma or "and" among them, otherwise only link
 * words, capitalised titles and other mentions ("Prime Minister Kishida of Japan and President Yoon"); no verb, no
 * sentence-internal stop.
 */
function linked(tokens: Token[], covered: Set<number>, a: ResolvedMention, b: ResolvedMention): boolean {
  let joined = /,/.test(tokens[a.tokens[1]]!.post);
  for (let k = a.tokens[1] + 1; k < b.tokens[0]; k++) {
    const t = tokens[k]!;
    if (/[;:()]/.test(t.post) || /[;:]/.test(tokens[k - 1]!.post)) return false;
    if (/,/.test(t.post)) joined = true;
    if (covered.has(k)) continue;
    const w = wordKey(t);
    if (w === 'and') joined = true;
    else if (!GROUP_LINK_WORDS.has(w) && !/^\p{Lu}/u.test(t.text)) return false;
  }
  return joined;
}

/** A sentence's coordinations of fitting mentions before `before` (a character offset), each in order. */
function coordinations(ctx: GroupCtx, s: number, fits: (m: ResolvedMention) => boolean, before: number): NamedSet[] {
  const tokens = ctx.sentences[s]!.tokens;
  const inS = ctx.named.filter((m) => m.sentence === s && m.end <= before);
  const covered = new Set(inS.flatMap((m) => Array.from({ length: m.tokens[1] - m.tokens[0] + 1 }, (_, k) => m.tokens[0] + k)));
  const ms = inS.filter(fits).sort((a, b) => a.start - b.start);
  const out: NamedSet[] = [];
  let run: ResolvedMention[] = [];
  const close = () => { if (distinct(run).length > 1) out.push({ sentence: s, end: run.at(-1)!.end, members: distinct(run) }); };
  for (const m of ms) {
    if (run.length && m.start >= run.at(-1)!.end && linked(tokens, covered, run.at(-1)!, m)) run.push(m);
    else if (!run.length || m.start >= run.at(-1)!.end) { close(); run = [m]; }
  }
  close();
  return out;
}

/**
 * A coordination of two or more names ("A and B", "A, B and C") ending after character `after` and before `before`, in
 * sentence `sentence` or the one before it: a plural pronoun after it more likely means those names than one body named
 * earlier.
 */
export function coordinationBetween(ctx: GroupCtx, sentence: number, after: number, before: number): boolean {
  const fits = fitting(ctx, ['PERSON', 'COUNTRY', 'ORGANIZATION']);
  return [sentence - 1, sentence].some((s) => s >= 0 && coordinations(ctx, s, fits, before).some((g) => g.end > after));
}

/**
 * "A and B, which mediated between the two sides": a group's own relative clause never means the group itself (the
 * clause runs to its comma: "A, who arrived on Monday, met B, where the two leaders agreed" is outside it)
 */
function relativeBetween(tokens: Token[], from: number, to: number): boolean {
  const inside = tokens.filter((t) => t.start >= from && t.end <= to);
  let k = inside.length - 1;
  while (k >= 0 && !RELATIVE_WORDS.has(wordKey(inside[k]!))) k--;
  return k >= 0 && !inside.slice(k).some((t) => /,/.test(t.post));
}

/** the members all of one kind: persons, or states and bodies (never "Macron and the EU" as two sides) */
const oneKind = (ctx: GroupCtx, ms: ResolvedMention[]) => new Set(ms.map((m) => ctx.entities.get(m.entity)!.type === 'PERSON')).size === 1;

/**
 * The set a group description at `start` in sentence `sentence` means: walking back sentence by sentence, the latest
 * group description or coordination of that many (any number from two to four, uncounted) fitting entities; failing
 * that, the nearest sentence whose fitting entities are that many (a meeting's partners: "A hosted B and C … the three
 * leaders"; two, uncounted). None found: empty.
 */
export function groupOf(ctx: GroupCtx, sentence: number, start: number, types: readonly EntityType[], count?: number): ResolvedMention[] {
  const fits = fitting(ctx, types);
  const sized = (ms: ResolvedMention[]) => (count ? ms.length === count : ms.length >= 2 && ms.length <= 4) && ms.every(fits) && oneKind(ctx, ms);
  const window = Array.from({ length: Math.min(sentence, MAX_GROUP_SENTENCES_BACK) + 1 }, (_, k) => sentence - k);
  const spoken: ResolvedMention[][] = [];
  for (const s of window) {
    const units = [...ctx.read.filter((g) => g.sentence === s && g.end <= start), ...coordinations(ctx, s, fits, start)]
      .filter((g) => s !== sentence || !relativeBetween(ctx.sentences[s]!.tokens, g.end, start)).sort((a, b) => b.end - a.end);
    const unit = units.find((g) => sized(g.members));
    // (a pair urged in someone's words, "X told his host that A and B should talk", is what was wished, not who acts)
    if (unit && urged(ctx.sentences[s]!.tokens, unit.members)) spoken.push(unit.members);
    else if (unit) return unit.members;
  }
  for (const s of window.slice(0, 2)) {
    const all = distinct(ctx.named.filter((m) => m.sentence === s && m.end <= start && fits(m) && !m.possessive && !urged(ctx.sentences[s]!.tokens, [m]) && (s !== sentence || !relativeBetween(ctx.sentences[s]!.tokens, m.end, start))));
    if (sized(all) && (count || all.length === 2)) return all;
  }
  return spoken.length ? ledePair(ctx, types, count) ?? spoken[0]! : [];
}

/**
 * The two sides a news report's opening sentence names, demonyms counted ("Indian Prime Minister X arrived in Y's
 * capital … talks with Y's President Z"): the visitor's and the host's, which "the two governments" means more often
 * than a pair named in someone's words.
 */
function ledePair(ctx: GroupCtx, types: readonly EntityType[], count?: number): ResolvedMention[] | undefined {
  if (count !== undefined && count !== 2) return undefined;
  const lede = distinct(ctx.named.filter((m) => m.sentence === firstBodySentence(ctx) && !m.member && types.includes(ctx.entities.get(m.entity)!.type)));
  return lede.length === 2 && oneKind(ctx, lede) ? lede : undefined;
}
/** the first sentence that ends as a sentence does (past a headline, which has no full stop) */
const firstBodySentence = (ctx: GroupCtx) => Math.max(0, ctx.sentences.findIndex((s) => /[.!?]/.test(s.tokens.at(-1)?.post ?? '') || /[.!?]$/.test(s.tokens.at(-1)?.text ?? '')));

/** mentions in reported speech whose verb is a modal's ("… that A and B should sit down"): a wish, not a deed */
function urged(tokens: Token[], ms: ResolvedMention[]): boolean {
  const after = ms.at(-1)!.tokens[1];
  const modal = tokens.slice(after + 1, after + 3).some((t) => URGING_MODALS.has(wordKey(t)));
  return modal && reported(tokens, ms[0]!.tokens[0]);
}

/** a token inside reported speech in its sentence: after a reporting word and "that" before it, or an open quotation */
function reported(tokens: Token[], first: number): boolean {
  let speech = false;
  let quotes = 0;
  for (let k = 0; k < first; k++) {
    const w = wordKey(tokens[k]!);
    if (REPORTING_FORMS.has(w)) speech = true;
    else if (speech && w === 'that') return true;
    quotes += (tokens[k]!.post.match(/["“”]/g) ?? []).length;
  }
  return quotes % 2 === 1;
}
