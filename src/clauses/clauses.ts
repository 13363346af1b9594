// Clauses: the sentence's items (noun phrases, prepositional phrases, verb groups, words) cut where a
// relative pronoun, "that" after a speech verb, a subordinator, a reduced relative, a purpose "to" or a
// coordinated verb opens a clause; then each clause's subject, object and logical roles.
import { ADJUNCT_OPENERS, ANTERIOR_SUBORDINATORS, PERFECT_PASSIVE_GERUNDS, RELATIVES, SPEECH_VERBS, SUBORDINATORS, WHOLE_QUANTIFIERS } from './lexicon.ts';
import { coordinated, nextIndex, type Reader } from './phrases.ts';
import type { Clause, ClauseKind, Phrase, PrepPhrase, Referent, VerbGroup } from './types.ts';
import { pluralAfterTo, verbGroup, type GroupReading } from './verbs.ts';
import { comma, hardBreak, isAdverb, isPrep, participleForm, word } from './words.ts';

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
    const group = pluralAfterTo(r, i, known) ? null : verbGroup(r, i, known, afterNoun || i === 0);
    const t = r.tokens[i]!;
    if (group) { out.push({ kind: 'vg', first: group.first, last: group.last, group }); i = nextIndex(r, group.last); continue; }
    if (isPrep(t) && !comma(t) && !hardBreak(t)) {
      const np = coordinated(r, nextIndex(r, i));
      if (np) { out.push({ kind: 'pp', first: i, last: np.last, pp: { prep: word(t), at: i, np } }); i = nextIndex(r, np.last); continue; }
    }
    // ("Later on Friday, A and B joined …", "Earlier, X said": an opening adverb before its phrase or comma is no noun)
    const adverb = ADJUNCT_OPENERS.has(word(t)) && !r.refAt[i] && (comma(t) || isPrep(r.tokens[i + 1]));
    const np = (RELATIVES.has(word(t)) && !r.refAt[i]) || adverb ? null : coordinated(r, i);
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

// every field from the start, in one order, though most are filled later: clauses then share one shape, and the
// readers of every clause (relations' patterns) are compiled once, not again for each order fields came in
const newClause = <R extends Referent>(kind: ClauseKind, first: number, parent?: number): Clause<R> => ({
  kind, first, last: first, verb: undefined, subject: undefined, object: undefined, agent: undefined, patient: undefined,
  complement: undefined, pps: [], opening: [], negated: false, modality: undefined, speaker: undefined, parent, anterior: false,
});

/** The phrase a relative pronoun or participle after `p` hangs from: the last named phrase down its right edge ("a visit to Ukraine, which"). */
function rightmost<R extends Referent>(p: Phrase<R>): Phrase<R> {
  // ("the Prime Minister of X, Y, who is in Z": the name apposed to a description closes it)
  if (p.named) return p.named;
  const last = p.pps.at(-1)?.np;
  return last && !p.members ? rightmost(last) : p;
}

/** the last phrase inside `p` (itself, its appositions, members, pps) whose name is not a person's */
function lastThingNamed<R extends Referent>(p: Phrase<R>): Phrase<R> | undefined {
  // ("Qatar, Egypt and the United States, which mediated": a list of named things is the antecedent as a whole)
  if (p.members?.every((m) => m.referent && !m.referent.pronoun && m.referent.entity.type !== 'PERSON' && !m.pps.length)) return p;
  // (a bare description apposed to the name names nothing of its own: "X, an alliance which unites A and B" hangs from X)
  const described = (p.appositions ?? []).filter((a) => a.referent || a.members || a.pps.length);
  const inner = [...(p.members ?? []), ...described, ...p.pps.map((pp) => pp.np)].sort((a, b) => b.last - a.last);
  for (const q of inner) {
    const found = lastThingNamed(q);
    if (found) return found;
  }
  return p.referent?.entity.type === 'PERSON' ? undefined : rightmost(p);
}

/** The clauses opened so far and the stack of those still open (innermost last). */
interface Segmenter<R extends Referent> {
  r: Reader<R>;
  list: Item<R>[];
  opened: Open<R>[];
  stack: number[];
}

const current = <R extends Referent>(g: Segmenter<R>): Open<R> => g.opened[g.stack.at(-1)!]!;
function open<R extends Referent>(g: Segmenter<R>, kind: ClauseKind, at: number, more: Partial<Open<R>> = {}): void {
  g.opened.push({ clause: newClause(kind, at, g.stack.at(-1)), members: [], closesAtComma: false, ...more });
  g.stack.push(g.opened.length - 1);
}

/** "the groups fighting X held talks": a finite verb after a completed relative returns to the clause still without one */
function returnToWaiting<R extends Referent>(g: Segmenter<R>): void {
  // (an apposed relative holds its verbs up to its closing comma: "X, who said he had spoken with Y, denounced …")
  if (current(g).closesAtComma && current(g).clause.kind === 'relative') return;
  let waiting = g.stack.length - 1;
  while (waiting >= 0 && g.opened[g.stack[waiting]!]!.clause.verb) waiting--;
  if (waiting >= 0 && g.stack.slice(waiting + 1).every((s: number) => ['relative', 'reduced'].includes(g.opened[s]!.clause.kind))) g.stack.splice(waiting + 1);
}

/** A relative pronoun, "that" after a speech verb, a subordinator, a coordinating "and" or a purpose "to" opens a clause. */
function openAtWord<R extends Referent>(g: Segmenter<R>, it: Extract<Item<R>, { kind: 'word' }>, k: number, afterComma: boolean): void {
  const cur = current(g);
  const verb = cur.clause.verb;
  const prev = g.list[k - 1];
  const next = g.list[k + 1];
  const w = it.word;
  // ("the president to whom X is often compared": a preposition between the antecedent and its relative)
  let host = prev?.kind === 'word' && isPrep(g.r.tokens[prev.first]) && RELATIVES.has(w) ? g.list[k - 2] : prev;
  // ("A and B, none of which are members", "X and Y, both of whom attended": the quantifier stands for the phrase before it)
  if (host !== prev && host?.kind === 'np' && host.first === host.last && WHOLE_QUANTIFIERS.has(word(g.r.tokens[host.first])) && prev?.kind === 'word' && prev.word === 'of' && comma(g.r.tokens[host.first - 1])) {
    const i = cur.members.indexOf(host);
    if (i >= 0) cur.members.splice(i, 1);
    host = g.list[k - 3];
  }
  const before = host?.kind === 'np' ? host.phrase : host?.kind === 'pp' ? host.pp.np : undefined;
  // ("X, Foreign Minister of the Lao PDR, which chairs ASEAN": "which" never stands for a person: the last thing named before it)
  // ("the bloc, whose seat is in X and of which Y is a member": a second relative after "and" shares the first one's antecedent)
  const sibling = host?.kind === 'word' && host.word === 'and' && host !== prev && cur.clause.kind === 'relative' && !!cur.clause.verb ? cur.antecedent : undefined;
  const siblingApposed = !!sibling && cur.closesAtComma;
  if (sibling) g.stack.pop();
  const antecedent = sibling ?? (before && (w === 'which' ? lastThingNamed(before) : rightmost(before)));
  // ("said that A had negotiated it and that no other country had": a second "that" after "and" opens a second reported
  // clause beside the first, which ends there, not a part of it)
  const secondThat = w === 'that' && prev?.kind === 'word' && (prev.word === 'and' || prev.word === 'but');
  const reportedAt = secondThat ? g.stack.map((s) => g.opened[s]!.clause.kind).lastIndexOf('reported') : -1;
  if (reportedAt > 0 && g.opened[g.stack[reportedAt]!]!.clause.verb) {
    g.stack.splice(reportedAt);
    open(g, 'reported', it.first);
  } else if (RELATIVES.has(w) && w !== 'where' && antecedent && !(w === 'that' && verb && SPEECH_VERBS.has(verb.lemma))) {
    // (", with whom he discussed …, " is set off by the comma before its preposition)
    const apposed = afterComma || siblingApposed || (host !== prev && !!host && comma(g.r.tokens[host.last]));
    open(g, 'relative', it.first, { antecedent, closesAtComma: apposed });
  } else if (w === 'that' && verb && SPEECH_VERBS.has(verb.lemma)) {
    open(g, 'reported', it.first);
  } else if (w === 'where' && afterComma && verb && (next?.kind === 'np' || unresolvedPronoun(next)) && verbNext(g.list, k + 2)) {
    // "X arrived in Y, where he was received by Z": a place's "where" clause names its own subject (not the main
    // clause's object) and ends at the next comma
    open(g, 'adverbial', it.first, { closesAtComma: true });
  } else if (SUBORDINATORS[w] && (next?.kind === 'vg' || (next?.kind === 'np' && g.list[k + 2]?.kind === 'vg'))) {
    // ("after being greeted by Y", "before leaving for Y": a gerund right after the word has no subject of its own)
    open(g, SUBORDINATORS[w], it.first, { closesAtComma: k === 0 || afterComma, inherits: next?.kind === 'vg' && participleForm(g.r.tokens[next.first]) === 'ing' });
    current(g).clause.anterior = ANTERIOR_SUBORDINATORS.has(w);
  } else if ((w === 'and' || w === 'but' || w === 'nor') && next?.kind === 'vg' && verb) {
    // ("thanks X for working with W, and warns T": a finite verb is coordinated with the finite one, not the bare gerund)
    if (!bareGerund(g.r.tokens, next.group)) while (g.stack.length > 1 && bareGerund(g.r.tokens, current(g).clause.verb)) g.stack.pop();
    const host = current(g);
    open(g, host.clause.kind === 'reduced' ? 'reduced' : 'main', it.first, { inherits: true, antecedent: host.antecedent });
  } else if ((w === 'and' || w === 'but') && afterComma && (next?.kind === 'np' || unresolvedPronoun(next)) && (verbNext(g.list, k + 2) || apposedRelative(g, k + 2) || apposedSubject(g, k + 1)) && verb) {
    // "X conceded on Sunday, and Y congratulated Z": a second main clause with its own subject ("and Y also sent …",
    // "and Y, who had spoken with Z, denounced …", "and Y, the deputy minister, accused …"), after whatever clause
    // the first one ended in
    while (g.stack.length > 1 && current(g).clause.kind !== 'main') g.stack.pop();
    if (current(g).clause.kind === 'main') open(g, 'main', it.first);
  } else if (w === 'to' && next?.kind === 'vg' && verb) {
    open(g, 'purpose', it.first, { inherits: true });
  }
}

/**
 * "X hosted Y for lunch, had a pull-aside with Z, and held …": a finite verb after its clause's object and a comma goes
 * on the subject's series of verbs (not after ", and W, the envoy, accused": that names its own subject)
 */
function verbSeries<R extends Referent>(g: Segmenter<R>, it: Extract<Item<R>, { kind: 'vg' }>, verbLast: number): boolean {
  // (an "and" inside the object's coordination is no clause's: "met A and B, discussed …")
  const between = g.list.filter((x) => x.first > verbLast && x.last < it.first && x.kind === 'word');
  return comma(g.r.tokens[it.first - 1]) && it.group.tense === 'past' && !it.group.copula && it.group.voice === 'active'
    && !between.some((x) => x.kind === 'word' && (x.word === 'and' || x.word === 'but'));
}

/** a verb group that is one "-ing" word ("working", not "is working") */
const bareGerund = (tokens: Reader<Referent>['tokens'], v: VerbGroup | undefined): boolean => !!v && v.first === v.head && participleForm(tokens[v.first]) === 'ing';

/** ", and it praised X": a subject pronoun the resolver left unread still opens the clause's own subject (no antecedent borrowed) */
const unresolvedPronoun = <R extends Referent>(it: Item<R> | undefined): boolean => it?.kind === 'word' && SUBJECT_PRONOUNS.has(it.word);
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'he', 'she', 'they', 'we']);

/** "Y, the deputy minister, accused": a name at item k, a description apposed to it between commas, then a verb */
function apposedSubject<R extends Referent>(g: Segmenter<R>, k: number): boolean {
  const name = g.list[k];
  const ap = g.list[k + 1];
  return name?.kind === 'np' && !!name.phrase.referent && ap?.kind === 'np' && comma(g.r.tokens[name.last]) && comma(g.r.tokens[ap.last]) && verbNext(g.list, k + 2);
}

/** ", who …", ", which …" at item k: a relative set off by a comma */
function apposedRelative<R extends Referent>(g: Segmenter<R>, k: number): boolean {
  const it = g.list[k];
  return it?.kind === 'word' && (it.word === 'who' || it.word === 'which') && comma(g.r.tokens[it.first - 1]);
}

/** a verb group at item k, or after one adverb word there ("Y also sent") */
function verbNext<R extends Referent>(list: readonly Item<R>[], k: number): boolean {
  const it = list[k];
  return it?.kind === 'vg' || (it?.kind === 'word' && /^(?:also|too|then|later|quickly|likewise|similarly)$/.test(it.word) && list[k + 1]?.kind === 'vg');
}

/** A second verb group in a clause opens one: a reduced relative, reported speech without "that", or an adverbial clause. */
function openAtVerb<R extends Referent>(g: Segmenter<R>, it: Extract<Item<R>, { kind: 'vg' }>, k: number, reduced: boolean, host?: Phrase<R>): void {
  const cur = current(g);
  const verb = cur.clause.verb;
  const prev = g.list[k - 1];
  if (reduced && host) open(g, 'reduced', it.first, { antecedent: rightmost(host), closesAtComma: true });
  else if (verb && prev && comma(g.r.tokens[prev.last]) && (it.group.first === it.group.head || PERFECT_PASSIVE_GERUNDS.has(word(g.r.tokens[it.first]))) && participleForm(g.r.tokens[it.first]) === 'ing') {
    // "X told the agency, accusing Y of …": a participle after a comma borrows the subject of the main (or reported)
    // clause it follows, not of a subordinate one ("X congratulated Y before the results were out, calling him …")
    while (g.stack.length > 1 && !['main', 'reported'].includes(current(g).clause.kind)) g.stack.pop();
    open(g, 'participial', it.first, { inherits: true, closesAtComma: true });
  } else if (verb) {
    if (SPEECH_VERBS.has(verb.lemma) && !verb.copula) {
      // "said Russia would": the reported clause starts at its subject (past an adverb: "said it strongly condemns")
      let j = k - 1;
      while (g.list[j]?.kind === 'word' && isAdverb(g.r.tokens[g.list[j]!.first])) j--;
      const before = g.list[j];
      const subj = before?.kind === 'np' && before.first > verb.last ? before : undefined;
      if (subj) cur.members.splice(cur.members.indexOf(subj), 1);
      open(g, 'reported', subj?.first ?? it.first);
      if (subj) g.opened.at(-1)!.members.push(subj);
    } else open(g, 'adverbial', it.first, { inherits: !(prev?.kind === 'np') || verbSeries(g, it, verb.last) });
  } else if (k === 0 && participleForm(g.r.tokens[it.first], true) === 'ing' && it.group.first === it.group.head) {
    // "Speaking in Kyiv, X said": an opening participle borrows the main clause's subject
    open(g, 'participial', it.first, { inherits: true, closesAtComma: true });
  }
}

/**
 * A comma closes the innermost clause that closes at one, and the finished clauses nested in it: "Russia, which had
 * warned that the text could be misused, condemned the strikes" returns to the main clause after "misused,".
 */
// (only an apposed relative reaches down: a reduced clause or participle before reported speech is left open, as before)
function closeAtComma<R extends Referent>(g: Segmenter<R>): void {
  for (let k = g.stack.length - 1; k > 0; k--) {
    const o = g.opened[g.stack[k]!]!;
    if (!o.clause.verb) return;
    if (o.closesAtComma && (k === g.stack.length - 1 || o.clause.kind === 'relative')) { g.stack.splice(k); return; }
  }
}

function closeAtSemicolon<R extends Referent>(g: Segmenter<R>): void {
  while (g.stack.length > 1 && ['relative', 'reduced'].includes(current(g).clause.kind) && current(g).clause.verb) g.stack.pop();
}

/** "A read-out says X met Y and Z, discussed …": a name right after a speech verb, then a past form, is the reported clause's subject and verb (no reduced relative) */
function reportedSubject<R extends Referent>(g: Segmenter<R>, k: number): boolean {
  const verb = current(g).clause.verb;
  const said = g.list[k - 2];
  const host = g.list[k - 1];
  // (a name, not a pronoun: "says he spoke with A, and that …" keeps its older reading)
  return !!verb && SPEECH_VERBS.has(verb.lemma) && !verb.copula && host?.kind === 'np' && !!host.phrase.referent && !host.phrase.referent.pronoun && said?.kind === 'vg' && said.group === verb && !comma(g.r.tokens[said.last]);
}

/** Cuts the items into clauses. */
export function segment<R extends Referent>(r: Reader<R>, list: Item<R>[]): Open<R>[] {
  const g: Segmenter<R> = { r, list, opened: [{ clause: newClause('main', 0), members: [], closesAtComma: false }], stack: [0] };
  list.forEach((it, k) => {
    const prev = list[k - 1];
    const afterComma = !!prev && (comma(r.tokens[prev.last]) || hardBreak(r.tokens[prev.last]));
    if (afterComma) closeAtComma(g);
    // ("met X, with whom he discussed A; Y, …": a semicolon ends the relatives and reduced clauses inside a list's item)
    if (prev && /;/.test(r.tokens[prev.last]!.post)) closeAtSemicolon(g);
    // "groups fighting X" (a bare -ing form is never finite); "the army led by P" (a bare -ed form before "by", or after the clause's verb)
    const host = prev?.kind === 'np' ? prev.phrase : prev?.kind === 'pp' ? prev.pp.np : undefined;
    const bare = it.kind === 'vg' && host && !comma(r.tokens[prev!.last]) && it.group.first === it.group.head ? participleForm(r.tokens[it.group.first]) : undefined;
    const next = list[k + 1];
    const strong = bare === 'ing' || (bare === 'ed' && next?.kind === 'pp' && next.pp.prep === 'by');
    if (it.kind === 'vg' && current(g).clause.verb && !strong) returnToWaiting(g);
    if (it.kind === 'word') { openAtWord(g, it, k, afterComma); return; }
    // ("condemned what Peru called a coup": a free relative's subject takes its own verb, no reduced relative)
    const freeSubject = !!host && word(r.tokens[host.first - 1]) === 'what';
    if (it.kind === 'vg') openAtVerb(g, it, k, !freeSubject && (strong || (bare === 'ed' && !!current(g).clause.verb && !reportedSubject(g, k))), host);
    const target = current(g);
    if (it.kind === 'vg' && !target.clause.verb) target.clause.verb = it.group;
    target.members.push(it);
    target.clause.last = it.last;
  });
  return g.opened;
}
