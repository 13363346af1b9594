// The constructions: each reads the sentence's tokens and arguments and emits through engine.emit.
import type { Predicate } from '../model/predicates.ts';
import {
  AGENT_ROLE_NOUNS, CONFIDENCE, PERSON_NOUN_SUFFIX, PERSON_PREPS, LEADER_TITLE_PHRASES, LEADER_TITLES, LIGHT_VERBS, LOCATIVE_PARTICIPLES, NAMING_VERBS,
  NOUN_FRAMES, PRAISE_NOUNS, RECEIVING_VERBS, ROLE_NOUNS, STAFF_TITLES, TITLE_MODIFIERS, TITLE_PREPS, VERB_FRAMES,
} from './lexicon.ts';
import {
  byAgent, clauseSubject, emit, emitAll, group, isPassive, objectAfter, polarity, possessorBefore, standsForCountry,
  subjectBefore, type Arg, type Ctx,
} from './engine.ts';
import {
  comma, dash, hardBreak, isAdjective, isAuxiliary, isBe, isDeterminer, isNegative, isPreposition, isVerb, lemma, word,
} from './tokens.ts';

/** A title head → the predicate it gives, or null. */
function titlePredicate(words: string[]): Predicate | null {
  const phrase = words.slice(-2).join(' ');
  if (LEADER_TITLE_PHRASES.includes(phrase)) return 'LEADER_OF';
  const head = words.at(-1) ?? '';
  if (LEADER_TITLES.has(head) && !(words.length > 1 && ['vice', 'deputy', 'former'].includes(words.at(-2)!))) return 'LEADER_OF';
  if (STAFF_TITLES.has(head) || LEADER_TITLES.has(head)) return 'WORKS_FOR';
  return null;
}
const isTitleWord = (w: string) => LEADER_TITLES.has(w) || STAFF_TITLES.has(w) || TITLE_MODIFIERS.has(w) || w === 'minister' || !!AGENT_ROLE_NOUNS[w];

function recordLeader(ctx: Ctx, person: Arg, org: Arg, p: Predicate): void {
  if (p === 'LEADER_OF' && !ctx.leaders.has(org.entity.key)) ctx.leaders.set(org.entity.key, person.entity);
}

/** "Russian President Vladimir Putin", "the nation's leader Xi Jinping", "IBM spokesman John Doe". */
export function titleBeforeName(ctx: Ctx): void {
  for (const p of ctx.args) {
    if (p.entity.type !== 'PERSON' || p.pronoun) continue;
    const words: string[] = [];
    let j = p.first - 1;
    while (j >= 0 && !ctx.argAt[j] && isTitleWord(word(ctx.tokens[j])) && !hardBreak(ctx.tokens[j]) && !comma(ctx.tokens[j])) words.unshift(word(ctx.tokens[j--]));
    if (!words.length && j > 0 && comma(ctx.tokens[j]) && !ctx.argAt[j]) {
      // "Kennedy's assassin, Sirhan B. Sirhan": an owned title, then the name after a comma
      let k = j;
      const titled: string[] = [];
      while (k >= 0 && !ctx.argAt[k] && isTitleWord(word(ctx.tokens[k]))) titled.unshift(word(ctx.tokens[k--]));
      if (titled.length && ctx.argAt[k]?.possessive) { words.push(...titled); j = k; }
    }
    const org = ctx.argAt[j];
    if (!words.length || !org || (comma(ctx.tokens[j]) && !org.possessive) || hardBreak(ctx.tokens[j])) continue;
    const killer = AGENT_ROLE_NOUNS[words.at(-1)!];
    if (killer) { emit(ctx, p, killer, org, { rule: 'title', confidence: CONFIDENCE.title }); continue; }
    const pred = titlePredicate(words.filter((w) => !TITLE_MODIFIERS.has(w) || LEADER_TITLES.has(w) || STAFF_TITLES.has(w)));
    if (pred && emit(ctx, p, pred, org, { rule: 'title', confidence: CONFIDENCE.title })) recordLeader(ctx, p, org, pred);
  }
}

/**
 * After a name: ", a researcher for Y" (apposition), "is not a member of Y" (copula), ", Y's headquarters",
 * ", the Russian foreign minister", ", its most important ally".
 */
export function roleAfter(ctx: Ctx): void {
  const { tokens } = ctx;
  for (const x of ctx.args) {
    if (x.possessive || x.demonym) continue;
    if (comma(tokens[x.last]) || dash(tokens[x.last])) roleNounPhrase(ctx, x, [x], x.last + 1, 'apposition', { negated: false });
    // the copula's subject is the whole coordination: "China and Kyrgyzstan … are not members"
    let s: ReturnType<typeof subjectBefore> = null;
    let b = x.last + 1;
    for (; b < tokens.length && b - x.last < 20 && !/[;:?!.]/.test(tokens[b - 1]!.post); b++) {
      if (!isBe(tokens[b])) continue;
      s = subjectBefore(ctx, b);
      if (s?.group.at(-1) === x) break;
    }
    if (!s || s.group.at(-1) !== x || !isBe(tokens[b])) continue;
    let j = b + 1;
    while (j < tokens.length && (isNegative(tokens[j]) || ['not', 'never', 'no', 'longer', 'also', 'still'].includes(word(tokens[j])))) j++;
    const pol = polarity(ctx, x.last + 1, j - 1);
    roleNounPhrase(ctx, x, s.group, j, 'copula', pol);
  }
}

function roleNounPhrase(
  ctx: Ctx, x: Arg, subjects: Arg[], start: number, rule: 'apposition' | 'copula',
  pol: { negated: boolean; modality?: ReturnType<typeof polarity>['modality'] },
): void {
  const { tokens } = ctx;
  let j = start;
  // the role noun phrase: det? (Y's | Y)? modifiers* head (prep Y)?
    if (isDeterminer(tokens[j])) j++;
    let owner: Arg | null = null;
    const words: string[] = [];
    for (; j < tokens.length && j - start < 10; j++) {
      const a = ctx.argAt[j];
      if (a) {
        if (words.length && !a.demonym) break;
        if (owner) break;
        owner = a;
        j = a.last;
        if (comma(tokens[j]) || hardBreak(tokens[j])) break;
        continue;
      }
      const w = word(tokens[j]).replace(/['’]s$/, '');
      const personNoun = x.entity.type === 'PERSON' && w.length > 4 && PERSON_NOUN_SUFFIX.test(w) && /^[a-z]/.test(tokens[j]!.text) && !isVerb(tokens[j]) && !isPreposition(tokens[j]);
      if (!personNoun && w !== 'and' && !ROLE_NOUNS[w] && !isTitleWord(w) && !isAdjective(tokens[j]) && !['two', 'most', 'important', 'closest', 'key', 'main', 'longtime', 'strongest', 'biggest', 'largest', 'staunch'].includes(w)) break;
      words.push(w);
      if (comma(tokens[j]) || hardBreak(tokens[j])) { j++; break; }
    }
    const head = words.at(-1);
    if (!head) return;
    const role = ROLE_NOUNS[head];
    const generic = x.entity.type === 'PERSON' && rule === 'apposition' && PERSON_NOUN_SUFFIX.test(head) && !isTitleWord(head);
    const titlePred = role ? null : titlePredicate(words) ?? (generic ? 'WORKS_FOR' : null);
    if (!role && !titlePred) return;
    // an explicit "of/for Y" wins over an owner before the head
    let other: Arg[] | null = null;
    const prep = word(tokens[j]);
    if ((role ? role.preps : [...TITLE_PREPS]).includes(prep) && !comma(tokens[j - 1])) {
      for (let k = j + 1; k < j + 4 && k < tokens.length; k++) {
        const a = ctx.argAt[k];
        if (a && !a.possessive && standsForCountry(ctx, a)) { other = group(ctx, a); break; }
        if (a?.demonym && ctx.argAt[a.last + 1]) { k = a.last; continue; }
        if (a || (!isDeterminer(tokens[k]) && !isAdjective(tokens[k]))) break;
      }
    }
    if (!other && owner && (owner.possessive || owner.demonym || rule === 'apposition')) other = [owner];
    if (!other) return;
    if (generic && other.some((o) => o.entity.type !== 'ORGANIZATION')) return;
    if (prep === 'from' && titlePred) {
      emitAll(ctx, subjects, 'LIVES_IN', other, { rule, confidence: CONFIDENCE.adjacency, ...pol });
      return;
    }
    const confidence = rule === 'copula' ? CONFIDENCE.copula : CONFIDENCE.apposition;
    const opts = { rule, confidence, ...pol };
    if (role) {
      const subj = role.reversed ? other : subjects;
      const obj = role.reversed ? [...subjects, ...locativeHead(ctx, x)] : other;
      emitAll(ctx, subj, role.predicate, obj, opts);
    } else if (titlePred) {
      for (const s of subjects) for (const o of other) if (emit(ctx, s, titlePred, o, opts)) recordLeader(ctx, s, o, titlePred);
    }
}

/** "The Hague, Netherlands, the tribunal's headquarters": the place before a locative comma also counts. */
function locativeHead(ctx: Ctx, x: Arg): Arg[] {
  const i = ctx.args.indexOf(x);
  const prev = ctx.args[i - 1];
  return prev && prev.last === x.first - 1 && comma(ctx.tokens[prev.last]) && prev.entity.type === 'LOCATION' ? [prev] : [];
}

/** "The Hague, Netherlands"; "the forum held in Beijing"; "a Paris-based firm"; "Naples in Campania". */
export function locatives(ctx: Ctx): void {
  const { tokens, args } = ctx;
  for (let k = 0; k + 1 < args.length; k++) {
    const a = args[k]!, b = args[k + 1]!;
    if (a.demonym || b.demonym || a.possessive || a.pronoun || b.pronoun) continue;
    const pred: Predicate = a.entity.type === 'ORGANIZATION' ? 'HEADQUARTERED_IN' : 'LOCATED_IN';
    // "X, Y" not in a list
    if (b.first === a.last + 1 && comma(tokens[a.last]) && group(ctx, a).length === 1 && !['and', 'or'].includes(word(tokens[b.last + 1]))) {
      if (b.entity.type === 'LOCATION' || b.entity.type === 'COUNTRY') emit(ctx, a, pred, b, { rule: 'locative-apposition', confidence: CONFIDENCE.locative });
      continue;
    }
    // "X in Y", "X held in Y", "X based in Y"
    let j = a.last + 1;
    const part = word(tokens[j]);
    const partPred = LOCATIVE_PARTICIPLES[part];
    if (partPred) j++;
    if (word(tokens[j]) !== 'in' && !(partPred && word(tokens[j]) === 'at')) continue;
    j++;
    while (j < b.first && (isDeterminer(tokens[j]) || isAdjective(tokens[j]))) j++;
    if (j !== b.first || hardBreak(tokens[a.last])) continue;
    if (!partPred && a.entity.type === 'EVENT') continue;
    emit(ctx, a, partPred === 'HEADQUARTERED_IN' ? 'HEADQUARTERED_IN' : pred, b, { rule: 'locative-in', confidence: partPred ? CONFIDENCE.locative : CONFIDENCE.adjacency });
  }
}

/** Verbs of the lexicon, active or passive, with coordination and object-gap relative clauses. */
export function verbs(ctx: Ctx): void {
  const { tokens } = ctx;
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v]!;
    if (!isVerb(t) || ctx.argAt[v] || (isDeterminer(tokens[v - 1]) && !['both', 'all'].includes(word(tokens[v - 1]))) || isAuxiliary(t)) continue;
    const frames = VERB_FRAMES[lemma(word(t))];
    if (!frames) continue;
    const passive = isPassive(ctx, v);
    for (const frame of frames) {
      let from = v;
      if (frame.noun) {
        let k = v + 1;
        while (k < tokens.length && k - v <= 4 && !frame.noun.includes(word(tokens[k]))) k++;
        const nounBefore = passive && [1, 2, 3].some((d) => frame.noun!.includes(word(tokens[v - d - 1])) || frame.noun!.includes(word(tokens[v - d])));
        if (k < tokens.length && k - v <= 4) from = k;
        else if (!nounBefore) continue;
      }
      const opts = { rule: passive ? 'passive' : 'verb', confidence: (frame.confidence ?? 1) * (passive ? CONFIDENCE.passive : CONFIDENCE.verb), anchor: v };
      if (passive) {
        const agent = byAgent(ctx, v);
        if (!agent) break;
        const pol = polarity(ctx, v - 3, v);
        const objects = frame.noun ? objectAfter(ctx, v, { preps: frame.preps ?? [], direct: false }) : subjectBefore(ctx, v)?.group;
        if (objects) emitAll(ctx, agent, frame.predicate, objects, { ...opts, ...pol });
        break;
      }
      const subj = subjectBefore(ctx, v);
      if (!subj) break;
      const obj = objectAfter(ctx, from, { preps: frame.preps ?? [], direct: !frame.noun && frame.direct !== false, demonym: !!frame.demonymObject });
      const pol = { negated: subj.negated, ...(subj.modality ? { modality: subj.modality } : {}) };
      if (obj) { if (emitAll(ctx, subj.group, frame.predicate, obj, { ...opts, ...pol })) break; continue; }
      const gap = relativeGap(ctx, subj.group[0]!.first);
      if (gap && emitAll(ctx, subj.group, frame.predicate, gap, { ...opts, ...pol, rule: 'relative', confidence: CONFIDENCE.relative })) break;
    }
  }
}

/** "China and Kyrgyzstan – the two nations Putin has visited": the group the gapped object stands for. */
function relativeGap(ctx: Ctx, subjectStart: number): Arg[] | null {
  let k = subjectStart - 1;
  if (['that', 'which', 'whom'].includes(word(ctx.tokens[k]))) k--;
  let nouns = 0;
  while (k >= 0 && !ctx.argAt[k] && !isVerb(ctx.tokens[k]) && !comma(ctx.tokens[k]) && !dash(ctx.tokens[k]) && subjectStart - k < 6) {
    if (!isDeterminer(ctx.tokens[k]) && !isAdjective(ctx.tokens[k])) nouns++;
    k--;
  }
  const a = ctx.argAt[k];
  if (!nouns || !a || !(comma(ctx.tokens[k]) || dash(ctx.tokens[k]))) return null;
  return group(ctx, a);
}

/** "calls X his friend", "describes X as his friend": the possessor (else the subject) praises X. */
export function naming(ctx: Ctx): void {
  const { tokens } = ctx;
  for (let v = 0; v < tokens.length; v++) {
    if (!isVerb(tokens[v]) || !NAMING_VERBS.has(lemma(word(tokens[v])))) continue;
    const obj = ctx.argAt[v + 1] ?? (isDeterminer(tokens[v + 1]) ? ctx.argAt[v + 2] : undefined);
    if (!obj) continue;
    let k = obj.last + 1;
    if (word(tokens[k]) === 'as') k++;
    const poss = ctx.argAt[k]?.possessive ? ctx.argAt[k] : undefined;
    if (poss) k = poss.last + 1;
    else if (isDeterminer(tokens[k])) k++;
    if (!PRAISE_NOUNS.has(word(tokens[k]))) continue;
    const subj = subjectBefore(ctx, v);
    const praisers = poss ? [poss] : subj?.group;
    if (praisers) emitAll(ctx, praisers, 'PRAISED', [obj], { rule: 'naming', confidence: CONFIDENCE.naming, negated: !!subj?.negated });
  }
}

/** Nouns naming a relation: "Biden's support of Israel", "support from China", "the war against Ukraine". */
export function nominals(ctx: Ctx): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const frame = NOUN_FRAMES[word(tokens[i])];
    if (!frame || ctx.argAt[i]) continue;
    const prev = tokens[i - 1];
    if (isVerb(tokens[i]) && !(prev && (isDeterminer(prev) || isAdjective(prev) || ctx.argAt[i - 1] || word(prev) === 'of'))) continue;
    const patient = objectAfter(ctx, i, { preps: frame.patient, direct: false, max: 5 });
    let agent: Arg[] | null = null;
    let receivers: Arg[] | null = null;
    let patientFirst = patient;
    const own = possessorBefore(ctx, i, 3) ?? (frame.possessorIsPatient ? attributiveBefore(ctx, i) : null);
    if (own && frame.possessorIsPatient) patientFirst = patient ?? [own];
    else if (own) agent = [own];
    // "support from China"
    const after = patient ? (patient.at(-1)!.last) : i;
    for (let k = after + 1; k < after + 4 && k < tokens.length && !agent; k++) {
      if (frame.agent?.includes(word(tokens[k]))) agent = objectAfter(ctx, k, { max: 3 });
      if (hardBreak(tokens[k]) || comma(tokens[k])) break;
    }
    if (!agent) for (let k = i + 1; k < i + 3 && k < tokens.length; k++) if (frame.agent?.includes(word(tokens[k]))) { agent = objectAfter(ctx, k, { max: 3 }); break; }
    // the light verb governing the noun: "issued a warrant", "receive support"
    for (let v = i - 1; v >= 0 && i - v <= 4; v--) {
      const t = tokens[v]!;
      if (ctx.argAt[v] || hardBreak(t) || comma(t)) break;
      if (!isVerb(t) || isAuxiliary(t)) continue;
      const l = lemma(word(t));
      const s = subjectBefore(ctx, v);
      if (RECEIVING_VERBS.has(l) && s) receivers = s.group;
      else if (LIGHT_VERBS.has(l) && s && !agent) agent = s.group;
      break;
    }
    if (!agent && frame.contextAgent) {
      const chain = frame.possessorIsPatient ? null : possessorBefore(ctx, i, 8);
      agent = chain ? [chain] : clauseSubject(ctx, i)?.group ?? null;
    }
    const objects = receivers ?? patientFirst;
    if (!agent || !objects) continue;
    const pol = polarity(ctx, Math.max(0, i - 3), i - 1);
    emitAll(ctx, agent, frame.predicate, objects, { rule: 'nominal', confidence: CONFIDENCE.nominal, anchor: i, ...pol });
  }
}

/** "the Kennedy slaying": a name used as a modifier just before the noun. */
function attributiveBefore(ctx: Ctx, i: number): Arg | null {
  const a = ctx.argAt[i - 1];
  return a && !a.pronoun && isDeterminer(ctx.tokens[a.first - 1]) ? a : null;
}

/** "X in Y" for organisations, datelines ("BELGRADE, Yugoslavia (AP)", "Moscow ITAR-TASS"), "X of Tupelo", "X at Cornell". */
export function adjacency(ctx: Ctx): void {
  const { tokens, args } = ctx;
  for (let k = 0; k + 1 < args.length; k++) {
    const a = args[k]!, b = args[k + 1]!;
    if (a.demonym || b.demonym || a.pronoun || b.pronoun) continue;
    const between = tokens.slice(a.last + 1, b.first).map(word);
    // a place name, then an organisation: a dateline or "Beijing XINHUA"
    if ((a.entity.type === 'LOCATION' || a.entity.type === 'COUNTRY') && b.entity.type === 'ORGANIZATION' && !a.possessive) {
      const opened = between.length === 0 && (!comma(tokens[a.last]) && !hardBreak(tokens[a.last]) || /\(\s*$/.test(tokens[a.last]!.post));
      if (opened && a.first <= 2) {
        emit(ctx, b, 'HEADQUARTERED_IN', a, { rule: 'dateline', confidence: CONFIDENCE.adjacency });
        const prev = args[k - 1];
        if (prev && prev.last === a.first - 1 && comma(tokens[prev.last]) && prev.entity.type === 'LOCATION') emit(ctx, b, 'HEADQUARTERED_IN', prev, { rule: 'dateline', confidence: CONFIDENCE.adjacency });
      }
      continue;
    }
    if (a.entity.type !== 'PERSON' || a.possessive || between.length > 2) continue;
    // "X of Tupelo", "X, 57, of Tupelo", "Shi Liming at the Institute"
    let j = a.last + 1;
    if (comma(tokens[a.last]) && /^\d+$/.test(word(tokens[j])) && comma(tokens[j])) j++;
    else if (comma(tokens[a.last]) || hardBreak(tokens[a.last])) continue;
    const prep = PERSON_PREPS[word(tokens[j])];
    if (!prep) continue;
    j++;
    if (isDeterminer(tokens[j])) j++;
    if (j !== b.first) continue;
    const pred = b.entity.type === 'ORGANIZATION' ? prep.org : prep.place;
    if (pred) emit(ctx, a, pred, b, { rule: 'person-prep', confidence: CONFIDENCE.adjacency });
  }
}

/** "in an interview with X": the clause's subject spoke to X. */
export function interviews(ctx: Ctx): void {
  const { tokens } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!/^interviews?$/.test(word(tokens[i])) || word(tokens[i + 1]) !== 'with') continue;
    const to = objectAfter(ctx, i + 1, { max: 4 });
    const from = clauseSubject(ctx, i);
    if (to && from) emitAll(ctx, from.group, 'SPOKE_TO', to, { rule: 'interview', confidence: CONFIDENCE.speech });
  }
}
