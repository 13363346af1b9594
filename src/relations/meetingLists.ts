// A read-out's list of meetings set out as items (SCHEMA's MET_WITH; the "list frames"): a sentence that ends in
// a colon after a meeting and names no one met ("the President met the following leaders and heads of delegation:",
// "held separate meetings with:"), then one item per line, each naming whom ("- the Emir of A, X, whom he …;"). Seen:
// news-fresh8 xi-riyadh-summits-readout, news-fresh5 egypt-shoukry-oic-islamabad-readout, news-fresh11
// araghchi-unga79-new-york-meetings-readout, news-fresh12 li-qiang-australia-visit-readout-2024.
import { membersOf } from '../clauses/index.ts';
import type { Relation } from '../model/types.ts';
import { emit, type Arg, type Ctx } from './engine.ts';
import { LIST_MEETING_NOUNS, LIST_MEETING_VERBS, PROTAGONIST_PRONOUNS, REPRESENTATIVE_NOUNS, RELATIVE_PRONOUNS, ROUND_PREDICATES } from './lexicon.ts';

/** the article's open list of meetings: who met, and the sentence its latest item (or its lead) ends */
export interface MeetingList {
  subjects: Arg[];
  sentence: number;
}

/** Opens a list at a meeting lead, or reads one item of the open list. */
export function meetingList(ctx: Ctx): void {
  const holder = ctx.meetingLists;
  if (!holder) return;
  const open = holder.current;
  if (open && open.sentence === ctx.sentence.index - 1 && listItem(ctx)) {
    // (only names the article writes out: a list never brings in a node the text never names, "the Minister" read alone)
    const met = itemMet(ctx).filter((a) => namedInArticle(ctx, a));
    for (const s of open.subjects.filter((a) => namedInArticle(ctx, a))) for (const o of met) emit(ctx, s, 'MET_WITH', o, { rule: 'meet.list', confidence: 0.8 });
    open.sentence = ctx.sentence.index;
    return;
  }
  holder.current = leadOf(ctx);
}

/** "… met the following leaders:", "… held meetings with:": the clause's agents, where nothing after the verb is named */
function leadOf(ctx: Ctx): MeetingList | undefined {
  if (!/:\s*$/.test(ctx.sentence.text)) return undefined;
  for (const c of ctx.analysis?.clauses ?? []) {
    const v = c.verb;
    if (!v || c.negated || c.modality || !c.agent) continue;
    const support = v.lemma !== 'meet' && v.lemma !== 'confer';
    if (!LIST_MEETING_VERBS.has(v.lemma) || (support && !LIST_MEETING_NOUNS.has(c.patient?.headWord ?? ''))) continue;
    if (ctx.args.some((a) => a.first > v.last)) continue;
    const subjects = membersOf(c.agent).flatMap((m) => (m.referent ? m.referent.members ?? [m.referent] : []))
      .filter((a) => a.entity.type === 'PERSON' || a.entity.type === 'ORGANIZATION');
    if (subjects.length) return { subjects, sentence: ctx.sentence.index };
  }
  return undefined;
}

/** a line of its own that opens with an item mark ("- ", "• ") */
function listItem(ctx: Ctx): boolean {
  const text = ctx.article.article.text;
  let k = ctx.sentence.start - 1;
  while (k >= 0 && /[^\S\n]/.test(text[k]!)) k--;
  if (k < 0 || !/[-•*–]/.test(text[k]!)) return false;
  k--;
  while (k >= 0 && /[^\S\n]/.test(text[k]!)) k--;
  return k < 0 || text[k] === '\n';
}

/**
 * Whom an item names: its first person, before any relative ("X, whom he congratulated on …"), or where it names no
 * one, the states its officials stand for ("his counterparts from A, B and C")
 */
function itemMet(ctx: Ctx): Arg[] {
  const { tokens } = ctx;
  const end = tokens.findIndex((t) => RELATIVE_PRONOUNS.has(t.normal));
  const head = ctx.args.filter((a) => (end < 0 || a.last < end) && !a.pronoun);
  // (a person's name takes no article: "the Leader of the Opposition, X" meets X, whatever "Opposition" was typed)
  const person = head.find((a) => a.entity.type === 'PERSON' && tokens[a.first - 1]?.normal !== 'the');
  if (person) return [person];
  const representatives = tokens.some((t, k) => k < 4 && REPRESENTATIVE_NOUNS.has(t.normal));
  return representatives ? head.filter((a) => a.entity.type === 'COUNTRY' || a.entity.type === 'ORGANIZATION') : [];
}

/** the entity has a mention by name, not only by a description or pronoun */
const namedInArticle = (ctx: Ctx, a: Arg): boolean => ctx.article.mentions.some((m) => m.entity === a.entity.key && !m.reference && !m.demonym);

/**
 * A read-out's round of meetings (SCHEMA's MET_WITH, HOSTED, SPOKE_TO): "X met Y. He then met Z." The pronoun that opens a
 * meeting is the one who holds the round, not the counterpart just met, whom the pronoun reading takes as the last person
 * named ("EAM reviewed cooperation with Y. With Z, he reiterated …", "where he met his counterpart"). A meeting whose
 * pronoun subject the article has, in an earlier sentence, as met by someone else, and never yet as meeting anyone, is
 * that one's, where he is the only one who met him (and the edge is dropped where that one is the other end). Seen:
 * news-fresh13 xi-hanoi-state-visit-readout, news-fresh16 sa-modi-g7-apulia, news-fresh21 sa-jaishankar-unga80-readout.
 */
export function roundOfMeetings(out: Relation[]): Relation[] {
  // (whom each person was met by, and in which sentence first)
  const meeters = new Map<string, Map<string, number>>();
  const holders = new Set<string>();
  const kept: Relation[] = [];
  const have = new Set(out.map((r) => `${r.subject}|${r.predicate}|${r.object}`));
  for (const r of out) {
    const round = ROUND_PREDICATES.has(r.predicate) && !r.negated;
    const at = r.evidence.sentenceIndex;
    // (not one who has held a meeting of his own: "X met Y. … Y met Z. He then met W" may be Y's round)
    const counterpart = round && PROTAGONIST_PRONOUNS.has(r.evidence.subjectText.toLowerCase()) && !holders.has(r.subject);
    const by = counterpart ? [...(meeters.get(r.subject) ?? [])].filter(([, s]) => s < at) : [];
    if (by.length === 1) {
      const meeter = by[0]![0];
      const moved = `${meeter}|${r.predicate}|${r.object}`;
      if (meeter !== r.object && !have.has(moved)) { kept.push({ ...r, subject: meeter }); have.add(moved); }
      continue;
    }
    kept.push(r);
    if (round) holders.add(r.subject);
    // (a guest received is as often the read-out's own protagonist: only a meeting makes a counterpart)
    if (round && r.predicate === 'MET_WITH') {
      const by = meeters.get(r.object) ?? new Map<string, number>();
      if (!by.has(r.subject)) by.set(r.subject, at);
      meeters.set(r.object, by);
    }
  }
  return kept;
}
