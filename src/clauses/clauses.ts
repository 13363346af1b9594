// Clauses: the sentence's items (noun phrases, prepositional phrases, verb groups, words) cut where a
// relative pronoun, "that" after a speech verb, a subordinator, a reduced relative, a purpose "to" or a
// coordinated verb opens a clause; then each clause's subject, object and logical roles.
import { RELATIVES, SPEECH_VERBS, SUBORDINATORS } from './lexicon.ts';
import { coordinated, nextIndex, type Reader } from './phrases.ts';
import type { Clause, ClauseKind, Phrase, PrepPhrase, Referent } from './types.ts';
import { verbGroup, type GroupReading } from './verbs.ts';
import { comma, hardBreak, isPrep, participleForm, word } from './words.ts';

export type Item<R extends Referent> =
  | { kind: 'np'; first: number; last: number; phrase: Phrase<R> }
  | { kind: 'pp'; first: number; last: number; pp: PrepPhrase<R> }
  | { kind: 'vg'; first: number; last: number; group: GroupReading }
  | { kind: 'word'; first: number; last: number; word: string };

/** The sentence as a flat list of items, left to right. */
export function items<R extends Referent>(r: Reader<R>, known: (lemma: string) => boolean): Item<R>[] {
  const out: Item<R>[] = [];
  for (let i = 0; i < r.tokens.length;) {
    if (r.skip[i]) { i++; continue; }
    const prev = out.at(-1);
    // "groups fighting X", "the army led by P": a bare participle after a noun phrase is a verb
    const afterNoun = prev?.kind === 'np' && !comma(r.tokens[prev.last]) && !!participleForm(r.tokens[i]);
    const group = verbGroup(r, i, known, afterNoun || i === 0);
    const t = r.tokens[i]!;
    if (group) { out.push({ kind: 'vg', first: group.first, last: group.last, group }); i = nextIndex(r, group.last); continue; }
    if (isPrep(t) && !comma(t) && !hardBreak(t)) {
      const np = coordinated(r, nextIndex(r, i));
      if (np) { out.push({ kind: 'pp', first: i, last: np.last, pp: { prep: word(t), at: i, np } }); i = nextIndex(r, np.last); continue; }
    }
    const np = RELATIVES.has(word(t)) && !r.refAt[i] ? null : coordinated(r, i);
    if (np) { out.push({ kind: 'np', first: np.first, last: np.last, phrase: np }); i = nextIndex(r, np.last); continue; }
    out.push({ kind: 'word', first: i, last: i, word: word(t) });
    i = nextIndex(r, i);
  }
  return out;
}

interface Open<R extends Referent> {
  clause: Clause<R>;
  members: Item<R>[];
  /** the clause closes at the next comma (an apposed relative, a fronted subordinate clause) */
  closesAtComma: boolean;
  /** the phrase the clause's gap stands for (a relative's antecedent, a reduced relative's head) */
  antecedent?: Phrase<R>;
  /** the clause borrows its subject from its parent (coordinated verbs, purpose, participles) */
  inherits?: boolean;
}

const newClause = <R extends Referent>(kind: ClauseKind, first: number, parent?: number): Clause<R> => {
  const c: Clause<R> = { kind, first, last: first, pps: [], negated: false };
  if (parent !== undefined) c.parent = parent;
  return c;
};

/** The phrase a relative pronoun or participle after `p` hangs from: the last named phrase down its right edge ("a visit to Ukraine, which"). */
function rightmost<R extends Referent>(p: Phrase<R>): Phrase<R> {
  const last = p.pps.at(-1)?.np;
  return last && !p.members ? rightmost(last) : p;
}

/** Cuts the items into clauses. */
export function segment<R extends Referent>(r: Reader<R>, list: Item<R>[]): Open<R>[] {
  const opened: Open<R>[] = [{ clause: newClause('main', 0), members: [], closesAtComma: false }];
  const stack: number[] = [0];
  const open = (kind: ClauseKind, at: number, more: Partial<Open<R>> = {}) => {
    opened.push({ clause: newClause(kind, at, stack.at(-1)), members: [], closesAtComma: false, ...more });
    stack.push(opened.length - 1);
  };
  list.forEach((it, k) => {
    let cur = opened[stack.at(-1)!]!;
    const prev = list[k - 1];
    const afterComma = !!prev && (comma(r.tokens[prev.last]) || hardBreak(r.tokens[prev.last]));
    if (afterComma && cur.closesAtComma && cur.clause.verb && stack.length > 1) { stack.pop(); cur = opened[stack.at(-1)!]!; }
    // "groups fighting X" (a bare -ing form is never finite); "the army led by P" (a bare -ed form before "by", or after the clause's verb)
    const host = prev?.kind === 'np' ? prev.phrase : prev?.kind === 'pp' ? prev.pp.np : undefined;
    const bare = it.kind === 'vg' && host && !comma(r.tokens[prev!.last]) && it.group.first === it.group.head ? participleForm(r.tokens[it.group.first]) : undefined;
    const next = list[k + 1];
    const strong = bare === 'ing' || (bare === 'ed' && next?.kind === 'pp' && next.pp.prep === 'by');
    // "the groups fighting X held talks": a finite verb after a completed relative returns to the clause still without one
    if (it.kind === 'vg' && cur.clause.verb && !strong) {
      let waiting = stack.length - 1;
      while (waiting >= 0 && opened[stack[waiting]!]!.clause.verb) waiting--;
      if (waiting >= 0 && stack.slice(waiting + 1).every((s: number) => ['relative', 'reduced'].includes(opened[s]!.clause.kind))) {
        stack.splice(waiting + 1);
        cur = opened[stack.at(-1)!]!;
      }
    }
    const verb = cur.clause.verb;
    if (it.kind === 'word') {
      const w = it.word;
      const antecedent = prev?.kind === 'np' ? rightmost(prev.phrase) : prev?.kind === 'pp' ? rightmost(prev.pp.np) : undefined;
      if (RELATIVES.has(w) && w !== 'whose' && w !== 'where' && antecedent && !(w === 'that' && verb && SPEECH_VERBS.has(verb.lemma))) {
        open('relative', it.first, { antecedent, closesAtComma: afterComma });
      } else if (w === 'that' && verb && SPEECH_VERBS.has(verb.lemma)) {
        open('reported', it.first);
      } else if (SUBORDINATORS[w] && (list[k + 1]?.kind === 'vg' || (list[k + 1]?.kind === 'np' && list[k + 2]?.kind === 'vg'))) {
        open(SUBORDINATORS[w], it.first, { closesAtComma: k === 0 || afterComma });
      } else if ((w === 'and' || w === 'but') && list[k + 1]?.kind === 'vg' && verb) {
        open(cur.clause.kind === 'reduced' ? 'reduced' : 'main', it.first, { inherits: true, antecedent: cur.antecedent });
      } else if (w === 'to' && list[k + 1]?.kind === 'vg' && verb) {
        open('purpose', it.first, { inherits: true });
      }
      return;
    }
    const reduced = strong || (bare === 'ed' && !!verb);
    if (it.kind === 'vg' && reduced && host) open('reduced', it.first, { antecedent: rightmost(host), closesAtComma: true });
    else if (it.kind === 'vg' && verb) {
      if (SPEECH_VERBS.has(verb.lemma) && !verb.copula) {
        // "said Russia would": the reported clause starts at its subject
        const subj = prev?.kind === 'np' && prev.first > verb.last ? prev : undefined;
        if (subj) cur.members.splice(cur.members.indexOf(subj), 1);
        open('reported', subj?.first ?? it.first);
        if (subj) opened.at(-1)!.members.push(subj);
      } else open('adverbial', it.first, { inherits: !(prev?.kind === 'np') });
    } else if (it.kind === 'vg' && k === 0 && participleForm(r.tokens[it.first], true) === 'ing' && it.group.first === it.group.head) {
      // "Speaking in Kyiv, X said": an opening participle borrows the main clause's subject
      open('participial', it.first, { inherits: true, closesAtComma: true });
    }
    const target = opened[stack.at(-1)!]!;
    if (it.kind === 'vg' && !target.clause.verb) target.clause.verb = it.group;
    target.members.push(it);
    target.clause.last = it.last;
  });
  return opened;
}
