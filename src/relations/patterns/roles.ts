// Descriptions of a person by copula or apposition: nationality from a demonym before an occupation.
// Seen: Re-DocRED dev (78 documents open "X is a <demonym> <occupation>"), news-dev ("a Russian-American journalist").
import { DEPUTY_WORDS, LEADER_TITLE_PHRASES, LEADER_TITLES } from '../lexicon.ts';
import type { Pattern } from './types.ts';

export const roles: Pattern[] = [
  {
    id: 'role.nationality', kind: 'title', predicate: 'CITIZEN_OF', nouns: 'person', subject: 'described', object: 'modifier',
    subjectTypes: ['PERSON'], objectTypes: ['COUNTRY'], confidence: 0.8, seen: 'Re-DocRED dev (many openings); news-dev',
    match: [['Ola Nordmann was a Finnish politician in the Centre Party for decades.', 'Ola Nordmann CITIZEN_OF Finland'], ['Lars Eriksen, a Danish economist, spoke on Monday.', 'Lars Eriksen CITIZEN_OF Denmark']],
    // (a state's post after the demonym is held for the state, not a nationality: SCHEMA.md)
    miss: [['Ola Nordmann was a politician.'], ['Ola Nordmann was not a Finnish politician.', 'NOT Ola Nordmann CITIZEN_OF Finland'], ['Ola Nordmann, a Finnish lawmaker, spoke.'], ['Ola Nordmann, a former Finnish security adviser, spoke.']],
  },
];

const LEADER_NOUNS = ['president', 'chairman', 'chairwoman', 'chair', 'leader', 'head', 'chief', 'secretary-general', 'ceo', 'director-general', 'premier', 'chancellor', 'governor', 'mayor', 'commander'];
const SPOKESMAN_NOUNS = ['spokesman', 'spokeswoman', 'spokesperson'];
const STAFF_NOUNS = ['journalist', 'correspondent', 'reporter', 'editor', ...SPOKESMAN_NOUNS, 'adviser', 'advisor', 'aide', 'economist', 'analyst', 'researcher', 'official', 'diplomat', 'secretary', 'director', 'officer', 'lawyer', 'negotiator'];

// A post named in a copula or an apposition: "X, the president of Y,", "X is the chief of Y", "X, a journalist for Y,",
// "X, a close adviser to Y". Seen: news-dev (karabakh, second-thomas-shoal, ankara-prisoner-swap, saudi-iran), Re-DocRED dev
// ("is the president of").
export const posts: Pattern[] = [
  {
    // ("led"/"heads" are the verb frames' of lexicon.ts, which take the name only as the whole object)
    id: 'role.rules', kind: 'verb', predicate: 'LEADER_OF', verbs: ['rule', 'command', 'chair'], voice: 'active', directObject: true, subject: 'agent', object: 'patient',
    subjectTypes: ['PERSON'], objectTypes: ['COUNTRY', 'ORGANIZATION'], confidence: 0.75,
    seen: 'news-fresh4 bolivia-coup-attempt-analysis ("who had commanded the Bolivian Army/Navy"); news-fresh5 gabon-officers-oust-bongo ("who ruled Gabon"), thailand-cambodia-putrajaya-truce ("who chairs the Association … this year"); news-fresh assad-fall-twelve-days-analysis ("who ruled Syria")',
    match: [['Ana Ruiz, who ruled Peru for a decade, died on Sunday.', 'Ana Ruiz LEADER_OF Peru'], ['Ana Ruiz chairs the African Union this year.', 'Ana Ruiz LEADER_OF African Union'], ['Juan Perez, who had commanded the Chilean Navy, retired.', 'Juan Perez LEADER_OF Chilean Navy']],
    miss: [['Ana Ruiz ruled out talks with Peru.'], ['The court in Peru ruled against Ana Ruiz.'], ['Ana Ruiz never ruled Peru.', 'NOT Ana Ruiz LEADER_OF Peru']],
  },
  {
    // (passive only: a biography's "X represented Chile at the Olympics" is a sport's nationality, not a post)
    id: 'role.represented.by', kind: 'verb', predicate: 'WORKS_FOR', verbs: ['represent'], voice: 'passive', subject: 'agent', object: 'patient', agentTitlesNot: [...LEADER_TITLES, ...LEADER_TITLE_PHRASES],
    subjectTypes: ['PERSON'], objectTypes: ['COUNTRY', 'ORGANIZATION'], confidence: 0.75,
    seen: 'news-dev saudi-iran-beijing-deal ("Iran was represented by X"); news-fresh5 uzbekistan-saidov-samarkand-meetings ("China was represented by its Foreign Minister, X"); news-fresh8 african-peace-mission-kyiv-stpetersburg-live ("Uganda is represented by X")',
    match: [['Peru was represented by Ana Ruiz at the summit.', 'Ana Ruiz WORKS_FOR Peru']],
    miss: [['Ana Ruiz represented Peru at the 2008 Olympics.'], ['Peru was represented by a law firm in Lima.'], ['Peru was represented by President Ana Ruiz.'], ['Peru was represented by its Prime Minister, Ana Ruiz.']],
  },
  {
    id: 'role.leader.of', kind: 'title', predicate: 'LEADER_OF', nouns: LEADER_NOUNS, subject: 'described', object: 'pp:of.led',
    subjectTypes: ['PERSON'], objectTypes: ['COUNTRY', 'ORGANIZATION'], confidence: 0.8, seen: 'news-dev (three texts); Re-DocRED dev',
    // a deputy or vice holder does not lead the body, as the title constructions read "deputy leader" (Re-DocRED dev documents 85, 240)
    // (nor does a senior one, one of several: role.senior.of)
    premodsNot: [...DEPUTY_WORDS, 'senior'],
    match: [['Ana Ruiz, the president of Chile, spoke.', 'Ana Ruiz LEADER_OF Chile'], ['Ana Ruiz is the chief of the Chilean Navy.', 'Ana Ruiz LEADER_OF Chilean Navy']],
    miss: [['Ana Ruiz, the president of the club, spoke.'], ['Ana Ruiz met the president of Chile.'], ['Ana Ruiz was deputy leader of the Chilean Socialist Party.'], ['Ana Ruiz, the commander of Chilean forces in the north, resigned.'], ['Ana Ruiz, the mayor of Lima, spoke.'], ['Ana Ruiz, the governor of the Cusco region, spoke.']],
  },
  {
    // "X, a senior commander of the Y Force": one of the body's commanders serves it and does not lead it. Seen: news-fresh
    // iran-attack-israel-april-2024-live and news-fresh17 me-damascus-consulate-strike-live ("a senior commander of the Quds Force")
    id: 'role.senior.of', kind: 'title', predicate: 'WORKS_FOR', nouns: ['commander', 'commanders'], premods: ['senior'], subject: 'described', object: 'pp:of',
    subjectTypes: ['PERSON'], objectTypes: ['ORGANIZATION'], confidence: 0.75,
    seen: 'news-fresh iran-attack-israel-april-2024-live; news-fresh17 me-damascus-consulate-strike-live',
    match: [['Ivo Maric, a senior commander of the Serbian Guard, inspected the border posts.', 'Ivo Maric WORKS_FOR Serbian Guard']],
    miss: [['Ivo Maric, the commander of the Serbian Guard, was killed.'], ['Ivo Maric, a senior commander, spoke of the Serbian Guard.']],
  },
  {
    // the commander of a state's armed forces serves the state and leads no country. Seen: news-fresh13 kherson-withdrawal-live
    // ("the commander of Russian forces in Ukraine"), news-fresh12 australia-myanmar-junta-sanctions-london-2023 ("commander in
    // chief of Iran's army"): both read as LEADER_OF the country before
    id: 'role.commander.of', kind: 'title', predicate: 'WORKS_FOR', nouns: LEADER_NOUNS, subject: 'described', object: 'pp:of.forces',
    subjectTypes: ['PERSON'], objectTypes: ['COUNTRY'], confidence: 0.75, premodsNot: [...DEPUTY_WORDS],
    seen: 'news-fresh13 kherson-withdrawal-live; news-fresh12 australia-myanmar-junta-sanctions-london-2023',
    match: [['Ivo Maric, the commander of Serbian forces in Kosovo, resigned.', 'Ivo Maric WORKS_FOR Serbia'], ["Ivo Maric, the chief of Serbia's army, resigned.", 'Ivo Maric WORKS_FOR Serbia']],
    miss: [['Ivo Maric, the commander of the Serbian Navy, resigned.'], ['Ivo Maric, the president of Serbia, resigned.'], ['Ivo Maric met the commander of Serbian forces.']],
  },
  {
    id: 'role.staff.for', kind: 'title', predicate: 'WORKS_FOR', nouns: STAFF_NOUNS, subject: 'described', object: 'pp:for',
    subjectTypes: ['PERSON'], objectTypes: ['ORGANIZATION', 'COUNTRY'], confidence: 0.8, seen: 'news-dev (two texts); Re-DocRED dev',
    match: [['Ana Ruiz, a journalist for Reuters, was freed.', 'Ana Ruiz WORKS_FOR Reuters'], ['Ana Ruiz, a journalist for Reuters, declined to comment.', 'Ana Ruiz WORKS_FOR Reuters']],
    miss: [['Ana Ruiz, a journalist, asked for Reuters.']],
  },
  {
    // an envoy's "for" names the brief, which a country or a region is, and a body may be ("the UN Special Envoy for Syria",
    // "Putin's special envoy for Afghanistan" serve the UN and Putin, not Syria or Afghanistan); the body is read as the sender
    // only where nothing else is ("an envoy for the African Union"). Seen: news-fresh11 araghchi-unga79-new-york-meetings-readout,
    // news-fresh14 russia-recognises-taliban-analysis (the country read as the employer: 2 wrong of 2)
    id: 'role.envoy.for', kind: 'title', predicate: 'WORKS_FOR', nouns: ['envoy', 'representative'], subject: 'described', object: 'pp:for',
    subjectTypes: ['PERSON'], objectTypes: ['ORGANIZATION'], confidence: 0.75,
    seen: 'news-fresh11 araghchi-unga79-new-york-meetings-readout; news-fresh14 russia-recognises-taliban-analysis',
    match: [['Ana Ruiz, a special envoy for the Andean Workers Union, arrived.', 'Ana Ruiz WORKS_FOR Andean Workers Union']],
    miss: [['Ana Ruiz, the UN special envoy for Bolivia, arrived.'], ["Ana Ruiz, Boric's special representative for Bolivia, arrived."]],
  },
  {
    id: 'role.staff.of', kind: 'title', predicate: 'WORKS_FOR', nouns: ['secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'director', 'officer'],
    subject: 'described', object: 'pp:of', subjectTypes: ['PERSON'], objectTypes: ['ORGANIZATION'], confidence: 0.75, seen: 'news-dev (two texts)',
    // an executive or managing director heads the body (LEADER_OF, by the title constructions); news-fresh4 (two texts)
    premodsNot: ['executive', 'managing'],
    match: [['Ana Ruiz, the secretary of the Chilean Football Federation, spoke.', 'Ana Ruiz WORKS_FOR Chilean Football Federation']],
    miss: [['Ana Ruiz, the secretary, spoke of the Chilean Football Federation.'], ['Ana Ruiz, managing director of the Chilean Football Federation, spoke.']],
  },
  {
    // a spokesman speaks for a person as for a body ("a deputy spokesman for Secretary-General X": role.staff.for reads
    // bodies and states only). ("the spokesman of President X" was read the same way until session 15: one text only,
    // news-fresh6 finland-closes-russian-border-analysis, so no pattern)
    id: 'role.spokesman.for', kind: 'title', predicate: 'WORKS_FOR', nouns: SPOKESMAN_NOUNS, subject: 'described', object: 'pp:for',
    subjectTypes: ['PERSON'], objectTypes: ['PERSON'], confidence: 0.75,
    seen: 'news-fresh26 af-mali-expels-minusma-spokesman-analysis ("X, a deputy spokesman for Secretary-General Y"); news-fresh11 g20-johannesburg-us-boycott-live ("X, spokesman for the South African president", a description the resolver reads as the person)',
    match: [['Pedro Gil, a deputy spokesman for President Ana Ruiz, declined to comment on the trip.', 'Pedro Gil WORKS_FOR Ana Ruiz']],
    miss: [['Pedro Gil, a spokesman, asked for Ana Ruiz.'], ['Pedro Gil, a spokesman for the family of Ana Ruiz, spoke.']],
  },
  {
    id: 'role.adviser.to', kind: 'title', predicate: 'WORKS_FOR', nouns: ['adviser', 'advisor', 'aide', 'assistant', 'confidant'], subject: 'described', object: 'pp:to',
    subjectTypes: ['PERSON'], objectTypes: ['PERSON', 'ORGANIZATION'], confidence: 0.75, seen: 'news-dev (two texts)',
    match: [['Ana Ruiz, a close adviser to Gabriel Boric, resigned.', 'Ana Ruiz WORKS_FOR Gabriel Boric']],
    miss: [['Ana Ruiz, a friend to Gabriel Boric, resigned.']],
  },
];
