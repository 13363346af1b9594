// A sentence's arguments: the resolver's mentions as the relation rules read them. src/resolve reads every
// pronoun and description once (recency.ts for what its first rules leave); nothing is resolved here.
import type { Entity, ResolvedMention, Sentence } from '../model/types.ts';
import { readableMentions } from '../resolve/recency.ts';
import type { Arg } from './engine.ts';
import { isPossessive } from './tokens.ts';

export { withoutImpliedCopulas } from '../resolve/tokens.ts';

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

/** `mentions`: the resolver's mentions in this sentence; those that stand for one entity each become arguments. */
export function sentenceArgs(mentions: readonly ResolvedMention[], sentence: Sentence, byKey: ReadonlyMap<string, Entity>): Arg[] {
  const { tokens } = sentence;
  const args = readableMentions(mentions, tokens).flatMap((m): (Arg & { member?: boolean })[] => {
    const entity = byKey.get(m.entity);
    if (!entity) return [];
    // (a possessive pronoun the resolver marked: "his", "its")
    const possessive = isPossessive(tokens[m.tokens[1]]) || (!!m.reference && !!m.possessive);
    return [{ entity, text: m.text, first: m.tokens[0], last: m.tokens[1], demonym: !!m.demonym, possessive, pronoun: !!m.reference, alternatives: [], member: !!m.member }];
  });
  // a group description's members ("the two leaders"): one argument at its span, standing for them all
  return args.flatMap(({ member, ...a }, k) => {
    if (!member) return [a];
    if (k > 0 && args[k - 1]!.member && args[k - 1]!.first === a.first) return [];
    // (each a name read before in a coordination or a meeting, not a pronoun's guess)
    const members: Arg[] = args.filter((x) => x.member && x.first === a.first).map(({ member: _, ...x }) => ({ ...x, pronoun: false }));
    // (the first member is the argument itself, so that group() finds it among its members)
    members[0]!.members = members;
    return [members[0]!];
  });
}
