// Attacks, invasions and wars as nouns; fighting as a verb (also in reduced relatives: "groups fighting X").
// Seen: news-dev, CoNLL04 train ("invasion of"), Re-DocRED dev ("invasion of", "war between").
import type { Pattern } from './types.ts';

const ACTORS = ['COUNTRY', 'ORGANIZATION', 'PERSON'] as const;
/** light verbs of an attack: "carried out strikes on", "launched an attack on", "mounted raids against" */
const LAUNCHING = ['carry', 'conduct', 'launch', 'stage', 'mount'];
/** verbs of an attack on a place or a side (not "hit" or "target", said of sanctions and tariffs as often) */
const ATTACK_VERBS = ['strike', 'attack', 'bomb', 'shell', 'invade', 'besiege', 'storm', 'raid', 'pound'];
const WARRANTS = ['warrant', 'warrants'];
/** an attack as a noun with its target after "of" and its doer as possessor: "Iraq's invasion of Kuwait", "its siege of X" */
const ASSAULT_NOUNS = ['invasion', 'occupation', 'annexation', 'siege', 'bombing', 'bombardment', 'shelling'];
const STRIKE_NOUNS = ['strike', 'strikes', 'airstrike', 'airstrikes', 'attack', 'attacks', 'raid', 'raids', 'bombing', 'shelling', 'offensive', 'assault', 'incursion', 'aggression'];

export const force: Pattern[] = [
  {
    id: 'attack.invasion', kind: 'noun', predicate: 'ATTACKED', nouns: ASSAULT_NOUNS, subject: 'possessor', object: 'pp:of',
    subjectTypes: ACTORS, seen: 'CoNLL04 train; Re-DocRED dev; news-dev; "its siege of X": news-fresh5 (us-sanctions-hemedti-analysis), news-dev (us-uk-strikes-houthis-yemen: "Israel\'s siege of the territory")',
    match: [["Iraq's invasion of Kuwait began in August.", 'Iraq ATTACKED Kuwait'], ['The Rapid Support Forces tightened its siege of La Paz.', 'Rapid Support Forces ATTACKED La Paz']],
    miss: [["The invasion of Normandy began in June."]],
  },
  {
    id: 'attack.invasion.modifier', kind: 'noun', predicate: 'ATTACKED', nouns: ['invasion', 'occupation', 'annexation'], subject: 'modifier', object: 'pp:of',
    subjectTypes: ['COUNTRY'], seen: 'Re-DocRED dev; news-dev',
    match: [['The Iraqi invasion of Kuwait began in August.', 'Iraq ATTACKED Kuwait']],
    miss: [['The invasion of Kuwait began in August.']],
  },
  {
    id: 'attack.strikes.by', kind: 'noun', predicate: 'ATTACKED', nouns: STRIKE_NOUNS, subject: 'pp:by', object: 'pp:on.target',
    subjectTypes: ACTORS, seen: 'news-dev (two wire reports)',
    match: [['Strikes on Yemen by the United States continued overnight.', 'United States ATTACKED Yemen']],
    miss: [['Strikes on Yemen continued overnight.']],
  },
  {
    id: 'attack.strikes.possessor', kind: 'noun', predicate: 'ATTACKED', nouns: STRIKE_NOUNS, subject: 'possessor', object: 'pp:on.target',
    subjectTypes: ACTORS, seen: 'news-dev (two wire reports)',
    match: [["Israel's strikes on Lebanon killed dozens.", 'Israel ATTACKED Lebanon']],
    miss: [["Israel's defence of its strikes was criticised."]],
  },
  {
    id: 'attack.strikes.possessor.against', kind: 'noun', predicate: 'ATTACKED', nouns: STRIKE_NOUNS, subject: 'possessor', object: 'pp:against.target',
    subjectTypes: ACTORS, objectTypes: ['COUNTRY', 'ORGANIZATION', 'LOCATION'],
    seen: 'news-fresh8 (african-peace-mission-kyiv-stpetersburg-live: "Russia\'s aggression against X"); news-fresh6 (russia-estonia-latvia-ambassadors-expelled: "its brutal aggression against X")',
    match: [["Chile's aggression against Peru was condemned.", 'Chile ATTACKED Peru']],
    miss: [["Chile's case against Peru was heard."], ["Chile's defence against Peru's raids held."]],
  },
  ...(['on', 'against'] as const).map((prep): Pattern => ({
    // "the Israeli assault on X", "the Hamas attack on X": the attacker as the noun's modifier (a demonym or a name)
    id: `attack.strikes.modifier.${prep}`, kind: 'noun', predicate: 'ATTACKED', nouns: STRIKE_NOUNS, subject: 'modifier', object: `pp:${prep}.target`,
    subjectTypes: ['COUNTRY', 'ORGANIZATION'], objectTypes: ['COUNTRY', 'ORGANIZATION', 'LOCATION'],
    seen: 'news-fresh7 (safadi-alula-munich-leaders-readout: "the Israeli aggression on X", "the Israeli assault on X"); news-fresh (gaza-ceasefire-january-2025-analysis: "the Hamas attack on X"); news-fresh8 (erdogan-sco-astana-readout: "an Israeli offensive against X")',
    match: [[`The Chilean assault ${prep} Lima lasted a week.`, 'Chile ATTACKED Lima'], [`The Wagner Group attack ${prep} Peru killed dozens.`, 'Wagner Group ATTACKED Peru']],
    miss: [[`The Chilean attack ${prep} shipping lasted a week.`], [`The Chilean debate ${prep} Peru lasted a week.`]],
  })),
  {
    id: 'attack.support.on', kind: 'support', predicate: 'ATTACKED', verbs: LAUNCHING, nouns: STRIKE_NOUNS, subject: 'agent', object: 'pp:on.target',
    subjectTypes: ACTORS, objectTypes: ['COUNTRY', 'ORGANIZATION', 'LOCATION'],
    seen: 'news-dev (israel-hezbollah-ceasefire-live: "carry out some of the heaviest strikes of the war on X"); news-fresh (iran-attack-israel-april-2024-live: "has launched an attack on X"; india-pakistan-sindoor-ceasefire-live: "has launched drone and missile attacks on")',
    match: [['Chile carried out strikes on Bolivia on Monday.', 'Chile ATTACKED Bolivia'], ['Chile has launched an attack on Bolivia.', 'Chile ATTACKED Bolivia']],
    miss: [['Chile carried out inspections on Bolivia.'], ['Chile did not carry out strikes on Bolivia.', 'NOT Chile ATTACKED Bolivia'], ['Chile launched a campaign on Bolivia.']],
  },
  {
    // a verb of attack with what it hit: a place, a side, or an unnamed aim standing for them ("struck 60 targets across X")
    // (a person's attack is a verbal one: "X named and attacked China", "condemned Y for invading Z" with the gerund read
    // as X's; in the 32 news sets every firing with a person as its agent was wrong: news-fresh30 ea-hegseth-shangri-la-china-analysis,
    // news-fresh31 ea-anchorage-us-china-talks-analysis, news-fresh32 me-israel-turkey-full-ties-analysis)
    id: 'attack.verb', kind: 'verb', predicate: 'ATTACKED', verbs: ATTACK_VERBS, subject: 'agent', object: 'patient.target',
    subjectTypes: ['COUNTRY', 'ORGANIZATION'], objectTypes: ['COUNTRY', 'ORGANIZATION', 'LOCATION'],
    seen: 'news-dev (us-uk-strikes-houthis-yemen: "warplanes and warships struck more than 60 targets across X"; modi-kyiv-visit: "a Russian missile struck the X hospital"); news-fresh (assad-fall-twelve-days-analysis: "forces struck more than 75 targets of X"); news-fresh6 (sudan-khartoum-fighting-live: "jets have struck the camps of X"; cavusoglu-antalya-diplomacy-forum-2022: "the port city besieged by Russian forces")',
    match: [['Chilean warplanes struck more than 40 targets across Bolivia.', 'Chile ATTACKED Bolivia'], ['A Chilean missile struck La Paz on Monday.', 'Chile ATTACKED La Paz'],
      ['Chilean jets bombed the camps of the Rapid Support Forces.', 'Chile ATTACKED Rapid Support Forces'], ['La Paz was besieged by Chilean forces for months.', 'Chile ATTACKED La Paz']],
    miss: [['Chilean warplanes struck more than 40 targets.'], ['Chile struck a deal with Bolivia.'], ['Chilean forces did not attack La Paz.', 'NOT Chile ATTACKED La Paz'], ['Chile agreed not to attack La Paz.', 'NOT Chile ATTACKED La Paz'],
      ['Peru accused Chile of attacking La Paz.'], ['Peru blamed Chile for bombing La Paz.'], ['In a fiery speech, Senator Hugo Diaz attacked Bolivia and its leaders.']],
  },
  {
    id: 'attack.seize', kind: 'verb', predicate: 'ATTACKED', verbs: ['seize', 'capture', 'overrun'], voice: 'active',
    subject: 'agent', object: 'patient', subjectTypes: ACTORS, objectTypes: ['LOCATION'],
    seen: 'news-dev (a wire report: "had seized the city of X"); news-fresh (an analysis: "seized Aleppo, then captured Hama and Homs"; a wire report: "said it had seized the city")',
    match: [['The Wagner Group seized Bakhmut in May.', 'Wagner Group ATTACKED Bakhmut'], ['The Wagner Group captured Soledar and Bakhmut.', 'Wagner Group ATTACKED Soledar']],
    miss: [['The Wagner Group seized weapons in Bakhmut.'], ['The Wagner Group never captured Bakhmut.', 'NOT Wagner Group ATTACKED Bakhmut']],
  },
  {
    id: 'war.between', kind: 'noun', predicate: 'AT_WAR_WITH', nouns: ['conflict', 'war', 'fighting', 'clashes', 'hostilities', 'battle', 'battles'],
    subject: 'pp:between', object: 'pp:between', subjectTypes: ACTORS, objectTypes: ACTORS, seen: 'news-dev; Re-DocRED dev; CoNLL04 train',
    match: [['The war between Ethiopia and Eritrea ended in 2000.', 'Ethiopia AT_WAR_WITH Eritrea']],
    miss: [['Trade between Ethiopia and Eritrea grew.']],
  },
  ...(['against', 'with', 'in', 'on'] as const).map((prep): Pattern => ({
    // "Russia's war against Ukraine", "Israel's war with Hamas", "Russia's war in Ukraine": a war's owner and its other side
    id: `war.possessor.${prep}`, kind: 'noun', predicate: 'AT_WAR_WITH', nouns: ['war'], subject: 'possessor', object: `pp:${prep}`,
    subjectTypes: ['COUNTRY', 'ORGANIZATION'], objectTypes: ['COUNTRY', 'ORGANIZATION'],
    seen: 'news-dev (biden-xi-woodside-readout: "Russia\'s war against X", "Israel\'s war with X"; putin-pyongyang-treaty: "Russia\'s war in X"); news-fresh (gaza-ceasefire-january-2025-analysis); news-fresh5 (blinken-brazil-argentina-readout)',
    match: [[`Chile's war ${prep} Peru entered its third year.`, 'Chile AT_WAR_WITH Peru']],
    miss: [[`Chile's war ${prep} poverty entered its third year.`], [`Chile's trade ${prep} Peru grew.`]],
  })),
  {
    id: 'war.fight', kind: 'verb', predicate: 'AT_WAR_WITH', verbs: ['fight'], voice: 'active', subject: 'agent', object: 'patient',
    subjectTypes: ACTORS, objectTypes: ['COUNTRY', 'ORGANIZATION'], seen: 'news-dev (two reports: "groups fighting X", "has been fighting X")',
    match: [['Hezbollah has been fighting Israel for months.', 'Hezbollah AT_WAR_WITH Israel']],
    miss: [['Hezbollah is fighting for its survival.']],
  },
  {
    id: 'warrant.issue', kind: 'verb', predicate: 'ISSUED_WARRANT_FOR', verbs: ['issue'], voice: 'active', patientNouns: WARRANTS, subject: 'agent', object: 'pp:for',
    subjectTypes: ['COUNTRY', 'ORGANIZATION'], objectTypes: ['PERSON'],
    seen: 'news-fresh4 (algeria-france-expulsions: "X, for its part, has issued nine international arrest warrants for Y"); news-dev (icc-netanyahu-gallant-deif-warrants: "issued arrest warrants for A, B and C")',
    match: [['Chile has issued two international arrest warrants for Pedro Castillo.', 'Chile ISSUED_WARRANT_FOR Pedro Castillo']],
    miss: [['Chile issued a statement for Pedro Castillo.'], ['Chile has not issued a warrant for Pedro Castillo.', 'NOT Chile ISSUED_WARRANT_FOR Pedro Castillo']],
  },
  {
    // "ordered the arrest of X": an order to arrest a named person is a warrant for him (SCHEMA: arrest warrant for)
    id: 'warrant.order.arrest', kind: 'verb', predicate: 'ISSUED_WARRANT_FOR', verbs: ['order'], voice: 'active', patientNouns: ['arrest', 'detention'], subject: 'agent', object: 'pp:of',
    subjectTypes: ['COUNTRY', 'ORGANIZATION'], objectTypes: ['PERSON'],
    seen: 'news-fresh24 (am-gonzalez-warrant-live: "X orders arrest of opposition candidate Y"); news-fresh29 (eu-dodik-verdict-warrant-analysis: "the Prosecutor\'s Office of X then ordered the arrest of Y, along with A and B")',
    match: [['The Supreme Court of Peru ordered the arrest of Pedro Castillo on Monday.', 'Supreme Court of Peru ISSUED_WARRANT_FOR Pedro Castillo'], ['A week after the vote, Chile ordered the arrest of Pedro Castillo.', 'Chile ISSUED_WARRANT_FOR Pedro Castillo']],
    miss: [['Chile ordered the release of Pedro Castillo.'], ['Chile did not order the arrest of Pedro Castillo.', 'NOT Chile ISSUED_WARRANT_FOR Pedro Castillo'], ['Pedro Castillo ordered the arrest of protesters.']],
  },
  {
    // "arrested X under a warrant from Y", "arrested X on a warrant that Y had issued": the warrant's issuer and whom it was served on
    id: 'warrant.from', kind: 'noun', predicate: 'ISSUED_WARRANT_FOR', nouns: WARRANTS, subject: 'pp:from', object: 'patient',
    subjectTypes: ['COUNTRY', 'ORGANIZATION'], objectTypes: ['PERSON'],
    seen: 'an arrest on a warrant with its issuer attached: news-fresh5 (duterte-arrest-icc-live: "arrested him … under a warrant from X"); news-fresh4 (imran-khan-bail-islamabad-wire: "on a warrant that X had issued", warrant.relative)',
    match: [['Police arrested Pedro Castillo under a warrant from the Supreme Court of Chile.', 'Supreme Court of Chile ISSUED_WARRANT_FOR Pedro Castillo']],
    miss: [['Police received a warrant from the Supreme Court of Chile.']],
  },
  {
    id: 'warrant.relative', kind: 'verb', predicate: 'ISSUED_WARRANT_FOR', verbs: ['issue'], patientNouns: WARRANTS, subject: 'agent', object: 'parent.patient',
    subjectTypes: ['COUNTRY', 'ORGANIZATION'], objectTypes: ['PERSON'],
    seen: 'an arrest on a warrant with its issuer attached: news-fresh4 (imran-khan-bail-islamabad-wire: "on a warrant that X had issued"); news-fresh5 (duterte-arrest-icc-live: "under a warrant from X", warrant.from)',
    match: [['Police arrested Pedro Castillo on a warrant that the Supreme Court of Chile had issued.', 'Supreme Court of Chile ISSUED_WARRANT_FOR Pedro Castillo']],
    miss: [['Pedro Castillo read a statement that the Supreme Court of Chile had issued.']],
  },
  {
    id: 'arrest.verb', kind: 'verb', predicate: 'ARRESTED', verbs: ['arrest', 'detain'], subject: 'agent', object: 'patient',
    subjectTypes: ACTORS, objectTypes: ['PERSON'],
    seen: 'news-dev (a live blog: "Azerbaijani security forces also detain X"; a wire report: "Investigators arrested X"); news-fresh (a press release: "Ecuador\'s police … detained him"; a live blog: "was detained at the scene"); officers or agents for their body: news-fresh5 (duterte-arrest-icc-live, gershkovich-detention-analysis: "Officers of X detained"), news-fresh7 (griner-bout-abu-dhabi-swap: "was arrested by U.S. agents")',
    match: [['Chilean police detained Pedro Castillo on Monday.', 'Chile ARRESTED Pedro Castillo'], ['Pedro Castillo was arrested by Peru\'s police.', 'Peru ARRESTED Pedro Castillo'],
      ['Officers of the National Intelligence Directorate detained Pedro Castillo.', 'National Intelligence Directorate ARRESTED Pedro Castillo'], ['Pedro Castillo was arrested by Chilean agents in Lima.', 'Chile ARRESTED Pedro Castillo']],
    miss: [['Chilean police detained hundreds of protesters.'], ['Chile did not arrest Pedro Castillo.', 'NOT Chile ARRESTED Pedro Castillo']],
  },
];
