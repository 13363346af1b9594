// Repairs of one sentence's mentions that need the whole span list: names the span rules cut or joined
// wrongly in news copy, capitalised non-names, and types that a neighbouring word decides. Runs after
// recognizeSentence; rules as data in refine-lexicon.ts.
import type { Mention, MentionTitle, Sentence, Token } from '../model/types.ts';
import { initialsMatch, titleAt } from './recognize.ts';
import { gapBetween, isCapitalised, isPossessive, wordKey } from './spans.ts';
import {
  AWARD_HEADS, BARE_BODY_HEADS, BUILDING_CENTRE_HEADS, BUILDING_CENTRE_USES, FIELD_BODY_HEADS, FIELD_BODY_PLACE_PREPS, GROUPING_HEADS, MONTH_ABBREVIATIONS, ORDINAL_WORDS, PARTY_LEANINGS,
  POSSESSIVE_ORG_HEADS, REGION_ADJECTIVES, SENTENCE_OPENING_COMMON_NOUNS,
} from './refine-lexicon.ts';

export interface RefineContext {
  text: string;
  sentence: Sentence;
  /** whether compromise's lexicon knows a lower-case word: a known word is a dictionary word */
  knownWord: (normal: string) => boolean;
}

const MAX_TITLE_WORDS = 6;
const spaced = (ctx: RefineContext, a: Token, b: Token) => /^\s+$/.test(gapBetween(ctx.text, a, b));
const isLower = (t: Token | undefined) => !!t && /^\p{Ll}/u.test(t.text);
const found = (m: Mention) => !m.gazetteerId && !m.demonym && !m.reference;

function setSpan(ctx: RefineContext, m: Mention, first: number, last: number): void {
  const { tokens } = ctx.sentence;
  m.tokens = [first, last];
  m.start = tokens[first]!.start;
  m.end = tokens[last]!.end - (isPossessive(tokens[last]!) && /['’]s$/.test(tokens[last]!.text) ? 2 : 0);
  m.text = ctx.text.slice(m.start, m.end);
}

/** Whether a token lies in another mention. */
const coveredBy = (ms: Mention[], k: number, except: Mention) => ms.some((x) => x !== except && x.tokens[0] <= k && k <= x.tokens[1]);

/** "Zhang Jun": a month abbreviation after a capitalised name, with no day number after it, ends the name. */
function monthNames(ctx: RefineContext, ms: Mention[]): void {
  const { tokens } = ctx.sentence;
  for (const m of ms) {
    const b = m.tokens[1], next = tokens[b + 1];
    if (!found(m) || m.type !== 'PERSON' || m.possessive || !next || !MONTH_ABBREVIATIONS.has(next.text.replace(/['’]s$/, ''))) continue;
    if (!spaced(ctx, tokens[b]!, next) || next.post.startsWith('.') || /^\d/.test(tokens[b + 2]?.text ?? '') || coveredBy(ms, b + 1, m)) continue;
    setSpan(ctx, m, m.tokens[0], b + 1);
    if (isPossessive(next)) m.possessive = true;
  }
}

/** "Lee Jae-myung", "Moon Jae-in": a lower-case part joined by a hyphen to a person's last word is in the name. */
function hyphenatedGivenNames(ctx: RefineContext, ms: Mention[]): void {
  const { tokens } = ctx.sentence;
  for (const m of ms) {
    let b = m.tokens[1];
    if (!found(m) || m.type !== 'PERSON') continue;
    while (tokens[b]!.post === '-' && /^\p{Ll}+$/u.test(tokens[b + 1]?.text ?? '') && tokens[b + 1]!.tags.includes('Hyphenated') && !coveredBy(ms, b + 1, m)) b++;
    if (b > m.tokens[1]) setSpan(ctx, m, m.tokens[0], b);
  }
}

/**
 * "Jamaat-e-Islami", "Hizb-ut-Tahrir": a name whose lower-case particle is joined by hyphens to the next capitalised
 * part is one name, not two mentions cut at the hyphen after the particle; the second mention is dropped.
 */
function hyphenParticleNames(ctx: RefineContext, ms: Mention[]): Set<Mention> {
  const { tokens } = ctx.sentence;
  const joined = new Set<Mention>();
  for (const m of ms) {
    const b = m.tokens[1];
    if (joined.has(m) || !found(m) || b === m.tokens[0] || !isLower(tokens[b]) || tokens[b]!.post !== '-') continue;
    const next = ms.find((x) => x !== m && x.tokens[0] === b + 1 && found(x) && !isLower(tokens[b + 1]));
    if (!next) continue;
    setSpan(ctx, m, m.tokens[0], next.tokens[1]);
    joined.add(next);
  }
  return joined;
}

/** "Second Thomas Shoal": a capitalised ordinal before a place's or body's name is part of it. */
function ordinalNames(ctx: RefineContext, ms: Mention[]): void {
  const { tokens } = ctx.sentence;
  for (const m of ms) {
    const a = m.tokens[0], prev = tokens[a - 1];
    // ("the 13th East Asia Summit": a numbered event keeps its number, which is not capitalised)
    const numbered = m.type === 'EVENT' && /^\d+(st|nd|rd|th)$/i.test(prev?.text ?? '');
    if (!found(m) || m.type === 'PERSON' || !prev || !(isCapitalised(prev) || numbered) || !spaced(ctx, prev, tokens[a]!)) continue;
    if (!ORDINAL_WORDS.has(prev.normal) && !/^\d+(st|nd|rd|th)$/i.test(prev.text)) continue;
    if (!coveredBy(ms, a - 1, m)) setSpan(ctx, m, a - 1, m.tokens[1]);
  }
}

/**
 * "European Public Prosecutor's Office (EPPO)": a name cut at its possessive, then a body's head word, is
 * one body; an acronym in parentheses after it abbreviates the whole.
 */
function possessiveBodies(ctx: RefineContext, ms: Mention[]): void {
  const { tokens } = ctx.sentence;
  for (let k = 0; k + 1 < ms.length; k++) {
    const m = ms[k]!, head = ms[k + 1]!;
    if (!found(m) || !found(head) || !m.possessive || m.type === 'PERSON' || m.type === 'COUNTRY' || m.title) continue;
    if (head.tokens[0] !== m.tokens[1] + 1 || head.tokens[1] !== head.tokens[0] || !POSSESSIVE_ORG_HEADS.has(wordKey(tokens[head.tokens[0]]!))) continue;
    setSpan(ctx, m, m.tokens[0], head.tokens[1]);
    m.type = 'ORGANIZATION';
    delete m.possessive;
    delete m.kind;
    ms.splice(k + 1, 1);
    const acronym = ms[k + 1];
    if (acronym && acronym.tokens[0] === m.tokens[1] + 1 && /^\s*\(\s*$/.test(ctx.text.slice(m.end, acronym.start)) && initialsMatch(acronym.text, m.text)) {
      acronym.expansion = { start: m.start, end: m.end };
      acronym.type = m.type;
    }
  }
}

/**
 * "the UN mission in Kosovo", "the UN human rights monitoring mission in Ukraine": a body's field mission after its parent's
 * name (a body the gazetteer knows), up to four lower-case words of its kind and "in/for" one place, is one body, which the
 * recogniser cut into the parent and the place; a short form after it abbreviates the whole. Seen: news-fresh9
 * banjska-monastery-siege, news-fresh20 me-iraq-sudani-cabinet-wire, news-fresh6 sudan-khartoum-fighting-live, news-fresh8
 * okhmatdyt-strike-liveblog (each the gold's body, headed by the person named with it).
 */
function fieldBodies(ctx: RefineContext, ms: Mention[]): void {
  const { tokens } = ctx.sentence;
  for (let k = 0; k + 1 < ms.length; k++) {
    // (a capitalised kind, "the UN Multidimensional Integrated Stabilization Mission in Mali, known as MINUSMA", is a proper
    // name the recogniser and the short forms read; only lower-case kinds are joined here)
    const m = ms[k]!, place = ms[k + 1]!;
    // (the parent is a body the gazetteer knows: "the MINUSMA mission in Mali" names the mission by its own short form)
    if (m.type !== 'ORGANIZATION' || !m.gazetteerId || m.possessive || m.reference || m.demonym || m.title || place.reference || place.demonym || place.possessive) continue;
    if (place.type !== 'COUNTRY' && place.type !== 'LOCATION') continue;
    // the kind's words between the parent and "in/for"
    const prep = place.tokens[0] - (wordKey(tokens[place.tokens[0] - 1]!) === 'the' ? 2 : 1);
    const kind = tokens.slice(m.tokens[1] + 1, prep);
    const head = kind.at(-1);
    if (!head || !FIELD_BODY_PLACE_PREPS.has(wordKey(tokens[prep]!)) || kind.length > 4 || !FIELD_BODY_HEADS.has(wordKey(head))) continue;
    if (kind.some((t) => !isLower(t) || !/^\p{L}[\p{L}-]*$/u.test(t.text)) || coveredBy(ms, prep, m)) continue;
    if (ctx.text.slice(m.end, place.start).match(/[,;:()]/)) continue;
    const parent = m.text;
    setSpan(ctx, m, m.tokens[0], place.tokens[1]);
    delete m.gazetteerId;
    delete m.kind;
    ms.splice(k + 1, 1);
    // ("(UNMISS)", "(ATMIS)": a short form in parentheses after it; ", UNITAMS": one after a comma that opens with the parent's initials)
    const acronym = ms[k + 1];
    const initials = parent.replace(/\./g, '').split(/\s+/).map((w) => (/^\p{Lu}+$/u.test(w) ? w : w[0] ?? '')).join('');
    const between = acronym ? ctx.text.slice(m.end, acronym.start) : '';
    const short = !!acronym && acronym.tokens[0] === m.tokens[1] + 1 && /^\p{Lu}{3,}$/u.test(acronym.text);
    if (short && (/^\s*\(\s*$/.test(between) || (/^\s*,\s*$/.test(between) && acronym.text.startsWith(initials)))) {
      acronym.expansion = { start: m.start, end: m.end };
      acronym.type = m.type;
    }
  }
}

/**
 * "Minister of State Karl Ode": a span that opens with the end of a title begun before it ("... of State")
 * is the person after the title.
 */
function titleTails(ctx: RefineContext, ms: Mention[]): void {
  const { tokens } = ctx.sentence;
  for (const m of ms) {
    const [a, b] = m.tokens;
    if (!found(m) || m.title || b === a) continue;
    for (let s = Math.max(0, a - MAX_TITLE_WORDS + 1); s < a; s++) {
      const hit = titleAt(tokens, s, b - 1);
      if (!hit || hit.end < a) continue;
      setSpan(ctx, m, hit.end + 1, b);
      m.type = 'PERSON';
      delete m.kind;
      m.title = { text: ctx.text.slice(tokens[s]!.start, tokens[hit.end]!.end), start: tokens[s]!.start, end: tokens[hit.end]!.end, role: hit.role };
      break;
    }
  }
}

/** Capitalised words that name nothing here; true drops the mention. */
function isJunk(ctx: RefineContext, m: Mention): boolean {
  const { tokens } = ctx.sentence;
  const [a, b] = m.tokens;
  // a region word can be misread as a title ("Southeast" before "Asian")
  if (!found(m) || (m.title && !REGION_ADJECTIVES.has(m.title.role))) return false;
  // "Secretary of State": the last word of a title phrase
  for (let s = Math.max(0, a - MAX_TITLE_WORDS + 1); s < a; s++) if (titleAt(tokens, s, b)?.end === b) return true;
  const next = tokens[b + 1];
  const beforeNoun = isLower(next) && next!.tags.includes('Noun') && spaced(ctx, tokens[b]!, next!);
  // "Western capitals", "Southeast Asian leaders": region adjectives before the noun they describe
  if (beforeNoun && tokens.slice(a, b + 1).every((t) => REGION_ADJECTIVES.has(wordKey(t)))) return true;
  if (m.title) return false;
  if (headerLabel(ctx, m) || timeZone(ctx, m)) return true;
  // "the Commission said": a body's head word alone, after an article, stands for a body named before
  if (a === b && tokens[a - 1]?.normal === 'the' && BARE_BODY_HEADS.has(wordKey(tokens[a]!))) return true;
  // "Aid agencies say": a dictionary word capitalised only because it opens the sentence, before a plural noun
  const common = ctx.knownWord(tokens[a]!.normal) || SENTENCE_OPENING_COMMON_NOUNS.has(tokens[a]!.normal);
  return a === 0 && a === b && beforeNoun && next!.tags.includes('Plural') && common && !isPossessive(tokens[a]!);
}

const allCapitals = (t: Token) => /^\p{Lu}[\p{Lu}'’]+$/u.test(t.text);

/**
 * "LIVE: …", "READOUT: …", "12:05 — RESULT: …", "FOR IMMEDIATE RELEASE —": a label of a live blog, a read-out or a
 * press release, written in capitals before a colon or a dash, whose every word is a dictionary word (compromise's lexicon, or its
 * Expression tag), is no name. (seen: news-dev biden-xi-woodside-readout, kenya-haiti-mss-readout; news-fresh5
 * duterte-arrest-icc-live, unga-palestine-membership-liveblog; news-fresh6 brasilia-january-8-live)
 */
function headerLabel(ctx: RefineContext, m: Mention): boolean {
  const words = ctx.sentence.tokens.slice(m.tokens[0], m.tokens[1] + 1);
  // (a label ends at a colon or a dash; "the agency MAP reported" is a name)
  if (!/^\s*[:—–]/.test(words.at(-1)!.post)) return false;
  return words.every((t) => allCapitals(t) && (ctx.knownWord(t.normal) || t.tags.includes('Expression')));
}

/**
 * "09:40 ET", "02:10 IST": a word in capitals right after a clock time is a time zone, no name. (seen: news-fresh
 * india-pakistan-sindoor-ceasefire-live, news-fresh4 un-cuba-embargo-vote-live)
 */
function timeZone(ctx: RefineContext, m: Mention): boolean {
  const { tokens } = ctx.sentence;
  const [a, b] = m.tokens;
  if (a !== b || !allCapitals(tokens[a]!) || tokens[a]!.text.length > 5) return false;
  const prev = tokens[a - 1];
  return !!prev && /^\d{1,2}[:.]\d{2}$/.test(prev.text) && spaced(ctx, prev, tokens[a]!);
}

/** Types that a word next to the name decides. */
function retype(ctx: RefineContext, ms: Mention[]): void {
  const { tokens } = ctx.sentence;
  for (const m of ms) {
    if (!found(m) || m.title) continue;
    const [a, b] = m.tokens;
    const first = tokens[a]!, last = wordKey(tokens[b]!), prev = tokens[a - 1];
    const personal = tokens.slice(a, b + 1).some((t) => t.tags.includes('FirstName') || t.tags.includes('MaleName') || t.tags.includes('FemaleName'));
    // "the centrist Third Way": a party (not "young nationalist Gavrilo Princip", a person so described);
    // "the Weimar Triangle": a grouping
    const party = !!prev && isLower(prev) && PARTY_LEANINGS.has(prev.normal) && tokens[a - 2]?.normal === 'the' && !personal;
    if ((party || (b > a && GROUPING_HEADS.has(last))) && m.type !== 'ORGANIZATION') {
      m.type = 'ORGANIZATION';
      delete m.kind;
    }
    // "Nobel Peace Prize": an award
    if (b > a && AWARD_HEADS.has(last) && m.type !== 'OTHER') {
      m.type = 'OTHER';
      delete m.kind;
    }
    // "National Convention Center": a building
    if (m.type === 'ORGANIZATION' && b > a && BUILDING_CENTRE_HEADS.has(last) && BUILDING_CENTRE_USES.has(wordKey(tokens[b - 1]!))) m.type = 'LOCATION';
    // "... and The Left": a capitalised article after a lower-case word opens a name the recogniser was unsure of
    const opener = tokens[a - 2];
    if ((m.kind === 'unknown' || m.kind === 'guessed') && prev?.text === 'The' && spaced(ctx, prev, first) && isLower(opener)
      && spaced(ctx, opener!, prev) && !coveredBy(ms, a - 1, m)) {
      setSpan(ctx, m, a - 1, b);
      if (m.type === 'OTHER' || m.type === 'PERSON') m.type = 'ORGANIZATION';
      delete m.kind;
    }
  }
}

/**
 * "Jordan's King Abdullah II": a gazetteer name that includes its title ("King Abdullah II") is cut to the
 * name after the title, as a title written outside the name would be ("Spain's King Felipe VI"), so the
 * title and its possessive holder read the same way for both.
 */
function titlesInsideNames(ctx: RefineContext, ms: Mention[]): void {
  const { tokens } = ctx.sentence;
  for (const m of ms) {
    if (m.type !== 'PERSON' || m.title || !m.gazetteerId || m.tokens[1] === m.tokens[0]) continue;
    const hit = titleAt(tokens, m.tokens[0], m.tokens[1] - 1);
    if (!hit) continue;
    const title: MentionTitle = { text: ctx.text.slice(m.start, tokens[hit.end]!.end), start: m.start, end: tokens[hit.end]!.end, role: hit.role };
    const holder = ms.find((x) => x.tokens[1] === m.tokens[0] - 1 && x.type !== 'PERSON' && (x.possessive || x.demonym));
    if (holder) {
      title.of = { text: holder.text, start: holder.start, end: holder.end };
      if (holder.gazetteerId) title.of.gazetteerId = holder.gazetteerId;
    }
    setSpan(ctx, m, hit.end + 1, m.tokens[1]);
    m.title = title;
  }
}

/**
 * "Latin American leaders", "North American markets": a region word before a demonym makes a region's
 * adjective; both mentions go (the region word's own, if it had one).
 */
function regionalDemonyms(ctx: RefineContext, ms: Mention[]): Set<Mention> {
  const { tokens } = ctx.sentence;
  const out = new Set<Mention>();
  for (const m of ms) {
    const prev = tokens[m.tokens[0] - 1];
    if (!m.demonym || !prev || !isCapitalised(prev) || !REGION_ADJECTIVES.has(wordKey(prev)) || !spaced(ctx, prev, tokens[m.tokens[0]]!)) continue;
    const own = ms.filter((x) => x !== m && x.tokens[0] <= m.tokens[0] - 1 && m.tokens[0] - 1 <= x.tokens[1]);
    if (own.some((x) => !found(x) || x.tokens[0] !== x.tokens[1])) continue;
    out.add(m);
    for (const x of own) out.add(x);
  }
  return out;
}

/**
 * "a Pacific partner", "the Pacific island republic of X": a sea or region's one word
 * used as an adjective before the lower-case noun it describes names no place (the place is "the Pacific" alone).
 */
function regionAdjective(ctx: RefineContext, m: Mention): boolean {
  const { tokens } = ctx.sentence;
  const [a, b] = m.tokens;
  const next = tokens[b + 1];
  if (a !== b || !m.gazetteerId || m.type !== 'LOCATION' || !REGION_ADJECTIVES.has(wordKey(tokens[a]!))) return false;
  return isLower(next) && next!.tags.includes('Noun') && !isPossessive(tokens[a]!) && spaced(ctx, tokens[a]!, next!);
}

/** The sentence's mentions, repaired (see the functions above); the input list is not changed. */
export function refineMentions(ctx: RefineContext, mentions: Mention[]): Mention[] {
  const ms = mentions.map((m) => ({ ...m }));
  monthNames(ctx, ms);
  hyphenatedGivenNames(ctx, ms);
  const cut = hyphenParticleNames(ctx, ms);
  ordinalNames(ctx, ms);
  possessiveBodies(ctx, ms);
  fieldBodies(ctx, ms);
  titleTails(ctx, ms);
  retype(ctx, ms);
  titlesInsideNames(ctx, ms);
  const regional = regionalDemonyms(ctx, ms);
  return ms.filter((m) => !cut.has(m) && !regional.has(m) && !regionAdjective(ctx, m) && !isJunk(ctx, m));
}
