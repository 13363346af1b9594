// relations: resolved mentions → typed triples with evidence.
import { fitsSignature, type Predicate } from '../model/predicates.ts';
import type { Entity, Evidence, Relation, ResolvedArticle, ResolvedMention, Sentence } from '../model/types.ts';
import { CUE_VERBS, IRREGULAR, LEADER_TITLES, NEGATORS, STAFF_TITLES } from './lexicon.ts';

/** The lemma of an English verb form, by rule, for cue look-ups. */
export function lemma(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (CUE_VERBS[w]) return w;
  const candidates = [
    w.replace(/ied$/, 'y'), w.replace(/ies$/, 'y'), w.replace(/ed$/, ''), w.replace(/ed$/, 'e'), w.replace(/d$/, ''),
    w.replace(/(.)\1ed$/, '$1'), w.replace(/ing$/, ''), w.replace(/ing$/, 'e'), w.replace(/(.)\1ing$/, '$1'),
    w.replace(/es$/, ''), w.replace(/s$/, ''),
  ];
  return candidates.find((c) => c !== w && CUE_VERBS[c]) ?? w;
}

export function extractRelations(article: ResolvedArticle): Relation[] {
  const byKey = new Map(article.entities.map((e) => [e.key, e]));
  const relations: Relation[] = [];
  for (const sentence of article.sentences) {
    const ms = article.mentions.filter((m) => m.sentence === sentence.index);
    const emit = (s: ResolvedMention, p: Predicate, o: ResolvedMention, negated: boolean, rule: string) => {
      const se = byKey.get(s.entity)!, oe = byKey.get(o.entity)!;
      if (se.key === oe.key || !fitsSignature(p, se.type, oe.type)) return;
      relations.push({ subject: se.key, predicate: p, object: oe.key, negated, confidence: 0.6, rule, evidence: evidence(article, sentence, s, o) });
    };
    titles(sentence, ms, byKey, emit);
    cueVerbs(sentence, ms, emit);
  }
  return relations;
}

type Emit = (s: ResolvedMention, p: Predicate, o: ResolvedMention, negated: boolean, rule: string) => void;

function evidence(article: ResolvedArticle, sentence: Sentence, s: ResolvedMention, o: ResolvedMention): Evidence {
  const ev: Evidence = {
    article: article.article.id, sentence: sentence.text, sentenceIndex: sentence.index,
    start: sentence.start, end: sentence.end, subjectText: s.text, objectText: o.text,
  };
  if (article.article.date) ev.articleDate = article.article.date;
  return ev;
}

/** "Russian President Vladimir Putin": a country, a title, then a person. */
function titles(sentence: Sentence, ms: ResolvedMention[], byKey: Map<string, Entity>, emit: Emit): void {
  for (let k = 0; k + 1 < ms.length; k++) {
    const c = ms[k]!, p = ms[k + 1]!;
    if (byKey.get(p.entity)?.type !== 'PERSON') continue;
    const between = sentence.tokens.slice(c.tokens[1] + 1, p.tokens[0]).map((t) => t.normal).join(' ');
    if (!between) continue;
    if (LEADER_TITLES.includes(between)) emit(p, 'LEADER_OF', c, false, 'title');
    else if (STAFF_TITLES.some((t) => between === t || between.endsWith(` ${t}`))) emit(p, 'WORKS_FOR', c, false, 'title');
  }
}

/** "<A> ... <cue verb> ... <B>" with nothing named in between. */
function cueVerbs(sentence: Sentence, ms: ResolvedMention[], emit: Emit): void {
  for (let k = 0; k + 1 < ms.length; k++) {
    const a = ms[k]!, b = ms[k + 1]!;
    if (a.demonym || b.demonym) continue;
    const between = sentence.tokens.slice(a.tokens[1] + 1, b.tokens[0]);
    if (between.length > 8) continue;
    const verb = between.find((t) => t.tags.includes('Verb') && CUE_VERBS[lemma(t.normal)]);
    if (!verb) continue;
    const words = ` ${between.map((t) => t.normal).join(' ')} `;
    const negated = NEGATORS.some((n) => words.includes(` ${n} `)) || between.some((t) => /n't$/i.test(t.text));
    emit(a, CUE_VERBS[lemma(verb.normal)]!, b, negated, 'svo');
  }
}
