// Verb groups: auxiliaries, adverbs and negation before a main verb, a particle after it, catenatives
// joined through "to" ("agreed to visit"), and their voice, tense, negation and modality.
import type { Modality } from '../model/types.ts';
import {
  BE, CATENATIVES, DENYING_VERBS, FLOATING_QUANTIFIERS, LINKING_VERBS, NEGATING_CATENATIVES, NOUN_TAGGED_CATENATIVES, NEGATION_WORDS, PARTICLES, PLANNING_CATENATIVES, PLANNING_MODALS,
  PLANNING_PREDICATES, POSSIBILITY_MODALS,
} from './lexicon.ts';
import { attributiveIng, nextIndex, type Reader } from './phrases.ts';
import type { Referent, VerbGroup } from './types.ts';
import { comma, hardBreak, isAdverb, isAux, isNegation, isVerb, participleForm, verbLemma, word } from './words.ts';

export interface GroupReading extends VerbGroup {
  negated: boolean;
  modality?: Modality;
}

/** "no longer" inside a verb group */
const noLonger = <R extends Referent>(r: Reader<R>, j: number) =>
  (word(r.tokens[j]) === 'no' && word(r.tokens[j + 1]) === 'longer') || (word(r.tokens[j]) === 'longer' && word(r.tokens[j - 1]) === 'no');
/** ("Iran and Syria refuse to condemn X": the tagger may read a present-tense "refuse"/"fail" after a name as a noun; before
 *  "to" and a verb it is the negating catenative) */
const catenativeAsNoun = <R extends Referent>(r: Reader<R>, j: number) =>
  NOUN_TAGGED_CATENATIVES.has(word(r.tokens[j])) && word(r.tokens[j + 1]) === 'to' && isVerb(r.tokens[j + 2]);
const verbal = <R extends Referent>(r: Reader<R>, j: number): boolean =>
  !r.refAt[j] && !r.skip[j] && (isVerb(r.tokens[j]) || isAux(r.tokens[j]) || isNegation(r.tokens[j]) || noLonger(r, j) || catenativeAsNoun(r, j) || neitherVerb(r, j));
/** "X neither attended Y nor sent Z": a "neither" straight before a verb is that verb's negation, no subject ("neither side" stays a phrase) */
const neitherVerb = <R extends Referent>(r: Reader<R>, j: number): boolean =>
  word(r.tokens[j]) === 'neither' && !r.refAt[j + 1] && !r.skip[j + 1] && isVerb(r.tokens[j + 1]);
/** "had both congratulated X", "have all welcomed Y": a floating quantifier after an auxiliary stays inside the group
 *  (compromise tags it a determiner, which would end the group at the auxiliary) */
const floatingQuantifier = <R extends Referent>(r: Reader<R>, j: number, n: number): boolean =>
  FLOATING_QUANTIFIERS.has(word(r.tokens[n])) && isAux(r.tokens[j]) && !r.refAt[n] && !r.skip[n] && isVerb(r.tokens[nextIndex(r, n)]) && verbal(r, nextIndex(r, n));
/** "has not yet spoken to X": a "yet" after the negation stays inside the group (the tagger may read it a conjunction) */
const notYetInside = <R extends Referent>(r: Reader<R>, j: number, n: number): boolean =>
  word(r.tokens[n]) === 'yet' && isNegation(r.tokens[j]) && verbal(r, nextIndex(r, n));

/** "open to talks with X", "went to talks in Y": after "to" an infinitive has its base form, so an inflected "-s" form there
 *  is a plural noun the tagger read as a verb ("to discuss", "to focus" are their own lemmas) */
export const pluralAfterTo = <R extends Referent>(r: Reader<R>, k: number, known: (lemma: string) => boolean): boolean => {
  const w = word(r.tokens[k]);
  return word(r.tokens[k - 1]) === 'to' && /[^s]s$/.test(w) && verbLemma(w, known) !== w;
};

/** A verb group starting at `i` (or null): its tokens, head, lemma and polarity. */
/** "has yet to join", "is yet to sign": an auxiliary, "yet", then "to" and a verb (the deed has not happened) */
const yetTo = <R extends Referent>(r: Reader<R>, aux: number) =>
  isAux(r.tokens[aux]) && word(r.tokens[aux + 1]) === 'yet' && word(r.tokens[aux + 2]) === 'to' && verbal(r, aux + 3);

export function verbGroup<R extends Referent>(r: Reader<R>, i: number, known: (lemma: string) => boolean, participle = false): GroupReading | null {
  const t = r.tokens[i];
  if (!t || r.refAt[i] || r.skip[i]) return null;
  if (!verbal(r, i) && !(participle && participleForm(t, i === 0))) return null;
  if (attributiveIng(r, i) && isVerb(r.tokens[i - 1]) && !isAux(r.tokens[i - 1])) return null;
  const words: number[] = [];
  let j = i;
  for (;;) {
    words.push(j);
    if (comma(r.tokens[j]) || hardBreak(r.tokens[j])) break;
    const n = nextIndex(r, j);
    const nt = r.tokens[n];
    // "has not yet been", "would also visit": adverbs inside the group; "to" continues a catenative
    const adverbInside = (isAdverb(nt) && verbal(r, nextIndex(r, n))) || notYetInside(r, j, n) || floatingQuantifier(r, j, n);
    // ("agreed not to use force", "decided not to attend": a negation between the catenative and its "to" denies the verb
    // after it; "agreed on Monday not to attack": the negation opens the group of its own verb)
    const c = isNegation(r.tokens[j]) && words.length > 1 ? words.at(-2)! : j;
    const notTo = isNegation(r.tokens[j]) && words.length === 1;
    const catenative = word(nt) === 'to' && verbal(r, nextIndex(r, n)) && !pluralAfterTo(r, nextIndex(r, n), known) && (notTo || CATENATIVES.has(verbLemma(word(r.tokens[c]), known)) || PLANNING_PREDICATES.has(word(r.tokens[c])) || BE.has(word(r.tokens[c])) || yetTo(r, c - 1));
    // "has not joined X": the tagger may read a participle after "not" as an adjective; "has yet to join X"
    const participle = isNegation(r.tokens[j]) && participleForm(nt) === 'ed' && !r.refAt[n] && !r.skip[n];
    // ("concludes working visits", "met visiting leaders": after a lexical verb, an attributive "-ing" before a noun opens its object)
    if (attributiveIng(r, n) && isVerb(r.tokens[j]) && !isAux(r.tokens[j])) break;
    if (verbal(r, n) || adverbInside || catenative || participle || yetTo(r, j)) { j = n; continue; }
    break;
  }
  return reading(r, words, known);
}

function reading<R extends Referent>(r: Reader<R>, idx: number[], known: (lemma: string) => boolean): GroupReading {
  const ws = idx.map((k) => word(r.tokens[k]));
  // (compromise tags a phrasal verb's particle Verb: "carried out" has its head in "carried", its particle "out")
  const particleAt = (k: number) => k !== idx[0] && PARTICLES.has(word(r.tokens[k]));
  const verbs = idx.filter((k) => !isNegation(r.tokens[k]) && word(r.tokens[k]) !== 'to' && !particleAt(k) && (isVerb(r.tokens[k]) || isAux(r.tokens[k]) || participleForm(r.tokens[k], k === 0)));
  const head = verbs.at(-1) ?? idx.at(-1)!;
  const headWord = word(r.tokens[head]);
  const copula = BE.has(headWord) || LINKING_VERBS.has(headWord);
  const lemma = BE.has(headWord) ? 'be' : verbLemma(headWord, known);
  const toAt = ws.lastIndexOf('to');
  const catAt = NEGATION_WORDS.has(ws[toAt - 1] ?? '') ? toAt - 2 : toAt - 1;
  const catenativeWord = toAt > 0 && catAt >= 0 ? ws[catAt]! : undefined;
  const notYet = catenativeWord === 'yet';
  const catenative = catenativeWord && !BE.has(catenativeWord) && !notYet ? verbLemma(catenativeWord, known) : undefined;
  const beforeHead = ws.slice(0, idx.indexOf(head));
  const passive = !copula && /(?:ed|en|wn|t)$/.test(headWord) && beforeHead.some((w) => BE.has(w) || w === 'got') && !beforeHead.includes('to');
  let negated = ws.some((w) => NEGATION_WORDS.has(w) || /n't$/.test(w)) || (ws.includes('no') && ws.includes('longer')) || ws.includes('neither');
  if ((catenative && NEGATING_CATENATIVES.has(catenative)) || notYet) negated = !negated;
  // "denied attacking X": a denying verb before the head's gerund denies it, as "denied that …" does (index.ts)
  if (/ing$/.test(headWord) && beforeHead.some((w) => DENYING_VERBS.has(verbLemma(w, known)))) negated = !negated;
  let modality: Modality | undefined;
  if (ws.some((w) => PLANNING_MODALS.has(w)) || (catenative && PLANNING_CATENATIVES.has(catenative)) || ws.some((w, k) => PLANNING_PREDICATES.has(w) && ws[k + 1] === 'to')) modality = 'planned';
  else if (ws.some((w) => POSSIBILITY_MODALS.has(w))) modality = 'conditional';
  const tense: VerbGroup['tense'] = ws.some((w) => ['will', "'ll", 'shall'].includes(w)) ? 'future'
    : ws.some((w) => ['was', 'were', 'had', 'did'].includes(w)) || r.tokens[head]!.tags.includes('PastTense') ? 'past'
    : r.tokens[head]!.tags.includes('PresentTense') ? 'present' : 'unknown';
  // every field, the optional ones too, in one order: one shape for every verb group (see newClause)
  const group: GroupReading = {
    first: idx[0]!, last: idx.at(-1)!, head, lemma, form: headWord, voice: passive ? 'passive' : 'active', tense,
    particle: undefined, catenative: catenative || undefined, support: undefined, copula, negated, modality,
  };
  const after = nextIndex(r, group.last);
  if (particleAt(group.last) && group.last > head) group.particle = word(r.tokens[group.last]);
  else if (PARTICLES.has(word(r.tokens[after])) && !comma(r.tokens[group.last])) { group.particle = word(r.tokens[after]); group.last = after; }
  return group;
}
