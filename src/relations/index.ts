// relations: resolved mentions → typed triples with evidence, through general constructions
// (titles, appositions, copulas, locatives, verbs active and passive, nominalisations, quotes).
// The rules' words are data in lexicon.ts; the constructions are in constructions.ts.
import type { Entity, Relation, ResolvedArticle, ResolvedMention, Sentence, Token } from '../model/types.ts';
import type { GazetteerRole } from '../model/gazetteer.ts';
import { PREDICATES } from '../model/predicates.ts';
import { mentionsBySentence, sentenceArgs, withoutImpliedCopulas } from './args.ts';
import { countryNamed, type Arg, type Ctx, type NamedGroup } from './engine.ts';
import { adjacency, countedMembers, membersInclude, homes, interviews, locatives, meetingsBetween, nominals, organs, orgDescriptors, ownedRoles, roleAfter, staffListed, forceOfLeader, openingPlaceVisit, titleBeforeName, verbs, whereVisit } from './constructions.ts';
import { ATTRIBUTION_PREPS, MINISTRY_HEADS, REPORT_VERBS } from './lexicon.ts';
import { comma, hardBreak, knownLemma, word } from './tokens.ts';
import { analyseSentence, type SentenceAnalysis } from '../clauses/index.ts';
import { applyPatterns, indexPatterns, oneShape } from './matcher.ts';
import { PATTERNS } from './patterns/index.ts';
import { votes } from './votes.ts';
import { meetingList, roundOfMeetings, type MeetingList } from './meetingLists.ts';
import { learnedRelations, pairCandidates, rankedWeights, ruleEdges, vetoRuleEdges, type PairCandidate, type PairModel, type RuleEdge } from './learned/index.ts';

export { lemma } from './tokens.ts';

/** the patterns as the matcher reads them, each with every field in one order (see oneShape), indexed by the words they need */
const SHAPED_PATTERNS = indexPatterns(oneShape(PATTERNS));

// The token-index constructions not yet moved to patterns (src/relations/patterns): titles and appositions,
// locatives and adjacency, homes, verb frames of lexicon.ts, noun frames, meetings between sides, organs,
// "whose members include", interviews. They run after the patterns; an edge found by both keeps the pattern's id.
const CONSTRUCTIONS = [titleBeforeName, orgDescriptors, roleAfter, ownedRoles, locatives, adjacency, homes, verbs, nominals, meetingsBetween, organs, membersInclude, countedMembers, staffListed, forceOfLeader, interviews, openingPlaceVisit, whereVisit, votes, meetingList] as const;

/** World knowledge the relation rules may consult (the gazetteer's entries; all optional). */
export interface RelationWorld {
  /** a gazetteer entry's kind ("capital", "news-agency", …) and the id of the country it belongs to */
  entry?: (gazetteerId: string) => { kind?: string; country?: string; partOf?: string; roles?: readonly GazetteerRole[] } | undefined;
  /** the gazetteer id of the country a one-word demonym names ("chinese" → China's id) */
  countryOfDemonym?: (word: string) => string | undefined;
}

/** The gazetteer lookups the constructions and patterns consult, bound to one article's entities. */
type WorldLookups = Pick<Ctx, 'countryIdOf' | 'countryOfCapital' | 'bodyOf' | 'stateOfMinistry' | 'postHeld' | 'postsHeld' | 'countryOfDemonym'>;

function worldLookups(article: ResolvedArticle, world: RelationWorld): WorldLookups {
  const countryIdOf = (e: Entity): string | undefined =>
    e.type === 'COUNTRY' ? e.gazetteerId : (e.gazetteerId ? world.entry?.(e.gazetteerId)?.country : undefined);
  // the article's first entity with each gazetteer id, built once: the lookups below run for many mentions
  const byGazetteerId = new Map<string, Entity>();
  for (const e of article.entities) if (e.gazetteerId && !byGazetteerId.has(e.gazetteerId)) byGazetteerId.set(e.gazetteerId, e);
  const named = (id: string | undefined): Entity | undefined => (id ? byGazetteerId.get(id) : undefined);
  const articleCountry = (id: string | undefined): Entity | undefined => {
    const country = named(id);
    return country?.type === 'COUNTRY' ? country : undefined;
  };
  const countryOfCapital = (e: Entity): Entity | undefined =>
    articleCountry(e.gazetteerId && world.entry?.(e.gazetteerId)?.kind === 'capital' ? countryIdOf(e) : undefined);
  // the body an organ belongs to, where the gazetteer knows it and the article names it ("UN Security Council" → United Nations)
  const bodyOf = (e: Entity): Entity | undefined => {
    return named(e.gazetteerId ? world.entry?.(e.gazetteerId)?.partOf : undefined);
  };
  // "Chinese Foreign Ministry", "U.S. Treasury": the country a ministry named with its country's name or demonym serves,
  // where the article names that country
  const stateOfMinistry = (e: Entity): Entity | undefined => {
    const words = e.label.toLowerCase().split(/\s+/);
    if (e.type !== 'ORGANIZATION' || !MINISTRY_HEADS.has(words.at(-1)!)) return undefined;
    return articleCountry(countryIdOf(e) ?? world.countryOfDemonym?.(words[0]!));
  };
  const day = article.article.date?.slice(0, 10);
  const heldOn = (r: GazetteerRole): boolean => !!day && (!r.from || r.from <= day) && (!r.to || day < r.to);
  // "President X" with no owner written: the country or body where the gazetteer has X in that post on the article's date
  // (with `past`, else the one such post the person held before that date: news tells of a past term with the title of the
  // day, "President Joe Biden intended to …" a week after Biden left office)
  const heldBefore = (r: GazetteerRole): boolean => !!day && !!r.to && r.to <= day;
  const postHeld = (e: Entity, role: string, past = false): Entity | undefined => {
    // ("Secretary-General X", "Director General X": the text's hyphen is a space in the title's words, the gazetteer's is kept)
    const roles = (e.gazetteerId ? world.entry?.(e.gazetteerId)?.roles : undefined)?.filter((r) => r.role.replace(/-/g, ' ') === role.replace(/-/g, ' ')) ?? [];
    const before = past ? roles.filter(heldBefore) : [];
    const held = roles.find(heldOn) ?? (new Set(before.map((r) => r.of)).size === 1 ? before[0] : undefined);
    const body = named(held?.of);
    return body?.type === 'COUNTRY' || body?.type === 'ORGANIZATION' ? body : undefined;
  };
  const postsHeld = (e: Entity): { role: string; body?: Entity; current: boolean }[] => {
    if (!e.gazetteerId) return [];
    return (world.entry?.(e.gazetteerId)?.roles ?? []).map((r) => {
      const body = named(r.of);
      return body ? { role: r.role, body, current: heldOn(r) } : { role: r.role, current: heldOn(r) };
    });
  };
  const countryOfDemonym = (w: string): Entity | undefined => articleCountry(world.countryOfDemonym?.(w));
  return { countryIdOf, countryOfCapital, bodyOf, stateOfMinistry, postHeld, postsHeld, countryOfDemonym };
}

/** The learned pair scorer: its model (none: patterns alone), and for training, a reader of each sentence's candidates. */
export interface LearnedOptions {
  model?: PairModel;
  /** for training: each sentence's candidate pairs and its rule edges with their features (before any veto) */
  collect?: (sentence: Sentence, candidates: readonly PairCandidate[], ruleEdges: readonly RuleEdge[]) => void;
}

export function extractRelations(article: ResolvedArticle, world: RelationWorld = {}, learned: LearnedOptions = {}): Relation[] {
  const byKey = new Map(article.entities.map((e) => [e.key, e]));
  const { countryIdOf, countryOfCapital, bodyOf, stateOfMinistry, postHeld, postsHeld, countryOfDemonym } = worldLookups(article, world);
  const orgNames = new Map<string, Entity>();
  for (const e of article.entities) if (e.type === 'ORGANIZATION') for (const n of [e.label, ...e.aliases]) orgNames.set(n.toLowerCase(), e);
  const out: Relation[] = [];
  const leaders = new Map<string, Entity>();
  const groups: NamedGroup[] = [];
  const meetingLists: { current?: MeetingList } = {};
  const bySentence = mentionsBySentence(article.mentions);
  const ranked = learned.model && rankedWeights(learned.model);
  const vetoed = learned.model?.vetoes ? new Set(PREDICATES.filter((p) => learned.model!.vetoes![p])) : undefined;
  const paragraphCountries = paragraphCountriesOf(article, bySentence, byKey, countryOfCapital);
  for (const parsed of article.sentences) {
    const { sentence, mentions } = withoutImpliedCopulas(parsed, bySentence.get(parsed.index) ?? []);
    const speaker = article.speakers?.[parsed.index];
    const speakerEntity = speaker ? byKey.get(speaker) : undefined;
    const args = sentenceArgs(mentions, sentence, byKey);
    const argAt: (Arg | undefined)[] = new Array(sentence.tokens.length);
    for (const a of args) for (let k = a.first; k <= a.last; k++) argAt[k] = a;
    // every field of Ctx from the start, in one order (the ones set later too): one shape for every sentence, so
    // that the many readers of ctx are compiled once
    const ctx: Ctx = {
      article, sentence, tokens: sentence.tokens, args, argAt, attributedTo: undefined, speaker: undefined, out, emitted: new Set(), countryOfCapital, countryIdOf, leaders,
      bodyOf, stateOfMinistry, postHeld, postsHeld, countryOfDemonym, paragraphCountries: paragraphCountries[parsed.index], orgNames, analysis: undefined, groups, entityByKey: byKey, meetingLists,
    };
    const source = attribution(ctx) ?? speakerEntity?.label;
    if (source) ctx.attributedTo = source;
    ctx.analysis = analyseSentence(sentence, args, { knownLemma });
    groups.push(...namedGroups(ctx.analysis, parsed.index));
    const sentenceOut = out.length;
    applyPatterns(ctx, ctx.analysis, SHAPED_PATTERNS);
    for (const construction of CONSTRUCTIONS) construction(ctx);
    // (training reads every predicate's candidates, before the model's edges; inference only those its model carries)
    const edges = learned.collect || vetoed?.size ? ruleEdges(ctx, sentenceOut, learned.collect ? undefined : vetoed) : [];
    if (learned.collect) learned.collect(parsed, pairCandidates(ctx, sentenceOut), edges);
    if (ranked) learnedRelations(ctx, ranked, sentenceOut);
    // (the veto after the model: a pair whose rule edge it drops is not offered to the model instead)
    if (learned.model && edges.length) vetoRuleEdges(ctx, learned.model, edges);
    placeChains(out, sentenceOut, byKey);
  }
  return withoutHomeVisits(withoutLeadersStaff(roundOfMeetings(out)), placeCountries(article, out, countryIdOf));
}

/**
 * No one visits the country he leads, serves or is a citizen of: such an edge is a misread visitor ("X welcomed Y on his
 * first visit to Z", his = Y) or host ("the leader's first trip to the country"), or a trip home ("departed for <his capital>").
 * (A place within his country stays: a leader's tour of his own provinces is a visit.)
 */
function withoutHomeVisits(out: Relation[], countriesOf: Map<string, Set<string>>): Relation[] {
  const home = new Set(out.filter((r) => HOME_PREDICATES.has(r.predicate) && !r.negated).map((r) => `${r.subject}|${r.object}`));
  // (a host reading needs the place's country to be checked: a hall or palace of unknown country is dropped)
  const hostAtHome = (r: Relation): boolean => {
    const countries = countriesOf.get(r.object);
    return !countries || [...countries].some((c) => home.has(`${r.subject}|${c}`));
  };
  const atHome = (r: Relation): boolean => home.has(`${r.subject}|${r.object}`) || (HOST_READINGS.has(r.rule ?? '') && hostAtHome(r));
  return out.filter((r) => r.predicate !== 'VISITED' || r.negated || !atHome(r));
}
/** rules whose subject may as well be the host as the guest ("held talks in Y"): a place inside his own country is home too */
const HOST_READINGS: ReadonlySet<string> = new Set(['visit.talks.in']);

/** each place's countries: the article's LOCATED_IN edges and the gazetteer's country of a place, where the article names it */
function placeCountries(article: ResolvedArticle, out: readonly Relation[], countryIdOf: (e: Entity) => string | undefined): Map<string, Set<string>> {
  const countryByGazetteerId = new Map<string, string>();
  for (const e of article.entities) if (e.type === 'COUNTRY' && e.gazetteerId && !countryByGazetteerId.has(e.gazetteerId)) countryByGazetteerId.set(e.gazetteerId, e.key);
  const countries = new Map<string, Set<string>>();
  const add = (place: string, country: string | undefined): void => {
    if (country) countries.set(place, (countries.get(place) ?? new Set()).add(country));
  };
  for (const e of article.entities) if (e.type === 'COUNTRY') add(e.key, e.key);
  for (const r of out) if (r.predicate === 'LOCATED_IN' && !r.negated) add(r.subject, r.object);
  for (const e of article.entities) if (e.type === 'LOCATION') { const id = countryIdOf(e); add(e.key, id ? countryByGazetteerId.get(id) : undefined); }
  return countries;
}
const HOME_PREDICATES: ReadonlySet<string> = new Set(['LEADER_OF', 'WORKS_FOR', 'CITIZEN_OF']);

/**
 * "Foots Creek is a community in Jackson County, in the state of Oregon": a place that one edge of a sentence puts in Y, where
 * another edge of the same sentence puts Y in Z, lies in Z as well; the sentence states both steps. Only for a place (not an
 * event: "the G7 summit in Hiroshima, Japan"), first placed by a description or an apposition (not a bare "in", which places
 * venues and sites, "talks at the X Centre in Antalya, Türkiye"), and then by a name (not by a possessive or a demonym,
 * "in eastern Ukraine's Donetsk region"). Seen: Re-DocRED dev documents 254 ("in Jackson County, in the U.S. state of
 * Oregon"), 38 ("from Fyllingsdalen, Bergen, Hordaland"), 209 ("the Town of Maniwaki in the Outaouais region of Quebec").
 */
function placeChains(out: Relation[], from: number, byKey: ReadonlyMap<string, Entity>): void {
  const placed = (r: Relation) => r.predicate === 'LOCATED_IN' && !r.negated && !r.modality;
  const steps = out.slice(from).filter(placed);
  const have = new Set(steps.map((r) => `${r.subject}|${r.object}`));
  for (const ab of steps) {
    if (!CHAIN_FIRST_STEPS.has(ab.rule) || byKey.get(ab.subject)?.type !== 'LOCATION') continue;
    for (const bc of steps) {
      if (bc.subject !== ab.object || !CHAIN_NEXT_STEPS.has(bc.rule) || bc.object === ab.subject || have.has(`${ab.subject}|${bc.object}`)) continue;
      have.add(`${ab.subject}|${bc.object}`);
      out.push({ ...ab, object: bc.object, confidence: Math.min(ab.confidence, bc.confidence), rule: 'locative-closure', evidence: { ...ab.evidence, objectText: bc.evidence.objectText } });
    }
  }
}
const CHAIN_FIRST_STEPS: ReadonlySet<string> = new Set(['place.kind.in', 'place.kind.of', 'place.division.of', 'locative-apposition', 'locative-chain']);
// (the second step may be a bare "in": its subject is the place the first step named, no venue)
const CHAIN_NEXT_STEPS: ReadonlySet<string> = new Set([...CHAIN_FIRST_STEPS, 'locative-in']);

/** A person who leads a body does not also work for it: where both are stated ("X was represented by its Prime Minister, Y"), the lead stands. */
function withoutLeadersStaff(out: Relation[]): Relation[] {
  const leads = new Set(out.filter((r) => r.predicate === 'LEADER_OF' && !r.negated).map((r) => `${r.subject}|${r.object}`));
  return out.filter((r) => r.predicate !== 'WORKS_FOR' || r.negated || !leads.has(`${r.subject}|${r.object}`));
}

/** the sentence's coordinations whose every member is a name (not a pronoun) */
function namedGroups(analysis: SentenceAnalysis<Arg>, sentence: number): NamedGroup[] {
  return analysis.phrases.flatMap((p) => {
    const members = p.members?.map((m) => m.referent);
    return members && members.length > 1 && members.every((a) => a && !a.pronoun) ? [{ sentence, last: p.last, members: members as Arg[] }] : [];
  });
}

/**
 * For each sentence, the countries its paragraph named before it (by name or demonym, or by a capital), keyed by
 * entity key. A blank line between two sentences starts a paragraph.
 */
function paragraphCountriesOf(
  article: ResolvedArticle, bySentence: ReadonlyMap<number, readonly ResolvedMention[]>, byKey: ReadonlyMap<string, Entity>,
  countryOfCapital: (e: Entity) => Entity | undefined,
): Map<string, Entity>[] {
  const out: Map<string, Entity>[] = [];
  let seen = new Map<string, Entity>();
  let end = 0;
  const paragraphs: { sentences: number[]; named: Map<string, Entity> }[] = [];
  for (const s of article.sentences) {
    if (!paragraphs.length || /\n[^\S\n]*\n/.test(article.article.text.slice(end, s.start))) { seen = new Map(); paragraphs.push({ sentences: [], named: seen }); }
    end = s.end;
    out[s.index] = new Map(seen);
    paragraphs.at(-1)!.sentences.push(s.index);
    for (const m of bySentence.get(s.index) ?? []) {
      const e = byKey.get(m.entity);
      const country = !e || m.reference ? undefined : countryNamed(e, countryOfCapital);
      if (country) seen.set(country.key, country);
    }
  }
  // ("Live: Nepal's uprising … / The death toll has reached 19. Home Minister X has resigned.": a paragraph that names no
  // country stands in the one country of the headline, the article's first paragraph; seen: news-fresh9 nepal-genz-live,
  // news-fresh12 thailand-paetongtarn-suspended-hun-sen-call-2025, news-fresh8 haiti-sanctions-2653-release)
  // (a headline is one line with no closing stop: a first paragraph of prose carries no country into the next)
  const first = article.sentences[0];
  const isHeadline = !!first && paragraphs[0]!.sentences.length === 1 && !/[.!?]["”’]?\s*$/.test(article.article.text.slice(first.start, first.end));
  const headline = isHeadline && paragraphs.length > 1 && paragraphs[0]!.named.size === 1 ? paragraphs[0]!.named : undefined;
  if (headline) for (const p of paragraphs.slice(1)) if (!p.named.size) for (const i of p.sentences) out[i] = new Map(headline);
  return out;
}

/** the tokens from i on read these words (attribution asks at every token, for each of its openers) */
function wordsAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (word(tokens[i + k]) !== words[k]) return false;
  return true;
}

/** "according to AP News", "…, reported AP News". */
function attribution(ctx: Ctx): string | undefined {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    for (const p of ATTRIBUTION_PREPS) {
      if (!wordsAt(tokens, i, p)) continue;
      let j = i + p.length;
      const end = j;
      // (a place modifying the source is passed over: "a statement from the Rome-based agency")
      const source = (k: number) => !!ctx.argAt[k] && ctx.argAt[k]!.entity.type !== 'LOCATION';
      while (j < tokens.length && !source(j) && !hardBreak(tokens[j - 1]) && !comma(tokens[j - 1]) && j - end < 8) j++;
      const a = ctx.argAt[j] ?? ctx.argAt[tokens.slice(end, j).findIndex((_, k) => ctx.argAt[end + k]) + end];
      // (a description names its source by the entity it stands for: "the agency")
      if (a && (!a.pronoun || /\s|^[a-z]{4,}$/.test(a.text))) return a.pronoun ? a.entity.label : a.text;
    }
    if (REPORT_VERBS.has(word(tokens[i])) && comma(tokens[i - 1]) && ctx.argAt[i + 1] && ctx.argAt[i + 1]!.entity.type === 'ORGANIZATION') return ctx.argAt[i + 1]!.text;
  }
  return undefined;
}
