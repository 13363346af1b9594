// The clause layer on its own, on sentences written for this test: each case names the structure expected.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseSentence, type Clause, type Phrase, type SentenceAnalysis } from '../src/clauses/index.ts';
import { findMentions } from '../src/entities/index.ts';
import { parseArticle } from '../src/nlp/index.ts';
import { createExtractor, type Extractor } from '../src/pipeline.ts';
import { mentionsBySentence, sentenceArgs } from '../src/relations/args.ts';
import { resolveArticle } from '../src/resolve/index.ts';

let extractor: Extractor;
beforeAll(() => { extractor = createExtractor(); });

const KNOWN = new Set(['attack', 'visit', 'meet', 'support', 'praise', 'arrest', 'back', 'fight', 'lead', 'expel', 'send', 'sign']);
function analyse(text: string): SentenceAnalysis {
  const parsed = parseArticle({ id: 't', text }, extractor.nlp);
  const resolved = resolveArticle(findMentions(parsed, extractor.gazetteer, { knownWord: extractor.knownWord }), extractor.gazetteer);
  const byKey = new Map(resolved.entities.map((e) => [e.key, e]));
  const s = resolved.sentences.at(-1)!;
  const args = sentenceArgs(mentionsBySentence(resolved.mentions).get(s.index) ?? [], s, byKey);
  return analyseSentence(s, args, { knownLemma: (l) => KNOWN.has(l) });
}
/** a phrase as its entity's label, its head word, or its members joined by their conjunction */
const show = (p?: Phrase): string => (!p ? '-' : p.members ? p.members.map(show).join(` ${p.conjunction} `) : p.referent?.entity.label ?? p.headWord);
const roles = (c: Clause) => `${c.kind} ${c.verb?.lemma ?? '-'}${c.verb?.voice === 'passive' ? '(passive)' : ''}: ${show(c.agent)} > ${show(c.patient)}${c.negated ? ' NOT' : ''}${c.modality ? ` ${c.modality}` : ''}`;
const clauseWith = (a: SentenceAnalysis, lemma: string) => a.clauses.find((c) => c.verb?.lemma === lemma)!;

describe('clauses: subject and object', () => {
  it('skips opening adjuncts when looking for the subject', () => {
    const a = analyse('Late on Tuesday, the rebels sent troops to Lithuania.');
    expect(roles(clauseWith(a, 'send'))).toBe('main send: rebels > troops');
    expect(clauseWith(a, 'send').object!.pps.map((pp) => `${pp.prep} ${show(pp.np)}`)).toEqual(['to Lithuania']);
  });
  it('skips an opening adverb and its phrase when looking for the subject ("Later on Friday, A and B …")', () => {
    const a = analyse('Later on Friday, Peru and Chile backed Bolivia.');
    expect(roles(clauseWith(a, 'back'))).toBe('main back: Peru and Chile > Bolivia');
  });
  it('finds a subject pronoun after an opening phrase without a comma', () => {
    const a = analyse('Ana Ruiz spoke in Lima. On Monday she visited Quito.');
    expect(show(clauseWith(a, 'visit').agent)).toBe('Ana Ruiz');
  });
  it('finds a description subject after an opening phrase without a comma ("Over the two days the Minister …")', () => {
    const a = analyse('Foreign Minister Ana Ruiz flew to Lima. Over the two days the Minister visited Quito.');
    expect(show(clauseWith(a, 'visit').agent)).toBe('Ana Ruiz');
    // (a description after a verb is still its object, not a subject: the opening phrase ends only before a verb)
    expect(roles(clauseWith(analyse('Foreign Minister Ana Ruiz flew to Lima. During the visit Peru backed the Minister.'), 'back'))).toBe('main back: Peru > Ana Ruiz');
  });
  it('reads a by-phrase hung on a place phrase as the passive agent', () => {
    expect(roles(clauseWith(analyse('Lithuania was visited at the border by the Polish president.'), 'visit'))).toBe('main visit(passive): president > Lithuania');
  });
  it('reads the passive with its by-agent as the logical agent', () => {
    expect(roles(clauseWith(analyse('Lithuania was visited by the Polish president.'), 'visit'))).toBe('main visit(passive): president > Lithuania');
  });
  it('keeps the noun as the head before an adjective that has a complement of its own ("an architect active in Lima")', () => {
    expect(clauseWith(analyse('Ana Ruiz was a Chilean architect active in Lima.'), 'be').complement?.headWord).toBe('architect');
    expect(clauseWith(analyse('Ana Ruiz was a Chilean historian best known for her essays.'), 'be').complement?.headWord).toBe('historian');
    // (an adjective with no complement, or one before the noun, is no postmodifier)
    expect(clauseWith(analyse('Ana Ruiz was an active architect in Lima.'), 'be').complement?.headWord).toBe('architect');
  });
  it('steps over an apposition to the name it describes', () => {
    const a = analyse('Norway, a founding member of NATO, supported Finland.');
    const c = clauseWith(a, 'support');
    expect(roles(c)).toBe('main support: Norway > Finland');
    expect(c.subject!.appositions!.map(show)).toEqual(['member']);
  });
  it('steps over an apposition a relative clause hangs from, which then stands for the name ("X, a rebel coalition that …, took Y")', () => {
    const a = analyse('The Andean Alliance, a rebel coalition that backs the Lima Front, attacked Peru.');
    expect(roles(clauseWith(a, 'attack'))).toBe('main attack: Andean Alliance > Peru');
    expect(roles(clauseWith(a, 'back'))).toBe('relative back: Andean Alliance > Lima Front');
    const which = analyse('The Andean Alliance, an armed coalition which backs the Lima Front, attacked Peru.');
    expect(roles(clauseWith(which, 'back'))).toBe('relative back: Andean Alliance > Lima Front');
  });
  it('gives a bare participle after a passive the passive\'s auxiliary, but only with no object of its own or a by-phrase', () => {
    const a = analyse('Ana Ruiz was fired and then arrested by the police in Lima; Juan Perez replaced her.');
    expect(roles(clauseWith(a, 'arrest'))).toBe('adverbial arrest(passive): police > Ana Ruiz');
    const active = analyse('Ana Ruiz was elected in May and visited Peru in June.');
    expect(roles(clauseWith(active, 'visit'))).toBe('main visit: Ana Ruiz > Peru');
  });
  it('steps over a title-cased post with its "of" owner and no determiner ("X, President of Y, …")', () => {
    const c = clauseWith(analyse('Ana Ruiz, Minister of Trade of Peru, supported Finland.'), 'support');
    expect(roles(c)).toBe('main support: Ana Ruiz > Finland');
    expect(roles(clauseWith(analyse('Chile, Peru, Bolivia and Ecuador backed Finland.'), 'back'))).toBe('main back: Chile and Peru and Bolivia and Ecuador > Finland');
  });
  it('opens a second main clause at ", and it VERB" even where the resolver left the pronoun unread (no subject borrowed)', () => {
    const c = clauseWith(analyse('Ana Ruiz said Peru had backed the plan, and it praised Chile for the work.'), 'praise');
    expect(c.kind).toBe('main');
    expect(show(c.agent)).not.toBe('Ana Ruiz');
  });
  it('joins two descriptions each with its name before one verb ("the A president, X, and the B chancellor, Y, said")', () => {
    const c = clauseWith(analyse("Chile's president, Ana Ruiz, and Peru's foreign minister, Luis Soto, backed Finland."), 'back');
    expect(c.agent!.members!.map((m) => show(m.named))).toEqual(['Ana Ruiz', 'Luis Soto']);
    const second = clauseWith(analyse('The talks ended on Monday, and the Polish president, Ana Ruiz, backed Finland.'), 'back');
    expect(roles(second)).toBe('main back: president > Finland');
    expect(show(second.agent!.named)).toBe('Ana Ruiz');
  });
  it('names an owned description by a titled name after its comma, and an opening phrase by none', () => {
    const c = clauseWith(analyse('Her Peruvian counterpart, Foreign Minister Luis Soto, backed Finland.'), 'back');
    expect(show(c.agent!.named)).toBe('Luis Soto');
    const opening = clauseWith(analyse('In a rare move, General Luis Soto, the head of the army, backed Finland.'), 'back');
    expect(opening.agent?.named).toBeUndefined();
    expect(show(opening.agent)).toBe('Luis Soto');
  });
  it('reads an inflected "-s" form after "to" as a noun, not a verb ("open to talks with X")', () => {
    const a = analyse('Ana Ruiz said she was open to talks with Luis Soto.');
    expect(a.clauses.some((c) => c.verb?.lemma === 'talk')).toBe(false);
    expect(clauseWith(analyse('Ana Ruiz wants to talk with Luis Soto.'), 'talk')).toBeTruthy();
  });
});

describe('clauses: coordination', () => {
  it('joins lists, both … and, neither … nor and as well as', () => {
    expect(show(clauseWith(analyse('Chile, Peru and Bolivia backed Ecuador.'), 'back').agent)).toBe('Chile and Peru and Bolivia');
    expect(show(clauseWith(analyse('Sweden praised both Denmark and Iceland.'), 'praise').patient)).toBe('Denmark and Iceland');
    const neither = clauseWith(analyse('Neither Chile nor Peru is a member of the alliance.'), 'be');
    expect(show(neither.agent)).toBe('Chile nor Peru');
    expect(neither.negated).toBe(true);
    const aid = clauseWith(analyse('Canada sends money and weapons to Ukraine, as well as Moldova.'), 'send');
    expect(show(aid.object!.pps[0]!.np)).toBe('Ukraine and Moldova');
  });
  it('keeps a floating "both"/"all" after an auxiliary inside the verb group ("A and B had both backed C")', () => {
    expect(roles(clauseWith(analyse('Chile and Peru had both backed Ecuador.'), 'back'))).toBe('main back: Chile and Peru > Ecuador');
    expect(roles(clauseWith(analyse('Chile, Peru and Bolivia have all backed Ecuador.'), 'back'))).toBe('main back: Chile and Peru and Bolivia > Ecuador');
    // (not a "both" that opens a coordinated object after the main verb)
    expect(roles(clauseWith(analyse('Ecuador has backed both Chile and Peru.'), 'back'))).toBe('main back: Ecuador > Chile and Peru');
  });
  it('gives the "for" gerund of a thanks its object\'s deed, a gerund coordinated with it too, and a finite verb after it the thanker', () => {
    const a = analyse('Ana Ruiz praised Peru for backing Bolivia and supporting Chile, and attacked Ecuador.');
    expect(roles(clauseWith(a, 'back'))).toBe('adverbial back: Peru > Bolivia');
    expect(show(clauseWith(a, 'support').agent)).toBe('Peru');
    expect(roles(clauseWith(a, 'attack'))).toBe('main attack: Ana Ruiz > Ecuador');
  });
});

describe('clauses: clause kinds', () => {
  it('opens relative and reduced relative clauses on their antecedent', () => {
    const rel = analyse('The minister met Kenya, which has long been an ally of Uganda.');
    expect(rel.clauses.find((c) => c.kind === 'relative')!.subject!.referent?.entity.label).toBe('Kenya');
    const red = analyse('The rebel groups fighting Mali held talks with the army led by John Smith.');
    expect(roles(clauseWith(red, 'fight'))).toBe('reduced fight: groups > Mali');
    expect(roles(clauseWith(red, 'lead'))).toBe('reduced lead(passive): John Smith > army');
    expect(roles(clauseWith(red, 'hold'))).toBe('main hold: groups > talks');
    expect(clauseWith(red, 'hold').verb!.support).toMatchObject({ verb: 'hold', noun: 'talks' });
  });
  it('gives a relative on an unnamed plural the names that "included" or "Among … were" list (news-fresh24, news-fresh28)', () => {
    const among = analyse('Among the leaders who visited Lima last week were Ana Ruiz and Luis Gomez.');
    expect(roles(clauseWith(among, 'visit'))).toBe('relative visit: Ana Ruiz and Luis Gomez > Lima');
    const included = analyse('Ministers who visited Quito on Monday included Ana Ruiz and Luis Gomez.');
    expect(roles(clauseWith(included, 'visit'))).toBe('relative visit: Ana Ruiz and Luis Gomez > Quito');
    const unnamed = analyse('Ministers who visited Quito on Monday included the chief of staff.');
    expect(roles(clauseWith(unnamed, 'visit'))).toBe('relative visit: ministers > Quito');
  });
  it('gives "of which" the antecedent as the complement\'s "of" phrase, and a relative after "and" the first one\'s antecedent', () => {
    const a = analyse('Peru asked the Andean Community, whose seat is in Lima and of which Chile is not a member, to act.');
    const be = a.clauses.find((c) => c.kind === 'relative' && c.complement?.headWord === 'member')!;
    expect(be.subject!.referent?.entity.label).toBe('Chile');
    expect(be.negated).toBe(true);
    expect(be.complement!.pps.find((pp) => pp.prep === 'of')!.np.referent?.entity.label).toBe('Andean Community');
    expect(clauseWith(a, 'act').subject!.referent?.entity.label).toBe('Peru');
  });
  it('reads "A and B, both of whom …" with the coordination as the subject, and keeps it the main clause\'s', () => {
    const a = analyse('Ana Ruiz and Pedro Gil, both of whom attended the summit, praised Chile.');
    expect(roles(clauseWith(a, 'attend'))).toBe('relative attend: Ana Ruiz and Pedro Gil > summit');
    expect(roles(clauseWith(a, 'praise'))).toBe('main praise: Ana Ruiz and Pedro Gil > Chile');
  });
  it('reads "whom" as the object even when the subject after it is an unresolved pronoun', () => {
    const a = analyse('The envoy wrote to Kenya, whom it praised for its help.');
    expect(roles(clauseWith(a, 'praise'))).toBe('relative praise: - > Kenya');
  });
  it('gives a participle after a comma the subject of the clause before it, even after a speech verb', () => {
    const a = analyse('Norway told the broadcaster NRK, praising Finland for its help.');
    expect(roles(clauseWith(a, 'praise'))).toBe('participial praise: Norway > Finland');
  });
  it('opens a second main clause at ", and" before a subject and its verb', () => {
    const a = analyse('The vote ended on Sunday night, and Norway praised Finland.');
    expect(roles(clauseWith(a, 'praise'))).toBe('main praise: Norway > Finland');
  });
  it('closes an apposed relative, and the clauses nested in it, at its comma', () => {
    const a = analyse('Norway, which had warned that the plan would fail, attacked Sweden and praised Finland.');
    expect(roles(clauseWith(a, 'attack'))).toBe('main attack: Norway > Sweden');
    expect(a.clauses.find((c) => c.kind === 'relative')!.verb!.lemma).toBe('warn');
    // (a second verb inside the relative stays in it)
    const b = analyse('Norway, who said he had met Kenya, praised Finland.');
    expect(roles(clauseWith(b, 'praise'))).toBe('main praise: Norway > Finland');
  });
  it('opens a second main clause at ", and" before a name with a description apposed to it, after any clause', () => {
    const a = analyse("The vote that Chile lost ended, and Jan Novak, Norway's deputy minister, praised Finland.");
    expect(roles(clauseWith(a, 'praise'))).toBe('main praise: Jan Novak > Finland');
    expect(clauseWith(a, 'praise').subject!.appositions!.map(show)).toEqual(['minister']);
  });
  it('gives a relative after a preposition its own subject, not the antecedent ("a call in which he praised X")', () => {
    expect(roles(clauseWith(analyse('Norway recalled the call in which Jan Novak praised Finland.'), 'praise'))).toBe('relative praise: Jan Novak > Finland');
  });
  it('reads a plural event noun after a light verb and its particle as the verb\'s object, not a verb', () => {
    const c = clauseWith(analyse('Chile carried out strikes on Bolivia.'), 'carry');
    expect(c.verb).toMatchObject({ particle: 'out', support: { verb: 'carry', noun: 'strikes' } });
    expect(show(c.patient)).toBe('strikes');
  });
  it('reads a live blog\'s "May 7, 09:15 —" as a date, not a modal', () => {
    expect(roles(clauseWith(analyse('May 7, 09:15 GMT — Norway praised Finland.'), 'praise'))).toBe('main praise: Norway > Finland');
  });
  it('keeps "the" and a whole name as a list item, and a date before a name is not the name\'s description', () => {
    expect(show(clauseWith(analyse('Chile praised Norway, the United Kingdom and Finland.'), 'praise').patient)).toBe('Norway and United Kingdom and Finland');
    expect(roles(clauseWith(analyse('Speaking in Oslo on 14 March, Jan Novak praised Finland.'), 'praise'))).toBe('main praise: Jan Novak > Finland');
  });
  it('opens a relative after a preposition ("the envoy to whom X spoke")', () => {
    const a = analyse('Jan Novak, the envoy to whom Norway sent troops, praised Finland.');
    expect(a.clauses.find((c) => c.kind === 'relative')!.verb!.lemma).toBe('send');
    expect(clauseWith(a, 'praise').kind).toBe('main');
  });
  it('takes the name apposed to a description as the antecedent of "who", not the description\'s owner', () => {
    const a = analyse('Ana Ruiz met the Prime Minister of Chile, Jorge Mesa, who praised Peru.');
    expect(roles(clauseWith(a, 'praise'))).toBe('relative praise: Jorge Mesa > Peru');
  });
  it('takes a list of named things as a whole as the antecedent of "which"', () => {
    const a = analyse('Qatar, Egypt and Norway, which had sent troops, praised Finland.');
    expect(show(a.clauses.find((c) => c.kind === 'relative')!.subject)).toBe('Qatar and Egypt and Norway');
  });
  it('reads an -ing word after a determiner as a modifier ("the acting US ambassador"), not a reduced relative', () => {
    const a = analyse('Ana Ruiz, the acting Norwegian ambassador, praised Finland.');
    expect(roles(clauseWith(a, 'praise'))).toBe('main praise: Ana Ruiz > Finland');
  });
  it('reads a free relative\'s named thing as the object, never its subject: "denounced what he called a coup"', () => {
    expect(roles(clauseWith(analyse('Norway praised what Peru called a victory.'), 'praise'))).toBe('main praise: Norway > victory');
    expect(roles(clauseWith(analyse('Norway praised what its envoy, Ana Ruiz, described as a Finnish victory.'), 'praise'))).toBe('main praise: Norway > victory');
    // (only a naming verb names the thing: "what Peru said" is no object)
    expect(roles(clauseWith(analyse('Norway praised what Peru said about the victory.'), 'praise'))).toBe('main praise: Norway > -');
  });
  it('a second "that" after "and" opens a second reported clause beside the first', () => {
    const a = analyse('The envoy said that only Chile and Peru had backed Bolivia and that no other state had backed it.');
    const reported = a.clauses.filter((c) => c.kind === 'reported');
    expect(reported.length).toBe(2);
    expect(reported[0]!.parent).toBe(reported[1]!.parent);
    // (the first clause ends before the second: a "no" in the second denies nothing of the first)
    expect(reported[0]!.last).toBeLessThan(reported[1]!.first);
    expect(roles(reported[0]!)).toBe('reported back: Chile and Peru > Bolivia');
  });
  it('reads reported speech, its speaker and a denial', () => {
    const a = analyse('Chile denied that its navy attacked Peru.');
    const c = a.clauses.find((x) => x.kind === 'reported')!;
    expect(show(c.speaker)).toBe('Chile');
    expect(c.negated).toBe(true);
  });
  it('reads "it" and "they" after a speech verb as the speaker, where the speech names no one else', () => {
    expect(roles(clauseWith(analyse('Chile said it strongly backs Peru.'), 'back'))).toBe('reported back: Chile > Peru');
    expect(roles(clauseWith(analyse('Chile and Bolivia said that they backed Peru.'), 'back'))).toBe('reported back: Chile and Bolivia > Peru');
    expect(roles(clauseWith(analyse('Chile said it was attacked by Peru.'), 'attack'))).toBe('reported attack(passive): Peru > Chile');
    // (a person is no "it"; one speaker is no "they"; a party the speech names may be what "it" stands for)
    expect(roles(clauseWith(analyse('Ana Ruiz said it backs Peru.'), 'back'))).toBe('reported back: - > Peru');
    expect(roles(clauseWith(analyse('Chile said they backed Peru.'), 'back'))).toBe('reported back: - > Peru');
    expect(clauseWith(analyse('Chile told Bolivia it backs Peru.'), 'back').agent).toBeUndefined();
    expect(clauseWith(analyse('Chile criticised Bolivia, saying it backs Peru.'), 'back').agent).toBeUndefined();
  });
  it('reads conditions, purposes and opening participles', () => {
    const cond = analyse('If Chile attacks Peru, Bolivia will respond.');
    expect(roles(cond.clauses.find((c) => c.kind === 'conditional')!)).toBe('conditional attack: Chile > Peru conditional');
    const purpose = analyse('Sweden sent a delegation to Kenya to sign a treaty.');
    expect(roles(clauseWith(purpose, 'sign'))).toBe('purpose sign: Sweden > treaty');
    const part = analyse('Speaking in Nairobi, the Swedish minister praised Kenya.');
    expect(part.clauses.find((c) => c.kind === 'participial')!.subject?.headWord).toBe('minister');
  });
});

describe('clauses: negation and modality once per clause', () => {
  it.each([
    ['Chile never attacked Peru.', 'attack', true, undefined],
    ['Chile refused to support Peru.', 'support', true, undefined],
    ['Chile no longer supports Peru.', 'support', true, undefined],
    ['Chile plans to visit Peru.', 'visit', false, 'planned'],
    ['Chile will visit Peru next week.', 'visit', false, 'planned'],
    ['Chile claimed that Peru attacked Bolivia.', 'attack', false, 'claimed'],
    // "yet" after the negation stays in the verb group (the tagger reads it a conjunction)
    ['Chile has not yet backed Peru.', 'back', true, undefined],
    ['Chile has yet to sign the deal.', 'sign', true, undefined],
    // "neither" before a verb, and the verb after "nor", deny both deeds
    ['Chile neither attacked Peru nor backed Bolivia.', 'attack', true, undefined],
    ['Chile neither attacked Peru nor backed Bolivia.', 'back', true, undefined],
    ['Chile attacked Peru and backed Bolivia.', 'back', false, undefined],
    // after an auxiliary too ("has neither backed X nor …"); an object under "neither" denies the verb ("backed neither A nor B")
    ['Chile has neither backed Peru nor conceded the point.', 'back', true, undefined],
    ['Chile backed neither Peru nor Bolivia.', 'back', true, undefined],
    ['Chile backed either Peru or Bolivia.', 'back', false, undefined],
    // a subject under "neither" denies; "both" does not
    ['Neither side backed Peru.', 'back', true, undefined],
    ['Both sides backed Peru.', 'back', false, undefined],
    // and so does a subject under "no" (the event noun of a support verb, or the one that took place)
    ['No formal meeting was held between Chile and Peru.', 'hold', true, undefined],
    ['No talks with Peru were held during the visit.', 'hold', true, undefined],
    ['A formal meeting was held between Chile and Peru.', 'hold', false, undefined],
    // an infinitive that completes a "no X" object is denied with it; without the "no" it is not
    ['Chile had no plans to meet Peru at the summit.', 'meet', true, undefined],
    ['Chile sees no reason to speak to Peru.', 'speak', true, undefined],
    ['Chile had plans to meet Peru at the summit.', 'meet', false, undefined],
    // a "not" between a catenative and its "to" denies the verb after "to", not the catenative ("agreed not to")
    ['Chile and Peru agreed not to attack Bolivia.', 'attack', true, undefined],
    ['Chile decided not to send troops to Peru.', 'send', true, undefined],
    ['Chile and Peru agreed on Tuesday not to attack Bolivia.', 'attack', true, undefined],
    ['Chile vowed not to recognise the junta.', 'recognise', true, 'planned'],
    ['Chile did not agree to attack Bolivia.', 'attack', true, undefined],
    // a relative under "none of which" denies of each; "all of which", "both of whom" affirm
    ['Chile and Peru, none of which are members of the Andean Community, abstained.', 'be', true, undefined],
    ['Chile and Peru, both of which are members of the Andean Community, abstained.', 'be', false, undefined],
  ] as const)('%s', (text, lemma, negated, modality) => {
    const c = clauseWith(analyse(text), lemma);
    expect(c.negated).toBe(negated);
    expect(c.modality).toBe(modality);
  });
});

describe('clauses: noun phrases', () => {
  it('keeps possessors, premodifiers, named modifiers and attached prepositional phrases', () => {
    const a = analyse("Chile's foreign minister paid a visit to Peru.");
    const c = clauseWith(a, 'pay');
    expect(show(c.subject!.possessor)).toBe('Chile');
    expect(c.subject!.premods).toEqual(['foreign']);
    expect(c.verb!.support).toMatchObject({ noun: 'visit' });
    const n = analyse('He was a Chilean diplomat for the Socialist Party.');
    const cop = clauseWith(n, 'be').complement!;
    expect(cop.modifiers.map((m) => m.entity.label)).toEqual(['Chile']);
    expect(cop.pps.map((pp) => pp.prep)).toEqual(['for']);
  });
  it('marks the phrases of an opening adjunct (their possessive pronoun refers forward)', () => {
    const a = analyse('In addition to her visit to Peru, the minister met Bolivia.');
    expect(a.phrases.filter((p) => p.opening).map((p) => p.headWord)).toContain('visit');
  });
  it('"no X" negates', () => {
    expect(clauseWith(analyse('Chile sent no troops to Peru.'), 'send').negated).toBe(true);
  });
});

describe('clauses: titles and the names apposed to them in lists', () => {
  /** the names a list's conjuncts stand for (a description stands for the name apposed to it) */
  const names = (p?: Phrase) => (p?.members ?? []).map((m) => m.named?.referent?.entity.label ?? m.referent?.entity.label ?? m.headWord);
  const list = (text: string) => analyse(text).phrases.find((p) => p.members && p.members.length > 2);
  it('gives the name after "the Minister of Foreign Affairs of X," to the minister, and reads two titles of one holder as one conjunct', () => {
    const text = 'Ana Ruiz held talks with the First Vice-President and Minister of Trade of Peru, Luis Gomez; the Director-General of the Andean Community, Jorge Mesa; and the Prime Minister and Minister of Defence of Chile, Hugo Diaz.';
    expect(names(list(text))).toEqual(['Luis Gomez', 'Jorge Mesa', 'Hugo Diaz']);
  });
  it('leaves a titled person after "of <state> and" to the outer list', () => {
    const text = 'Ana Ruiz held talks with Prime Minister Jorge Mesa of Chile and Prime Minister Hugo Diaz of Ecuador on Monday.';
    expect(names(analyse(text).phrases.find((p) => p.members))).toEqual(['Jorge Mesa', 'Hugo Diaz']);
  });
  it('gives a finite verb after its clause\'s object and a comma the series\' subject, not after ", and W, the envoy,"', () => {
    const a = analyse('Ana Ruiz hosted Luis Gomez for lunch, had a long talk with Jorge Mesa, and held talks with Hugo Diaz.');
    expect(roles(clauseWith(a, 'have'))).toBe('adverbial have: Ana Ruiz > talk');
    const b = analyse('Peru and Chile backed Bolivia, and Hugo Diaz, the acting envoy to the UN, praised Bolivia for its work.');
    expect(show(clauseWith(b, 'praise').agent)).not.toContain('Peru');
  });
  it('reads "A, Title of X, B, Title of Y, and C, the …" as three people, each with the description after the name', () => {
    const text = 'Ana Ruiz met with Luis Gomez, Minister of Trade and Industry of Peru, Jorge Mesa, Foreign Minister of Chile, and Hugo Diaz, the envoy of Bolivia.';
    expect(names(list(text))).toEqual(['Luis Gomez', 'Jorge Mesa', 'Hugo Diaz']);
  });
  it('runs a semicolon list item\'s description over titles joined by "and" to its semicolon', () => {
    const text = 'Ana Ruiz met Luis Gomez, Prime Minister of Peru; Jorge Mesa, Deputy Prime Minister and Minister for Trade of Chile; and Hugo Diaz, Bolivia\'s Prime Minister.';
    expect(names(list(text))).toEqual(['Luis Gomez', 'Jorge Mesa', 'Hugo Diaz']);
  });
  it('closes a portfolio list before ", and B," where a described person follows', () => {
    const text = 'Ana Ruiz met Luis Gomez, Peru\'s Minister of Trade, Industry and Tourism, and Jorge Mesa, the envoy of Chile.';
    expect(names(clauseWith(analyse(text), 'meet').patient)).toEqual(['Luis Gomez', 'Jorge Mesa']);
  });
  it('reads "by the Minister of A, X, the Minister of B, Y, and …" as one list of the named holders', () => {
    const a = analyse('The meeting was attended by the Foreign Minister of Peru, Luis Gomez, the Foreign Minister of Chile, Jorge Mesa, and the Foreign Minister of Bolivia, Hugo Diaz.');
    expect(names(clauseWith(a, 'attend').agent)).toEqual(['Luis Gomez', 'Jorge Mesa', 'Hugo Diaz']);
  });
  it('ends ", with whom …" at its semicolon: the next "with" phrases are the main clause\'s', () => {
    const a = analyse('Ana Ruiz held meetings with the envoy of Peru, Luis Gomez, with whom she discussed trade; and with the envoy of Chile, Jorge Mesa, who briefed her.');
    const withs = clauseWith(a, 'hold').pps.filter((pp) => pp.prep === 'with').map((pp) => pp.np.named?.referent?.entity.label);
    expect(withs).toContain('Jorge Mesa');
    expect(a.clauses.filter((c) => c.kind === 'relative').flatMap((c) => c.pps.map((pp) => pp.prep))).not.toContain('with');
  });
  it('keeps two titles with a determiner each as two conjuncts', () => {
    const a = analyse('The President and the Prime Minister of Peru, Luis Gomez, met in Lima.');
    expect(clauseWith(a, 'meet').agent!.members?.length).toBe(2);
  });
});
