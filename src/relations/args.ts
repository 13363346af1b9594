// A sentence's arguments: the resolver's mentions, plus the pronouns and definite descriptions it left
// unresolved, read here by recency and a person's gender (the minimum the relation rules need; the resolver's own readings win).
import type { Entity, Gender, ResolvedMention, Sentence } from '../model/types.ts';
import { PRONOUNS } from '../resolve/lexicon.ts';
import type { Arg } from './engine.ts';
import { DESCRIPTIONS, FIRST_PERSON, LEADER_TITLES, PERSON_PRONOUNS, ROLE_NOUNS, THING_PRONOUNS } from './lexicon.ts';
import { comma, isBe, isPossessive, word } from './tokens.ts';

/** Entities in order of mention so far in the article, most recent last. */
export type History = Entity[];

/** The gender a pronoun asks for, from the resolver's table ("her" → female); none for other words. */
const pronounGender = (text: string): Gender | undefined => {
  const w = text.toLowerCase();
  return Object.hasOwn(PRONOUNS, w) ? PRONOUNS[w]!.gender : undefined;
};

/** A pronoun of this gender may stand for the entity: unknown on either side fits both (as in the resolver). */
const genderFits = (e: Entity, gender: Gender | undefined) => !gender || !e.gender || e.gender === gender;

/** An article's mentions grouped by sentence index, once per article (a per-sentence filter is quadratic). */
export function mentionsBySentence(mentions: readonly ResolvedMention[]): Map<number, ResolvedMention[]> {
  const out = new Map<number, ResolvedMention[]>();
  for (const m of mentions) {
    const list = out.get(m.sentence);
    if (list) list.push(m);
    else out.set(m.sentence, [m]);
  }
  return out;
}

/**
 * The sentence without the empty token compromise adds when it reads a name's possessive "'s" as "is"
 * ("Kennedy's killing" → "Kennedy is killing"), with the mentions' token ranges moved to match.
 */
export function withoutImpliedCopulas(sentence: Sentence, mentions: readonly ResolvedMention[]): { sentence: Sentence; mentions: readonly ResolvedMention[] } {
  const { tokens } = sentence;
  // (also a common noun's after its article: "the agency's director general" → "the agency is director general")
  const implied = (k: number) => tokens[k]!.text === '' && k > 0 && (/^[A-Z].*['’]s$/.test(tokens[k - 1]!.text)
    || (/^[a-z]{3,}['’]s$/.test(tokens[k - 1]!.text) && k > 1 && ['the', 'this', 'that'].includes(tokens[k - 2]!.normal)));
  if (!tokens.some((_, k) => implied(k))) return { sentence, mentions };
  // a kept token's new index; an implied one maps onto the possessive before it
  const newIndex: number[] = [];
  const kept: Sentence['tokens'] = [];
  tokens.forEach((t, k) => {
    if (implied(k)) { newIndex[k] = kept.length - 1; return; }
    newIndex[k] = kept.length;
    kept.push(t);
  });
  const at = (k: number) => newIndex[k]!;
  return {
    sentence: { ...sentence, tokens: kept },
    mentions: mentions.map((m) => ({ ...m, tokens: [at(m.tokens[0]), at(m.tokens[1])] as [number, number] })),
  };
}

/** A sentence's arguments as they are gathered: the list, which token each covers, and where fall-backs come from. */
interface Gathering {
  sentence: Sentence;
  args: Arg[];
  taken: (Arg | undefined)[];
  history: History;
}

/** `mentions`: the resolver's mentions in this sentence. */
export function sentenceArgs(
  mentions: readonly ResolvedMention[], sentence: Sentence, byKey: Map<string, Entity>, history: History,
  leaders: Map<string, Entity>, speaker?: Entity,
): Arg[] {
  const g: Gathering = { sentence, args: [], taken: new Array(sentence.tokens.length), history };
  resolverArgs(g, mentions, byKey);
  pronounFallBacks(g);
  for (let i = 0; i < sentence.tokens.length; i++) i = unresolvedAt(g, i, leaders, speaker);
  return g.args;
}

/** The resolver's mentions as arguments, longest first where they overlap. */
function resolverArgs(g: Gathering, mentions: readonly ResolvedMention[], byKey: Map<string, Entity>): void {
  const { tokens } = g.sentence;
  const { args, taken } = g;
  const ms = [...mentions]
    .sort((a, b) => (b.tokens[1] - b.tokens[0]) - (a.tokens[1] - a.tokens[0]) || a.start - b.start);
  // a plural description ("the two nations") stands for several entities: left to the constructions' own reading
  const spanCount = new Map<string, number>();
  for (const m of ms) spanCount.set(`${m.tokens}`, (spanCount.get(`${m.tokens}`) ?? 0) + 1);
  // ", the Russian foreign minister," apposed to the name it describes: the rules read its words instead
  // (and "Nairobi is the capital of Kenya": a predicate noun is read as a role, not as a name)
  const apposedDescription = (m: ResolvedMention) => m.source === 'description' && m.tokens[0] > 0 &&
    (comma(tokens[m.tokens[0] - 1]) || isBe(tokens[m.tokens[0] - 1])) &&
    ms.some((o) => o !== m && o.entity === m.entity && o.tokens[1] < m.tokens[0]);
  for (const m of ms) {
    const [first, last] = m.tokens;
    if (spanCount.get(`${m.tokens}`)! > 1 || apposedDescription(m) || taken.slice(first, last + 1).some(Boolean)) continue;
    const entity = byKey.get(m.entity);
    if (!entity) continue;
    const pronoun = m.source === 'pronoun' || m.source === 'description';
    const a: Arg = {
      entity, text: m.text, first, last, demonym: !!m.demonym, possessive: isPossessive(tokens[last]),
      pronoun, alternatives: [],
    };
    args.push(a);
    for (let k = first; k <= last; k++) taken[k] = a;
  }
  args.sort((a, b) => a.first - b.first);
}

/** Entities named before token `at`: recency within the sentence first, then the article's history. */
function recent(g: Gathering, at: number, ok: (e: Entity) => boolean, not?: Entity): Entity[] {
  const seen = new Set<string>();
  const out: Entity[] = [];
  const earlier = [...g.args.filter((a) => a.last < at && !a.demonym).map((a) => a.entity).reverse(), ...[...g.history].reverse()];
  for (const e of earlier) if (ok(e) && !seen.has(e.key) && e.key !== not?.key) { seen.add(e.key); out.push(e); }
  return out;
}

/** The resolver's pronouns get the same fall-backs as ours, and never stand for the name they are apposed to. */
function pronounFallBacks(g: Gathering): void {
  const { tokens } = g.sentence;
  for (const a of g.args) {
    if (!a.pronoun) continue;
    const gender = pronounGender(a.text);
    const ok = (e: Entity) => e.type === a.entity.type && genderFits(e, gender);
    const apposed = a.first > 0 && comma(tokens[a.first - 1]) ? g.taken[a.first - 1]?.entity : undefined;
    if (apposed?.key === a.entity.key) {
      const other = recent(g, a.first, ok, apposed)[0];
      if (other) a.entity = other;
    }
    a.alternatives = recent(g, a.first, ok, a.entity).slice(0, 2);
  }
}

/** Adds an argument the resolver left over tokens [first, last], read as the first of `candidates`. */
function addArg(g: Gathering, first: number, last: number, candidates: Entity[]): void {
  const { sentence, args, taken } = g;
  const { tokens } = sentence;
  if (!candidates.length || taken[first]) return;
  const a: Arg = {
    entity: candidates[0]!, text: sentence.text.slice(tokens[first]!.start - sentence.start, tokens[last]!.end - sentence.start).replace(/['’]s$/, ''),
    first, last, demonym: false, possessive: isPossessive(tokens[last]) || ['his', 'her', 'its', 'my', 'their'].includes(word(tokens[last])),
    pronoun: true, alternatives: candidates.slice(1, 3),
  };
  args.push(a);
  args.sort((x, y) => x.first - y.first);
  for (let k = first; k <= last; k++) taken[k] = a;
}

/** A pronoun, lone name word or definite description at token `i` the resolver left; returns the index to go on from. */
function unresolvedAt(g: Gathering, i: number, leaders: Map<string, Entity>, speaker?: Entity): number {
  const { tokens } = g.sentence;
  const { taken } = g;
  if (taken[i]) return i;
  const w = word(tokens[i]);
  // "China, its most important ally": the pronoun is not the name it is apposed to
  const apposed = i > 0 && comma(tokens[i - 1]) ? taken[i - 1]?.entity : undefined;
  if (PERSON_PRONOUNS.has(w)) addArg(g, i, i, recent(g, i, (e) => e.type === 'PERSON' && genderFits(e, pronounGender(w)), apposed));
  else if (THING_PRONOUNS.has(w)) addArg(g, i, i, recent(g, i, (e) => e.type === 'COUNTRY' || e.type === 'ORGANIZATION', apposed));
  else if (FIRST_PERSON.has(w) && speaker) addArg(g, i, i, [speaker]);
  else if (/^[A-Z][a-z]+$/.test(tokens[i]!.text) && !/['’]s$/.test(tokens[i]!.text)) {
    // a lone name word of a person already named in full ("Xi" after "Xi Jinping")
    const person = recent(g, i, (e) => e.type === 'PERSON' && e.label.includes(' ') && e.label.split(' ').some((p) => p === tokens[i]!.text))[0];
    if (person) addArg(g, i, i, [person]);
  }
  else if (w === 'the' && tokens[i + 1]) return theDescription(g, i, leaders);
  return i;
}

/** "the court", "the Chinese leader": a definite description read by recency or as a country's known leader. */
function theDescription(g: Gathering, i: number, leaders: Map<string, Entity>): number {
  const { tokens } = g.sentence;
  const { taken, args } = g;
  const noun = word(tokens[i + 1]).replace(/['’]s$/, '');
  const d = DESCRIPTIONS[noun];
  // not a predicate noun or an apposition ("is the capital of", ", the court's …" is still read)
  // nor a role noun apposed to a name: ", the capital of Armenia"
  const predicative = i > 0 && (isBe(tokens[i - 1]) || (comma(tokens[i - 1]) && !!ROLE_NOUNS[noun]?.preps.includes(word(tokens[i + 2]))));
  if (d && !predicative && !taken[i + 1] && !/^[A-Z]/.test(tokens[i + 1]!.text)) {
    addArg(g, i, i + 1, recent(g, i, (e) => d.types.includes(e.type) && (!d.label || d.label.test(e.label))));
    return i;
  }
  // "the Chinese leader": the person already found leading that country
  const dem = taken[i + 1];
  const head = word(tokens[(dem?.last ?? i) + 1]).replace(/['’]s$/, '');
  if (dem?.demonym && LEADER_TITLES.has(head) && !taken[dem.last + 1] && !/^[A-Z]/.test(tokens[dem.last + 2]?.text ?? '')) {
    const leader = leaders.get(dem.entity.key);
    if (leader) {
      for (let k = dem.first; k <= dem.last; k++) taken[k] = undefined;
      args.splice(args.indexOf(dem), 1);
      addArg(g, i, dem.last + 1, [leader]);
    }
  }
  return i;
}
