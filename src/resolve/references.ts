// Pronouns and descriptions → the named entity they stand for, within one article.
// They become mentions flagged `reference`, for relations to use as ends; never node names or aliases.
import type { Entity, EntityType, ResolvedMention, Sentence, Token } from '../model/types.ts';
import type { Gazetteer } from '../entities/gazetteer.ts';
import { wordKey } from '../entities/spans.ts';
import { HONORIFICS, STYLES_OF_ADDRESS } from '../entities/lexicon.ts';
import { coordinationBetween, groupOf, type GroupCtx } from './groups.ts';
import { styleOfAddressAt } from './tokens.ts';
import {
  BARE_TITLE_ADVERBS, MAX_PORTFOLIO_WORDS, NAME_PREFIXES, PORTFOLIO_PREMODIFIERS, PORTFOLIO_PREPOSITIONS, PORTFOLIO_FIRST_WORDS,
  DESCRIPTION_DETERMINERS, CLAUSE_BOUNDARIES, LOST_OFFICE_MODIFIERS, COMPOUND_MODIFIER_ENDS, DESCRIPTION_HEADS, FAMILY_NAMES_FIRST, LEADER_ROLES, MAX_DESCRIPTION_MODIFIERS, MAX_SENTENCES_BACK,
  BODY_POSSESSIONS, CONGRATULATE_FORMS, CONTACT_VERB_FORMS, HOSTING_VERB_FORMS, IT_REPORTING_FORMS, JOURNEY_NOUNS, NON_COREFERRING_MODIFIERS, PAIR_DETERMINERS, PAIR_HEADS, PLURAL_COUNTS, PRONOUNS, ROLE_COVERS, TITLE_GENDER, UNCOUNTED_GROUP_HEADS, type Gender,
  PARTITIVE_PREPOSITIONS, PERFECT_AUXILIARIES, REPORTING_BOUNDARIES, SENTENCE_COORDINATORS,
} from './lexicon.ts';

interface Ctx {
  text: string;
  sentences: Sentence[];
  named: ResolvedMention[];
  entities: Map<string, Entity>;
  gazetteer: Gazetteer;
  /** a given name's gender, from a lexicon of first names */
  givenName: (word: string) => Gender | undefined;
  /** each person's gender where the article shows it (see personGenders) */
  genders?: Map<string, Gender>;
  /** descriptions of one entity read so far ("the Prime Minister"), antecedents as names are ("… the Prime Minister held talks. He …") */
  described?: ResolvedMention[];
  /** roles written in an apposition to a person's name ("the Prime Minister of India, X"; "X, Minister of State,") */
  apposed?: Map<string, ApposedRole[]>;
  /** named mentions by "sentence:first token" */
  startAt?: Map<string, ResolvedMention>;
}

/** `object`: written as a verb's or preposition's object ("co-chaired with X, President of Y"), no introduction of a protagonist */
interface ApposedRole { role: string; country?: string; start: number; object?: boolean }

const MAX_HEAD_WORDS = 3;

/** A table's own entry for a word of the text: "__proto__" or "constructor" in the text must find nothing. */
const lookup = <T>(table: Record<string, T>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

/** Named mentions of the given types before a position, nearest first, within the sentence window. */
function before(ctx: Ctx, sentence: number, start: number, types: EntityType[]): ResolvedMention[] {
  const near = (m: ResolvedMention) => m.start < start && m.sentence >= sentence - MAX_SENTENCES_BACK && types.includes(ctx.entities.get(m.entity)!.type);
  const described = ctx.described?.filter(near) ?? [];
  const named = ctx.named.filter(near);
  return (described.length ? [...named, ...described].sort((a, b) => a.start - b.start) : named).reverse();
}

/**
 * Each person entity's gender where the article shows it: a gendered title ("Mrs", "King") on any of its
 * mentions, or the first word of its full name when compromise's lexicon knows it as a MaleName or
 * FemaleName (a lone surname such as "Morgan" says nothing). Contradictory evidence leaves it unknown.
 */
export function personGenders(named: ResolvedMention[], entities: Map<string, Entity>, givenName: (word: string) => Gender | undefined): Map<string, Gender> {
  const seen = new Map<string, Set<Gender>>();
  const note = (key: string, g: Gender | undefined) => {
    if (g) seen.set(key, (seen.get(key) ?? new Set()).add(g));
  };
  for (const m of named) {
    if (!m.reference && !m.demonym && m.title) note(m.entity, lookup(TITLE_GENDER, m.title.role));
  }
  for (const e of entities.values()) {
    const ws = e.label.split(/\s+/);
    if (e.type === 'PERSON' && ws.length >= 2 && !FAMILY_NAMES_FIRST.has(ws[0]!.toLowerCase())) note(e.key, givenName(ws[0]!.toLowerCase()));
  }
  const out = new Map<string, Gender>();
  for (const [key, gs] of seen) if (gs.size === 1) out.set(key, [...gs][0]!);
  return out;
}

/** A pronoun of this gender may stand for the entity: unknown on either side fits both. */
const genderFits = (ctx: Ctx, m: ResolvedMention, gender: Gender | undefined) => {
  const g = gender && ctx.genders?.get(m.entity);
  return !g || g === gender;
};

/**
 * A person pronoun prefers the first (subject-like) person of its own sentence, then of the nearest
 * sentence before that names one, skipping possessives ("Putin praised Xi's plan ... he said" → Putin).
 * Other pronouns take the nearest compatible name, but one that opens its sentence ("Its spokesman said") is
 * read as a person pronoun is: the previous sentence's subject.
 */
function antecedent(
  ctx: Ctx, sentence: number, start: number, types: EntityType[], gender?: Gender, unfit?: (m: ResolvedMention) => boolean, opening = false,
): ResolvedMention | null {
  const cands = before(ctx, sentence, start, types)
    .filter((m) => (!m.demonym || !types.includes('PERSON')) && genderFits(ctx, m, gender) && !unfit?.(m));
  if (!cands.length) return null;
  if (!types.includes('PERSON') && !opening) return subjectOverGenitive(ctx, sentence, cands) ?? cands[0]!;
  // (not a person named in its own sentence's opening phrase, out of a subject's place, when it opens the main clause
  // right after that phrase: "With X, he reiterated", "After meeting X, he said")
  const tokens = ctx.sentences[sentence]!.tokens;
  const end = cands.some((m) => m.sentence === sentence) ? openingPhraseEnd(tokens) : -1;
  const at = end >= 0 ? tokens.findIndex((t) => t.start === start) : -1;
  const inOpening = (m: ResolvedMention) => m.sentence === sentence && end >= 0 && m.tokens[1] <= end && at === end + 1 && !subjectLike(ctx, m);
  // (the first named in the nearest sentence that names one, but where that one is a verb's or preposition's object, "EAM
  // met X, with whom he …", the one in a subject's place there)
  for (let s = sentence; s >= sentence - MAX_SENTENCES_BACK; s--) {
    const inS = cands.filter((m) => m.sentence === s && !inOpening(m)).reverse();
    if (!inS.length) continue;
    const first = inS.find((m) => !m.possessive) ?? inS[0]!;
    return (objectLike(ctx, first) ? inS.find((m) => !m.possessive && subjectLike(ctx, m)) : undefined) ?? first;
  }
  return null;
}

/**
 * "Argentina condemned the acts of Hamas and reaffirmed its support", "Algeria, the main sponsor of the Polisario
 * Front, recalled its ambassador": where the nearest state or body is an "of" phrase's object, the possessive "its"
 * takes up its sentence's subject, named first and in a subject's place (seen: news-fresh31 am-milei-israel-visit-readout,
 * news-fresh14 israel-morocco-western-sahara-2023, news-fresh7 kishida-asean-japan-tokyo-readout,
 * news-fresh17 me-damascus-consulate-strike-live). Null where the nearest is no such object.
 */
function subjectOverGenitive(ctx: Ctx, sentence: number, cands: ResolvedMention[]): ResolvedMention | null {
  const nearest = cands[0]!;
  const tokens = ctx.sentences[sentence]!.tokens;
  const k = nearest.tokens[0] - 1;
  const of = nearest.sentence === sentence && k >= 0 && (wordKey(tokens[k]!) === 'of' || (wordKey(tokens[k]!) === 'the' && k > 0 && wordKey(tokens[k - 1]!) === 'of'));
  const first = of ? cands.filter((m) => m.sentence === sentence).at(-1)! : undefined;
  return first && first !== nearest && subjectLike(ctx, first) ? first : null;
}

/**
 * Where a sentence's opening phrase ends (the token before its comma): a phrase opened by a preposition, a
 * subordinator or a participle ("In his address,", "After meeting X,", "Speaking at …,"); -1 where none.
 */
function openingPhraseEnd(tokens: readonly Token[]): number {
  const t = tokens[0];
  if (!t || !['Preposition', 'Conjunction', 'Gerund'].some((tag) => t.tags.includes(tag)) || SENTENCE_COORDINATORS.has(wordKey(t))) return -1;
  const c = tokens.findIndex((x) => /[,;:]/.test(x.post));
  return c > 0 && c < tokens.length - 2 && tokens[c]!.post.includes(',') ? c : -1;
}

/**
 * A mention in a subject's place: its verb follows it, past an apposition set off by commas, an "of" phrase or an
 * adverb ("X of Fiji stressed", "X, the envoy, said", "whom he invited"). Not a possessive, nor a name in a list.
 */
function subjectLike(ctx: Ctx, m: ResolvedMention): boolean {
  const tokens = ctx.sentences[m.sentence]?.tokens;
  if (!tokens || m.possessive || /['’]s$/i.test(tokens[m.tokens[1]]!.text)) return false;
  const verbAt = (n: number) => {
    while (tokens[n] && tokens[n]!.tags.includes('Adverb')) n++;
    return !!tokens[n] && tokens[n]!.tags.includes('Verb') && !tokens[n]!.tags.includes('Gerund');
  };
  let k = m.tokens[1];
  if (!/[,;:(]/.test(tokens[k]!.post) && verbAt(k + 1)) return true;
  if (tokens[k]!.post.includes(',')) {
    const close = tokens.findIndex((t, n) => n > k && n <= k + 12 && /[,;:]/.test(t.post));
    if (close < 0 || !tokens[close]!.post.includes(',')) return false;
    k = close;
  } else if (tokens[k + 1] && wordKey(tokens[k + 1]!) === 'of') {
    const of = ctx.named.find((x) => x.sentence === m.sentence && x.tokens[0] > k + 1 && x.tokens[0] <= k + 3);
    if (of) k = of.tokens[1];
  }
  return verbAt(k + 1);
}

/** A mention right after a verb or a preposition, past the title words before its name ("met Foreign Minister X", "with X"). */
function objectLike(ctx: Ctx, m: ResolvedMention): boolean {
  const tokens = ctx.sentences[m.sentence]?.tokens;
  if (!tokens) return false;
  const titleWord = (t: Token) => /^\p{Lu}/u.test(t.text) && !/[,;:]/.test(t.post) && !['Preposition', 'Verb'].some((tag) => t.tags.includes(tag));
  let k = m.tokens[0] - 1;
  while (k >= 0 && (titleWord(tokens[k]!) || wordKey(tokens[k]!) === 'the')) k--;
  return governedAt(tokens, k);
}

/** Token `k` is a verb or a preposition with no punctuation after it: what follows is its object ("met X", "with X"). */
const governedAt = (tokens: readonly Token[], k: number): boolean =>
  k >= 0 && !/[,;:]/.test(tokens[k]!.post) && ['Preposition', 'Verb'].some((tag) => tokens[k]!.tags.includes(tag));

/**
 * A person pronoun in a sentence's opening phrase refers forward to the person named right after the phrase as the main
 * clause's subject: "In his address, X condemned", "Speaking after he was hosted by Y, X confirmed" (X). Null otherwise.
 */
function forwardSubject(ctx: Ctx, s: Sentence, i: number, gender: Gender | undefined): ResolvedMention | null {
  if (i === 0) return null;
  const end = openingPhraseEnd(s.tokens);
  if (end < 0 || i > end) return null;
  const m = ctx.named.find((x) => x.sentence === s.index && x.tokens[0] === end + 1 && !x.demonym);
  return m && ctx.entities.get(m.entity)?.type === 'PERSON' && genderFits(ctx, m, gender) && subjectLike(ctx, m) ? m : null;
}

function reference(sentence: Sentence, a: number, b: number, text: string, target: ResolvedMention | Entity, kind: 'pronoun' | 'description'): ResolvedMention {
  const start = sentence.tokens[a]!.start;
  const end = sentence.tokens[b]!.end - (/['’]s$/i.test(sentence.tokens[b]!.text) ? 2 : 0);
  const entity = 'entity' in target ? target.entity : target.key;
  const type = 'entity' in target ? target.type : target.type;
  return {
    sentence: sentence.index, start, end, text: text.slice(start, end), type, source: kind === 'pronoun' ? 'pronoun' : 'description',
    tokens: [a, b], reference: kind, entity,
  };
}

/** The person a "the <demonym> <role>" description means: a title held in that country, in the text or the gazetteer. */
function leaderOf(ctx: Ctx, country: string | undefined, role: string, sentence: number, start: number, lostOffice = false): ResolvedMention | null {
  // (an office lost: not a person this sentence titles with it)
  const titledHere = new Set(lostOffice ? ctx.named.filter((m) => m.sentence === sentence && m.title).map((m) => m.entity) : []);
  const persons = before(ctx, sentence, start, ['PERSON']).filter((m) => !titledHere.has(m.entity));
  const all = ctx.named.filter((m) => ctx.entities.get(m.entity)!.type === 'PERSON').reverse();
  const covers = (held: string | undefined) => !!held && (held === role || (role === 'leader' && LEADER_ROLES.has(held))
    || (lookup(ROLE_COVERS, role)?.includes(held) ?? false));
  // a title written at any mention of the person counts ("President Andrzej Duda ... Duda ... the president")
  const titles = (m: ResolvedMention) => ctx.named.filter((x) => x.entity === m.entity && x.title).map((x) => x.title!);
  const apposedHere = (m: ResolvedMention) => (ctx.apposed?.get(m.entity) ?? [])
    .some((t) => t.start < start && covers(t.role) && (!country || t.country === country));
  // where the role is first apposed to the person
  const introducedAt = (m: ResolvedMention) => Math.min(...(ctx.apposed?.get(m.entity) ?? []).filter((t) => t.start < start && covers(t.role)).map((t) => t.start));
  const gazetteerRoles = (m: ResolvedMention) => {
    const g = ctx.entities.get(m.entity)?.gazetteerId;
    return g ? ctx.gazetteer.entries.get(g)?.roles ?? [] : [];
  };
  const holds = (m: ResolvedMention) => {
    if (apposedHere(m)) return true;
    if (titles(m).some((t) => covers(t.role) && (!country || t.of?.gazetteerId === country))) return true;
    return !!country && gazetteerRoles(m).some((r) => r.of === country && covers(r.role));
  };
  // a read-out introduces its protagonist by an apposed role ("The Prime Minister of India, X, chaired"); the bare
  // role means that person later, before anyone titled with it in passing ("Premier Li … the Prime Minister")
  if (!country) {
    // (so does a read-out's opening: the first person it names, titled with the role: "Brazil's President X held
    // meetings with the President of Cuba, Y, … The President arrived" means X)
    // (titled in the text or, where the title's wording is not read as one ("President of Russia X"), holding the role in
    // the gazetteer: a read-out names its protagonist first, before those he meets)
    const opener = all.at(-1);
    const openerHolds = opener && (titles(opener).some((t) => covers(t.role)) || gazetteerRoles(opener).some((r) => covers(r.role)) || roleWrittenBefore(ctx, opener, covers));
    if (opener && opener.start < start && openerHolds) return nameAfterHonorific(ctx, opener) ?? opener;
    // (one introduced as a subject: not "co-chaired the summit with X, President of Y", a counterpart)
    const introduced = (m: ResolvedMention) => (ctx.apposed?.get(m.entity) ?? []).some((t) => t.start < start && !t.object && covers(t.role));
    const protagonist = [...all].reverse().find((m) => m.start < start && apposedHere(m) && introduced(m));
    // (but one titled with the role before the protagonist's apposition came first: "accompanying President X" in the
    // opening, then "Y, President of the Red Cross," in a list of meetings)
    // (titled there, before the apposition: a title written only later, "2. Meeting with President X", came after it)
    // (or before a counterpart's apposition, where none introduces a protagonist)
    const apposedFirst = protagonist ?? [...all].reverse().find((m) => m.start < start && apposedHere(m));
    const titledFirst = apposedFirst && [...all].reverse().find((m) => m.start < start && !!m.title && covers(m.title.role));
    if (titledFirst && titledFirst.entity !== apposedFirst.entity && titledFirst.start < introducedAt(apposedFirst)) return nameAfterHonorific(ctx, titledFirst) ?? titledFirst;
    if (protagonist) return protagonist;
  }
  // as a person pronoun does, the first (subject-like) holder of the nearest sentence that names one
  const nearest = persons.find(holds);
  const inSentence = nearest && [...persons].reverse().find((m) => m.sentence === nearest.sentence && holds(m));
  return inSentence ?? (country ? all.find(holds) ?? null : null);
}

/** A one-word "name" the entities stage split off before a person's name ("Prime Minister Shri | Narendra Modi"): that person. */
function nameAfterHonorific(ctx: Ctx, m: ResolvedMention): ResolvedMention | undefined {
  const tokens = ctx.sentences[m.sentence]?.tokens;
  if (!tokens || m.tokens[0] !== m.tokens[1] || tokens[m.tokens[1]]!.post !== ' ') return undefined;
  return ctx.named.find((x) => x.sentence === m.sentence && x.tokens[0] === m.tokens[1] + 1 && !x.demonym && ctx.entities.get(x.entity)?.type === 'PERSON');
}

/** The first words of DESCRIPTION_HEADS' roles: roleHeadAt runs at every token, and most start none. */
const ROLE_FIRST_WORDS = new Set(Object.entries(DESCRIPTION_HEADS).filter(([, spec]) => spec.role).map(([head]) => head.split(' ')[0]!));

/** The role phrase of DESCRIPTION_HEADS at token `j` (longest first) and its last token, or null. */
function roleHeadAt(tokens: Token[], j: number): { role: string; end: number } | null {
  const first = tokens[j] && wordKey(tokens[j]);
  // (a word key with a space in it is left to the full test)
  if (first === undefined || (!first.includes(' ') && !ROLE_FIRST_WORDS.has(first))) return null;
  for (let len = MAX_HEAD_WORDS; len >= 1; len--) {
    if (j + len > tokens.length) continue;
    const phrase = tokens.slice(j, j + len).map(wordKey).join(' ');
    if (lookup(DESCRIPTION_HEADS, phrase)?.role) return { role: phrase, end: j + len - 1 };
  }
  return null;
}

/**
 * After a role head ending at `end`: "of <name>" (the country it is held in) and then whether a person's name
 * follows a comma ("the Prime Minister of Japan, X": an apposition naming X, no reference of its own).
 */
function roleTail(ctx: Ctx, s: Sentence, end: number, startAt: Map<string, ResolvedMention>) {
  const { tokens } = s;
  let k = portfolioEnd(tokens, end);
  let country: string | undefined;
  if (wordKey(tokens[k + 1] ?? tokens[k]!) === 'of') {
    const at = wordKey(tokens[k + 2] ?? tokens[k]!) === 'the' ? k + 3 : k + 2;
    const of = startAt.get(`${s.index}:${at}`);
    if (of) { country = ctx.entities.get(of.entity)?.gazetteerId ?? of.entity; k = of.tokens[1]; }
  }
  const at = pastForms(s, k + 1, startAt);
  const next = tokens[k]?.post.includes(',') ? startAt.get(`${s.index}:${at}`) : undefined;
  const isPerson = (m: ResolvedMention | undefined) => !!m && !m.demonym && ctx.entities.get(m.entity)?.type === 'PERSON';
  // an honorific the entities stage reads as a name of its own ("Shri Narendra Modi"): the name right after it
  const after = next && tokens[next.tokens[1]]!.post === ' ' ? startAt.get(`${s.index}:${next.tokens[1] + 1}`) : undefined;
  const person = isPerson(after) && next!.tokens[0] === next!.tokens[1] ? after : isPerson(next) ? next : undefined;
  return { country, person, end: k };
}

/**
 * Past forms of address from token `at`: a style between the comma and the name ("the President of X, H.E. Mr. Y";
 * compromise normalises "H.E." to "he": the written text is read), and an honorific, which the entities stage strips
 * from the name ("the Prime Minister of India, Shri X").
 */
function pastForms(s: Sentence, at: number, startAt: Map<string, ResolvedMention>): number {
  const { tokens } = s;
  while (tokens[at] && (STYLES_OF_ADDRESS.has(tokens[at]!.text.toLowerCase()) || HONORIFICS.has(wordKey(tokens[at]!)) || (NAME_PREFIXES.has(wordKey(tokens[at]!)) && !startAt.has(`${s.index}:${at}`)))) at++;
  return at;
}

/** Tokens a role written before a name may span back from it: "the Prime Minister of the Republic of X, H.E. Mr." */
const MAX_ROLE_BEFORE_NAME = 12;

/**
 * Whether a role that `covers` is written before the name of `m`, in the name's own phrase, with or without a comma:
 * "Prime Minister of Pakistan X paid a visit", "The Rt. Hon. Prime Minister of Nepal, X, returned" (a read-out's
 * opening, which names its protagonist so; the entities stage reads no title in either wording). Seen where "the Prime
 * Minister" went to the host of the same title: news-fresh26 sa-oli-beijing-visit-readout, news-fresh27
 * sa-pakistan-saudi-defence-pact-readout.
 */
function roleWrittenBefore(ctx: Ctx, m: ResolvedMention, covers: (role: string) => boolean): boolean {
  const s = ctx.sentences[m.sentence]!;
  for (let j = Math.max(0, m.tokens[0] - MAX_ROLE_BEFORE_NAME); j < m.tokens[0]; j++) {
    const head = roleHeadAt(s.tokens, j);
    if (!head) continue;
    if (covers(head.role) && pastForms(s, pastJointRoles(s, roleTail(ctx, s, head.end, ctx.startAt!).end), ctx.startAt!) === m.tokens[0]) return true;
    // (the whole role, not its last word: "Prime Minister X" holds no "minister" office)
    j = head.end;
  }
  return false;
}

/**
 * Past the roles joined by "and" to one that ends at `end`: "State Councilor and Foreign Minister X", "Crown Prince and
 * Prime Minister X" (seen: news-fresh8 wang-yi-pacific-tour-readout, news-fresh27 sa-pakistan-saudi-defence-pact-readout);
 * the token after the last of them.
 */
function pastJointRoles(s: Sentence, end: number): number {
  let k = end;
  for (let next: ReturnType<typeof roleHeadAt>; wordKey(s.tokens[k + 1] ?? s.tokens[k]!) === 'and' && (next = roleHeadAt(s.tokens, k + 2));) k = next.end;
  return k + 1;
}

/**
 * A portfolio written after a role head, up to the comma that closes it or the "of" that names the state: "Minister
 * for Foreign Affairs", "Minister of Foreign Affairs and Immigration" (title-cased words, "and" between them); the
 * portfolio's last token, or `end` when none follows. (Not "the President of Brazil": a state is no portfolio.)
 */
function portfolioEnd(tokens: Token[], end: number): number {
  if (!PORTFOLIO_PREPOSITIONS.has(wordKey(tokens[end + 1] ?? tokens[end]!)) || /\S/.test(tokens[end]!.post)) return end;
  let k = end + 2;
  // (no word after the preposition, as at a sentence's end: no portfolio, and k is no token)
  if (k >= tokens.length || !PORTFOLIO_FIRST_WORDS.has(wordKey(tokens[k]!))) return end;
  for (; k < tokens.length - 1 && k - end < MAX_PORTFOLIO_WORDS; k++) {
    const next = tokens[k + 1]!;
    if (/\S/.test(tokens[k]!.post) || !(/^\p{Lu}/u.test(next.text) || wordKey(next) === 'and') || wordKey(next) === 'of') break;
  }
  return k;
}

/** Past a title-cased portfolio before a role head, from `j`: "External Affairs" in "the External Affairs Minister". */
function pastPortfolio(tokens: Token[], j: number): number {
  let k = j;
  while (k < tokens.length - 1 && /^\p{Lu}/u.test(tokens[k]!.text) && PORTFOLIO_PREMODIFIERS.has(wordKey(tokens[k]!)) && !roleHeadAt(tokens, k)) k++;
  return roleHeadAt(tokens, k) ? k : j;
}

/** Roles apposed to persons' names, in both orders: "the Prime Minister of India, X" and "X, Minister of State,". */
function apposedRoles(ctx: Ctx, startAt: Map<string, ResolvedMention>): Map<string, ApposedRole[]> {
  const out = new Map<string, ApposedRole[]>();
  const note = (entity: string, r: ApposedRole) => out.set(entity, [...(out.get(entity) ?? []), r]);
  for (const s of ctx.sentences) {
    const { tokens } = s;
    for (let i = 0; i < tokens.length; i++) {
      // (a state's possessive opens one too: "Egypt's Minister of Foreign Affairs, X,")
      const det = DESCRIPTION_DETERMINERS.has(wordKey(tokens[i]!)) || statePossessiveAt(ctx, startAt, s, i) ? 1 : 0;
      // (past a title-cased portfolio after the determiner: "India's External Affairs Minister, X")
      const head = roleHeadAt(tokens, det ? pastPortfolio(tokens, i + det) : i);
      if (!head) continue;
      const tail = roleTail(ctx, s, head.end, startAt);
      if (det && tail.person) note(tail.person.entity, { role: head.role, country: tail.country, start: tokens[i]!.start, object: governedAt(tokens, i - 1) });
      // "X, Minister of State, held": the name right before, a comma between
      // (not a list of titled names: "Representative Kallas, Minister Barrot")
      const before = !det && i > 0 && tokens[i - 1]!.post.includes(',') && /^\p{Lu}/u.test(tokens[i]!.text) && !startAt.has(`${s.index}:${head.end + 1}`)
        ? ctx.named.find((m) => m.sentence === s.index && m.tokens[1] === i - 1 && !m.demonym && ctx.entities.get(m.entity)?.type === 'PERSON') : undefined;
      if (before) note(before.entity, { role: head.role, country: tail.country, start: tokens[i]!.start, object: objectLike(ctx, before) });
    }
  }
  return out;
}

/** a country's possessive name of one token at `i` ("Egypt's") */
function statePossessiveAt(ctx: Ctx, startAt: Map<string, ResolvedMention>, s: Sentence, i: number): boolean {
  const m = startAt.get(`${s.index}:${i}`);
  return !!m && m.tokens[1] === i && !m.demonym && /['’]s$/i.test(s.tokens[i]!.text) && ctx.entities.get(m.entity)?.type === 'COUNTRY';
}

/**
 * A group description at `i`: "the two leaders", "both countries", "the three ministers" (any position), or "the
 * leaders", "the sides" with no count as a clause's subject ("the leaders agreed"; not "the leaders of the G7", nor
 * "among the leaders in the hall"). Its last token, its head's types and its count.
 */
function groupDescriptionAt(tokens: Token[], i: number): { end: number; types: EntityType[]; count?: number } | null {
  const w = wordKey(tokens[i]!);
  // (a bare count is indefinite, "two ministers held talks": only "both" stands without a determiner)
  const counted = w === 'both' ? i : DESCRIPTION_DETERMINERS.has(w) && tokens[i + 1] && PAIR_DETERMINERS.has(wordKey(tokens[i + 1]!)) ? i + 1 : -1;
  const j = counted >= 0 ? counted + 1 : i + 1;
  const head = tokens[j] && wordKey(tokens[j]!);
  const types = head ? lookup(PAIR_HEADS, head) : undefined;
  if (!types) return null;
  if (counted >= 0) return { end: j, types, count: lookup(PLURAL_COUNTS, wordKey(tokens[counted]!)) ?? 2 };
  const next = tokens[j + 1];
  const verbNext = !!next && /^\p{Ll}/u.test(next.text) && !/[,;:]/.test(tokens[j]!.post) && (next.tags.includes('Verb') || next.tags.includes('Adverb'));
  return w === 'the' && UNCOUNTED_GROUP_HEADS.has(head!) && verbNext ? { end: j, types } : null;
}

/**
 * How many tokens of a modifier a description carries at `j` before its head: an "X-based" compound
 * (compromise splits it in two, "Vienna" + "based"), a lower-case adjective, or none (0).
 */
function modifierLength(tokens: Token[], j: number): number {
  const t = tokens[j]!, next = tokens[j + 1];
  if (NON_COREFERRING_MODIFIERS.has(wordKey(t))) return 0;
  const compound = t.text.split('-');
  if (compound.length > 1 && COMPOUND_MODIFIER_ENDS.has(compound.at(-1)!.toLowerCase())) return 1;
  if (next && t.post === '-' && COMPOUND_MODIFIER_ENDS.has(wordKey(next))) return 2;
  // a place of several words: "the Addis Ababa-based body"
  for (let k = j; k < j + MAX_HEAD_WORDS && /^\p{Lu}/u.test(tokens[k]?.text ?? ''); k++) {
    if (tokens[k]!.post === '-' && tokens[k + 1] && COMPOUND_MODIFIER_ENDS.has(wordKey(tokens[k + 1]!))) return k - j + 2;
    if (tokens[k]!.post !== ' ') break;
  }
  // a lower-case adjective, or a participle used as one ("the embattled leader")
  const adjective = t.tags.includes('Adjective') || (t.tags.includes('PastTense') && /ed$/.test(t.text));
  return /^\p{Ll}/u.test(t.text) && adjective && !t.tags.includes('Noun') ? 1 : 0;
}

/**
 * "X said (that) it had seized Y": a subject "it" right after a reporting verb (or its "that") stands for the country or
 * organisation named right before the verb. Any other "it" is left unresolved (mostly it is no entity: "it is unclear").
 */
function reportingSubject(ctx: Ctx, s: Sentence, i: number): ResolvedMention | null {
  const { tokens } = s;
  const reporting = (k: number) => k >= 0 && IT_REPORTING_FORMS.has(wordKey(tokens[k]!));
  // (only "it" with its verb right after: "said it strongly backs" is left to the clause layer, which reads an
  // unresolved "it" after a speech verb as the speaker and steps over the adverb; resolved here, "it" is read as
  // the object of "said")
  const next = tokens[i + 1];
  if (!next || !['Verb', 'Modal', 'Auxiliary', 'Copula'].some((tag) => next.tags.includes(tag))) return null;
  let v = i - 1;
  if (v >= 0 && wordKey(tokens[v]!) === 'that') {
    // ("said on Monday that it", "said, in a statement, that it": a short adjunct between the verb and its "that")
    v = [1, 2, 3, 4, 5].map((k) => i - 1 - k).find(reporting) ?? -1;
    if (v < 0) return null;
  } else if (!reporting(v) || /[,;:]/.test(tokens[v]!.post)) return null;
  // (the reporter is the name right before the verb: not "the Rwanda-backed group said it", whose name is a modifier)
  const reporter = ctx.named.find((m) => m.sentence === s.index && m.tokens[1] === v - 1 && !m.demonym && !m.reference);
  const type = reporter && ctx.entities.get(reporter.entity)!.type;
  return type === 'COUNTRY' || type === 'ORGANIZATION' ? reporter! : null;
}

/**
 * "The CTRI has placed X under arrest. It has also arrested Y", "Tokyo has not retracted. Instead it protested": "it" as
 * the subject of an action verb, opening its sentence (after an opening adjunct at most), goes on with the state or body
 * the sentence before opened with as its subject. (Not "it is", "it was": mostly no entity, "it is unclear".)
 */
function continuedSubject(ctx: Ctx, s: Sentence, i: number): ResolvedMention | null {
  const { tokens } = s;
  if (i > 4 || tokens.slice(0, i).some((t) => t.tags.includes('Verb') || /[,;:]/.test(t.post))) return null;
  if (i > 0 && !['Preposition', 'Adverb'].some((tag) => tokens[0]!.tags.includes(tag))) return null;
  const verbAt = (ts: Token[], k: number) => {
    while (ts[k] && (ts[k]!.tags.includes('Adverb') || PERFECT_AUXILIARIES.has(wordKey(ts[k]!)))) k++;
    return !!ts[k] && ts[k]!.tags.includes('Verb') && !ts[k]!.tags.includes('Copula') && !ts[k]!.tags.includes('Gerund');
  };
  if (!verbAt(tokens, i + 1)) return null;
  const prev = ctx.sentences[s.index - 1];
  const first = prev && ctx.named.find((m) => m.sentence === prev.index && !m.demonym);
  if (!prev || !first || first.possessive || prev.tokens.slice(0, first.tokens[0]).some((t) => t.tags.includes('Verb'))) return null;
  const type = ctx.entities.get(first.entity)!.type;
  return (type === 'COUNTRY' || type === 'ORGANIZATION') && verbAt(prev.tokens, first.tokens[1] + 1) ? first : null;
}

/**
 * A read-out's capitalised title with no determiner, as the subject of a verb, opening its sentence or after an
 * opening prepositional phrase: "Prime Minister held talks with …", "On 20 May, Prime Minister visited …" read as
 * "the Prime Minister". (Not an apposition: "X, President of Y, said"; nor a titled name: "President Lula".)
 */
function bareTitleAt(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!/^[A-Z]/.test(t.text) || !ROLE_FIRST_WORDS.has(wordKey(t))) return false;
  const opening = i === 0 || (tokens[0]!.tags.includes('Preposition') && tokens[i - 1]!.post.includes(',')
    && !tokens.slice(0, i - 1).some((x) => /[,;:]/.test(x.post)));
  const head = opening && roleHeadAt(tokens, i);
  if (!head || !lookup(DESCRIPTION_HEADS, head.role)?.role || /\S/.test(tokens[head.end]!.post)) return false;
  let k = head.end + 1;
  while (tokens[k] && BARE_TITLE_ADVERBS.has(wordKey(tokens[k]!))) k++;
  return !!tokens[k] && /^[a-z]/.test(tokens[k]!.text) && tokens[k]!.tags.includes('Verb');
}
/**
 * A subject pronoun of a "whom" clause ("X, the envoy for Y, with whom he discussed Z"; "X, whom he received"): the
 * person "whom" stands for is its object, so no antecedent; nor is anyone a read-out's list of meetings introduces the
 * same way (each item "A, with whom he …", "B, whom he …"): the pronoun is the one who met them. Null for other pronouns.
 */
function whomHeads(ctx: Ctx, s: Sentence, i: number): Set<string> | undefined {
  const { tokens } = s;
  const whomAt = (k: number) => !!tokens[k] && wordKey(tokens[k]!) === 'whom';
  if (!whomAt(i - 1)) return undefined;
  const heads = new Set<string>();
  for (const m of ctx.named) {
    const t = ctx.sentences[m.sentence]?.tokens;
    if (!t || ctx.entities.get(m.entity)?.type !== 'PERSON') continue;
    // a person before a "whom" of its sentence, no verb between (so also each of "A and B, whom he")
    const k = t.findIndex((x, n) => n > m.tokens[1] && wordKey(x) === 'whom');
    if (k > 0 && !t.slice(m.tokens[1] + 1, k).some((x) => x.tags.includes('Verb'))) heads.add(m.entity);
  }
  return heads;
}

/**
 * A subject pronoun right after a sentence's opening "with" phrase ("With his counterpart, X, and Y, he discussed …"):
 * the people the phrase names are the ones met, never the pronoun's antecedent. Undefined where no such phrase.
 */
function openingWithHeads(ctx: Ctx, s: Sentence, i: number): Set<string> | undefined {
  const { tokens } = s;
  if (i < 2 || wordKey(tokens[0]!) !== 'with' || !tokens[i - 1]!.post.includes(',') || tokens.slice(1, i).some((t) => t.tags.includes('Verb'))) return undefined;
  const heads = new Set<string>();
  for (const m of ctx.named) if (m.sentence === s.index && m.tokens[1] < i && ctx.entities.get(m.entity)?.type === 'PERSON') heads.add(m.entity);
  // (the phrase ends on a person's name: "With X's backing, he …" names no one met)
  const last = ctx.named.some((m) => m.sentence === s.index && m.tokens[1] === i - 1 && heads.has(m.entity));
  return last ? heads : undefined;
}

/** The person (or entity of `type`) named most often before `start` (the first of them on a tie): who the article is about. */
function mostMentioned(ctx: Ctx, start: number, fits: (m: ResolvedMention) => boolean, type: EntityType = 'PERSON'): ResolvedMention | null {
  const counts = new Map<string, { first: ResolvedMention; n: number }>();
  for (const m of ctx.named) {
    if (m.start >= start || m.demonym || ctx.entities.get(m.entity)?.type !== type || !fits(m)) continue;
    const c = counts.get(m.entity);
    if (c) c.n++; else counts.set(m.entity, { first: m, n: 1 });
  }
  let best: { first: ResolvedMention; n: number } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.first ?? null;
}

/**
 * The object pronoun of a purpose clause after a verb of contact: "A called B to congratulate him", "A spoke to B by
 * telephone to thank her" (an adverb may stand before the verb: "to personally thank him"). A does the act, so the
 * pronoun is B, the person contacted (the nearest name before "to", no clause boundary between). Null otherwise.
 */
function contactedPerson(ctx: Ctx, s: Sentence, i: number, gender: Gender | undefined): ResolvedMention | null {
  const { tokens } = s;
  const isVerb = (k: number) => !!tokens[k] && tokens[k]!.tags.includes('Verb');
  // (or a second verb of the same subject: "A telephoned B and congratulated him")
  const to = [i - 2, i - 3].find((k) => k >= 0 && ['to', 'and'].includes(wordKey(tokens[k]!)) && isVerb(i - 1) && (k === i - 2 || tokens[k + 1]!.tags.includes('Adverb')));
  if (to === undefined) return null;
  const m = ctx.named.filter((x) => x.sentence === s.index && x.tokens[1] < to).at(-1);
  if (!m || m.demonym || m.possessive || ctx.entities.get(m.entity)?.type !== 'PERSON' || !genderFits(ctx, m, gender)) return null;
  const between = tokens.slice(m.tokens[1], to);
  if (between.some((t, k) => (k > 0 && (CLAUSE_BOUNDARIES.has(wordKey(t)) || t.tags.includes('Verb'))) || /[,;:]/.test(t.post))) return null;
  // the verb right before the name, or before its preposition ("spoke to B", "talked with B")
  const v = m.tokens[0] - 1;
  // (by its word: compromise tags this "to" a conjunction)
  const verbAt = tokens[v] && ['to', 'with'].includes(wordKey(tokens[v]!)) ? v - 1 : v;
  return verbAt >= 0 && CONTACT_VERB_FORMS.has(wordKey(tokens[verbAt]!)) ? m : null;
}

/**
 * A person pronoun inside a non-restrictive "who" clause stands for the person the clause is about: "A had the
 * backing of B, who fell out with his deputy" (his = B, not the sentence's subject A). The clause runs from "who" to
 * the pronoun with no comma or other clause boundary between; "her" counts only before a noun ("her deputy", not
 * "who met her"). Null otherwise.
 */
function relativeHead(ctx: Ctx, s: Sentence, i: number, gender: Gender | undefined): ResolvedMention | null {
  const { tokens } = s;
  if (wordKey(tokens[i]!) === 'her' && !(tokens[i + 1] && ['Noun', 'Adjective'].some((tag) => tokens[i + 1]!.tags.includes(tag)))) return null;
  let who = i - 1;
  // (past reported speech: "B, who said he had spoken with C")
  for (; who > 0 && wordKey(tokens[who]!) !== 'who'; who--) {
    if ((CLAUSE_BOUNDARIES.has(wordKey(tokens[who]!)) && !REPORTING_BOUNDARIES.has(wordKey(tokens[who]!))) || /[,;:]/.test(tokens[who]!.post)) return null;
  }
  if (who <= 0 || /[,;:]/.test(tokens[who]!.post) || !tokens[who - 1]!.post.includes(',')) return null;
  const head = ctx.named.find((m) => m.sentence === s.index && m.tokens[1] === who - 1 && !m.demonym && !m.reference);
  return head && ctx.entities.get(head.entity)?.type === 'PERSON' && genderFits(ctx, head, gender) ? head : null;
}

/**
 * "A welcomed B on his first visit to C", "A received B during her trip": a possessive before a journey noun, in a
 * phrase right after a hosting verb's person object, is the guest B. Null otherwise.
 */
function guestOfVisit(ctx: Ctx, s: Sentence, i: number, gender: Gender | undefined): ResolvedMention | null {
  const { tokens } = s;
  if (!['on', 'during', 'for'].includes(wordKey(tokens[i - 1] ?? tokens[i]!)) || i < 1) return null;
  let n = i + 1;
  while (tokens[n] && n - i <= 2 && !JOURNEY_NOUNS.has(wordKey(tokens[n]!)) && /^\p{Ll}/u.test(tokens[n]!.text)) n++;
  if (!tokens[n] || !JOURNEY_NOUNS.has(wordKey(tokens[n]!))) return null;
  const m = ctx.named.find((x) => x.sentence === s.index && x.tokens[1] === i - 2 && !x.demonym && !x.possessive);
  if (!m || /[,;:]/.test(tokens[i - 2]!.post) || ctx.entities.get(m.entity)?.type !== 'PERSON' || !genderFits(ctx, m, gender)) return null;
  // (past the guest's title: "welcomed Prime Minister B")
  let v = m.tokens[0] - 1;
  while (v > 0 && /^\p{Lu}/u.test(tokens[v]!.text) && !/\S/.test(tokens[v]!.post)) v--;
  return v >= 0 && HOSTING_VERB_FORMS.has(wordKey(tokens[v]!)) ? m : null;
}

/**
 * "B won the vote … Modi congratulated him": the one congratulated is who the article is about (its most named
 * person, not the congratulator), more often than the person named last. An object "him"/"her" (no "her" before a
 * noun) right after a form of "congratulate".
 */
function congratulationObject(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!['him', 'her'].includes(wordKey(tokens[i]!))) return false;
  if (wordKey(tokens[i]!) === 'her' && next && ['Noun', 'Adjective'].some((tag) => next.tags.includes(tag))) return false;
  return i > 0 && CONGRATULATE_FORMS.has(wordKey(tokens[i - 1]!));
}

/**
 * The most named fitting person before `start`. For "her", among the persons a "she"/"her" took up before, if any: most
 * people in the news are men whose gender no title shows, so a female pronoun marks the woman ("he" marks no one).
 */
function congratulatedPerson(ctx: Ctx, sentence: number, start: number, fits: (m: ResolvedMention) => boolean, gender: Gender | undefined): ResolvedMention | null {
  const same = new Set((ctx.described ?? []).filter((d) => d.start < start && gender === 'female' && lookup(PRONOUNS, d.text.toLowerCase())?.gender === gender).map((d) => d.entity));
  const about = (same.size ? mostMentioned(ctx, start, (m) => fits(m) && same.has(m.entity)) : null) ?? mostMentioned(ctx, start, fits);
  // "… Sharif promised to tackle prices. Modi congratulated him": the sentence before names the one congratulated as
  // its subject (by name, before any verb), when the article has named him before that too
  const recent = antecedent(ctx, sentence, start, ['PERSON'], gender, (m) => !fits(m) || m.sentence === sentence || !!m.reference || (same.size > 0 && !same.has(m.entity)));
  const subject = recent && recent.sentence === sentence - 1 && !ctx.sentences[recent.sentence]!.tokens.slice(0, recent.tokens[0]).some((t) => t.tags.includes('Verb'));
  const named = recent ? ctx.named.filter((m) => m.entity === recent.entity && m.start < start && !m.reference).length : 0;
  return subject && named >= 2 ? recent : about;
}

/**
 * The object pronoun of a relative clause on a person met: "A met Foreign Minister X, who congratulated him", "A held a
 * call with his counterpart, Y, who told him": the main clause's subject, named before in its sentence (seen:
 * news-fresh29 sa-china-taliban-envoy-wire, where the congratulated one had gone to the person the article names most;
 * news-fresh iran-attack-israel-april-2024-live, news-fresh7 fidan-3plus3-istanbul-readout, news-fresh6
 * brasilia-january-8-live). A subject written as a pronoun ("He held talks with President Y, who welcomed him") is no
 * named mention, so that wording is left to the readings after this one.
 */
function relativesObject(ctx: Ctx, s: Sentence, i: number, gender: Gender | undefined): ResolvedMention | null {
  const { tokens } = s;
  if (i < 3 || !tokens[i - 1]!.tags.includes('Verb') || wordKey(tokens[i - 2]!) !== 'who' || !tokens[i - 3]!.post.includes(',')) return null;
  const isPerson = (m: ResolvedMention) => !m.demonym && ctx.entities.get(m.entity)?.type === 'PERSON';
  const met = ctx.named.find((m) => m.sentence === s.index && m.tokens[1] === i - 3 && isPerson(m));
  const subject = met && ctx.named.find((m) => m.sentence === s.index && m.start < met.start && isPerson(m));
  return subject && subject.entity !== met.entity && subjectLike(ctx, subject) && genderFits(ctx, subject, gender) ? subject : null;
}

/** "its managing director", "its member states": the possessive pronoun at `i` before what only a body has. */
function bodysPossession(tokens: Token[], i: number): boolean {
  if (wordKey(tokens[i]!) !== 'its') return false;
  const one = tokens[i + 1] ? wordKey(tokens[i + 1]!) : '';
  return BODY_POSSESSIONS.has(one) || (!!tokens[i + 2] && BODY_POSSESSIONS.has(`${one} ${wordKey(tokens[i + 2]!)}`));
}

/** The entity a pronoun at `i` takes up, as a reference (a person pronoun that is no object carries its person on). */
function pronounReference(ctx: Ctx, s: Sentence, i: number, pronoun: (typeof PRONOUNS)[string]): ResolvedMention | null {
  const { tokens } = s;
  const clauseMate = pronoun.object ? (m: ResolvedMention) => m.sentence === s.index && !tokens.slice(m.tokens[1], i)
    .some((t, k) => (k > 0 && CLAUSE_BOUNDARIES.has(wordKey(t))) || /[,;:]/.test(t.post)) : undefined;
  const withHeads = !pronoun.object && pronoun.types.includes('PERSON') ? openingWithHeads(ctx, s, i) : undefined;
  const met = !pronoun.object && pronoun.types.includes('PERSON') ? whomHeads(ctx, s, i) ?? withHeads : undefined;
  const unfit = (m: ResolvedMention) => clauseMate?.(m) || !!met?.has(m.entity) || !!pronoun.notKinds?.includes(ctx.entities.get(m.entity)?.kind ?? '');
  // (when every person in reach is one he met, the one the article is about)
  const contacted = pronoun.object && pronoun.types.includes('PERSON') ? contactedPerson(ctx, s, i, pronoun.gender) : null;
  const relative = !pronoun.object && !pronoun.plural && pronoun.types.includes('PERSON') ? relativeHead(ctx, s, i, pronoun.gender) : null;
  const guest = !pronoun.object && !pronoun.plural && pronoun.types.includes('PERSON') ? guestOfVisit(ctx, s, i, pronoun.gender) : null;
  const types = bodysPossession(tokens, i) ? pronoun.types.filter((t) => t === 'ORGANIZATION') : pronoun.types;
  // ("her" is an object here too: congratulationObject leaves out "her" before a noun)
  const congratulated = pronoun.types.includes('PERSON') && !pronoun.plural && !contacted && congratulationObject(tokens, i)
    ? congratulatedPerson(ctx, s.index, tokens[i]!.start, (m) => !unfit(m) && genderFits(ctx, m, pronoun.gender), pronoun.gender) : null;
  // (after an opening "With X," the one who met X is the one the article is about, not the counterpart named before)
  const protagonist = withHeads ? mostMentioned(ctx, tokens[i]!.start, (m) => !withHeads.has(m.entity) && genderFits(ctx, m, pronoun.gender)) : null;
  const forward = !pronoun.object && !pronoun.plural && pronoun.types.includes('PERSON') ? forwardSubject(ctx, s, i, pronoun.gender) : null;
  const target = protagonist ?? contacted ?? (pronoun.object && pronoun.types.includes('PERSON') ? relativesObject(ctx, s, i, pronoun.gender) : null) ?? congratulated ?? relative ?? guest ?? forward ?? antecedent(ctx, s.index, tokens[i]!.start, types, pronoun.gender, unfit, i === 0)
    ?? (met ? mostMentioned(ctx, tokens[i]!.start, (m) => !met.has(m.entity) && genderFits(ctx, m, pronoun.gender)) : null);
  if (!target || (pronoun.plural && target.sentence < s.index - 1)) return null;
  // ("A and B said any strike on them meant war", "X welcomed A and B, where Y joined them"): a
  // plural pronoun after a coordination of names means those names, not the one body named before them; no referent
  if (pronoun.plural && coordinationBetween({ ...ctx, read: [] }, s.index, target.end, tokens[i]!.start)) return null;
  // ("ten people, two of them children", "several states, among them A and B", "war between them"): a partitive or
  // reciprocal "them" counts a plural noun's members, never one body named before
  if (wordKey(tokens[i]!) === 'them' && i > 0 && PARTITIVE_PREPOSITIONS.has(wordKey(tokens[i - 1]!))) return null;
  const ref = reference(s, i, i, ctx.text, target, 'pronoun');
  // a person pronoun carries its person on ("he received X … he met Y": the same man)
  if (pronoun.types.includes('PERSON') && !pronoun.object) ctx.described!.push(ref);
  return ref;
}

/** The longest description head (up to MAX_HEAD_WORDS words) at `j`: "the Foreign Ministry", "the capital". */
function descriptionHeadAt(tokens: Token[], j: number): { head: string; end: number } | null {
  for (let len = MAX_HEAD_WORDS; len >= 1; len--) {
    const phrase = tokens.slice(j, j + len).map(wordKey).join(' ');
    if (tokens.length >= j + len && lookup(DESCRIPTION_HEADS, phrase)) return { head: phrase, end: j + len - 1 };
  }
  return null;
}

/** The entity a description with no role means ("the country", "the Laotian capital"): the nearest fitting one named before. */
function describedEntity(ctx: Ctx, spec: (typeof DESCRIPTION_HEADS)[string], country: string | undefined, sentence: number, start: number, titleModifierAt: Set<number>): ResolvedMention | null {
  const fits = (m: ResolvedMention) => {
    const e = ctx.entities.get(m.entity)!;
    const entry = e.gazetteerId ? ctx.gazetteer.entries.get(e.gazetteerId) : undefined;
    const words = e.label.toLowerCase().split(/\s+/);
    return (!spec.nameWords || spec.nameWords.some((nw) => e.label.toLowerCase().includes(nw)))
      && !spec.notNameWords?.some((nw) => words.includes(nw))
      && (!spec.kinds || spec.kinds.includes(e.kind ?? ''))
      && !spec.notKinds?.includes(e.kind ?? '')
      // "the Laotian capital": a place of that country only
      && (!country || spec.type !== 'LOCATION' || entry?.country === country);
  };
  let cands = before(ctx, sentence, start, [spec.type]).filter((m) => !m.demonym || spec.type === 'COUNTRY');
  // "Sierra Leonean President Bio … the country": a demonym inside a title is the office's country, not the
  // article's; once a country is named as such before, that one is meant (the nearest, however far back)
  const namedCountry = spec.type === 'COUNTRY' && ctx.named.filter((m) => !m.demonym && m.start < start && ctx.entities.get(m.entity)!.type === 'COUNTRY' && fits(m)).at(-1);
  if (namedCountry && cands.some((m) => titleModifierAt.has(m.start))) {
    cands = cands.filter((m) => !titleModifierAt.has(m.start));
    if (!cands.some(fits)) cands = [namedCountry];
  }
  // ("X, who has led the country since 2007", "Y accused the country's leadership": with no country named earlier in
  // its own sentence, the country the article names most so far; the one named last is often a neighbour or a visitor's)
  if (spec.topic && !country && !cands.some((m) => m.sentence === sentence && fits(m))) {
    const topic = mostMentioned(ctx, start, fits, 'COUNTRY');
    if (topic) return topic;
  }
  return cands.find(fits) ?? (country && spec.type === 'LOCATION' ? ctx.named.find((m) => !m.demonym && m.type === 'LOCATION' && fits(m)) ?? null : null);
}

/**
 * "The three leaders adopted X. They condemned Y": a "they" opening its sentence right after a group's sentence is that
 * group, carried on to the next such sentence. Null when the sentence before read no group.
 */
function groupPronounReferences(ctx: Ctx, groups: GroupCtx, s: Sentence): ResolvedMention[] | null {
  const lastGroup = groups.read.at(-1);
  if (!lastGroup || lastGroup.sentence !== s.index - 1) return null;
  groups.read.push({ sentence: s.index, end: s.tokens[0]!.end, members: lastGroup.members });
  return lastGroup.members.map((m) => ({ ...reference(s, 0, 0, ctx.text, m, 'pronoun'), member: true }));
}

/** A group description's references, one per member ("the two leaders" → A, B); the group is kept for later descriptions. */
function groupReferences(ctx: Ctx, groups: GroupCtx, s: Sentence, i: number, described: { end: number; types: EntityType[]; count?: number }): ResolvedMention[] {
  const members = groupOf(groups, s.index, s.tokens[i]!.start, described.types, described.count);
  if (members.length) groups.read.push({ sentence: s.index, end: s.tokens[described.end]!.end, members });
  return members.map((m) => ({ ...reference(s, i, described.end, ctx.text, m, 'description'), member: true }));
}

/**
 * Past the modifiers before or after a demonym, from `j`: "the embattled Chinese leader", "the Chinese state-run
 * agency". Where the description's head may start, and the demonym met on the way.
 */
function pastModifiers(tokens: Token[], j: number, demonymAt: (k: number) => ResolvedMention | undefined): { j: number; demonym?: ResolvedMention } {
  const skip = (k: number) => {
    for (let n = 0, len = 0; n < MAX_DESCRIPTION_MODIFIERS && tokens[k] && (len = modifierLength(tokens, k)); n++) k += len;
    return k;
  };
  let k = skip(j);
  const demonym = demonymAt(k);
  if (demonym) k = demonym.tokens[1] + 1;
  return { j: skip(k), demonym };
}

/**
 * What a description from token `from` to its head at `at` means: a role's holder ("the president", or the one who
 * lost the office: "the former president"), the demonym's country for a country's head, else the nearest fitting
 * entity named before.
 */
function descriptionTarget(ctx: Ctx, s: Sentence, [from, at]: [number, number], head: string, country: string | undefined, demonym: ResolvedMention | undefined, titleModifierAt: Set<number>): ResolvedMention | Entity | null {
  const spec = DESCRIPTION_HEADS[head]!;
  const start = s.tokens[from]!.start;
  if (spec.role) return leaderOf(ctx, country, head, s.index, start, s.tokens.slice(from + 1, at).some((t) => LOST_OFFICE_MODIFIERS.has(wordKey(t))));
  if (spec.type === 'COUNTRY' && demonym) return demonym;
  // "X, the government's top spokesman", "the government's information minister, X": an official of the state the
  // article is about, the country it names most, not the one named last (seen: news-fresh14
  // north-korea-missile-over-japan, news-fresh19 af-machar-house-arrest-wire). Elsewhere a possessive "the
  // government's" with no country word names no state surely ("Cobra, the government's emergency committee" in a
  // British article, "Modi praised the government's vision" where Pakistan is named most): no referent.
  if (head === 'government' && !country && /['’]s$/.test(s.tokens[at]!.text)) {
    return apposedToPerson(ctx, s, from, at) ? mostMentioned(ctx, start, () => true, 'COUNTRY') : null;
  }
  return describedEntity(ctx, spec, country, s.index, start, titleModifierAt);
}

/**
 * A description from `from` whose head ends at `at` set beside a person's name by a comma: "X, the government's top
 * spokesman", "the government's information minister, X" (the name within four words after the head).
 */
function apposedToPerson(ctx: Ctx, s: Sentence, from: number, at: number): boolean {
  const person = (m: ResolvedMention) => m.sentence === s.index && !m.demonym && ctx.entities.get(m.entity)?.type === 'PERSON';
  const before = from > 0 && s.tokens[from - 1]!.post.includes(',') && ctx.named.some((m) => person(m) && m.tokens[1] === from - 1);
  const comma = s.tokens.slice(at, at + 5).findIndex((t) => t.post.includes(','));
  return before || (comma >= 0 && ctx.named.some((m) => person(m) && m.tokens[0] === at + comma + 1));
}

/** Pronoun and description mentions of an article, each tied to an entity already named in it. */
export function findReferences(input: Ctx): ResolvedMention[] {
  const ctx: Ctx = { ...input, genders: input.genders ?? personGenders(input.named, input.entities, input.givenName) };
  const out: ResolvedMention[] = [];
  const demonymAt = new Map(ctx.named.filter((m) => m.demonym).map((m) => [`${m.sentence}:${m.tokens[0]}`, m]));
  const titleModifierAt = new Set(ctx.named.flatMap((m) => (m.title?.of ? [m.title.of.start] : [])));
  const namedAt = new Set(ctx.named.flatMap((m) => Array.from({ length: m.tokens[1] - m.tokens[0] + 1 }, (_, k) => `${m.sentence}:${m.tokens[0] + k}`)));
  const startAt = new Map(ctx.named.map((m) => [`${m.sentence}:${m.tokens[0]}`, m]));
  ctx.startAt = startAt;
  ctx.apposed = apposedRoles(ctx, startAt);
  ctx.described = [];
  const groups: GroupCtx = { sentences: ctx.sentences, named: ctx.named, entities: ctx.entities, read: [] };
  for (const s of ctx.sentences) {
    const { tokens } = s;
    for (let i = 0; i < tokens.length; i++) {
      const w = wordKey(tokens[i]!);
      if (w === 'it' && !namedAt.has(`${s.index}:${i}`)) {
        const reporter = reportingSubject(ctx, s, i) ?? continuedSubject(ctx, s, i);
        if (reporter) out.push(reference(s, i, i, ctx.text, reporter, 'pronoun'));
        continue;
      }
      const groupPronoun = w === 'they' && i === 0 ? groupPronounReferences(ctx, groups, s) : null;
      if (groupPronoun) { out.push(...groupPronoun); continue; }
      const pronoun = lookup(PRONOUNS, w);
      // ("His Majesty King X", "HE Mr X": a style of address, no pronoun; a bare one, "His Excellency held talks", is a
      // read-out's way to name its principal, the person it names most)
      // (a named one is part of the name's phrase: the name's person, past a title or honorific "H.E. Mr. X")
      const style = pronoun ? styleOfAddressAt(tokens, i) : null;
      if (style) {
        const holder = style.named ? ctx.named.find((m) => m.sentence === s.index && m.tokens[0] > style.end && m.tokens[0] <= style.end + 3 && !m.demonym && ctx.entities.get(m.entity)?.type === 'PERSON') : null;
        const principal = holder ?? (style.named ? null : mostMentioned(ctx, tokens[i]!.start, (m) => genderFits(ctx, m, pronoun!.gender)));
        const ref = principal && reference(s, i, style.end, ctx.text, principal, 'description');
        if (ref) out.push(ref);
        if (ref && !holder) ctx.described!.push(ref);
        i = style.end;
        continue;
      }
      if (pronoun && !namedAt.has(`${s.index}:${i}`)) {
        const ref = pronounReference(ctx, s, i, pronoun);
        if (ref) out.push(ref);
        continue;
      }
      const bare = bareTitleAt(tokens, i) && !namedAt.has(`${s.index}:${i}`);
      if (!bare && !DESCRIPTION_DETERMINERS.has(w) && !PAIR_DETERMINERS.has(w)) continue;
      // "the two nations", "both countries", "the leaders agreed"
      // (not one apposed to the group it names: "A and B, the two countries X visited", which the rules read whole)
      const apposed = i > 0 && /[,–—]/.test(tokens[i - 1]!.post) && namedAt.has(`${s.index}:${i - 1}`);
      const described = groupDescriptionAt(tokens, i);
      if (described) {
        if (!apposed) out.push(...groupReferences(ctx, groups, s, i, described));
        i = described.end;
        continue;
      }
      if (PAIR_DETERMINERS.has(w)) continue;
      const { j, demonym } = pastModifiers(tokens, bare ? i : i + 1, (k) => demonymAt.get(`${s.index}:${k}`));
      // ("the Deputy Prime Minister", "the Vice President": an office of its own, not a modifier pointing away)
      if (tokens[j] && NON_COREFERRING_MODIFIERS.has(wordKey(tokens[j]!)) && !roleHeadAt(tokens, j)) continue;
      // a name inside a modifier ("the Vienna-based watchdog") stays a mention of its own: the description starts at its head
      const first = tokens.slice(i + 1, j).some((_, k) => namedAt.has(`${s.index}:${i + 1 + k}`) && !demonymAt.has(`${s.index}:${i + 1 + k}`)) ? j : i;
      const found = namedAt.has(`${s.index}:${j}`) ? null : descriptionHeadAt(tokens, pastPortfolio(tokens, j));
      if (!found) continue;
      const { head, end } = found;
      // ("told reporters that Russian President X had …", "said that Foreign Minister X would …": a "that" before a title
      // and its name opens a clause; it is no demonstrative, and the title is the name's own)
      if (w === 'that' && namedAt.has(`${s.index}:${end + 1}`)) { i = end; continue; }
      const spec = DESCRIPTION_HEADS[head]!;
      const tail = spec.role ? roleTail(ctx, s, end, startAt) : undefined;
      // "the Prime Minister of the United Kingdom, X": the role of the name that follows
      if (tail?.person) { i = tail.end; continue; }
      const country = demonym ? ctx.entities.get(demonym.entity)?.gazetteerId ?? demonym.entity : tail?.country;
      const target = descriptionTarget(ctx, s, [i, j], head, country, demonym, titleModifierAt);
      const ref = target && reference(s, first, end, ctx.text, target, 'description');
      if (ref) out.push(ref);
      if (ref && spec.role) ctx.described!.push(ref);
      i = end;
    }
  }
  return out;
}
