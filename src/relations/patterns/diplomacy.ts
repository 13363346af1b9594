// Expulsions of an envoy owned by a country (its possessor or its demonym: "expelled France's ambassador",
// "expels the French ambassador"). Seen: news-dev (niger-france-rupture, canada-india-expulsions).
import { SANCTION_NOUNS } from '../lexicon.ts';
import type { Pattern } from './types.ts';

const ENVOYS = ['ambassador', 'ambassadors', 'envoy', 'envoys', 'diplomat', 'diplomats', 'charge', 'consul', 'attache', 'attaches'];
/** what a sanctioning body adopts (a "package" of sanctions too), and the verbs that put it in force */
const ADOPTED_NOUNS = [...SANCTION_NOUNS, 'package'];
const SANCTIONING_VERBS = ['adopt', 'announce', 'impose', 'approve', 'unveil', 'introduce', 'slap', 'level', 'tighten', 'expand', 'extend', 'keep', 'maintain'];
const ACTORS = ['COUNTRY', 'ORGANIZATION', 'PERSON'] as const;

export const diplomacy: Pattern[] = [
  {
    // (not "summoned X's ambassador": a summons is a protest, which the development sets' gold leaves optional where
    // the envoy is sent home after it, news-dev modi-kyiv-visit, news-fresh6 russia-estonia-latvia-ambassadors-expelled)
    id: 'expel.envoy', kind: 'verb', predicate: 'REDUCED_RELATIONS', verbs: ['expel', 'recall', 'withdraw'], voice: 'active',
    patientNouns: ENVOYS, subject: 'agent', object: 'patient.owner', subjectTypes: ACTORS, objectTypes: ['COUNTRY', 'ORGANIZATION'],
    seen: 'news-dev (two reports)',
    match: [["Niger's military government expelled France's ambassador.", 'Niger REDUCED_RELATIONS France'], ['Chile expels the Peruvian ambassador.', 'Chile REDUCED_RELATIONS Peru']],
    miss: [["Niger welcomed France's ambassador."], ['Niger expelled the ambassador.'], ["Chile summoned Peru's ambassador to protest."]],
  },
  {
    // ordering a country's envoys out of the country is expelling them ("ordered six French diplomats to leave",
    // "ordered out each other's ambassadors"); the envoy's owner is the object, a country's own envoys make no edge
    id: 'expel.envoy.order', kind: 'verb', predicate: 'REDUCED_RELATIONS', verbs: ['order'], voice: 'active',
    patientNouns: ENVOYS, subject: 'agent', object: 'patient.owner', subjectTypes: ACTORS, objectTypes: ['COUNTRY', 'ORGANIZATION'],
    seen: 'news-dev (canada-india-expulsions: "ordering six … diplomats to leave"; venezuela-election-live: "orders diplomats of A, B … to leave"); news-fresh4 (algeria-france-expulsions: "ordered the same number of … to leave"); news-fresh6 (russia-estonia-latvia-ambassadors-expelled: "ordered out each other\'s ambassadors")',
    match: [['Chile ordered four Peruvian diplomats to leave within 72 hours.', 'Chile REDUCED_RELATIONS Peru'], ["Chile ordered Peru's ambassador to leave the country.", 'Chile REDUCED_RELATIONS Peru']],
    miss: [['Chile ordered its diplomats to leave Peru.'], ['Chile ordered new aircraft from Peru.']],
  },
  {
    // the envoys' owner after "of": "expelled the ambassador of X", "ordered diplomats of A, B and C to leave"
    id: 'expel.envoy.of', kind: 'verb', predicate: 'REDUCED_RELATIONS', verbs: ['expel', 'order'], voice: 'active',
    patientNouns: ENVOYS, subject: 'agent', object: 'pp:of', subjectTypes: ACTORS, objectTypes: ['COUNTRY'],
    seen: 'news-dev (venezuela-election-live: "orders diplomats of A, B … to leave"); news-fresh6 (russia-estonia-latvia-ambassadors-expelled: "had expelled the ambassador of a … country")',
    match: [['Chile ordered the diplomats of Peru and Bolivia to leave the country.', 'Chile REDUCED_RELATIONS Bolivia'], ['Chile expelled the ambassador of Peru.', 'Chile REDUCED_RELATIONS Peru']],
    miss: [['Chile ordered a report of Peru.'], ['Chile welcomed the ambassador of Peru.']],
  },
  {
    // a country's own envoys called home from another country: "recalled its ambassador from X", "withdrawing its diplomats from X"
    id: 'recall.envoy.from', kind: 'verb', predicate: 'REDUCED_RELATIONS', verbs: ['recall', 'withdraw'], voice: 'active',
    patientNouns: ENVOYS, subject: 'agent', object: 'pp:from', subjectTypes: ACTORS, objectTypes: ['COUNTRY', 'ORGANIZATION'],
    seen: 'news-fresh (m23-goma-congo-rwanda-wire: "recalling its diplomats from <capital>"); news-fresh4 (ankara-declaration-ethiopia-somalia-analysis: "was recalling its ambassador from <capital>"); news-fresh6 (russia-estonia-latvia-ambassadors-expelled: "withdrawing its own ambassador from X")',
    match: [['Chile recalled its ambassador from Peru on Monday.', 'Chile REDUCED_RELATIONS Peru'], ['Chile is withdrawing its own diplomats from Peru.', 'Chile REDUCED_RELATIONS Peru']],
    miss: [['Chile recalled its troops from Peru.'], ['Chile did not recall its ambassador from Peru.', 'NOT Chile REDUCED_RELATIONS Peru']],
  },
  {
    // a country's own envoy to another called home: "recalled its ambassador to X", "was recalling its ambassadors to A and B"
    // (the envoy's post, not the way home: a capital as such is no object, "recalled its ambassador to Lima" names no state)
    id: 'recall.envoy.to', kind: 'verb', predicate: 'REDUCED_RELATIONS', verbs: ['recall', 'withdraw'], voice: 'active',
    patientNouns: ENVOYS, subject: 'agent', object: 'pp:to', subjectTypes: ACTORS, objectTypes: ['COUNTRY'],
    seen: 'news-fresh18 (me-erbil-irgc-strikes-wire: "X recalled its ambassador to Y on Tuesday"); news-fresh24 (af-ethiopia-somaliland-mou-analysis: "the government was recalling its ambassador to Y for consultations"); news-fresh29 (ea-aukus-france-recalls-envoys-analysis: "X was recalling its ambassadors to A and B", "X did not recall its ambassador to C")',
    match: [['Chile recalled its ambassador to Peru after the border incident.', 'Chile REDUCED_RELATIONS Peru'], ['Chile is recalling its ambassadors to Peru and Bolivia, a spokesman said.', 'Chile REDUCED_RELATIONS Bolivia']],
    miss: [['Chile recalled its troops to Peru.'], ['Chile never recalled its ambassador to Peru during the dispute.', 'NOT Chile REDUCED_RELATIONS Peru'], ['Chile named a new ambassador to Peru.']],
  },
  {
    id: 'ties.cut', kind: 'verb', predicate: 'REDUCED_RELATIONS', verbs: ['sever', 'cut', 'break', 'suspend', 'freeze', 'downgrade'], voice: 'active',
    patientNouns: ['relations', 'ties'], subject: 'agent', object: 'pp:with', subjectTypes: ACTORS, objectTypes: ['COUNTRY', 'ORGANIZATION', 'LOCATION'],
    seen: 'news-dev (two texts: "severing diplomatic relations with", "suspending relations with"); news-fresh (two texts: "broke off diplomatic relations with", "has broken off all diplomatic relations with"); "cut … ties with": news-fresh5 (morocco-quake-aid-live), news-fresh6 (solomon-islands-china-security-pact-analysis)',
    match: [['Chile cut diplomatic ties with Peru in 2019.', 'Chile REDUCED_RELATIONS Peru'], ['Chile broke off diplomatic relations with Peru on Monday.', 'Chile REDUCED_RELATIONS Peru'], ['Chile is severing all ties with Peru.', 'Chile REDUCED_RELATIONS Peru']],
    miss: [['Chile restored diplomatic relations with Peru.'], ['Chile cut taxes with Peru.']],
  },
  {
    id: 'sanction.measures.against', kind: 'verb', predicate: 'SANCTIONED', verbs: SANCTIONING_VERBS, voice: 'active', patientNouns: ADOPTED_NOUNS,
    subject: 'agent', object: 'pp:against', subjectTypes: ACTORS, objectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON'],
    seen: 'news-dev (a press release: "adopted a 14th package of … restrictive measures against X"); news-fresh (a wire report: "announced more than 500 new sanctions against X", "adopted new sanctions against X")',
    match: [['Canada adopted a new package of restrictive measures against Belarus.', 'Canada SANCTIONED Belarus'], ['Canada announced fresh sanctions against Belarus.', 'Canada SANCTIONED Belarus']],
    miss: [['Canada called for sanctions against Belarus.'], ['Canada adopted a new budget against inflation.']],
  },
  {
    // freezing a party's assets is a sanction on it (SCHEMA: SANCTIONED)
    id: 'sanction.assets', kind: 'verb', predicate: 'SANCTIONED', verbs: ['freeze', 'seize', 'block'], voice: 'active', patientNouns: ['assets', 'funds', 'property'],
    subject: 'agent', object: 'pp:of', subjectTypes: ACTORS, objectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON'],
    seen: 'news-fresh (navalny-death-sanctions-wire: "froze the assets of six officials … including X"); tests/fixtures/news (iran-sanctions: "freezing the assets of seven officials")',
    match: [['Canada froze the assets of Pedro Castillo on Monday.', 'Canada SANCTIONED Pedro Castillo']],
    miss: [['Canada froze the assets of its own banks.'], ['Canada froze the price of bread.'], ['Canada did not freeze the assets of Pedro Castillo.', 'NOT Canada SANCTIONED Pedro Castillo']],
  },
  {
    // "trade between A and B": each pair of the named sides trades (not "trade between the regions": places are no traders)
    id: 'trade.between', kind: 'noun', predicate: 'TRADES_WITH', nouns: ['trade', 'commerce'], subject: 'pp:between', object: 'pp:between',
    subjectTypes: ['COUNTRY', 'ORGANIZATION'], objectTypes: ['COUNTRY', 'ORGANIZATION'],
    seen: 'news-fresh (nato-washington-summit-2024-greek-readout: "doubling trade between A and B"); news-fresh6 (lula-celac-buenos-aires-readout: "a common currency for trade between A and B"; modi-hiroshima-g7-bilaterals-readout: "deepen trade between A and B"); news-dev (modi-kyiv-visit: "trade between the two countries")',
    match: [['The ministers agreed to double trade between Chile and Peru.', 'Chile TRADES_WITH Peru']],
    miss: [['Flights between Chile and Peru resumed.'], ['The war between Chile and Peru ended in 1883.']],
  },
  {
    // "the alliance between A and B", "a strategic partnership between the two countries"
    id: 'alliance.between', kind: 'noun', predicate: 'ALLIED_WITH', nouns: ['alliance', 'alliances', 'partnership'], subject: 'pp:between', object: 'pp:between',
    subjectTypes: ['COUNTRY', 'ORGANIZATION'], objectTypes: ['COUNTRY', 'ORGANIZATION'],
    seen: 'news-dev (camp-david-trilateral-readout: "the ironclad alliances between A and B and between A and C"; erdogan-reelection-congratulations: "a stronger strategic partnership between the two countries")',
    match: [['He reaffirmed the alliance between Chile and Peru.', 'Chile ALLIED_WITH Peru']],
    miss: [['Trade between Chile and Peru grew.'], ['Chile proposed an alliance between Peru and Bolivia.']],
  },
  {
    id: 'sanction.measures.on', kind: 'verb', predicate: 'SANCTIONED', verbs: SANCTIONING_VERBS, voice: 'active', patientNouns: ADOPTED_NOUNS,
    subject: 'agent', object: 'pp:on', subjectTypes: ACTORS, objectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON'],
    seen: 'news-fresh (a wire report: "imposing sanctions on X"; another: "tightens sanctions on X"); news-dev (an analysis: "keep its sanctions on X")',
    match: [['Canada imposed new sanctions on Belarus.', 'Canada SANCTIONED Belarus'], ['Canada tightened its sanctions on Belarus.', 'Canada SANCTIONED Belarus']],
    miss: [['Canada urged sanctions on Belarus.'], ['Canada did not impose sanctions on Belarus.', 'NOT Canada SANCTIONED Belarus']],
  },
];

const CONGRATULATING = ['send', 'offer', 'extend', 'convey', 'express'];
const CONGRATULATIONS = ['congratulations', 'congratulation'];

// Praise by congratulation or by naming someone a friend. Seen: news-dev (an election's congratulations in two
// articles; "calls X his dear friend"), and the seed article (not a development text, named for the record).
export const praise: Pattern[] = [
  {
    id: 'praise.congratulate', kind: 'verb', predicate: 'PRAISED', verbs: ['congratulate', 'salute', 'applaud'], voice: 'active',
    subject: 'agent', object: 'patient', subjectTypes: ACTORS, objectTypes: ['PERSON', 'COUNTRY', 'ORGANIZATION'], seen: 'news-dev (two election reports)',
    match: [['Narendra Modi congratulated Donald Tusk on Sunday.', 'Narendra Modi PRAISED Donald Tusk'], ['Secretary of State Ana Ruiz congratulated Donald Tusk.', 'Ana Ruiz PRAISED Donald Tusk'],
      // (a floating "both" after the auxiliary: news-fresh12 blinken-negev-summit-readout-2022, news-fresh21 sa-uzbekistan-snap-vote-live)
      ['Narendra Modi and Olaf Scholz had both congratulated Donald Tusk.', 'Olaf Scholz PRAISED Donald Tusk']],
    // (not "welcomed": a visitor welcomed is hosted, SCHEMA's HOSTED; a decision welcomed names no actor here)
    miss: [['Narendra Modi did not congratulate Donald Tusk.', 'NOT Narendra Modi PRAISED Donald Tusk'], ['Donald Tusk was in Warsaw.'], ['Narendra Modi welcomed Donald Tusk at the airport.']],
  },
  {
    id: 'praise.congratulations', kind: 'support', predicate: 'PRAISED', verbs: CONGRATULATING, nouns: CONGRATULATIONS,
    subject: 'agent', object: 'pp:to', subjectTypes: ACTORS, objectTypes: ['PERSON', 'COUNTRY', 'ORGANIZATION'],
    seen: 'news-dev (saudi-iran-beijing-deal: "offered his congratulations to"; erdogan-reelection-congratulations and taiwan-election-lai-analysis: "sent congratulations"); news-fresh4 (moldova-runoff-live, senegal-election-faye-live: "sent his congratulations")',
    match: [['Jacinda Ardern sent her congratulations to Donald Tusk.', 'Jacinda Ardern PRAISED Donald Tusk'],
      // (a message carries the congratulations its "of" names: news-fresh7 zimbabwe-chamisa-rejects-mnangagwa-win, "sent a message of congratulations to")
      ['Jacinda Ardern sent a message of congratulations to Donald Tusk.', 'Jacinda Ardern PRAISED Donald Tusk']],
    miss: [['Jacinda Ardern sent a letter to Donald Tusk.'], ['Jacinda Ardern sent a letter of complaint to Donald Tusk.'], ['Jacinda Ardern did not send congratulations to Donald Tusk.', 'NOT Jacinda Ardern PRAISED Donald Tusk']],
  },
  {
    // "Y congratulated Z. X also sent his congratulations": congratulations with no "to" go to whom the article's
    // last congratulation went (the winner of the day)
    id: 'praise.congratulations.earlier', kind: 'support', predicate: 'PRAISED', verbs: CONGRATULATING, nouns: CONGRATULATIONS,
    subject: 'agent', object: 'earlier', earlierFrom: ['praise.congratulate', 'praise.congratulations', 'praise.congratulations.earlier'], subjectTypes: ACTORS, objectTypes: ['PERSON', 'COUNTRY', 'ORGANIZATION'],
    seen: 'news-dev (erdogan-reelection-congratulations: "X also sent congratulations", "A, B and C offered their congratulations"; taiwan-election-lai-analysis); news-fresh4 (moldova-runoff-live: ", and X also sent his congratulations"; senegal-election-faye-live)',
    match: [['Donald Tusk won the vote. Narendra Modi congratulated Donald Tusk. Jacinda Ardern also sent her congratulations.', 'Jacinda Ardern PRAISED Donald Tusk']],
    miss: [['Donald Tusk won the vote. Jacinda Ardern also sent her congratulations.'], ['Narendra Modi congratulated Donald Tusk. Jacinda Ardern sent her congratulations to Olaf Scholz.']],
  },
  {
    // "Y congratulated Z. X congratulated the president-elect", "… X conceded and congratulated his rival": the one
    // congratulated under a description is whom the article's last congratulation went to (the winner of the day)
    id: 'praise.congratulate.earlier', kind: 'verb', predicate: 'PRAISED', verbs: ['congratulate'], voice: 'active',
    patientNouns: ['winner', 'victor', 'president-elect', 'rival', 'opponent', 'challenger', 'successor'], subject: 'agent', object: 'earlier',
    earlierFrom: ['praise.congratulate', 'praise.congratulations', 'praise.congratulations.earlier', 'praise.congratulate.earlier'], orProtagonist: true, subjectTypes: ACTORS, objectTypes: ['PERSON'],
    seen: 'news-fresh12 (brazil-runoff-lula-wins-liveblog-oct2022: "congratulates the president-elect"; kenya-2022-ruto-declared-winner-liveblog: "have congratulated the president-elect"); news-fresh17 (eu-slovakia-pellegrini-runoff: "congratulated the winner"; am-sheinbaum-wins-mexico: "congratulated his successor"); news-fresh4 (senegal-election-faye-live: "congratulated the president-elect"); news-fresh6, news-fresh15, news-fresh16 ("congratulated his rival")',
    match: [['Donald Tusk won the vote. Narendra Modi congratulated Donald Tusk. Olaf Scholz conceded and congratulated his rival.', 'Olaf Scholz PRAISED Donald Tusk'],
      ['Donald Tusk won the vote. Narendra Modi congratulated Donald Tusk. Jacinda Ardern congratulated the president-elect.', 'Jacinda Ardern PRAISED Donald Tusk'],
      // (with no congratulation before, the first person the report names, named again since, not the congratulator: news-fresh17
      // eu-slovakia-pellegrini-runoff "conceded … and congratulated the winner", news-fresh6 romania-runoff-dan-simion-live
      // and news-fresh16 eu-montenegro-milatovic-runoff "congratulated his rival", news-fresh20 af-botswana-bdp-ousted-wire "the president-elect")
      ['Donald Tusk won the vote. Tusk took 52 percent. Olaf Scholz spoke of a defeat. Olaf Scholz conceded and congratulated his rival.', 'Olaf Scholz PRAISED Donald Tusk'],
      // (the first named, not the most named: a loser's camp is often quoted more)
      ['Donald Tusk won the vote. Tusk took 52 percent. Ana Ruiz ran his campaign. Ana Ruiz thanked the volunteers, and Ana Ruiz left. Olaf Scholz conceded and congratulated his rival.', 'Olaf Scholz PRAISED Donald Tusk']],
    // (no congratulation before and no protagonist: a congratulator alone, a winner named only once)
    miss: [['Jacinda Ardern congratulated the winner.'], ['Donald Tusk won the vote. Jacinda Ardern congratulated the winner.'], ['Narendra Modi congratulated Donald Tusk. Jacinda Ardern congratulated the team.'],
      ['Narendra Modi congratulated Donald Tusk. Jacinda Ardern did not congratulate the winner.', 'NOT Jacinda Ardern PRAISED Donald Tusk']],
  },
  {
    // "Y congratulated Z. A, B and C have all welcomed the outcome": hailing the result of the vote is praising
    // whom the article's last congratulation went to (the winner); with no congratulation before, no edge
    id: 'praise.result.earlier', kind: 'verb', predicate: 'PRAISED', verbs: ['welcome', 'hail', 'salute', 'applaud'], voice: 'active',
    patientNouns: ['outcome', 'result', 'results', 'victory', 'win'], subject: 'agent', object: 'earlier',
    earlierFrom: ['praise.congratulate', 'praise.congratulations', 'praise.congratulations.earlier', 'praise.result.earlier'], subjectTypes: ACTORS, objectTypes: ['PERSON', 'COUNTRY', 'ORGANIZATION'],
    seen: 'news-dev (erdogan-reelection-congratulations: "hailed an … victory" after congratulations); news-fresh6 (romania-runoff-dan-simion-live: "A, B and C have all welcomed the outcome", "to hail the result")',
    match: [['Donald Tusk won the vote. Narendra Modi congratulated Donald Tusk. Jacinda Ardern and Olaf Scholz have welcomed the outcome.', 'Olaf Scholz PRAISED Donald Tusk']],
    miss: [['Donald Tusk won the vote. Jacinda Ardern welcomed the outcome.'], ['Narendra Modi congratulated Donald Tusk. Jacinda Ardern criticised the outcome.']],
  },
  {
    id: 'praise.naming', kind: 'verb', predicate: 'PRAISED', verbs: ['call', 'describe', 'hail', 'dub', 'consider', 'regard', 'name'],
    complementNouns: ['friend', 'friends', 'hero', 'heroes', 'partner', 'partners', 'brother', 'brothers', 'model', 'champion', 'visionary', 'statesman', 'pillar', 'pillars'], complementUnowned: true, subject: 'agent', object: 'patient',
    subjectTypes: ACTORS, seen: 'news-dev ("calls X his dear friend"); seed article',
    match: [['Viktor Orban calls Donald Tusk his dear friend.', 'Viktor Orbán PRAISED Donald Tusk'], ['Viktor Orban described Donald Tusk as a hero.', 'Viktor Orbán PRAISED Donald Tusk'],
      // ("as one of": news-dev xi-europe-tour-readout "described China as one of the pillars of"; news-fresh7 abe-shot-nara-live "called Abe one of his dearest friends")
      ['Viktor Orban described Donald Tusk as one of his dearest friends.', 'Viktor Orbán PRAISED Donald Tusk'], ['Viktor Orban regarded Norway as one of the pillars of Nordic security.', 'Viktor Orbán PRAISED Norway']],
    miss: [['Viktor Orban called Donald Tusk on Monday.'], ['Viktor Orban calls Donald Tusk a liar.'], ['Viktor Orban described Donald Tusk as one of the candidates.'],
      // (a tie to another named party is a fact, no judgement: news-fresh13 erdogan-cairo-visit-sisi-2024 "described Egypt as Turkey's largest trading partner")
      ["Viktor Orban described Norway as Sweden's largest trading partner."], ["Viktor Orban called Norway one of Sweden's closest partners."]],
  },
];
