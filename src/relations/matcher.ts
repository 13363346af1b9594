// The one matcher: every pattern (patterns/*.ts) against the sentence's clause analysis. It reads the
// ends from the named slots, expands coordination into one edge per member, applies the clause's
// negation and modality, and emits through the engine's one `emit`.
import { membersOf, PLANNING_CATENATIVES, ppChain, type Clause, type Phrase, type SentenceAnalysis } from '../clauses/index.ts';
import type { Entity, Modality, Relation, Token } from '../model/types.ts';
import { chainAfter, countryLedBy } from './constructions.ts';
import { askedNotTo, emit, inCharge, innermostClause, isParty, plannedDeed, plannedHosting, type Arg, type Ctx, type NamedGroup } from './engine.ts';
import { comma, isTitleWord, lemma, word } from './tokens.ts';
import { ACCREDITED_TITLES, ARMED_FORCE_NOUNS, ATTRIBUTE_NOUNS, CALLING_OFF_VERBS, OWN_STATE_NOUNS, COUNT_WORDS, DEFINITE_DETERMINERS, DEMONYM_BODY_NOUNS, GERUND_AFTER_FOR_WORDS, GROUP_NOUNS, GATHERING_NOUNS, SITTING_HEADS, PAIR_COUNT_WORDS, PAIR_NOUNS, PERFECT_AUXILIARIES, PLACE_NOUNS, DEMONYM_GROUP_NOUNS, KIN_NOUNS, LEADER_TITLES, OCCUPATIONS, PERSONNEL_NOUNS, PERSON_NOUN_SUFFIX, REPRESENTATIVE_NOUNS, PRO_VERBS, STATE_POSTS, TAKE_PART_LEMMAS, TARGET_NOUNS, TARGET_PREPS, TEXT_FAMILIES, UNREALISED_GOVERNORS } from './lexicon.ts';
import type { NounPattern, Pattern, Slot, SupportPattern, TitlePattern, VerbPattern } from './patterns/types.ts';

type P = Phrase<Arg>;
type C = Clause<Arg>;
type Analysis = SentenceAnalysis<Arg>;

/** What a slot is read against: a clause, a noun phrase inside one, or a description and the name it describes. */
interface Reading {
  analysis: Analysis;
  clause: C | undefined;
  phrase: P | undefined;
  described: P | undefined;
  /** the event noun of a support verb */
  event: P | undefined;
  /** an apposition: it stands outside its clause's negation and modality ("X, a spokesman for Y, declined to comment") */
  apposed: boolean;
  /** the article's coordinations of names so far, and where this sentence stands, for "the three countries" */
  lookback?: { groups: readonly NamedGroup[]; sentence: number; tokens: readonly Token[]; stateOf?: (person: Entity) => Entity | undefined; staffed?: (state: Entity) => boolean };
}

/** Whose a noun's thing or deed is: its possessor, else its country modifiers, else its "by" phrase. */
function owner(r: Reading, m: P): Arg[] {
  if (m.possessor) return denoted(r, m.possessor);
  const countries = m.modifiers.filter((x) => x.entity.type === 'COUNTRY');
  return countries.length ? countries : denoted(r, m.pps.find((pp) => pp.prep === 'by')?.np);
}

/** The entities a phrase denotes, one per conjunct (a phrase without a name denotes none). */
function denoted(r: Reading, p: P | undefined): Arg[] {
  if (!p) return [];
  return membersOf(p).flatMap((m) => {
    const ref = m.referent;
    // "In addition to his visit to X, Y …": an opening adjunct's possessive pronoun is the main clause's subject
    if (m.opening && POSSESSIVE_PRONOUNS.has(m.headWord) && (!ref || ref.pronoun)) {
      const main = r.analysis.clauses[0]?.subject;
      return main && !main.opening ? denoted(r, main) : [];
    }
    // "his Iranian counterpart, X", "the Prime Minister of Japan, X": a description stands for the name apposed to it
    if (m.named && (!ref || ref.pronoun)) return denoted(r, m.named);
    // ("the governments of A and B" name their states: the count words of "both governments" look back)
    if (!ref) return titledPerson(r, m) ?? (GROUP_NOUNS[m.headWord] && !(STATE_BODIES.has(m.headWord) && m.pps.some((pp) => pp.prep === 'of')) ? groupNamed(r, m) : PLACE_NOUNS.has(m.headWord) ? placeNamed(r, m) : PERSONNEL_NOUNS.has(m.headWord) ? bodyServed(r, m) : bodyOwner(r, m));
    // "US Secretary of State Antony Blinken" read as a title mention with the person in its of-phrase: the person
    const inner = ref.entity.type === 'PERSON' ? m.pps.find((pp) => pp.prep === 'of')?.np.referent : undefined;
    if (inner && inner.entity.type === 'PERSON' && !inner.pronoun) return [inner];
    return ref.members ?? [ref];
  });
}

/**
 * "Secretary of State Antony Blinken congratulated …": a title-cased post whose "of" phrase is its portfolio and then
 * the person's name (no name of the post's own) stands for that person
 */
function titledPerson(r: Reading, m: P): Arg[] | undefined {
  const of = m.pps.length === 1 && m.pps[0]!.prep === 'of' ? m.pps[0]!.np : undefined;
  const person = of?.referent;
  if (!of || !person || person.pronoun || person.entity.type !== 'PERSON' || person.last !== of.last || person.first <= of.first) return undefined;
  const tokens = r.lookback?.tokens;
  if (!tokens || !/^[A-Z]/.test(tokens[m.head]?.text ?? '') || tokens.slice(of.first, person.first).some((t) => !/^[A-Z]/.test(t.text))) return undefined;
  return [person];
}

/**
 * "Niger's military government", "the Sudanese army": a state's body stands for the state that owns it; "his country",
 * "her government", "Ruto's administration": a person's state is the country the article has him lead or serve
 */
function bodyOwner(r: Reading, m: P): Arg[] {
  const ownState = OWN_STATE_NOUNS.has(m.headWord) && !!m.possessor;
  if (!STATE_BODIES.has(m.headWord) && !ownState) return [];
  if (m.possessor) return denoted(r, m.possessor).flatMap((a) => (a.entity.type === 'COUNTRY' ? [a] : personsState(r, a)));
  // "the Government of Mexico"
  const of = m.pps.find((pp) => pp.prep === 'of');
  if (of) return denoted(r, of.np).filter((a) => a.entity.type === 'COUNTRY');
  return m.modifiers.length === 1 && m.modifiers[0]!.entity.type === 'COUNTRY' ? [m.modifiers[0]!] : [];
}
/** the country a person leads or serves, as a stand-in for the person's mention */
function personsState(r: Reading, a: Arg): Arg[] {
  const state = a.entity.type === 'PERSON' ? r.lookback?.stateOf?.(a.entity) : undefined;
  return state ? [{ ...a, entity: state, pronoun: false, possessive: false }] : [];
}

/** "officers of the National Police", "Chilean agents": people acting for a body or a state stand for it */
function bodyServed(r: Reading, m: P): Arg[] {
  const of = m.pps.find((pp) => pp.prep === 'of');
  if (!of) return bodyOwner(r, m);
  return m.possessor || m.modifiers.length ? [] : denoted(r, of.np).filter((a) => a.entity.type === 'ORGANIZATION' || a.entity.type === 'COUNTRY');
}
/** "accused the three countries of", "congratulated both governments": the latest coordination of that many names of the noun's types */
function groupNamed(r: Reading, m: P): Arg[] {
  const look = r.lookback;
  const counted = [...m.premods, look?.tokens[m.first]?.normal ?? ''].map((w) => COUNT_WORDS[w]).find((n) => n !== undefined);
  if (!look || !counted || m.possessor || m.modifiers.length || m.pps.length) return [];
  const types = GROUP_NOUNS[m.headWord]!;
  // (never the clause's own doers: "A and B, which mediated between the two sides")
  const doers = new Set(membersOf(r.clause?.agent ?? m).map((a) => a.referent?.entity.key));
  for (let k = look.groups.length - 1; k >= 0; k--) {
    const g = look.groups[k]!;
    if (g.sentence > look.sentence || (g.sentence === look.sentence && g.last >= m.first) || g.members.some((a) => doers.has(a.entity.key))) continue;
    if (g.members.length === counted && g.members.every((a) => types.includes(a.entity.type))) return g.members;
  }
  return [];
}

/** "the leaders of A and B", "ministers from X": the states or bodies named in a representatives' noun's "of" or "from" */
function represented(r: Reading, m: P): Arg[] {
  if (!REPRESENTATIVE_NOUNS.has(m.headWord) || (m.referent && !m.referent.pronoun) || m.possessor) return [];
  const of = m.pps.find((pp) => pp.prep === 'of' || pp.prep === 'from');
  return of ? denoted(r, of.np).filter((a) => a.entity.type === 'COUNTRY' || a.entity.type === 'ORGANIZATION') : [];
}

/**
 * "held talks with the Foreign Ministers of A, B and C", "met his counterparts from A and B": a read-out that names no
 * one meets the states the officials stand for (SCHEMA's MET_WITH is actor ↔ actor). Only where no conjunct names a
 * person ("the Foreign Ministers of A, X, and B, Y" meet X and Y, read by the title constructions); a possessive pronoun
 * ("his counterparts") does not own the states the way "Peru's ministers" does.
 */
function representedOnly(r: Reading, p: P | undefined): Arg[] {
  const members = p ? membersOf(p) : [];
  if (!members.length || members.some((m) => (m.referent && !m.referent.pronoun) || m.named)) return [];
  const states = members.flatMap((m) => represented(r, m.possessor?.referent?.pronoun ? { ...m, possessor: undefined } : m));
  const of = members.flatMap((m) => m.pps.filter((pp) => pp.prep === 'of' || pp.prep === 'from').flatMap((pp) => denoted(r, pp.np)));
  // (a state whose officeholder the article names stands for that person, whom gold and reader take as the one met:
  // "held separate meetings with the leaders of A, B and C" above a list naming each leader)
  return of.some((a) => a.entity.type === 'PERSON') ? [] : states.filter((a) => !r.lookback?.staffed?.(a.entity));
}

/** "the southern Russian city of Rostov-on-Don": a place noun stands for the place its "of" names */
function placeNamed(r: Reading, m: P): Arg[] {
  const of = m.pps.find((pp) => pp.prep === 'of');
  // ("the capital of North Kivu province", "the Kursk region": the place named before the noun)
  return of ? denoted(r, of.np).filter((a) => a.entity.type === 'LOCATION') : m.modifiers.filter((a) => a.entity.type === 'LOCATION' && !a.demonym && !a.pronoun);
}
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);
/** verbs whose subject is an event that happens or not: "the visit did not take place" */
const HAPPENING_VERBS: ReadonlySet<string> = new Set(['happen', 'take', 'occur', 'go', 'proceed', 'materialise', 'materialize']);
const STATE_BODIES: ReadonlySet<string> = new Set([...DEMONYM_GROUP_NOUNS, ...DEMONYM_BODY_NOUNS, 'governments']);

const ppsOf = (p: P | undefined) => (p ? [...ppChain(p), ...(p.members ? ppChain(p.members.at(-1)!) : [])] : []);

/** "Russian forces", "Iran's army": a state named for its armed forces (not a force's own name, "the Chilean Navy") */
const stateForces = (np: P, a: Arg) => ARMED_FORCE_NOUNS.has(np.headWord) && a.entity.type === 'COUNTRY';

/**
 * "X, the mayor of Lima", "the governor of the Moscow region": a post over a place is the place's own, not its state's, so a capital there never stands for its government. Seen: news-fresh23
 * eu-moscow-drone-attack-2023 (the governor of the Moscow region), news-fresh8 xi-riyadh-summits-readout (the Governor of Riyadh):
 * each read as LEADER_OF the country before
 */
const localPost = (reading: string, a: Arg) => reading === 'led' && a.entity.type === 'LOCATION';

/**
 * `verb.pp:<prep>`, "flew to X": only the verb's own phrase (not "flew home from a visit to X", nor "to" deeper in its
 * object), or one hung on its "from" place ("travelled from A to X") or on its "at" phrase ("landed at the airport in X": news-fresh10
 * modi-moscow-visit-live-2024, news-dev hasina-yunus-interim; not a named gathering's place: "arrived at the X summit in Y" attends it;
 * nor a named venue's: "arrived at the X air base in Y", "arrived at Schloss X in the Bavarian Alps" visit the venue,
 * news-fresh32 eu-zelensky-f16-nordic-dutch-tour-readout, news-fresh33 ea-jokowi-kyiv-moscow-readout)
 */
function verbPpSlot(r: Reading, prep: string): Arg[] {
  const own = r.clause?.pps ?? [];
  const pool = [...own, ...own.filter((pp) => (pp.prep === 'from' && pp.np.referent) || (pp.prep === 'at' && !r.clause?.verb?.copula && !pp.np.referent)).flatMap((pp) => pp.np.pps)];
  return [...new Set(pool.filter((pp) => pp.prep === prep).flatMap((pp) => denoted(r, pp.np)))];
}

/** `pp:<prep>` and `pp:<prep>.<reading>`: a prepositional phrase of the verb, of its object or of the noun. */
function ppSlot(r: Reading, spec: string): Arg[] {
  const { clause: c, phrase: n } = r;
  // ("pp:on.target": the phrase read as an attack's aim)
  const [prep, reading] = spec.split('.');
  // ("pp:of.own": only a phrase hung on the noun itself, "the endorsement of X", not on X in turn: "of X of the Y party")
  const pool = reading === 'own' ? (n ? n.pps : [...(c?.pps ?? []), ...(c?.patient?.pps ?? [])])
    : n ? ppsOf(n) : [...(c?.pps ?? []), ...ppsOf(c?.patient), ...ppsOf(r.event), ...(c?.pps ?? []).flatMap((pp) => ppsOf(pp.np))];
  // (", with Y looking on": a "with" set off by a comma is an accompaniment, never the verb's partner)
  const apart = (pp: (typeof pool)[number]) => pp.prep === 'with' && comma(r.lookback?.tokens[pp.at - 1]);
  const read = (np: P) => (reading === 'target' ? targeted(r, np) : reading === 'whole' ? wholeOf(r, np) : reading === 'represented' ? representedOnly(r, np)
    : reading === 'led' || reading === 'forces' ? denoted(r, np).filter((a) => stateForces(np, a) === (reading === 'forces') && !localPost(reading, a)) : denoted(r, np));
  return [...new Set(pool.filter((pp) => pp.prep === prep && !apart(pp)).flatMap((pp) => read(pp.np)))];
}

/** The phrases a slot names in this reading. */
function slot(r: Reading, s: Slot): Arg[] {
  const { clause: c, phrase: n } = r;
  if (s.startsWith('verb.pp:')) return verbPpSlot(r, s.slice(8));
  if (s.startsWith('pp:')) return ppSlot(r, s.slice(3));
  switch (s) {
    case 'patient.target': return targeted(r, c?.patient);
    case 'agent': return denoted(r, c?.agent);
    case 'patient': return denoted(r, c?.patient);
    // "X, the candidate backed by Y", "X, a former inspector backed by Y": a description with no name of its own stands for
    // the name it is apposed to
    case 'patient.apposed': return c?.patient && !c.patient.referent ? apposedName(r, c.patient) : [];
    // (on a noun: "upon Xi's arrival in Y, Trong hosted …": a named possessor is the noun's own agent, not the subject)
    case 'subject': return n?.possessor?.referent && !n.possessor.referent.pronoun ? [] : denoted(r, c?.subject);
    // "expelled France's ambassador", "expels the French ambassador": the country that owns the patient
    // (else the noun's own by-phrase: "condemned reckless behaviour by the Kremlin")
    case 'patient.owner': return c?.patient ? membersOf(c.patient).flatMap((m) => owner(r, m)) : [];
    // "the foreign ministers of A, B and C attended": the states (or bodies) the agent's representatives stand for
    case 'agent.represented': return c?.agent ? membersOf(c.agent).flatMap((m) => represented(r, m)) : [];
    // ("They signed …", "The three countries signed …": a group a pronoun or a plural description stands for is no agent here)
    case 'agent.own': return c?.agent ? membersOf(c.agent).flatMap((m) => (m.referent?.members || (!m.referent && Object.hasOwn(GROUP_NOUNS, m.headWord)) ? [] : denoted(r, m))) : [];
    // "met the foreign ministers of A and B": the states, where no one is named (representedOnly)
    case 'patient.represented': return representedOnly(r, c?.patient);
    case 'possessor': return relativeOwner(r, c, n) ?? denoted(r, n?.possessor);
    case 'modifier': return n?.modifiers ?? [];
    // ("the Kremlin critic X", not "the Bolivian critic X": a demonym there says whose the critic is)
    case 'modifier.name': return n?.modifiers.filter((x) => !x.demonym) ?? [];
    // "the Iran-backed Houthi movement": the first named modifier, and the ones after it
    case 'modifier.first': return n?.modifiers.slice(0, 1) ?? [];
    // ("the Iran-backed Lebanese movement": a demonym after the backer says where the backed is from, it is not backed)
    case 'modifier.rest': return n?.modifiers.slice(1).filter((x) => !x.demonym) ?? [];
    case 'described': return denoted(r, r.described);
    case 'head': return denoted(r, n);
    // ("during his visit to X", "during the visit of President Y to X": a noun with a possessor or a person after "of" names its own agent)
    case 'clause.agent': return c && n && !n.possessor && !n.pps.some((pp) => pp.prep === 'of' && pp.np.referent?.entity.type === 'PERSON') && !within(n, c.agent) ? denoted(r, c.agent) : [];
    // "X and Y agreed a ceasefire brokered by Z": the agent of the clause a reduced relative hangs from
    case 'parent.agent': return c?.parent !== undefined ? denoted(r, r.analysis.clauses[c.parent]?.agent) : [];
    // "X was arrested on a warrant that Y had issued": the patient of the clause a relative hangs from
    case 'parent.patient': return c?.parent !== undefined ? denoted(r, r.analysis.clauses[c.parent]?.patient) : [];
    // "summoned Y's ambassador to protest": whose envoy the clause a purpose clause hangs from took
    case 'parent.patient.owner': { const pp = c?.kind === 'purpose' && c.parent !== undefined ? r.analysis.clauses[c.parent]?.patient : undefined; return pp ? membersOf(pp).flatMap((m) => owner(r, m)) : []; }
    case 'opening.with': return openingWith(r, c);
    default: throw new Error(`unknown slot ${s}`);
  }
}

/**
 * "With his counterpart, X, he discussed …", "With President Y, the Minister reviewed …": the "with" phrase that opens the
 * clause, set off by its comma before the clause's agent, names whom the agent is with (not "with" after the subject:
 * ", with Y looking on")
 */
function openingWith(r: Reading, c: C | undefined): Arg[] {
  const tokens = r.lookback?.tokens;
  const pp = c?.opening.find((x) => x.prep === 'with' && (x.at === c.first || comma(tokens?.[x.at - 1])));
  if (!c || !pp || !c.agent || c.agent.first <= pp.np.last || !comma(tokens?.[pp.np.last])) return [];
  // (the phrase ends on a name: "With X in attendance," or "With X's backing," name no one met)
  const met = denoted(r, pp.np);
  return met.some((a) => a.last === pp.np.last) ? met : [];
}

/**
 * What an attack is aimed at: the names a phrase denotes, or for an unnamed aim ("60 targets across X", "the camps of
 * X", "X leaders in Y") the names of its "of"/"across"/"in" phrases and its named modifiers (not a demonym: "Iranian
 * sites" are Iran's own, read by the resolver where it may).
 */
function targeted(r: Reading, p: P | undefined): Arg[] {
  if (!p) return [];
  return membersOf(p).flatMap((m) => {
    if (m.referent || !TARGET_NOUNS.has(m.headWord)) return denoted(r, m);
    const named = m.modifiers.filter((a) => !a.demonym && !a.pronoun);
    return [...named, ...m.pps.filter((pp) => TARGET_PREPS.has(pp.prep)).flatMap((pp) => denoted(r, pp.np))];
  });
}

/**
 * What a stance on a part or quality is a stance on: the names a phrase denotes, or for an unnamed attribute ("the
 * territorial integrity of X", "the sovereignty and independence of X", "the people of X", "the Cuban people", "X's G20
 * presidency") its owner: the possessor, the "of" phrase (read the same way: "the borders of X") or a named modifier.
 */
function wholeOf(r: Reading, p: P, depth = 0): Arg[] {
  const members = membersOf(p);
  if (members.some((m) => m.referent) || !members.every((m) => ATTRIBUTE_NOUNS.has(m.headWord))) return denoted(r, p);
  const last = members.at(-1)!;
  if (last.possessor) return denoted(r, last.possessor);
  const of = last.pps.find((pp) => pp.prep === 'of')?.np;
  if (of) return depth < 3 ? wholeOf(r, of, depth + 1) : [];
  return last.modifiers.filter((a) => !a.pronoun && (a.entity.type === 'COUNTRY' || a.entity.type === 'ORGANIZATION'));
}

/**
 * "met X, who was on his first visit to Y": a possessive pronoun inside a relative clause is its agent's, not the main
 * clause's subject the resolver picks (news-fresh11 jaishankar-g20-fmm-delhi-bilaterals)
 */
function relativeOwner(r: Reading, c: C | undefined, n: P | undefined): Arg[] | undefined {
  const own = n?.possessor;
  // (the clause's agent is its antecedent: "X, who …"; the relative word itself is no phrase)
  // ("X, who vowed to destroy Hamas since its attack on Y": "its" is no person's)
  if (!own || (own.headWord !== 'his' && own.headWord !== 'her') || c?.kind !== 'relative' || !c.agent || within(n!, c.agent)) return undefined;
  const agents = denoted(r, c.agent);
  return agents.length === 1 && agents[0]!.entity.type === 'PERSON' && !agents[0]!.pronoun ? agents : undefined;
}

/**
 * the name a description is apposed to ("X, the candidate backed by Y", "X, 44, a former inspector backed by Y"): the
 * clause layer's apposition, else the named phrase that ends, with a comma, right before it (past an age)
 */
function apposedName(r: Reading, ap: P): Arg[] {
  for (const n of r.analysis.phrases) {
    if (n.appositions?.some((x) => x.first === ap.first && x.last === ap.last)) return denoted(r, apposedTo(n, ap));
  }
  const tokens = r.lookback?.tokens;
  if (!tokens) return [];
  let end = ap.first - 1;
  if (/^\d+$/.test(word(tokens[end])) && comma(tokens[end]) && comma(tokens[end - 1])) end--;
  if (!comma(tokens[end])) return [];
  // (the longest phrase ending there with no comma inside: "X of the Y movement, the candidate …" is X; a phrase misread
  // across a clause, "the Party of X in 2016, faces Y,", holds a comma and gives way to Y)
  let before: P | undefined;
  const whole = (n: P) => !tokens.slice(n.first, n.last).some((t) => comma(t));
  for (const n of r.analysis.phrases) if (n.last === end && n.referent && !n.referent.pronoun && whole(n) && (!before || n.first < before.first)) before = n;
  return before ? denoted(r, before) : [];
}

/** "A and B, an adviser to C": a singular apposition after a coordination describes its last conjunct only ("A and B, both allies of C": all) */
const apposedTo = (n: P, ap: P): P => (n.members && !/[^s]s$/.test(ap.headWord) ? n.members.at(-1)! : n);

const within = (p: P, outer: P | undefined) => !!outer && p.first >= outer.first && p.last <= outer.last;

/** The innermost clause whose span holds token k (the clauses are in order of opening). */
function clauseAt(a: Analysis, k: number): C | undefined {
  return innermostClause(a, k) ?? a.clauses[0];
}

/** "proposed talks between A and B", "called for a visit to X": an event a verb only asks for is no fact */
const unrealised = (c: C | undefined, n: P) => !!c?.verb && UNREALISED_GOVERNORS.has(c.verb.lemma) && n.first > c.verb.last;

/** a person's occupation or role noun: "politician", "guitarist", "spokesman" (not kin: "brother") */
// (a title such as "foreign minister" or "ambassador" names a post held for the country, read by the title constructions, not a nationality)
// (nor a state's post: "a former US deputy national security adviser", "a Russian lawmaker" serve the state, SCHEMA.md)
const personNoun = (w: string) => !KIN_NOUNS.has(w) && !LEADER_TITLES.has(w) && !ACCREDITED_TITLES.has(w) && !STATE_POSTS.has(w) && !/minister|secretary|spokes|official/.test(w) && (OCCUPATIONS.has(w) || (w.length > 4 && PERSON_NOUN_SUFFIX.test(w)));
const nounFits = (p: TitlePattern, n: P) => (p.nouns === 'person' ? personNoun(n.headWord) : p.nouns.includes(n.headWord)) && !n.premods.some((w) => p.premodsNot?.includes(w))
  && (!p.premods || n.premods.some((w) => p.premods!.includes(w)));

/** the preposition right before a noun phrase ("on a visit to X"; the clause keeps no phrase before its verb) */
const governor = (tokens: readonly Token[], n: P): string => tokens[n.first - 1]?.normal ?? '';

/** "threatened to retaliate against X": a pattern's verb standing as the catenative before "to" */
const viaCatenative = (p: Pattern, c: C) => p.kind === 'verb' && !!p.catenative && !!c.verb?.catenative && p.verbs.includes(c.verb.catenative);

// The readers below are one function a pattern kind, with plain loops, and every reading has one shape (all its
// fields, in one order): V8 then compiles each small reader once, where one reader for every kind, built of
// closures over patterns and readings of many shapes, was compiled about 25 times a run ("wrong map").
const reading = (analysis: Analysis, clause: C | undefined, phrase: P | undefined, described: P | undefined, event: P | undefined, apposed: boolean): Reading =>
  ({ analysis, clause, phrase, described, event, apposed });

/** All the readings each pattern is tried against. */
function readings(p: Pattern, a: Analysis, tokens: readonly Token[]): Reading[] {
  switch (p.kind) {
    case 'verb': return verbReadings(p, a, tokens);
    case 'support': return supportReadings(p, a);
    case 'noun': return nounReadings(p, a, tokens);
    case 'title': return titleReadings(p, a);
  }
}

/** a title of these among the phrase's words before its name, or its head ("President X", "its Prime Minister, X") */
function titled(n: P, titles: readonly string[]): boolean {
  const words = [...n.premods, n.headWord];
  return words.some((w, i) => titles.includes(w) || (i > 0 && titles.includes(`${words[i - 1]} ${w}`)));
}

/** the pattern's adverb stands right after the verb or right after its patient ("brings together A and B", "brings A and B together") */
const adverbFits = (p: VerbPattern, c: C, tokens: readonly Token[]) => !p.adverb || !c.verb
  || word(tokens[c.verb.last + 1]) === p.adverb || (!!c.patient && c.patient.first > c.verb.last && !c.patient.pps.length && word(tokens[c.patient.last + 1]) === p.adverb);

function verbFits(p: VerbPattern, c: C): boolean {
  const v = c.verb;
  if (!v || !(p.verbs.includes(v.lemma) || viaCatenative(p, c)) || (p.voice && v.voice !== p.voice)) return false;
  if (p.tenses && !p.tenses.includes(v.tense)) return false;
  if (p.finite && v.first === v.head && /ing$/.test(v.form)) return false;
  if (p.patientNouns && !(c.patient && p.patientNouns.includes(c.patient.headWord))) return false;
  if (p.directObject && !(c.patient && (c.patient.last < v.first || c.patient.first === v.last + 1))) return false;
  if (p.agentTitlesNot && c.agent && titled(c.agent, p.agentTitlesNot)) return false;
  if (p.noComplement && (c.patient || c.complement)) return false;
  if (p.noParticle && v.particle) return false;
  if (p.lasting && c.anterior) return false;
  if (p.complementUnowned && namedOwner(c)) return false;
  return !p.complementNouns || complementWords(c).some((w) => p.complementNouns!.includes(w));
}

/** the object's complement (or "as" phrase, through "one of") has a named possessor, not a pronoun: "as Y's largest partner" */
function namedOwner(c: C): boolean {
  const comp = c.complement ?? c.pps.find((pp) => pp.prep === 'as')?.np;
  const np = comp?.headWord === 'one' ? comp.pps.find((pp) => pp.prep === 'of')?.np : comp;
  const owner = np?.possessor?.referent;
  return !!owner && !owner.pronoun;
}

/** the head of an object's complement or "as" phrase, through "one of": "called X one of his dearest friends" names a friend */
function complementPhrase(c: C): P | undefined {
  const comp = c.complement ?? c.pps.find((pp) => pp.prep === 'as')?.np;
  const of = comp?.headWord === 'one' ? comp.pps.find((pp) => pp.prep === 'of')?.np : undefined;
  return of ?? comp;
}

/** the complement's head and the plain words before it: "called X a corrupt communist" is said by "corrupt" */
function complementWords(c: C): string[] {
  const comp = complementPhrase(c);
  return comp ? [comp.headWord, ...comp.premods] : [''];
}

function verbReadings(p: VerbPattern, a: Analysis, tokens: readonly Token[]): Reading[] {
  const out: Reading[] = [];
  a.clauses.forEach((c, i) => {
    if (!verbFits(p, c) || !adverbFits(p, c, tokens)) return;
    if (p.noPurpose && a.clauses.some((d) => d.parent === i && d.kind === 'purpose')) return;
    if (p.parentVerbs && !p.parentVerbs.includes(c.parent === undefined ? '' : a.clauses[c.parent]?.verb?.lemma ?? '')) return;
    out.push(reading(a, c, undefined, undefined, undefined, false));
    // "X spoke to Y by phone, as did Z": the elided clause does the same with its inverted subject
    for (const d of a.clauses) if (d.parent === i && elided(d, tokens)) out.push(reading(a, { ...c, agent: d.patient, subject: d.patient }, undefined, undefined, undefined, false));
  });
  return out;
}

/** "…, as did Z", "…, as have the governments of A and B": a bare auxiliary whose inverted subject does the same */
function elided(d: C, tokens: readonly Token[]): boolean {
  const v = d.verb;
  if (!v || d.agent || !d.patient) return false;
  if (PRO_VERBS.has(v.lemma)) return !!d.patient.referent;
  // (a perfect's auxiliary only right after "as", and a body of the states named: "as have the governments of A and B")
  return PERFECT_AUXILIARIES.has(v.form) && word(tokens[v.first - 1]) === 'as' && (!!d.patient.referent || STATE_BODIES.has(d.patient.headWord));
}

function supportReadings(p: SupportPattern, a: Analysis): Reading[] {
  const out: Reading[] = [];
  for (const c of a.clauses) {
    const s = c.verb?.support;
    if (!s || !p.verbs.includes(s.verb) || !p.nouns.includes(s.noun)) continue;
    const event = a.phrases.find((x) => x.head === s.phrase && !x.members);
    const premods = event?.premods ?? [];
    if ((p.eventPremods && !premods.some((w) => p.eventPremods!.includes(w))) || (p.eventPremodsNot && premods.some((w) => p.eventPremodsNot!.includes(w)))) continue;
    out.push(reading(a, c, undefined, undefined, event, false));
  }
  return out;
}

function nounReadings(p: NounPattern, a: Analysis, tokens: readonly Token[]): Reading[] {
  const out: Reading[] = [];
  for (const n of a.phrases) {
    if (n.members && p.premods) {
      // "the Kremlin critics A, B and C": a title written before a coordination of people is each one's
      const lead = titledPeople(n, p.premods);
      if (lead) out.push(reading(a, clauseAt(a, n.head), { ...n, premods: lead.premods, modifiers: lead.modifiers }, undefined, undefined, false));
    }
    if (n.members || (p.nouns !== 'any' && !p.nouns.includes(n.headWord))) continue;
    if ((p.premods && !n.premods.some((w) => p.premods!.includes(w))) || (p.governedBy && !p.governedBy.includes(governor(tokens, n)))) continue;
    const clause = clauseAt(a, n.head);
    if (!unrealised(clause, n)) out.push(reading(a, clause, n, undefined, undefined, false));
  }
  return out;
}

/** the first conjunct of a coordination of people, where it carries one of the words before its name */
function titledPeople(n: P, premods: readonly string[]): P | undefined {
  const lead = n.members![0]!;
  return n.members!.every((m) => m.referent?.entity.type === 'PERSON' && !m.referent.pronoun) && lead.premods.some((w) => premods.includes(w)) ? lead : undefined;
}

/** "X is one of the twelve member states of Y": the description is the phrase after "one of". Seen: news-fresh21
 *  af-kenya-luanda-icglr-readout ("is one of the twelve member states of the ICGLR"), news-fresh24
 *  ea-anwar-lima-apec-readout ("is one of the 12 founding members of APEC"); in an apposition too: "X, one of Y's
 *  staunchest backers," (news-fresh15, news-fresh24) */
const oneOf = (n: P): P => (n.headWord === 'one' && !n.referent && n.pps[0]?.prep === 'of' ? n.pps[0].np : n);

function titleReadings(p: TitlePattern, a: Analysis): Reading[] {
  const out: Reading[] = [];
  for (const c of a.clauses) {
    if (c.verb?.copula && c.complement && c.subject) for (const m of membersOf(oneOf(c.complement))) if (nounFits(p, m)) out.push(reading(a, c, m, c.subject, undefined, false));
  }
  // ("X, a Delhi minister and a senior member of Y,": each conjunct of a coordinated description describes the name)
  for (const n of a.phrases) for (const ap of n.appositions ?? []) for (const m of (ap.members && !ap.referent ? ap.members : [ap]).flatMap((x) => membersOf(oneOf(x)))) if (nounFits(p, m)) out.push(reading(a, clauseAt(a, n.head), m, apposedTo(n, ap), undefined, true));
  // "the Foreign Ministers of A, X, and B, Y": each conjunct's title describes the holder named in it
  for (const n of a.phrases) for (const m of n.members ?? []) if (m.named && !m.referent && nounFits(p, m)) out.push(reading(a, clauseAt(a, n.head), m, m.named, undefined, true));
  return out;
}

/** every field a pattern of any kind may have (patterns/types.ts), in one order */
const PATTERN_FIELDS = [
  'kind', 'id', 'predicate', 'match', 'miss', 'subject', 'object', 'reversed', 'subjectTypes', 'objectTypes', 'objectChain', 'earlierFrom', 'orProtagonist', 'deedBy', 'partiesOf', 'namedObject', 'noDemonymObject', 'namedSubject', 'partyObject',
  'negated', 'confidence', 'seen', 'verbs', 'voice', 'tenses', 'finite', 'done', 'patientNouns', 'catenative', 'directObject', 'noComplement', 'noPurpose', 'complementNouns', 'complementUnowned', 'nouns', 'premods', 'governedBy', 'premodsNot', 'agentTitlesNot', 'adverb', 'noParticle', 'eventPremods', 'eventPremodsNot', 'parentVerbs', 'lasting',
] as const;
const UNSET_FIELDS: Readonly<Record<string, undefined>> = Object.fromEntries(PATTERN_FIELDS.map((f) => [f, undefined]));

/**
 * The patterns as the matcher reads them: the same rules, each with every field (unset ones undefined) in one
 * order. A pattern is written with only the fields it needs, so the rules came in dozens of object shapes and
 * the readers that take every pattern were compiled again and again as new shapes reached them ("wrong map").
 * A field not listed above is kept, after the listed ones.
 */
export const oneShape = (patterns: readonly Pattern[]): readonly Pattern[] => patterns.map((p) => ({ ...UNSET_FIELDS, ...p }) as Pattern);

/** the verbs (lemmas, catenatives) and the phrase heads of a sentence: what a pattern's readings are keyed on */
function sentenceWords(a: Analysis): Set<string> {
  const words = new Set<string>();
  for (const c of a.clauses) {
    if (c.verb) { words.add(c.verb.lemma); if (c.verb.catenative) words.add(c.verb.catenative); }
    if (c.complement) for (const m of membersOf(c.complement)) words.add(m.headWord);
  }
  for (const p of a.phrases) words.add(p.headWord);
  return words;
}

/**
 * The patterns with, for each word their readings need (a verb's lemma or catenative, a support verb, a head noun),
 * the patterns keyed on it, and the patterns that need none: a pattern without one of its words in the sentence
 * has no reading, so a sentence looks up its own few words instead of testing every pattern's list.
 */
export interface PatternIndex { patterns: readonly Pattern[]; byWord: ReadonlyMap<string, readonly number[]>; always: readonly number[] }

/** the words a pattern's readings are keyed on, or null where it reads any sentence */
function keyWords(p: Pattern): readonly string[] | null {
  switch (p.kind) {
    case 'verb': case 'support': return p.verbs;
    case 'noun': return p.nouns === 'any' ? null : p.nouns;
    case 'title': return p.nouns === 'person' ? null : p.nouns;
  }
}

/**
 * Built once, when relations/index.ts loads, and only read after; patterns are kept by number, so that a
 * sentence still applies them in their written order whichever of its words hit (the edges' order depends on it).
 */
export function indexPatterns(patterns: readonly Pattern[]): PatternIndex {
  const byWord = new Map<string, number[]>();
  const always: number[] = [];
  patterns.forEach((p, i) => {
    const words = keyWords(p);
    if (!words) return void always.push(i);
    for (const w of new Set(words)) {
      const list = byWord.get(w);
      if (list) list.push(i); else byWord.set(w, [i]);
    }
  });
  return { patterns, byWord, always };
}

/** by pattern number, 1 where the sentence has a word the pattern's readings need */
function readable(index: PatternIndex, words: ReadonlySet<string>): Uint8Array {
  const may = new Uint8Array(index.patterns.length);
  for (const i of index.always) may[i] = 1;
  for (const w of words) {
    const keyed = index.byWord.get(w);
    if (keyed) for (const i of keyed) may[i] = 1;
  }
  return may;
}

/** the end is its own name where the pattern reads it, not a pronoun nor a relative's antecedent ("X, whose party …") */
function writtenAsName(tokens: readonly Token[], a: Arg): boolean {
  const after = comma(tokens[a.last]) ? a.last + 1 : word(tokens[a.last + 1]) === ',' ? a.last + 2 : a.last + 1;
  return !a.pronoun && word(tokens[after]) !== 'whose';
}

/** Applies every pattern to one sentence's analysis; returns how many edges were emitted. */
export function applyPatterns(ctx: Ctx, analysis: Analysis, index: PatternIndex): number {
  let n = 0;
  const stateOf = (e: Entity) => stateOfPerson(ctx, e);
  const staffed = (state: Entity) => [...ctx.entityByKey.values()].some((e) => e.type === 'PERSON' && stateOf(e)?.key === state.key);
  const lookback = { groups: ctx.groups ?? [], sentence: ctx.sentence.index, tokens: ctx.tokens, stateOf, staffed };
  const may = readable(index, sentenceWords(analysis));
  for (let i = 0; i < index.patterns.length; i++) {
    if (!may[i]) continue;
    const p = index.patterns[i]!;
    for (const found of readings(p, analysis, ctx.tokens)) {
      const r: Reading = { ...found, lookback };
      // (a capital written for its government, where only an actor fits, at either end: "Washington and Seoul accused Pyongyang")
      const subjects = (p.subject === 'pair' ? namedPair(ctx, r) : slot(r, p.subject)).map((a) => governmentOf(ctx, a, p.subjectTypes)).filter((a) => fits(a, p.subjectTypes) && !(p.namedSubject && !writtenAsName(ctx.tokens, a)));
      const named = p.object === 'earlier' ? earlierRecipient(ctx, r, p) : p.object === 'gathering' ? latestGathering(ctx, r) : p.object === 'doer' ? deedDoers(ctx, r, p) : p.object === 'parties' ? agreementParties(ctx, r, p) : p.object === 'pair' ? namedPair(ctx, r) : p.object === 'text' ? namedText(ctx, r) : slot(r, p.object);
      const objects = (p.objectChain ? named.flatMap((o) => [o, ...chainAfter(ctx, ctx.args.indexOf(o))]) : named.map((a) => governmentOf(ctx, a, p.objectTypes)))
        .filter((a) => fits(a, p.objectTypes) && !(p.namedObject && a.pronoun) && !(p.noDemonymObject && a.demonym) && !(p.partyObject && !isParty(a.entity)));
      if (!subjects.length || !objects.length) continue;
      const clause = r.clause;
      if (p.kind === 'verb' && clause?.verb && (inCharge(ctx.tokens, clause.verb.head) || askedNotTo(ctx.tokens, clause.verb.head))) continue;
      if (p.kind === 'verb' && p.done && clause?.verb && !clause.negated && word(ctx.tokens[clause.verb.head - 1]) === 'to') continue;
      if (p.kind === 'verb' && clause?.verb && plannedHosting(ctx.tokens, clause.verb.head, p.predicate)) continue;
      if (p.kind === 'verb' && clause?.verb && !viaCatenative(p, clause) && plannedDeed(ctx.tokens, clause.verb.head, p.predicate, clause.modality, clause.negated)) continue;
      if (p.kind === 'verb' && clause?.verb?.catenative && !viaCatenative(p, clause) && clause.negated && PLANNING_CATENATIVES.has(clause.verb.catenative)) continue;
      // ("X's arrival in Y had not been announced": a denial of what is said of an event noun in the subject is not the
      // event's, unless the verb is its happening: "X's visit to Y did not take place")
      const aboutEvent = p.kind === 'noun' && !!r.phrase && !!clause?.subject && within(r.phrase, clause.subject) && !HAPPENING_VERBS.has(clause.verb?.lemma ?? '');
      // ("cancelled his trip to Y": an event noun that its clause calls off is denied)
      const calledOff = p.kind === 'noun' && !!r.phrase && within(r.phrase, clause?.patient) && CALLING_OFF_VERBS.has(clause?.verb?.lemma ?? '');
      const negated = !!(clause?.negated && !r.apposed && !aboutEvent) !== calledOff !== !!p.negated;
      // ("threatened to retaliate": the plan the catenative makes is the threat, which is itself stated)
      const modality: Modality | undefined = r.apposed || (clause && viaCatenative(p, clause)) ? undefined : clause?.modality;
      const before = ctx.attributedTo;
      if (!before && clause?.speaker?.referent && !clause.speaker.referent.pronoun) ctx.attributedTo = clause.speaker.referent.entity.label;
      // "talks between A and B": one slot for both ends gives each pair once
      const pairs = p.subject === p.object
        ? subjects.flatMap((s, i) => objects.slice(i + 1).map((o) => [s, o] as const))
        : subjects.flatMap((s) => objects.map((o) => [s, o] as const));
      for (const [s, o] of pairs) {
        const [x, y] = p.reversed ? [o, s] : [s, o];
        if (emit(ctx, x, p.predicate, y, { rule: p.id, confidence: p.confidence ?? 0.75, negated, ...(modality ? { modality } : {}) })) n++;
      }
      ctx.attributedTo = before;
    }
  }
  return n;
}

/** whom the article's latest edge of the pattern's `earlierFrom` rules went to, for a frame with no "to" (the article so far, read back) */
function earlierRecipient(ctx: Ctx, r: Reading, p: Pattern): Arg[] {
  if (slot(r, 'pp:to').length || r.event?.pps.some((pp) => pp.prep === 'to')) return [];
  const rules = new Set(p.earlierFrom ?? []);
  const counts = (x: Relation) => x.predicate === p.predicate && rules.has(x.rule);
  for (let k = ctx.out.length - 1; k >= 0; k--) {
    const rel = ctx.out[k]!;
    if (rel.negated || !counts(rel)) continue;
    // ("congratulated A and his running mate B": the first named of that sentence's recipients)
    const first = ctx.out.find((x) => x.evidence.sentenceIndex === rel.evidence.sentenceIndex && counts(x)) ?? rel;
    const entity = ctx.entityByKey.get(first.object);
    return entity ? [readBack(entity)] : [];
  }
  return p.orProtagonist ? protagonist(ctx, r) : [];
}

/**
 * The person the report is about: the first its lede names (named again since), not the clause's agent ("Y won the
 * vote … X conceded and congratulated his rival"). The most named is not it: a loser's camp is often quoted more.
 */
function protagonist(ctx: Ctx, r: Reading): Arg[] {
  const doers = new Set(slot(r, 'agent').map((a) => a.entity.key));
  let first: string | undefined;
  let again = false;
  for (const m of ctx.article.mentions) {
    if (m.sentence >= ctx.sentence.index) break;
    if (m.demonym || m.reference || doers.has(m.entity) || ctx.entityByKey.get(m.entity)?.type !== 'PERSON') continue;
    if (!first) first = m.entity;
    else if (m.entity === first) { again = true; break; }
  }
  const entity = first && again ? ctx.entityByKey.get(first) : undefined;
  return entity ? [readBack(entity)] : [];
}

/** "X acted as mediator": the two sides of the article's latest agreement or war (edges of `partiesOf`) before this sentence */
function agreementParties(ctx: Ctx, r: Reading, p: Pattern): Arg[] {
  // (a clause that names its sides, "mediated between A and B", is read by the patterns for it)
  if (r.clause?.pps.some((pp) => pp.prep === 'between')) return [];
  // (nor one whose deal hangs from a clause naming its sides: "A and B agreed a truce brokered by Z", read as parent.agent)
  if (r.clause?.verb?.voice === 'passive' && slot(r, 'parent.agent').length > 1) return [];
  const predicates = new Set(p.partiesOf ?? []);
  const agent = r.clause?.agent;
  const doers = new Set(agent ? membersOf(agent).map((a) => a.referent?.entity.key) : []);
  for (let k = ctx.out.length - 1; k >= 0; k--) {
    const x = ctx.out[k]!;
    if (!predicates.has(x.predicate) || x.negated || x.modality || x.evidence.sentenceIndex >= ctx.sentence.index) continue;
    if (doers.has(x.subject) || doers.has(x.object)) continue;
    return [x.subject, x.object].flatMap((key) => {
      const entity = ctx.entityByKey.get(key);
      return entity ? [readBack(entity)] : [];
    });
  }
  return [];
}

/** "Russia condemned the strikes": who carried out the deed, from the article's latest edge of the pattern's `deedBy` predicates */
function deedDoers(ctx: Ctx, r: Reading, p: Pattern): Arg[] {
  const np = r.clause?.patient;
  if (!np || np.members || np.possessor || np.modifiers.length || np.pps.some((pp) => pp.prep === 'by' || pp.prep === 'of')) return [];
  if (!DEFINITE_DETERMINERS.has(ctx.tokens[np.first]?.normal ?? '')) return [];
  const predicates = new Set(p.deedBy ?? []);
  // (the edge's sentence must name the deed itself, as noun or verb: "the strikes" goes back to "struck", "strikes on")
  const deed = lemma(np.headWord);
  const names = (i: number) => ctx.article.sentences[i]?.tokens.some((t) => lemma(t.normal) === deed) ?? false;
  const counts = (x: Relation) => predicates.has(x.predicate) && !x.negated && !x.modality;
  let latest: Relation | undefined;
  for (let k = ctx.out.length - 1; k >= 0 && !latest; k--) if (counts(ctx.out[k]!) && names(ctx.out[k]!.evidence.sentenceIndex)) latest = ctx.out[k];
  if (!latest) return [];
  // ("A and B struck X …; Russia condemned the strikes": every doer that sentence named)
  const keys = [...new Set(ctx.out.filter((x) => x.evidence.sentenceIndex === latest.evidence.sentenceIndex && counts(x)).map((x) => x.subject))];
  return keys.flatMap((key) => {
    const entity = ctx.entityByKey.get(key);
    return entity ? [readBack(entity)] : [];
  });
}

/** a gathering's head word: the last before its "of" ("the 48th session of the Council …", "… Meeting of A's Neighbouring Countries") */
const gatheringHead = (label: string) => label.split(' of ')[0]!.split(/\s+/).at(-1)!.toLowerCase();

/** "… Y welcomed the Russian leader, after which the two presidents held talks": "the two <people>" are the last two the article named */
function namedPair(ctx: Ctx, r: Reading): Arg[] {
  const a = r.clause?.agent;
  // (the resolver's reading of the group, where it has one)
  if (a?.referent?.members) return a.referent.members;
  const types = a && !a.referent && !a.members ? PAIR_NOUNS[a.headWord] : undefined;
  if (!a || !types || word(ctx.tokens[a.first]) !== 'the' || !PAIR_COUNT_WORDS.has(word(ctx.tokens[a.first + 1]))) return [];
  const pair: Entity[] = [];
  const mentions = ctx.article.mentions;
  for (let k = mentions.length - 1; k >= 0 && pair.length < 2; k--) {
    const m = mentions[k]!;
    if (m.sentence > ctx.sentence.index || (m.sentence === ctx.sentence.index && m.tokens[1] >= a.first) || m.demonym) continue;
    const e = ctx.entityByKey.get(m.entity);
    if (e && types.includes(e.type) && !pair.includes(e)) pair.push(e);
  }
  return pair.length === 2 ? pair.reverse().map(readBack) : [];
}

/** an entity read back from earlier in the article, as an end with no span in this sentence */
const readBack = (entity: Entity): Arg => ({ entity, text: entity.label, first: -1, last: -1, demonym: false, possessive: false, pronoun: false, alternatives: [] });

/** the verb at `head` is a gerund after "for" ("thanked B for taking part", "for having attended"): the thanked one's deed */
function gerundAfterFor(tokens: readonly Token[], head: number): boolean {
  let k = head - 1;
  while (k >= 0 && head - k <= 2 && GERUND_AFTER_FOR_WORDS.has(word(tokens[k]))) k--;
  return word(tokens[k]) === 'for' && (/ing$/.test(word(tokens[head])) || head - k > 1);
}

/**
 * "X also took part", "Y did not attend", "Z took part in the talks": the gathering the article last named, where the
 * clause names none of its own (no object, and its "in"/"at" phrase, if any, an unnamed gathering noun)
 */
function latestGathering(ctx: Ctx, r: Reading): Arg[] {
  const c = r.clause;
  if (!c?.verb) return [];
  // ("took part, among them A, B": the list after "took part", which takes no object, is its patient)
  // ("China was represented by X": a passive's patient is the party, not the gathering)
  // ("attended as guests": the role after "as", which the clause layer reads as the object, is no gathering)
  const asRole = !!c.patient && word(ctx.sentence.tokens[c.patient.first - 1]) === 'as';
  const p = TAKE_PART_LEMMAS.has(c.verb.lemma) || c.verb.voice === 'passive' || asRole ? undefined : c.patient;
  // ("A and B, which are not members, applied to join": "join" with nothing named joins a body or a war as often as a
  // meeting, so only "joined the session" or "joined the talks" attends)
  if (c.verb.lemma === 'join' && !c.patient) return [];
  // ("A thanked B for taking part", "for having attended": the gerund after "for" is the thanked one's deed, whom the
  // clause layer does not give as its doer)
  if (gerundAfterFor(ctx.sentence.tokens, c.verb.head)) return [];
  if (p) {
    // "attended the opening", "joined the opening session of X": an unnamed gathering noun stands for the one it names or the latest
    if (p.referent || p.members || !GATHERING_NOUNS.has(p.headWord)) return [];
    const of = p.pps.find((pp) => pp.prep === 'of')?.np.referent;
    if (of) return of.entity.type === 'EVENT' ? [of] : [];
  }
  const place = c.pps.find((pp) => pp.prep === 'in' || pp.prep === 'at')?.np;
  if (place && (place.referent || !GATHERING_NOUNS.has(place.headWord))) return [];
  // ("The meeting with Mr. X was attended by A and B": a meeting with a named partner is a bilateral one, not the
  // summit around it; news-fresh14 erdogan-madrid-nato-memorandum-2022, news-fresh32 me-faisal-munich-2024-readout)
  if ([c.patient, place].some((np) => np?.pps.some((pp) => pp.prep === 'with' && (pp.np.referent || pp.np.members)))) return [];
  // ("took part in the meeting of the <committee>": the "in" gathering's own "of" names it, as the object's does above)
  const ofPlace = place?.pps.find((pp) => pp.prep === 'of')?.np.referent;
  if (ofPlace) return ofPlace.entity.type === 'EVENT' ? [ofPlace] : [];
  // ("joined a meeting convened by X", "take part in meetings across …": an indefinite gathering is another one)
  if ([p, place].some((np) => np && !np.referent && isIndefinite(ctx, np))) return [];
  const sentence = ctx.sentence.index;
  let best: Entity | undefined;
  for (const m of ctx.article.mentions) {
    if (m.sentence > sentence || (m.sentence === sentence && m.tokens[0] > c.verb.head)) continue;
    const e = ctx.entityByKey.get(m.entity);
    if (e?.type === 'EVENT' && GATHERING_NOUNS.has(gatheringHead(e.label))) best = e;
  }
  // ("the Group of Seven summit hosted by X" after another summit: a gathering noun whose named modifier the latest
  // gathering's name lacks is another gathering)
  const noun = p ?? place ?? (c.patient && GATHERING_NOUNS.has(c.patient.headWord) ? c.patient : undefined);
  // (a gathering named in the clause is that one: "the Group of Seven summit hosted by X")
  if (noun?.referent && !noun.referent.pronoun) return noun.referent.entity.type === 'EVENT' ? [noun.referent] : [];
  if (best && noun?.modifiers.some((x) => x.entity.type !== 'LOCATION' && !x.demonym && !best!.label.includes(x.entity.label))) return [];
  // ("the 78th session of the General Assembly" … "X also took part", "attended the meeting", "took part in the talks": an
  // assembly's session runs for weeks with many meetings inside it, so a clause that does not name it names one of those)
  // (unless the sentence names the session, or the clause its opening: "took part in the high-level meetings of the 78th session",
  // "attended the opening of the general debate")
  if (best && SITTING_HEADS.has(gatheringHead(best.label)) && noun?.headWord !== 'opening' && !ctx.article.mentions.some((m) => m.sentence === sentence && m.entity === best!.key)) return [];
  return best ? [readBack(best)] : [];
}

/** "a meeting", "meetings across …": a noun phrase with "a"/"an", or a bare plural with no determiner or name before it */
function isIndefinite(ctx: Ctx, np: Phrase): boolean {
  const first = ctx.tokens[np.first]?.normal ?? '';
  if (first === 'a' || first === 'an') return true;
  return np.first === np.head && !np.possessor && /s$/.test(np.headWord) && ctx.tokens[np.head]?.normal === np.headWord;
}

/** a text's name holds a word of a text family: "the Ankara Declaration", "Resolution 2653", "the Finance Bill" */
const isText = (e: Entity) => e.type === 'OTHER' && e.label.toLowerCase().split(/[\s-]+/).some((w) => w in TEXT_FAMILIES);

/**
 * "welcomed the Ankara Declaration", "rejected the deal": the text the clause's patient names, or, for a definite text noun
 * with no owner or "of" phrase of its own, the latest named text of its family the article named before the verb
 */
function namedText(ctx: Ctx, r: Reading): Arg[] {
  const c = r.clause;
  const np = c?.patient;
  if (!c?.verb || !np || np.members) return [];
  if (np.referent) return isText(np.referent.entity) ? [np.referent] : [];
  const family = Object.hasOwn(TEXT_FAMILIES, np.headWord) ? TEXT_FAMILIES[np.headWord]! : undefined;
  if (!family || np.possessor || np.modifiers.length || np.pps.some((pp) => pp.prep === 'of')) return [];
  if (!DEFINITE_DETERMINERS.has(ctx.tokens[np.first]?.normal ?? '')) return [];
  let best: Entity | undefined;
  for (const m of ctx.article.mentions) {
    if (m.sentence > ctx.sentence.index || (m.sentence === ctx.sentence.index && m.tokens[0] > c.verb.head)) continue;
    const e = ctx.entityByKey.get(m.entity);
    if (e && isText(e) && e.label.toLowerCase().split(/[\s-]+/).some((w) => family.includes(w))) best = e;
  }
  return best ? [readBack(best)] : [];
}

/** the country a person leads, else the one the article (or the gazetteer, on the article's date) has the person serve */
function stateOfPerson(ctx: Ctx, person: Entity): Entity | undefined {
  const led = countryLedBy(ctx, person);
  if (led) return led;
  const served = ctx.out.find((r) => r.subject === person.key && r.predicate === 'WORKS_FOR' && !r.negated && ctx.entityByKey.get(r.object)?.type === 'COUNTRY');
  if (served) return ctx.entityByKey.get(served.object);
  return (ctx.postsHeld?.(person) ?? []).find((p) => p.current && p.body?.type === 'COUNTRY')?.body ?? titledHere(ctx, person);
}

/** "Czech Foreign Minister X said his country …", "X, Finland's foreign minister, said her …": the state of a title in this sentence */
function titledHere(ctx: Ctx, person: Entity): Entity | undefined {
  for (const p of ctx.analysis?.phrases ?? []) {
    if (p.referent?.entity.key !== person.key || p.referent.pronoun) continue;
    for (const q of [p, ...(p.appositions ?? [])]) {
      if (!q.premods.some(isTitleWord) && !isTitleWord(q.headWord)) continue;
      const states = [...(q.possessor?.referent ? [q.possessor.referent] : []), ...q.modifiers].filter((a) => a.entity.type === 'COUNTRY');
      if (states.length === 1) return states[0]!.entity;
    }
  }
  return undefined;
}

function governmentOf(ctx: Ctx, a: Arg, types?: readonly string[]): Arg {
  if (a.entity.type !== 'LOCATION' || !types || types.includes('LOCATION')) return a;
  const country = ctx.countryOfCapital(a.entity);
  return country ? { ...a, entity: country } : a;
}

/** a demonym stands for its country only where the pattern reads modifiers; types as the pattern asks */
const fits = (a: Arg, types?: readonly string[]) => !types || types.includes(a.entity.type);
