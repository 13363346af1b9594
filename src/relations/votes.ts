// Votes on a named resolution (SCHEMA: "voted for (a resolution)" SUPPORTS, "voted against" OPPOSES), and its
// drafters ("Resolution 2722, drafted by A and B": they back it). A vote names its resolution or stands for the
// one the article named last ("Russia voted against"); with no resolution named so far there is no edge, and an
// abstention gives none (SCHEMA). The voters are the clause's subject, the subject of "X were among those voting
// in favour", the names after "Voting no were …", and those of a following "joined by A, B and C".
import type { Predicate } from '../model/predicates.ts';
import type { Entity } from '../model/types.ts';
import { emit, group, type Arg, type Ctx } from './engine.ts';
import { DRAFTING_FORMS, RESOLUTION_HEADS, RESOLUTION_NOUNS, VOTE_DIRECTIONS, VOTE_FOLLOWERS, VOTE_NEGATORS, VOTER_LIST_VERBS } from './lexicon.ts';
import { comma, lemmaIs, word } from './tokens.ts';

const VOTER_TYPES: ReadonlySet<string> = new Set(['COUNTRY', 'ORGANIZATION']);
const isResolution = (e: Entity) => e.type === 'OTHER' && RESOLUTION_HEADS.has(e.label.split(/\s+/)[0]!.toLowerCase());

/** the direction a vote's next words give, and the last token of them ("voted in favour", "voted no") */
function direction(ctx: Ctx, j: number): { predicate: Predicate; end: number } | undefined {
  const one = VOTE_DIRECTIONS[word(ctx.tokens[j])];
  if (one) return { predicate: one, end: j };
  const two = VOTE_DIRECTIONS[`${word(ctx.tokens[j])} ${word(ctx.tokens[j + 1])}`];
  return two ? { predicate: two, end: j + 1 } : undefined;
}

/**
 * the resolution a vote is on: for a vote that takes an object ("voted for", "against", "in favour of"), the one named
 * there or "it", "the resolution", "the text"; any other object is no resolution ("voted for Lula", "against the
 * budget"); a vote with no object ("voted no", "voted in favour.") is on the article's latest resolution
 */
function resolutionOf(ctx: Ctx, end: number): Arg | undefined {
  const { tokens } = ctx;
  const of = word(tokens[end + 1]) === 'of';
  const takesObject = ['for', 'against'].includes(word(tokens[end])) || of;
  const at = of ? end + 2 : end + 1;
  if (!takesObject || /[,;.]/.test(tokens[end]!.post) || !tokens[at]) return latestResolution(ctx, end);
  const det = word(tokens[at]) === 'the' ? 1 : 0;
  const named = ctx.argAt[at + det];
  if (named) return isResolution(named.entity) ? named : undefined;
  const w = word(tokens[at]);
  if (w === 'it' || RESOLUTION_NOUNS.has(word(tokens[at + det]))) return latestResolution(ctx, end);
  return /^\p{L}/u.test(tokens[at]!.text) && !VOTE_FOLLOWERS.has(w) ? undefined : latestResolution(ctx, end);
}

function latestResolution(ctx: Ctx, before: number): Arg | undefined {
  let best: Entity | undefined;
  for (const m of ctx.article.mentions) {
    if (m.sentence > ctx.sentence.index || (m.sentence === ctx.sentence.index && m.tokens[0] > before)) continue;
    const e = ctx.entityByKey.get(m.entity);
    if (e && isResolution(e)) best = e;
  }
  return best && { entity: best, text: best.label, first: -1, last: -1, demonym: false, possessive: false, pronoun: false, alternatives: [] };
}

const voter = (a: Arg | undefined): a is Arg => !!a && VOTER_TYPES.has(a.entity.type);

/** who cast the vote whose verb is token i (its direction ending at `end`) */
function voters(ctx: Ctx, i: number, end: number): Arg[] {
  const { tokens, analysis } = ctx;
  const out: Arg[] = [];
  const clause = analysis?.clauses.find((c) => c.verb && c.verb.first <= i && i <= c.verb.last && c.agent);
  // "X were among those voting in favour", "X is among the countries voting yes"
  const among = [1, 2, 3].some((k) => word(tokens[i - k]) === 'among');
  const be = among ? analysis?.clauses.find((c) => c.verb?.lemma === 'be' && c.verb.last < i && c.agent) : undefined;
  const subject = (be ?? clause)?.agent;
  for (const m of subject?.members ?? (subject ? [subject] : [])) if (voter(m.referent)) out.push(m.referent);
  // "Voting no were A, B and C", and its relative form "Among the states that voted no were A, B and C"
  // (a live blog's time stamp may come first: "12:08 — Voting no were …")
  if (!out.length && listOpens(ctx, i) && VOTER_LIST_VERBS.has(word(tokens[end + 1]))) {
    const first = ctx.args.find((a) => a.first > end + 1);
    if (voter(first)) out.push(...listed(ctx, first).filter(voter));
  }
  // "Russia voted against, joined by A, B and C"
  if (word(tokens[end + 1]) === 'joined' && word(tokens[end + 2]) === 'by') {
    const first = ctx.argAt[end + 3];
    if (voter(first)) out.push(...group(ctx, first).filter(voter));
  }
  return out;
}

/**
 * the names of the list that begins with `first`, and of the list after a later ", as well as" in the sentence:
 * "A, a partner of B that has refused to comment, as well as C and D" (the clause layer does not join a conjunct past
 * an apposition that holds a relative clause)
 */
function listed(ctx: Ctx, first: Arg): Arg[] {
  const out = group(ctx, first);
  const { tokens } = ctx;
  for (let k = out[out.length - 1]!.last + 1; k + 3 < tokens.length; k++) {
    if (!(comma(tokens[k - 1]) && word(tokens[k]) === 'as' && word(tokens[k + 1]) === 'well' && word(tokens[k + 2]) === 'as')) continue;
    const next = ctx.argAt[k + 3] ?? (word(tokens[k + 3]) === 'the' ? ctx.argAt[k + 4] : undefined);
    if (next) out.push(...group(ctx, next));
    break;
  }
  return out;
}

/** the vote opens an inverted list of voters: nothing but a time stamp before "Voting", or "Among the … that/who voted" */
function listOpens(ctx: Ctx, i: number): boolean {
  const words = ctx.tokens.slice(0, i).filter((t) => /\p{L}/u.test(t.text)).map(word);
  return !words.length || (words[0] === 'among' && ['that', 'who'].includes(words[words.length - 1]!) && words.filter((w) => w === 'that' || w === 'who').length === 1);
}

const negatedBefore = (ctx: Ctx, i: number) => [1, 2, 3].some((k) => VOTE_NEGATORS.has(word(ctx.tokens[i - k])));

export function votes(ctx: Ctx): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const w = word(tokens[i]);
    if (DRAFTING_FORMS.has(w)) drafters(ctx, i);
    if (!lemmaIs(w, 'vote') || w === 'votes') continue;
    const dir = direction(ctx, i + 1);
    const resolution = dir && resolutionOf(ctx, dir.end);
    if (!dir || !resolution) continue;
    const negated = negatedBefore(ctx, i);
    for (const v of voters(ctx, i, dir.end)) emit(ctx, v, dir.predicate, resolution, { rule: `vote.${dir.predicate === 'SUPPORTS' ? 'for' : 'against'}`, confidence: 0.75, negated, anchor: i });
  }
}

/** "Resolution 2722, drafted by A and B": a resolution's drafters and sponsors back it */
function drafters(ctx: Ctx, i: number): void {
  const { tokens } = ctx;
  if (word(tokens[i + 1]) !== 'by') return;
  // the resolution written right before (its comma), or the one the sentence's clause names
  const before = ctx.argAt[i - 1] ?? ctx.argAt[i - 2];
  const first = ctx.argAt[i + 2] ?? (word(tokens[i + 2]) === 'the' ? ctx.argAt[i + 3] : undefined);
  if (!before || !isResolution(before.entity) || !voter(first)) return;
  for (const v of group(ctx, first).filter(voter)) emit(ctx, v, 'SUPPORTS', before, { rule: 'vote.drafted', confidence: 0.75, negated: false });
}
