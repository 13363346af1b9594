// Meetings and talks with a support verb or between named sides, and the gatherings around them: who attended one
// (ATTENDED), who hosted a guest or an event (HOSTED), who mediated talks (NEGOTIATED_WITH, `mediation`). Seen: news-dev
// read-outs ("held talks with"), CoNLL04 train and Re-DocRED dev ("talks between").
import { GATHERING_NOUNS, MEETER_TYPES, MEETING_CONTENT_VERBS, SPOKEN_CONVERSATION } from '../lexicon.ts';
import type { Pattern } from './types.ts';

/** what is attended: a gathering's noun, not a school or a funeral */
const GATHERINGS = [...GATHERING_NOUNS].filter((w) => w !== 'opening');

/** the gatherings a host holds that are named events (not "hosted a dinner", "a ceremony hosted by") */
const HOSTED_GATHERINGS = ['summit', 'conference', 'forum', 'assembly', 'congress'];
// (a call is SPOKE_TO, read in contacts.ts)
// (not "negotiations": held negotiations are NEGOTIATED_WITH, SCHEMA.md, read in talks.ts)
const MEETING_NOUNS = ['talks', 'meeting', 'meetings', 'discussion', 'discussions', 'consultations', 'summit', 'dialogue', 'exchange'];

export const meetings: Pattern[] = [
  {
    id: 'attend.sidelines', kind: 'noun', predicate: 'ATTENDED', nouns: ['sidelines', 'margins', 'sideline', 'margin'], governedBy: ['on'],
    subject: 'clause.agent', object: 'pp:of', objectTypes: ['EVENT'],
    seen: 'news-dev (read-outs: "met on the sidelines of the G7 summit", "on the margins of the APEC week"; a wire report: "last met on the sidelines of the G7 summit"); news-fresh (read-outs: "On the sidelines of the Summit, the Prime Minister held …", "On the margins of the summit he met …")',
    match: [['On the sidelines of the Summit of the Americas, Gabriel Boric met Lula.', 'Gabriel Boric ATTENDED Summit of the Americas'], ['Boric and Lula met on the margins of the Summit of the Americas.', 'Luiz Inácio Lula da Silva ATTENDED Summit of the Americas']],
    miss: [['Gabriel Boric spoke about the margins of the Summit of the Americas.']],
  },
  {
    // "X, who is in Y for the Z summit": a traveller's presence for a gathering (visit.present reads the place)
    id: 'attend.present.for', kind: 'verb', predicate: 'ATTENDED', verbs: ['be'], noComplement: true, noParticle: true, subject: 'agent', object: 'pp:for',
    subjectTypes: ['PERSON'], objectTypes: ['EVENT'],
    seen: 'news-fresh12 (a live blog: "X, who is in Y for the G20 summit"); news-fresh20 (a live blog: "X, who is in Y for the BRICS summit"); news-fresh27 (a live blog: "X, who is in Y, <country>, for the Group of 20 summit")',
    match: [['Ana Ruiz, who is in Lima for the Andean Summit, met students.', 'Ana Ruiz ATTENDED Andean Summit']],
    miss: [['Ana Ruiz is not in Lima for the Andean Summit.', 'NOT Ana Ruiz ATTENDED Andean Summit'], ['Ana Ruiz said the date was set for the Andean Summit.']],
  },
  {
    // (compromise tags "part" in "took part" as the verb)
    id: 'attend.bare', kind: 'verb', predicate: 'ATTENDED', verbs: ['attend', 'part', 'join'], voice: 'active', subject: 'agent', object: 'gathering',
    subjectTypes: ['PERSON', 'COUNTRY', 'ORGANIZATION'], objectTypes: ['EVENT'],
    seen: 'news-fresh5 (a wire report: "A, B, C and D also took part", "Neither A nor B took part in the talks", "A and B joined the opening session of X"; read-outs: "Y, who also attended", "X attended the opening", "Y is attending the session as a guest"; an analysis: "X did not attend"); news-fresh (a read-out: "X and Y did not attend")',
    match: [['The Andean Summit opened in Lima. Chilean President Hugo Diaz and Bolivia\'s leader, Jorge Mesa, also took part.', 'Jorge Mesa ATTENDED Andean Summit'],
      ['Ana Ruiz spoke at the Andean Summit. Luis Gomez, who also attended, said little.', 'Luis Gomez ATTENDED Andean Summit'],
      ['The Andean Summit opened in Lima. Neither Brazil nor Mexico took part in the talks.', 'NOT Brazil ATTENDED Andean Summit'],
      ['The Andean Summit opened in Lima. Luis Gomez attended the opening.', 'Luis Gomez ATTENDED Andean Summit'],
      ['Luis Gomez joined the final session of the Andean Water Forum.', 'Luis Gomez ATTENDED Andean Water Forum'],
      // (the role after "as" is no gathering)
      ['The Andean Summit opened in Lima. Luis Gomez attended as an observer.', 'Luis Gomez ATTENDED Andean Summit'],
      ['The 61st session of the Andean Assembly opened in Lima. Luis Gomez attended its opening on Monday.', 'Luis Gomez ATTENDED 61st session of the Andean Assembly']],
    miss: [['The Andean Summit opened in Lima. Brazil took part in the fighting.'], ['The Andean Summit opened in Lima. Peru joined the alliance.'], ['The Andean Summit opened in Lima. Peru and Chile, which are not members of the bloc, applied to join.'], ['The Andean Summit opened in Lima. Luis Gomez thanked the two ministers for taking part.'], ['The Andean Summit opened in Lima. Luis Gomez thanked Ana Ruiz for having attended.'], ['The Andean Summit opened in Lima. Luis Gomez attended a rally in Quito.'], ['Luis Gomez did not attend.'],
      ['The Andean Summit opened in Lima. Ecuador\'s President Ana Ruiz did not attend.', 'NOT Ana Ruiz ATTENDED Andean Summit'],
      // (another gathering: an indefinite one, one of a body, one with a name of its own; news-fresh22 "joined a meeting convened by
      // X", news-fresh23 "took part in a meeting of <group> ministers", "take part in meetings across …", news-fresh21 "took part in the
      // meeting of the <committee>", news-fresh9 "took part in the <body> ministerial meeting")
      ['The Andean Summit opened in Lima. Ana Ruiz joined a meeting convened by Luis Gomez for the mayors of Bolivia.'],
      ['The Andean Summit opened in Lima. Ana Ruiz then took part in the meeting of the Andean Water Committee in Cusco.'],
      ['The Andean Summit opened in Lima. Peru will have to take part in meetings on fisheries every month.'],
      // (a body's session runs for weeks, with many meetings inside it: a clause that does not name it is at one of those;
      // news-fresh11, news-fresh22, news-fresh25, news-fresh26, news-fresh33 read-outs from a General Assembly session)
      ['The 61st session of the Andean Assembly opened in Lima. Luis Gomez joined the talks on fisheries.']],
  },
  {
    id: 'attend.states', kind: 'verb', predicate: 'ATTENDED', verbs: ['attend', 'part', 'join'], voice: 'active', subject: 'agent.represented', object: 'gathering',
    subjectTypes: ['COUNTRY', 'ORGANIZATION'], objectTypes: ['EVENT'],
    seen: 'news-fresh (a read-out: "The leaders of A, B, C and D also attended"); news-fresh11 (a read-out: "The foreign ministers of A, B, … and F attended as representatives of guest countries"); news-fresh6 (a read-out: "leaders from A, B and C … took part in the outreach sessions")',
    match: [['The Andean Summit opened in Lima. The foreign ministers of Peru, Chile and Bolivia attended as guests.', 'Chile ATTENDED Andean Summit'],
      ['The Andean Summit opened in Lima. Leaders from Peru and Chile took part in the talks.', 'Peru ATTENDED Andean Summit']],
    miss: [['The Andean Summit opened in Lima. The foreign ministers of Peru did not attend.', 'NOT Peru ATTENDED Andean Summit'],
      ['The Andean Summit opened in Lima. The people of Peru took part in the protests.'], ['The foreign ministers of Peru and Chile attended a dinner in Quito.'],
      ["The Andean Summit opened in Lima. Peru's foreign minister attended a rally."]],
  },
  {
    // (the gathering is the passive's subject, or the article's latest one it stands for: "The meeting was attended by")
    id: 'attend.passive', kind: 'verb', predicate: 'ATTENDED', verbs: ['attend'], voice: 'passive', patientNouns: [...GATHERINGS],
    subject: 'agent', object: 'gathering', subjectTypes: ['PERSON', 'COUNTRY', 'ORGANIZATION'], objectTypes: ['EVENT'],
    seen: 'news-fresh7 (two read-outs: "The meeting was attended by the Minister of Foreign Affairs of A, X, the Minister …", "The summit was attended by the Sultan of A, X; the Prime Minister of B, Y; …"); news-fresh (a read-out: "the first summit attended by Sweden as a full member")',
    match: [['The Andean Summit opened in Lima. The summit was attended by the President of Peru, Luis Gomez; and the President of Chile, Jorge Mesa.', 'Jorge Mesa ATTENDED Andean Summit'],
      ['The Andean Summit opened in Lima. The meeting was attended by the Foreign Minister of Peru, Luis Gomez, the Foreign Minister of Chile, Jorge Mesa, and the Foreign Minister of Bolivia, Hugo Diaz.', 'Jorge Mesa ATTENDED Andean Summit'],
      ['The Andean Summit was the only summit attended by Bolivia that year.', 'Bolivia ATTENDED Andean Summit']],
    miss: [['The Andean Summit opened in Lima. The funeral was attended by Luis Gomez.'], ['The Andean Summit opened in Lima. The school is attended by Luis Gomez.'],
      ['The Andean Summit opened in Lima. The meeting was not attended by Luis Gomez.', 'NOT Luis Gomez ATTENDED Andean Summit'],
      ['Ana Ruiz flew to the Andean Summit in Lima. Her breakfast meeting with Luis Gomez was also attended by Jorge Mesa.']],
  },
  {
    id: 'attend.represented', kind: 'verb', predicate: 'ATTENDED', verbs: ['represent'], voice: 'passive', subject: 'agent', object: 'gathering',
    subjectTypes: ['PERSON'], objectTypes: ['EVENT'],
    seen: 'news-fresh5 (a read-out: "China was represented by its Foreign Minister, X"); news-fresh (a read-out: "China was represented by Premier X")',
    match: [['The Andean Summit opened in Lima. Chile was represented by its trade minister, Jorge Mesa.', 'Jorge Mesa ATTENDED Andean Summit']],
    miss: [['Chile was represented by its trade minister, Jorge Mesa.'], ['The Andean Summit opened in Lima. Chile was represented by a law firm in the case.']],
  },
  {
    id: 'attend.chair', kind: 'verb', predicate: 'ATTENDED', verbs: ['chair', 'co-chair', 'cochair'], subject: 'agent', object: 'patient',
    subjectTypes: ['PERSON'], objectTypes: ['EVENT'],
    seen: 'news-fresh (a read-out: "X chaired the 18th G20 Leaders\' Summit"); news-fresh4 (a read-out: "The A-B Foreign Ministers\' Meeting was co-chaired by X and Y")',
    match: [['Ana Ruiz chaired the Andean Leaders Summit in Lima.', 'Ana Ruiz ATTENDED Andean Leaders Summit'], ['The Andean Leaders Summit was chaired by Ana Ruiz.', 'Ana Ruiz ATTENDED Andean Leaders Summit']],
    miss: [['Ana Ruiz chaired the Andean Community for a year.'], ['Ana Ruiz will not chair the Andean Leaders Summit.', 'NOT Ana Ruiz ATTENDED Andean Leaders Summit']],
  },
  {
    // "X represented <state or leader> at <gathering>": the envoy attends (the verb frame of lexicon.ts reads only a leader
    // represented; a state as the object left the gathering unread)
    id: 'attend.represent.at', kind: 'verb', predicate: 'ATTENDED', verbs: ['represent'], voice: 'active', subject: 'agent', object: 'pp:at',
    subjectTypes: ['PERSON'], objectTypes: ['EVENT'],
    seen: 'news-fresh19 (a read-out: "Minister X represented <state> at the 59th <conference>"); news-fresh15 (a read-out: "where he represented <state> at the Third <summit>"); news-fresh13 (an analysis: "X, who represented his country at the conference"); news-fresh18 (a live blog: "X represented the president at the <summit>")',
    match: [['Foreign Minister Ana Ruiz represented Peru at the Andean Water Forum.', 'Ana Ruiz ATTENDED Andean Water Forum'],
      // (a definite noun the resolver gives the gathering it stands for is read too)
      ['The Andean Water Forum opened in Lima. Ana Ruiz, who represented her country at the forum, spoke first.', 'Ana Ruiz ATTENDED Andean Water Forum']],
    miss: [['Ana Ruiz represented Peru at the World Court in The Hague.'], ['Ana Ruiz did not represent Peru at the Andean Water Forum.']],
  },
  {
    // "X addressed the <named gathering>": a speaker at a gathering attends it (a named event as the object, not "the nation",
    // "the issue" or "a letter"; an unnamed "the plenary session" is left: the article's latest gathering is often another)
    id: 'attend.address', kind: 'verb', predicate: 'ATTENDED', verbs: ['address'], voice: 'active', directObject: true, subject: 'agent', object: 'patient',
    subjectTypes: ['PERSON'], objectTypes: ['EVENT'],
    seen: 'news-fresh19 (a read-out: "the Prime Minister addressed the <business summit>"); news-fresh12 (a wire report: "X addressed the United Nations General Assembly")',
    match: [['Ana Ruiz addressed the Andean Water Forum on Friday.', 'Ana Ruiz ATTENDED Andean Water Forum']],
    miss: [['Ana Ruiz addressed the nation on Friday.'], ['Ana Ruiz will not address the Andean Water Forum.', 'NOT Ana Ruiz ATTENDED Andean Water Forum']],
  },
  {
    id: 'meet.support', kind: 'support', predicate: 'MET_WITH', verbs: ['hold', 'have', 'conduct', 'host', 'convene', 'chair', 'begin', 'open', 'start'],
    nouns: MEETING_NOUNS, subject: 'agent', object: 'pp:with', subjectTypes: MEETER_TYPES, objectTypes: MEETER_TYPES,
    seen: 'news-dev read-outs; CoNLL04 train; news-fresh5 read-outs ("held talks with the Deputy Prime Minister and Minister of Foreign Affairs of A, X; the Secretary-General of B, Y; …", "held separate meetings with the Foreign Ministers of the Republic of A, X, …")',
    match: [['Narendra Modi held talks with Olaf Scholz in Berlin.', 'Narendra Modi MET_WITH Olaf Scholz'], ['Narendra Modi held meetings with NATO and the African Union.', 'Narendra Modi MET_WITH African Union'],
      ['Ana Ruiz held talks with the First Vice-President and Minister of Trade of Peru, Luis Gomez; the Director-General of the Andean Community, Jorge Mesa; and the Minister of Defence of Chile, Hugo Diaz.', 'Ana Ruiz MET_WITH Luis Gomez'],
      ['Ana Ruiz held talks with the Secretary-General of the Andean Community, Jorge Mesa; and the Prime Minister and Minister of Foreign Affairs of Chile, Hugo Diaz.', 'Ana Ruiz MET_WITH Hugo Diaz'],
      // (a description subject after an opening phrase without its comma)
      ['Foreign Minister Ana Ruiz flew to Lima. Over the two days the Minister held talks with the President of Peru, Luis Gomez; and the Foreign Minister of Chile, Jorge Mesa.', 'Ana Ruiz MET_WITH Jorge Mesa'],
      ['Ana Ruiz hosted Luis Gomez for lunch, had a short talk with Pedro Vera, and held talks with President Jorge Mesa of Chile and Prime Minister Hugo Diaz of Ecuador.', 'Ana Ruiz MET_WITH Jorge Mesa'],
      // (a name with its own title apposed to the description: "his counterpart, Foreign Minister X")
      ['Ana Ruiz held talks with her Peruvian counterpart, Foreign Minister Luis Gomez, on Monday.', 'Ana Ruiz MET_WITH Luis Gomez'],
      // (a read-out's protagonist, apposed with a portfolio, is "the Minister" after: resolve's apposedRoles)
      ["Peru's Minister of Foreign Affairs and Trade, Ana Ruiz, flew to Quito on Monday. Luis Gomez greeted her. The Minister held talks with Jorge Mesa.", 'Ana Ruiz MET_WITH Jorge Mesa'],
      ['On Monday, the Minister for Foreign Affairs of Peru, Ana Ruiz, flew to Quito. The Minister held talks with Jorge Mesa.', 'Ana Ruiz MET_WITH Jorge Mesa'],
      // (a form of address between an item's comma and its holder's name: "Sheikh", "Cardinal")
      ['Ana Ruiz held talks with the President of Chile, Jorge Mesa; the Emir of Qatar, Sheikh Hamad Al Kuwari; and the Archbishop of Lima, Cardinal Luis Gomez.', 'Ana Ruiz MET_WITH Luis Gomez'],
      // (a long read-out list kept by semicolons: its closing "and" stands far from the first item)
      ['Ana Ruiz held talks with the President of Chile, Jorge Mesa; the President of Bolivia, Hugo Diaz; the Prime Minister of Spain, Pedro Vera; the Prime Minister of Italy, Luis Gomez; the President of Ecuador, Daniel Noboa; the Prime Minister of Norway, Jonas Berg; the President of Peru, Dina Soto; and the Chancellor of Germany, Karl Weber.', 'Ana Ruiz MET_WITH Karl Weber']],
    miss: [['Narendra Modi held a rally in Berlin.'], ['Chile, which held separate talks with Luis Gomez in May, welcomed the deal.']],
  },
  {
    // "With his Nigerian counterpart, X, he exchanged assessments …": a read-out's opening "with" phrase names whom the
    // clause's agent met (only the people named: "With the assent of all members" or "With nearly all ballots counted" name none)
    id: 'meet.opening.with', kind: 'verb', predicate: 'MET_WITH', verbs: MEETING_CONTENT_VERBS, voice: 'active',
    subject: 'agent', object: 'opening.with', subjectTypes: ['PERSON'], objectTypes: ['PERSON'],
    seen: 'news-fresh19 (af-attaf-accra-au-council-readout: "With his Nigerian counterpart, X, he exchanged assessments …"); news-fresh15 (ea-rubio-kuala-lumpur-asean: "With Japan\'s Foreign Minister, X, and …, Y, he discussed …"); news-fresh21 (sa-jaishankar-unga80-readout: "With Maldivian Foreign Minister X, he reiterated …"); news-fresh13 (sisi-cop27-sharm-bilaterals: "With Ms X, the President reviewed …")',
    match: [['Ana Ruiz flew to Lima on Monday. With her Peruvian counterpart, Luis Gomez, she discussed fisheries.', 'Ana Ruiz MET_WITH Luis Gomez'],
      ['Foreign Minister Ana Ruiz flew to Lima on Monday. With President Jorge Mesa, the Minister reviewed the port project.', 'Ana Ruiz MET_WITH Jorge Mesa'],
      ['Ana Ruiz flew to Lima on Monday. With Chile\'s Foreign Minister, Jorge Mesa, and Peru\'s Trade Minister, Luis Gomez, she discussed the corridor.', 'Ana Ruiz MET_WITH Luis Gomez'],
      // (the pronoun is the round's holder, not the counterpart met before)
      ['Tomas Brekke held talks with Pedro Vera in Lima. With President Jorge Mesa, he reviewed the port project.', 'Tomas Brekke MET_WITH Jorge Mesa']],
    miss: [['With nearly all ballots counted, Ana Ruiz welcomed the result.'], ['Ana Ruiz discussed fisheries with Luis Gomez.'], ['Ana Ruiz, with Luis Gomez looking on, signed the decree.'],
      ['With the consent of the board, Ana Ruiz welcomed Peru to the table.']],
  },
  {
    // "At a meeting with Prime Minister X, the President …", "In the meeting with Mr. Y, the Minister said …": a meeting with
    // a named partner in an opening adjunct is the clause agent's (meet.noun.possessor reads "In her talks with X"; a bare
    // "In talks with X" the tagger reads as a verb)
    id: 'meet.adjunct.with', kind: 'noun', predicate: 'MET_WITH', nouns: MEETING_NOUNS, governedBy: ['at', 'in', 'during'],
    subject: 'clause.agent', object: 'pp:with', subjectTypes: ['PERSON'], objectTypes: ['PERSON'],
    seen: 'read-outs: news-fresh31 (eu-zelensky-vilnius-nato-summit-readout: "At a meeting with Prime Minister of Australia X, …"); news-fresh18 (me-fidan-riyadh-syria-readout: "At the meeting with Prince X, …"); news-fresh22 (eu-antalya-diplomacy-forum-readout: "In the meeting with Prime Minister X, …"); news-fresh29 (af-nduhungirehe-unga79-readout: "In a meeting with X, …"); news-fresh4 (mirzoyan-osce-skopje-readout: "At the meeting with Secretary X, …"); news-fresh7 (bilawal-goa-sco-cfm-readout: "In the meeting with Mr. X, …"); news-fresh17 (ea-wang-yi-munich-readout: "In the meeting with X, …")',
    match: [['Ana Ruiz flew to Lima on Monday. At a breakfast meeting with Prime Minister Luis Gomez, Ruiz reviewed the port project.', 'Ana Ruiz MET_WITH Luis Gomez'],
      ['In the meeting with President Jorge Mesa of Chile, Tomas Brekke asked for more grain.', 'Tomas Brekke MET_WITH Jorge Mesa']],
    miss: [['At a meeting with Luis Gomez, Chile signed the fisheries accord.'], ['Ana Ruiz later joined a meeting with farmers near Cusco.']],
  },
  {
    // "had a conversation with X", "held cordial conversations with his counterparts from A, X; B, Y" at a gathering: a
    // read-out's conversation with no word of a call is a meeting (speak.conversation reads "a phone/brief conversation")
    id: 'meet.conversation', kind: 'support', predicate: 'MET_WITH', verbs: ['hold', 'have'], nouns: ['conversation', 'conversations'],
    eventPremodsNot: SPOKEN_CONVERSATION, subject: 'agent', object: 'pp:with', subjectTypes: ['PERSON'], objectTypes: ['PERSON'],
    seen: 'news-fresh12 (kremlin-russia-africa-summit-readout: "the President had a conversation with X and with Y"); news-fresh20 (me-amir-abdollahian-baghdad-ii-readout: "held cordial conversations with his counterparts from A, X; B, Y"); news-fresh10 (lavrov-africa-tour-readout: "held a lengthy one-on-one conversation with President X")',
    match: [['Ana Ruiz had a long conversation with Luis Gomez in Lima.', 'Ana Ruiz MET_WITH Luis Gomez'],
      ['Ana Ruiz held a cordial conversation with Jorge Mesa at the summit.', 'Ana Ruiz MET_WITH Jorge Mesa']],
    miss: [['Ana Ruiz had a phone conversation with Luis Gomez.'], ['Ana Ruiz had a brief conversation with Luis Gomez.']],
  },
  {
    id: 'meet.pair', kind: 'support', predicate: 'MET_WITH', verbs: ['hold', 'have', 'conduct', 'begin', 'open', 'start'], nouns: MEETING_NOUNS,
    subject: 'pair', object: 'pair', subjectTypes: ['PERSON'], objectTypes: ['PERSON'],
    seen: 'news-dev (a wire report: "X welcomed the Russian leader …, before the two men held talks"; a read-out: "The two Presidents held talks"); news-fresh4 (a wire report: "X hosted the Russian leader …, after which the two presidents held talks")',
    match: [['Ana Ruiz welcomed Luis Gomez at the airport. The two leaders held talks on fisheries.', 'Ana Ruiz MET_WITH Luis Gomez']],
    miss: [['Ana Ruiz spoke in Lima. The two leaders held talks on fisheries.'], ['Ana Ruiz welcomed Luis Gomez. Two ministers held talks on fisheries.']],
  },
  {
    id: 'meet.with', kind: 'verb', predicate: 'MET_WITH', verbs: ['meet', 'confer'], voice: 'active', subject: 'agent', object: 'pp:with',
    subjectTypes: MEETER_TYPES, objectTypes: MEETER_TYPES,
    seen: 'news-fresh4 read-outs ("also met with the Foreign Ministers of A, X, B, Y", "conferred with X, President of Y; Z, …"); news-dev read-outs ("met with")',
    match: [['Ana Ruiz met with the Foreign Ministers of Peru, Luis Gomez, and Bolivia, Jorge Mesa.', 'Ana Ruiz MET_WITH Jorge Mesa'], ['Ana Ruiz conferred with Luis Gomez on Monday.', 'Ana Ruiz MET_WITH Luis Gomez'],
      ["Ana Ruiz conferred with Hugo Diaz, President of Chile; Jorge Mesa, who holds the same portfolio in Bolivia; and Pedro Vera, Peru's Foreign Minister.", 'Ana Ruiz MET_WITH Pedro Vera'],
      ['Ana Ruiz met with the Foreign Ministers of Peru, Luis Gomez, Bolivia, Lima, and Chile, Jorge Mesa.', 'Ana Ruiz MET_WITH Jorge Mesa']],
    miss: [['Ana Ruiz spoke with Luis Gomez.'], ['Ana Ruiz did not meet with Luis Gomez.', 'NOT Ana Ruiz MET_WITH Luis Gomez']],
  },
  {
    // (a read-out that names no one: the states the officials stand for meet; "the Foreign Ministers of A, X, and B, Y" meet X and Y)
    id: 'meet.states.support', kind: 'support', predicate: 'MET_WITH', verbs: ['hold', 'have', 'conduct'], nouns: MEETING_NOUNS,
    subject: 'agent', object: 'pp:with.represented', subjectTypes: MEETER_TYPES, objectTypes: ['COUNTRY', 'ORGANIZATION'],
    seen: 'news-fresh8 wang-yi-pacific-tour-readout ("held video meetings with the Prime Minister and Foreign Minister of A"); news-fresh5 egypt-shoukry-oic-islamabad-readout ("held meetings with … his counterparts from A, B and C")',
    match: [['Ana Ruiz held talks with the Foreign Ministers of Chile, Costa Rica and Uruguay.', 'Ana Ruiz MET_WITH Costa Rica'],
      ['Ana Ruiz also held separate meetings with her counterparts from Peru and Bolivia.', 'Ana Ruiz MET_WITH Bolivia']],
    miss: [['Ana Ruiz held talks with the Foreign Ministers of Peru, Luis Gomez, and Bolivia, Jorge Mesa.'], ['Ana Ruiz held talks with the people of Peru and Bolivia.'],
      ['Ana Ruiz held talks with the Foreign Ministers of Peru and Bolivia, Luis Gomez and Jorge Mesa.']],
  },
  {
    id: 'meet.states', kind: 'verb', predicate: 'MET_WITH', verbs: ['meet'], voice: 'active', subject: 'agent', object: 'patient.represented', directObject: true,
    subjectTypes: MEETER_TYPES, objectTypes: ['COUNTRY', 'ORGANIZATION'],
    seen: 'news-fresh11 araghchi-unga79-new-york-meetings-readout ("also met his counterparts from A and B"); news-fresh5 egypt-shoukry-oic-islamabad-readout (a list of meetings: "his counterparts from A, B and C")',
    match: [['Ana Ruiz also met her counterparts from Peru and Bolivia.', 'Ana Ruiz MET_WITH Peru'], ['Ana Ruiz met the leaders of Chile and Uruguay in Lima.', 'Ana Ruiz MET_WITH Uruguay']],
    miss: [['Ana Ruiz met the Foreign Ministers of Peru, Luis Gomez, and Bolivia, Jorge Mesa.'], ['Ana Ruiz met the people of Peru and Bolivia.'],
      // (the leaders the article names are the ones met)
      ['The summit was attended by the President of Peru, Luis Gomez, and the President of Chile, Jorge Mesa. Ana Ruiz met the leaders of Peru and Chile.'], ["Ana Ruiz did not meet her counterparts from Peru.", 'NOT Ana Ruiz MET_WITH Peru']],
  },
  {
    id: 'meet.direct', kind: 'verb', predicate: 'MET_WITH', verbs: ['meet'], voice: 'active', subject: 'agent', object: 'patient', directObject: true,
    subjectTypes: MEETER_TYPES, objectTypes: MEETER_TYPES,
    seen: 'news-fresh4 read-outs ("He further met X, Secretary General of Y, and Z"); news-dev read-outs ("met X")',
    match: [['Ana Ruiz met Luis Gomez and Jorge Mesa in Lima.', 'Ana Ruiz MET_WITH Jorge Mesa'], ['Ana Ruiz met the Presidents of Peru, Luis Gomez, and Bolivia, Jorge Mesa.', 'Ana Ruiz MET_WITH Luis Gomez']],
    miss: [['Ana Ruiz met the deadline.'], ['Ana Ruiz met reporters in Lima.']],
  },
  {
    // a courtesy call: "X called on Prime Minister Y"; with a purpose clause it is an appeal ("called on Y to end the war")
    id: 'meet.call.on', kind: 'verb', predicate: 'MET_WITH', verbs: ['call'], voice: 'active', subject: 'agent', object: 'pp:on', noPurpose: true,
    subjectTypes: ['PERSON'], objectTypes: ['PERSON'],
    seen: 'news-fresh9 (jaishankar-unga78-bilaterals: "X called on the Prime Minister of Cambodia, Y"); news-fresh8 (wang-yi-pacific-tour-readout: "and called on Prime Minister Y"); news-fresh7 (bilawal-goa-sco-cfm-readout: "The Secretary-General of the SCO, X, also called on the Foreign Minister")',
    match: [['Ana Ruiz called on Prime Minister Luis Gomez in Lima on Monday.', 'Ana Ruiz MET_WITH Luis Gomez'],
      ['Luis Gomez also called on President Jorge Mesa at his office.', 'Luis Gomez MET_WITH Jorge Mesa']],
    miss: [['Ana Ruiz called on Luis Gomez to end the war.'], ['Ana Ruiz called on Luis Gomez and Jorge Mesa to release the prisoners.'], ['Ana Ruiz called on Chile to release the prisoners.'],
      ['Ana Ruiz called on the Andean Community for help.']],
  },
  {
    id: 'meet.mutual', kind: 'verb', predicate: 'MET_WITH', verbs: ['meet'], voice: 'active', subject: 'agent', object: 'agent',
    subjectTypes: MEETER_TYPES, objectTypes: MEETER_TYPES,
    seen: 'news-dev (a visit report: "A and B last met in June"); news-fresh (a wire report: "A and B met at the Vatican")',
    match: [['Ana Ruiz and Luis Gomez met in Lima.', 'Ana Ruiz MET_WITH Luis Gomez']],
    miss: [['Ana Ruiz met Luis Gomez in Lima.'], ['Ana Ruiz and Luis Gomez never met.', 'NOT Ana Ruiz MET_WITH Luis Gomez'], ['Qatar and Turkey met in Doha.']],
  },
  {
    id: 'host.guests', kind: 'verb', predicate: 'HOSTED', verbs: ['host', 'welcome', 'receive', 'greet'], voice: 'active', subject: 'agent', object: 'patient',
    subjectTypes: ['PERSON', 'COUNTRY', 'ORGANIZATION'], objectTypes: ['PERSON'],
    seen: 'news-fresh4 read-outs ("welcomed to <town> the Foreign Ministers of A, X, B, Y"); news-fresh read-outs ("he hosted President X of Y for a working lunch", "he received President X")',
    match: [['Ana Ruiz welcomed to Lima the Foreign Ministers of Peru, Luis Gomez, and Bolivia, Jorge Mesa.', 'Ana Ruiz HOSTED Jorge Mesa']],
    miss: [['Ana Ruiz welcomed the decision of Luis Gomez.'], ['Ana Ruiz welcomed Peru as a partner.']],
  },
  {
    // a host's occasion given for a guest: "hosted a state banquet for X", "held a welcome ceremony for X"
    id: 'host.occasion.for', kind: 'support', predicate: 'HOSTED', verbs: ['host', 'hold', 'give', 'offer'],
    nouns: ['banquet', 'dinner', 'luncheon', 'lunch', 'reception', 'ceremony'], eventPremodsNot: ['memorial', 'funeral', 'award', 'awards', 'prize', 'swearing-in', 'inauguration', 'burial', 'signing'],
    // (a person: "King X of Y, who held a welcome ceremony for him" is the king's, not his country's)
    subject: 'agent', object: 'pp:for', subjectTypes: ['PERSON'], objectTypes: ['PERSON'],
    seen: 'news-fresh7 (muizzu-beijing-visit-analysis: "X and his wife, Y, later hosted a state banquet for A and the first lady, B"); news-fresh13 (a read-out: "X hosted an official welcome ceremony for him"); news-fresh27 (a read-out: "at the invitation of King X, who held a welcome ceremony for him")',
    match: [['Luis Gomez hosted a state banquet for Ana Ruiz on Monday.', 'Luis Gomez HOSTED Ana Ruiz'], ['Luis Gomez held an official welcome ceremony for Ana Ruiz at the palace.', 'Luis Gomez HOSTED Ana Ruiz']],
    miss: [['Luis Gomez held a memorial ceremony for Ana Ruiz.'], ['Luis Gomez did not host a dinner for Ana Ruiz.', 'NOT Luis Gomez HOSTED Ana Ruiz'], ['Luis Gomez held a press conference for Ana Ruiz.']],
  },
  {
    id: 'host.received', kind: 'verb', predicate: 'HOSTED', verbs: ['receive', 'welcome', 'greet'], voice: 'passive', subject: 'agent', object: 'patient',
    subjectTypes: ['PERSON', 'COUNTRY', 'ORGANIZATION'], objectTypes: ['PERSON'],
    seen: 'news-dev read-outs ("X was received on his arrival at the airport by Y", "was received by Prime Minister Y at a state dinner"); news-fresh5 read-outs ("was received at the palace by President Y", "after being greeted at Parliament House by Y")',
    match: [['Ana Ruiz was received at the palace by President Luis Gomez.', 'Luis Gomez HOSTED Ana Ruiz'], ['In Lima, Ana Ruiz was greeted at the airport by Jorge Mesa.', 'Jorge Mesa HOSTED Ana Ruiz'],
      ['Ana Ruiz flew to Lima, where she was greeted by her Peruvian colleague, Foreign Minister Luis Gomez.', 'Luis Gomez HOSTED Ana Ruiz'],
      ['Ana Ruiz was welcomed by the chair of the forum, President Luis Gomez.', 'Luis Gomez HOSTED Ana Ruiz']],
    miss: [['The plan was received well by Luis Gomez.'], ['Ana Ruiz was received with applause.']],
  },
  {
    id: 'host.event', kind: 'verb', predicate: 'HOSTED', verbs: ['host'], voice: 'active', subject: 'agent', object: 'patient',
    subjectTypes: ['PERSON', 'COUNTRY', 'ORGANIZATION'], objectTypes: ['EVENT'],
    seen: 'news-fresh5 (two read-outs: "at the <forum>, which <country> is hosting in its capital", "the <session>, which <country> is hosting in <city>"); news-fresh4 (a read-out: "X hosted the G7 Foreign Ministers\' Meeting")',
    match: [['Ana Ruiz spoke at the Andean Summit, which Peru is hosting in Lima.', 'Peru HOSTED Andean Summit'], ['Peru hosted the Andean Summit in May.', 'Peru HOSTED Andean Summit']],
    miss: [['Peru, which hosted Ana Ruiz, spoke at the Andean Summit.'], ['Peru will not host the Andean Summit.', 'NOT Peru HOSTED Andean Summit']],
  },
  {
    // an unnamed gathering hosted, standing for the article's latest named one: "the summit, hosted by X", "X is hosting the
    // two-day summit" (only the nouns of a named event: a dinner or a ceremony a host gives is no summit)
    id: 'host.gathering', kind: 'verb', predicate: 'HOSTED', verbs: ['host'], patientNouns: HOSTED_GATHERINGS,
    subject: 'agent', object: 'gathering', subjectTypes: ['PERSON', 'COUNTRY', 'ORGANIZATION'], objectTypes: ['EVENT'],
    seen: 'news-fresh8 (erdogan-sco-astana-readout: "The summit, chaired by A and hosted by President X, …"); news-fresh10 (modi-quad-and-new-york-bilaterals-2024: "for the sixth summit of the Quad, hosted by President X"); news-fresh11 (g20-johannesburg-us-boycott-live: "X is hosting the two-day Johannesburg summit")',
    match: [['Ana Ruiz flew to Lima for the Andean Summit. The summit, which was hosted by President Luis Gomez, opened on Monday.', 'Luis Gomez HOSTED Andean Summit'],
      ['Ana Ruiz flew to Lima for the Andean Summit. Luis Gomez is hosting the two-day summit.', 'Luis Gomez HOSTED Andean Summit'],
      // (a gathering named in the clause is that one, not the latest)
      ['Ana Ruiz flew to Lima for the Andean Summit. She last met Luis Gomez at the NATO summit hosted by Chile.', 'Chile HOSTED NATO summit']],
    miss: [['Ana Ruiz flew to Lima for the Andean Summit. Luis Gomez hosted a dinner for the leaders.'], ['Ana Ruiz flew to Lima for the Andean Summit. A ceremony hosted by Luis Gomez opened it.'],
      ['Luis Gomez is hosting the two-day summit.'], ['Ana Ruiz flew to Lima for the Andean Summit. Luis Gomez will not host the next summit.', 'NOT Luis Gomez HOSTED Andean Summit']],
  },
  {
    id: 'attend.delegation', kind: 'verb', predicate: 'ATTENDED', verbs: ['lead', 'head'], voice: 'active', patientNouns: ['delegation', 'delegations'],
    subject: 'agent', object: 'pp:to', subjectTypes: ['PERSON'], objectTypes: ['EVENT'],
    seen: 'news-fresh (a read-out: "X led Greece\'s delegation to the NATO Summit"); news-fresh5 (a read-out: "X led the delegation of Viet Nam to the 56th … Meeting")',
    match: [['Ana Ruiz led Peru\'s delegation to the Andean Summit in Lima.', 'Ana Ruiz ATTENDED Andean Summit'], ['Ana Ruiz led the delegation of Peru to the Andean Summit.', 'Ana Ruiz ATTENDED Andean Summit']],
    miss: [['Ana Ruiz led Peru\'s delegation to Lima.'], ['Ana Ruiz led the team to the Andean Summit.']],
  },
  {
    id: 'meet.noun.possessor', kind: 'noun', predicate: 'MET_WITH', nouns: MEETING_NOUNS.filter((w) => w !== 'summit'), subject: 'possessor', object: 'pp:with',
    subjectTypes: MEETER_TYPES, objectTypes: MEETER_TYPES,
    // (not "summit": "the alliance's summit with the Turkish leader" is a gathering the possessor holds)
    // (people and bodies meet, as in the verb's frame: a state's "dialogue/talks with" is its diplomacy, "the Kingdom was
    // ready to continue its dialogue with Iran", "X's dialogue with China", "Qatar, which has held its own talks with the
    // two sides" — news-fresh11, news-fresh20, news-fresh22, news-fresh26: every state end over the 32 sets, 6 of 6, wrong)
    seen: 'news-fresh4 (read-outs: "EAM\'s meeting with Foreign Minister Y followed …", "the Minister held more than twenty meetings with …"); news-fresh6 (read-outs: "The Minister then continued his meetings with X, …", "His talks on 21 May with Prime Minister Y covered …")',
    match: [["Ana Ruiz flew to Lima. Her talks with President Luis Gomez covered trade.", 'Ana Ruiz MET_WITH Luis Gomez'], ["Ana Ruiz's talks with Jorge Mesa lasted two hours.", 'Ana Ruiz MET_WITH Jorge Mesa'], ['Ana Ruiz then continued her meetings with Jorge Mesa, the Foreign Minister of Chile.', 'Ana Ruiz MET_WITH Jorge Mesa']],
    miss: [["Ana Ruiz's meeting ended early."], ["Ana Ruiz spoke of NATO's summit with Luis Gomez."],
      ['Luis Gomez said Chile would keep up its dialogue with Bolivia on river rights.']],
  },
  {
    id: 'meet.between', kind: 'noun', predicate: 'MET_WITH', nouns: ['talks', 'meeting', 'meetings', 'summit', 'consultations'],
    subject: 'pp:between', object: 'pp:between', seen: 'news-dev; CoNLL04 train',
    match: [['Talks between Armenia and Azerbaijan resumed in Almaty.', 'Armenia MET_WITH Azerbaijan']],
    miss: [['Trade between Armenia and Azerbaijan resumed.']],
  },
];

const MEDIATOR_NOUNS = ['mediator', 'mediators', 'facilitator', 'broker', 'go-between', 'intermediary'];
/** what a mediator brokers: a deal or the talks towards one */
const BROKERED_NOUNS = ['deal', 'agreement', 'accord', 'truce', 'ceasefire', 'talks', 'negotiations', 'pact'];
/** where a mediator's sides are read from: the two ends of the article's latest agreement or talks */
const PARTIES_OF = ['SIGNED_AGREEMENT_WITH', 'NEGOTIATED_WITH'] as const;

// A mediator negotiates with each party (SCHEMA.md's convention): "X and Y agreed a ceasefire brokered by Z".
// Seen: news-dev (three texts: "ceasefire brokered by", "ceasefire mediated by", "deal brokered by").
export const mediation: Pattern[] = [
  {
    id: 'negotiate.mediate', kind: 'verb', predicate: 'NEGOTIATED_WITH', verbs: ['mediate'], voice: 'active',
    subject: 'agent', object: 'pp:between', subjectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON'], objectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON'],
    seen: 'news-dev (an analysis: "X mediated between them"); news-fresh (an analysis: "A, B and C, which mediated between the two sides")',
    match: [['Norway mediated between Colombia and Venezuela.', 'Norway NEGOTIATED_WITH Colombia'], ['Norway mediated between Colombia and Venezuela.', 'Norway NEGOTIATED_WITH Venezuela']],
    miss: [['Norway and Cuba, which mediated between the two sides, hosted the talks.']],
  },
  {
    id: 'negotiate.brokered', kind: 'verb', predicate: 'NEGOTIATED_WITH', verbs: ['broker', 'mediate', 'facilitate'], voice: 'passive',
    subject: 'agent', object: 'parent.agent', subjectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON'], seen: 'news-dev (three texts)',
    match: [['Armenia and Azerbaijan agreed a truce brokered by Qatar.', 'Qatar NEGOTIATED_WITH Armenia'], ['Armenia and Azerbaijan agreed a truce brokered by Qatar.', 'Qatar NEGOTIATED_WITH Azerbaijan']],
    miss: [['Armenia rejected a truce proposal.'], ['The truce was brokered in Doha.']],
  },
  {
    // "X acted as mediator", "X served as the chief mediator" (the clause layer reads "as" as the verb's particle, the noun as
    // its object): the sides are the article's latest agreement's
    id: 'negotiate.mediator.role', kind: 'verb', predicate: 'NEGOTIATED_WITH', verbs: ['act', 'serve'], patientNouns: MEDIATOR_NOUNS,
    subject: 'agent', object: 'parties', partiesOf: PARTIES_OF, subjectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON'], objectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON'],
    seen: 'news-fresh5 (thailand-cambodia-putrajaya-truce: "X acted as mediator after requests from …"); news-fresh6 (pretoria-tigray-truce: "X, …, who served as the AU\'s chief mediator")',
    match: [['Chile and Peru signed a truce on Monday. Norway acted as mediator.', 'Norway NEGOTIATED_WITH Peru']],
    miss: [['Norway acted as mediator.'], ['Chile and Peru signed a truce on Monday. Norway acted as host.']],
  },
  {
    // "The talks were mediated by X and Y", "after talks mediated by X": the sides are the article's latest agreement's
    id: 'negotiate.brokered.passive', kind: 'verb', predicate: 'NEGOTIATED_WITH', verbs: ['broker', 'mediate', 'facilitate'], voice: 'passive', patientNouns: BROKERED_NOUNS,
    subject: 'agent', object: 'parties', partiesOf: PARTIES_OF, subjectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON'], objectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON'],
    seen: 'news-fresh9 (pak-afghan-doha-truce: "The talks were mediated by X and Y"; black-sea-grain-deal-istanbul: "The agreement was brokered by X and Y"); news-fresh (india-pakistan-sindoor-ceasefire-live: "after a long night of talks mediated by X"); news-fresh4 (myanmar-mndaa-kunming-ceasefire-analysis: "a seventh round of talks mediated by X")',
    match: [['Chile and Peru signed a truce on Monday. The talks were mediated by Norway and Cuba.', 'Cuba NEGOTIATED_WITH Peru'],
      ['Chile and Peru signed a truce on Monday. The deal came after talks facilitated by Norway.', 'Norway NEGOTIATED_WITH Chile'],
      ['Chile and Peru signed a truce on Monday. The talks were not mediated by Norway.', 'NOT Norway NEGOTIATED_WITH Chile']],
    miss: [['The talks were mediated by Norway.'], ['Chile and Peru signed a truce on Monday. The dispute was mediated by Norway.'],
      ['Chile and Peru signed a truce on Monday. Bolivia and Ecuador agreed a ceasefire brokered by Norway.']],
  },
  {
    // "Y, who brokered the deal", "X mediated the talks": the sides are the article's latest agreement's
    id: 'negotiate.brokered.deal', kind: 'verb', predicate: 'NEGOTIATED_WITH', verbs: ['broker', 'mediate'], voice: 'active', patientNouns: BROKERED_NOUNS,
    subject: 'agent', object: 'parties', partiesOf: PARTIES_OF, subjectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON'], objectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON'],
    seen: 'news-fresh4 (armenia-azerbaijan-white-house-pledge: "X, who brokered the deal"); news-dev (saudi-iran-beijing-deal and sudan-jeddah-talks-analysis: a deal or talks brokered by a third state)',
    match: [['Chile and Peru signed a truce on Monday. Norway, which brokered the deal, welcomed it.', 'Norway NEGOTIATED_WITH Chile']],
    miss: [['Norway brokered the deal.'], ['Chile and Peru signed a truce on Monday. Norway criticised the deal.']],
  },
];
