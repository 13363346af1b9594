// Stance: criticism, accusation, praise and support, said of a named actor or of an actor's act
// ("condemned Russia's war", "praised the work of X", "the Iran-backed movement", "X, the main backer of Y").
import type { Pattern } from './types.ts';

const ACTORS = ['COUNTRY', 'ORGANIZATION', 'PERSON'] as const;
/** verbs of criticism, the whole class (not only the wire's favourites): "mocked X", "deplored X's conduct", "lambasted X" */
const CRITICIZE = [
  'criticize', 'criticise', 'condemn', 'denounce', 'slam', 'rebuke', 'decry', 'censure', 'castigate', 'mock', 'deplore', 'lambast', 'lambaste',
  'assail', 'berate', 'chide', 'scold', 'excoriate', 'ridicule', 'deride', 'reproach', 'vilify', 'disparage', 'upbraid',
];
/** acts that have a doer: "condemned X's strikes" is said of X ("condemned X's arrest" or "X's death" is not) */
const DEEDS = [
  'war', 'aggression', 'invasion', 'attack', 'attacks', 'strike', 'strikes', 'launch', 'launches', 'test', 'tests', 'behavior', 'behaviour',
  'conduct', 'actions', 'action', 'decision', 'move', 'policy', 'policies', 'ruling', 'claims', 'threats', 'raid', 'crackdown', 'violations',
  'occupation', 'annexation', 'provocations', 'remarks', 'comments', 'support', 'offensive', 'incursion', 'bombing', 'shelling',
];
/** attacks as nouns, the deed a condemnation names when its doer was named before */
const ATTACKS = ['strikes', 'strike', 'airstrikes', 'attack', 'attacks', 'raid', 'raids', 'bombing', 'bombings', 'shelling', 'offensive', 'invasion', 'incursion', 'assault'];
/** what is praised in a person or body: "praised the work of X" */
const MERITS = [
  'work', 'courage', 'professionalism', 'efforts', 'effort', 'role', 'leadership', 'contribution', 'contributions', 'commitment', 'bravery', 'dedication', 'resilience',
  'wisdom', 'partnership', 'cooperation', 'support', 'help', 'mediation', 'generosity',
];
/** an owner's step welcomed or hailed is the owner praised ("welcomed X's return to the forums", "welcomed X's wish for closer ties") */
const OWNED_MERITS = [...MERITS, 'return', 'wish', 'readiness', 'willingness'];
/** verbs of praise that take a merit ("credited X's leadership", "appreciated the work of X") */
const PRAISE_MERIT = ['praise', 'hail', 'commend', 'laud', 'salute', 'applaud', 'credit', 'appreciate'];
/** what an actor or its act is called when criticised: "labelled X a separatist", "called X's conduct an obstacle" */
const FAULTS = [
  'separatist', 'troublemaker', 'obstacle', 'threat', 'violation', 'blow', 'provocation', 'criminal', 'dictator', 'liar', 'aggressor',
  'mistake', 'disgrace', 'failure', 'betrayal', 'affront', 'insult', 'farce', 'sham', 'crime', 'outrage', 'menace', 'traitor', 'tyrant',
  'tyrants', 'bandit', 'thug', 'terrorist', 'terrorists', 'murderer', 'killer', 'puppet', 'warmonger', 'extremist', 'fascist', 'fugitive', 'criminals', 'traitors',
];
/** what an act or actor is called when condemned, said as an adjective: "called X's move irresponsible", "called the vote illegitimate" */
const FAULT_ADJECTIVES = [
  'irresponsible', 'selfish', 'absurd', 'unacceptable', 'illegal', 'illegitimate', 'unlawful', 'shameful', 'outrageous', 'disgraceful', 'reckless',
  'provocative', 'immoral', 'baseless', 'unjustified', 'irrational', 'hypocritical', 'cowardly', 'barbaric', 'heinous', 'despicable', 'deplorable',
  'corrupt', 'dangerous', 'incorrect', 'treacherous', 'destabilising', 'destabilizing',
];
/** the light verbs that state one's support ("voiced support for", "offered their support to") */
const SUPPORT_VOICING = ['express', 'voice', 'offer', 'pledge', 'reaffirm', 'reiterate', 'convey', 'extend', 'show', 'declare', 'send', 'post'];
/** verbs that commit money: "announced a $45 million package for X", "pledged $10 million for X" */
const MONEY_GIVING = ['announce', 'pledge', 'unveil', 'approve', 'provide', 'extend', 'commit', 'offer', 'promise', 'give', 'grant', 'disburse', 'allocate', 'earmark', 'release', 'contribute'];
/** what such money is called, or counted in: "a grant", "a package", "$45 million", "4.3 billion dollars" */
const MONEY_NOUNS = [
  'aid', 'grant', 'grants', 'loan', 'loans', 'funding', 'financing', 'assistance', 'package', 'million', 'billion', 'dollars', 'euros', 'pounds', 'yen', 'yuan',
];
const BACKERS = ['backer', 'backers', 'sponsor', 'sponsors', 'supporter', 'supporters', 'patron'];
/** what a holder's backing is called when one has or wins it ("enjoys the backing of X", "won the endorsement of Y") */
const BACKING = ['backing', 'support', 'endorsement', 'blessing'];
/** the verbs that have or gain a backing: "has the support of", "won the endorsement of", "secured the backing of" */
const BACKING_HAD = ['have', 'enjoy', 'win', 'receive', 'secure', 'gain', 'get', 'earn', 'command', 'retain', 'seek'];
/** a text one signs for all its signatories (not a pact between two sides, which SIGNED_AGREEMENT_WITH states): SCHEMA's "signed a multilateral text" */
const DECLARATION_NOUNS = ['declaration', 'communique', 'communiqué', 'accords', 'principles', 'charter', 'initiative', 'statement'];

/** what a text is called when one stands against or for it, and the kinds of text (relations' TEXT_FAMILIES reads the nouns) */
const TEXT_TYPES = ['OTHER'] as const;

export const stance: Pattern[] = [
  {
    id: 'threaten.against', kind: 'verb', predicate: 'THREATENED', verbs: ['threaten'], catenative: true, voice: 'active',
    subject: 'agent', object: 'pp:against', subjectTypes: ACTORS, objectTypes: ACTORS,
    seen: 'news-dev (us-uk-strikes-houthis-yemen: "threatened to retaliate against A and B"); news fixtures (guinea-bissau-coup: "threatened targeted sanctions against")',
    match: [['Hezbollah threatened to retaliate against Norway and Peru.', 'Hezbollah THREATENED Peru'], ['Hezbollah threatened sanctions against Norway.', 'Hezbollah THREATENED Norway']],
    miss: [['Hezbollah threatened to leave the talks with Norway.'], ['Hezbollah never threatened to retaliate against Norway.', 'NOT Hezbollah THREATENED Norway']],
  },
  {
    id: 'praise.verb', kind: 'verb', predicate: 'PRAISED', verbs: ['praise', 'commend', 'hail', 'laud', 'thank', 'compliment', 'extol', 'acclaim'], voice: 'active', directObject: true, namedObject: true, noDemonymObject: true,
    subject: 'agent', object: 'patient', subjectTypes: ACTORS,
    seen: 'news-dev (ankara-prisoner-swap: a second verb "… and thanked A, B and C"; erdogan-reelection-congratulations: "praised his …"); news fixtures (kyiv-aid)',
    match: [['Jacinda Ardern called the deal a success and thanked Norway, Peru and Chile for their help.', 'Jacinda Ardern PRAISED Peru']],
    miss: [['Jacinda Ardern did not thank Norway.', 'NOT Jacinda Ardern PRAISED Norway'], ['Jacinda Ardern thanked him for his help.'],
      // (a people, not its state: news-fresh14 mozambique-mondlane-aides-killed-live "praised Mozambicans for their unity", news-fresh20
      // am-ecuador-runoff-noboa-live "thanking the Ecuadorians who believed in him")
      ['Peru held its vote on Sunday. Jacinda Ardern praised the Peruvians for their patience.']],
  },
  {
    id: 'accuse.verb', kind: 'verb', predicate: 'ACCUSED', verbs: ['accuse', 'blame'], voice: 'active', directObject: true, namedObject: true, subject: 'agent', object: 'patient',
    subjectTypes: ACTORS, objectTypes: ACTORS,
    seen: 'news-fresh (us-ukraine-minerals-deal-after-oval-office-clash: "whom he accused of"; aukus-san-diego-submarine-pathway-readout: "accused the three countries of"); news-dev (venezuela-election-live: "accusing the seven governments of")',
    match: [['Chile wrote to Alberto Fujimori, whom Michelle Bachelet accused of lying.', 'Michelle Bachelet ACCUSED Alberto Fujimori'], ['Norway and Peru blamed Bolivia for the delay.', 'Peru ACCUSED Bolivia'],
      // (capitals for their governments at both ends)
      ['Peru and Chile share a border. Lima accused Santiago of spying.', 'Peru ACCUSED Chile'],
      // ("the three countries": the latest coordination of three names)
      ['Norway, the United Kingdom and Finland signed the pact. Chile accused the three countries of lying.', 'Chile ACCUSED United Kingdom']],
    miss: [['Chile never accused Bolivia of lying.', 'NOT Chile ACCUSED Bolivia'], ['Norway and Finland signed the pact. Chile accused the three countries of lying.'], ['Chile was accused of lying.'], ['Alberto Fujimori, accused of bribing Evo Morales, appeared in court.'], ['Peru named Alberto Fujimori and Evo Morales, accusing them of fraud.']],
  },
  {
    id: 'criticize.naming', kind: 'verb', predicate: 'CRITICIZED', verbs: ['call', 'label', 'brand', 'describe', 'dub'], complementNouns: FAULTS,
    subject: 'agent', object: 'patient', subjectTypes: ACTORS, objectTypes: ACTORS,
    seen: 'news-dev (taiwan-election-lai-analysis: "labelled X a dangerous separatist"; modi-kyiv-visit: "called the hug a devastating blow"; second-thomas-shoal-analysis, with an owner)',
    match: [['Bolivia labelled Evo Morales a troublemaker.', 'Bolivia CRITICIZED Evo Morales'],
      // (insults as a class: news-fresh11 us-sanctions-petro-analysis "called him a \"bandit\"", news-fresh4 putin-mongolia-icc-visit "branded Putin a fugitive")
      ['Evo Morales spoke. Ana Ruiz called him a "bandit" on Sunday.', 'Ana Ruiz CRITICIZED Evo Morales'], ['Ana Ruiz described Evo Morales as one of the worst tyrants.', 'Ana Ruiz CRITICIZED Evo Morales']],
    miss: [['Bolivia called Evo Morales a friend.'], ['Bolivia called Evo Morales on Monday.']],
  },
  {
    // "called X a corrupt communist", "called X irresponsible": a word of condemnation in the complement, before any head
    // or as the head (a name written as the object only: "calling them another unacceptable escalation" leaves "them" to
    // a pronoun's guess, and an act is read by criticize.naming.deed)
    id: 'criticize.naming.adjective', kind: 'verb', predicate: 'CRITICIZED', verbs: ['call', 'label', 'brand', 'describe', 'dub'], complementNouns: FAULT_ADJECTIVES,
    namedObject: true, subject: 'agent', object: 'patient', subjectTypes: ACTORS, objectTypes: ACTORS,
    seen: 'news-fresh15 (am-argentina-rejects-brics: "called Lula a corrupt communist"); news-fresh6 (fukushima-water-release-china-seafood-ban: "called Japan\'s move extremely selfish and irresponsible", with a deed); news-fresh13 (nicaragua-alvarez-sentence: "calls the bishop\'s stance absurd"); news-dev (venezuela-election-live: "calls Caracas\'s arguments implausible")',
    match: [['Luis Soto called Evo Morales a corrupt communist.', 'Luis Soto CRITICIZED Evo Morales'], ['Luis Soto branded Evo Morales a dangerous populist.', 'Luis Soto CRITICIZED Evo Morales']],
    miss: [['Luis Soto called Evo Morales a dear friend.'], ['Evo Morales spoke. Luis Soto called them an unacceptable escalation.'], ['Luis Soto called Evo Morales on Monday.']],
  },
  {
    id: 'criticize.naming.deed', kind: 'verb', predicate: 'CRITICIZED', verbs: ['call', 'label', 'brand', 'describe', 'dub'], complementNouns: [...FAULTS, ...FAULT_ADJECTIVES], patientNouns: DEEDS,
    subject: 'agent', object: 'patient.owner', subjectTypes: ACTORS,
    seen: 'news-dev (second-thomas-shoal-analysis: "called X\'s conduct an obstacle to peace"; modi-kyiv-visit and taiwan-election-lai-analysis, without an owner)',
    match: [["Peru's government described Bolivia's decision as a violation of the treaty.", 'Peru CRITICIZED Bolivia'],
      // (a word of condemnation as the complement: news-fresh6 fukushima-water-release-china-seafood-ban "called Japan's move extremely selfish and irresponsible")
      ["Ana Ruiz called Peru's move extremely selfish and irresponsible.", 'Ana Ruiz CRITICIZED Peru']],
    miss: [["Peru's government described Bolivia's decision as a step."], ["Ana Ruiz called Peru's move extremely wise."]],
  },
  {
    id: 'criticize.verb', kind: 'verb', predicate: 'CRITICIZED', verbs: CRITICIZE, voice: 'active', subject: 'agent', object: 'patient',
    subjectTypes: ACTORS, seen: 'news-fresh (mexico-ecuador-embassy-raid-press-release: a government and coordinated presidents; m23-goma-congo-rwanda-wire: three coordinated states)',
    match: [['Chile, Peru and Brazil have condemned Bolivia for the seizure.', 'Peru CRITICIZED Bolivia'], ['The Government of Norway condemns Iceland.', 'Norway CRITICIZED Iceland']],
    miss: [['Chile did not condemn Bolivia.', 'NOT Chile CRITICIZED Bolivia'], ['Chile condemned the seizure.']],
  },
  {
    id: 'criticize.deed', kind: 'verb', predicate: 'CRITICIZED', verbs: CRITICIZE, voice: 'active', patientNouns: DEEDS, subject: 'agent', object: 'patient.owner',
    subjectTypes: ACTORS, seen: "news-dev (camp-david-trilateral-readout: \"North Korea's launches\", \"Russia's war\"); news-fresh (iran-attack-israel-april-2024-live: \"Iran's attack\")",
    match: [["Norway condemned Peru's missile tests.", 'Norway CRITICIZED Peru'], ["Norway's government denounced Bolivia's decision.", 'Norway CRITICIZED Bolivia'],
      // (a free relative's named deed: news-fresh7 israel-strike-doha-hamas-live "condemned what its … spokesman … called a cowardly Israeli attack",
      // news-fresh8 azal-aktau-crash-analysis "condemned what it called reckless behaviour by the Kremlin")
      ['Norway condemned what its envoy, Ana Ruiz, called a reckless Peruvian attack.', 'Norway CRITICIZED Peru'], ['Norway denounced what it called dangerous conduct by Bolivia.', 'Norway CRITICIZED Bolivia']],
    miss: [["Norway condemned Peru's arrest by Bolivia."], ["Norway welcomed Peru's decision."], ['Norway condemned what Peru said about the Bolivian attack.'], ['Norway condemned the arrest of Ana Ruiz by Bolivia.']],
  },
  {
    // the deed's doer named in an earlier sentence's edge: "A and B struck X. … Russia condemned the strikes"
    id: 'criticize.deed.doer', kind: 'verb', predicate: 'CRITICIZED', verbs: CRITICIZE, voice: 'active', patientNouns: ATTACKS, subject: 'agent', object: 'doer',
    deedBy: ['ATTACKED'], subjectTypes: ACTORS, objectTypes: ACTORS,
    seen: 'news-dev (us-uk-strikes-houthis-yemen: "Russia, which …, condemned the strikes", "Iran, the Houthis\' main backer, condemned the strikes"); news-fresh (india-pakistan-sindoor-ceasefire-live: "Pakistan condemned the strikes as an act of war"; iran-attack-israel-april-2024-live: "Sunak condemned the attack"; fico-shooting-handlova-live: "condemned the attack")',
    match: [['Chile and Peru carried out strikes on Bolivia on Monday. Argentina condemned the strikes.', 'Argentina CRITICIZED Peru'], ['Chile attacked Bolivia on Monday. Argentina condemned the attack.', 'Argentina CRITICIZED Chile']],
    miss: [['Chile attacked Bolivia on Monday. Argentina condemned the verdict.'], ['Chile attacked Bolivia on Monday. Argentina condemned attacks on civilians.'], ['Argentina condemned the strikes.'],
      // (the earlier sentence must name the deed: a bombing is not "the strikes")
      ['Chile bombed Bolivia on Monday. Argentina condemned the strikes.']],
  },
  {
    id: 'praise.merit', kind: 'verb', predicate: 'PRAISED', verbs: [...PRAISE_MERIT, 'thank'], patientNouns: MERITS,
    subject: 'agent', object: 'pp:of', subjectTypes: ACTORS, seen: 'news-fresh (gaza-ceasefire-january-2025-analysis: "the work of"); news-dev (kenya-haiti-mss-readout: "the professionalism of"); news fixtures (kyiv-aid: "the courage of")',
    match: [['Jacinda Ardern praised the work of the World Health Organization.', 'Jacinda Ardern PRAISED World Health Organization'], ['Norway hailed the courage of Alexei Navalny.', 'Norway PRAISED Alexei Navalny']],
    miss: [['Jacinda Ardern praised the work.'], ['Jacinda Ardern described the work of the Red Cross.']],
  },
  {
    id: 'praise.merit.owner', kind: 'verb', predicate: 'PRAISED', verbs: [...PRAISE_MERIT, 'welcome'], voice: 'active',
    patientNouns: OWNED_MERITS, subject: 'agent', object: 'patient.owner', subjectTypes: ACTORS, objectTypes: ACTORS,
    seen: 'news-fresh5 (blinken-brazil-argentina-readout: "welcomed Argentina\'s efforts"; vietnam-son-amm56-jakarta: "praised Papua New Guinea\'s contributions"; lula-maduro-south-american-summit-analysis: "welcomed Venezuela\'s return to"); news-dev (kenya-haiti-mss-readout: "praising the professionalism of", the same merit with "of"); news-fresh12 (trudeau-rio-g20-bilaterals-nov2024: "welcomed Japan\'s partnership"); news-fresh15 (eu-starmer-blenheim-epc-readout: "welcomed the United Kingdom\'s wish for"); news-fresh11 (belarus-frees-tsikhanouski-kellogg-minsk: "credited Trump\'s leadership")',
    match: [["Jacinda Ardern welcomed Norway's efforts to end the war.", 'Jacinda Ardern PRAISED Norway'], ["Chile praised Peru's contributions to the summit.", 'Chile PRAISED Peru'],
      ["Ana Ruiz welcomed Bolivia's return to the regional forums.", 'Ana Ruiz PRAISED Bolivia'], ["Luis Soto credited Peru's leadership for the truce.", 'Luis Soto PRAISED Peru']],
    miss: [["Jacinda Ardern welcomed Norway's decision."], ["Chile did not praise Peru's efforts.", 'NOT Chile PRAISED Peru'], ["The bank credited Peru's account on Monday."]],
  },
  {
    // "opened fire on X in support of Y", "waged the campaign in support of Y": the doer of the clause backs Y
    id: 'support.in.support', kind: 'noun', predicate: 'SUPPORTS', nouns: ['support', 'solidarity'], governedBy: ['in'], subject: 'clause.agent', object: 'pp:of',
    subjectTypes: ACTORS, objectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON', 'OTHER'],
    seen: 'news-dev (israel-hezbollah-ceasefire-live: "opened fire on northern X in support of Y"; us-uk-strikes-houthis-yemen: "the campaign is waged in support of the Palestinians")',
    match: [['Hezbollah fired rockets at Norway in support of Hamas.', 'Hezbollah SUPPORTS Hamas'], ['Chile went on strike in solidarity with Peru and in support of Bolivia.', 'Chile SUPPORTS Bolivia']],
    miss: [['Hezbollah fired rockets at Norway in support.'], ['Hezbollah asked Norway for support of the plan.']],
  },
  {
    // "voiced support for X", "offered their support to X", "reaffirmed Britain's support for X": the clause's doer backs X
    id: 'support.voiced.for', kind: 'support', predicate: 'SUPPORTS', verbs: SUPPORT_VOICING, nouns: ['support'],
    subject: 'agent', object: 'pp:for.whole', subjectTypes: ACTORS, objectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON', 'OTHER'],
    seen: 'news-fresh (us-ukraine-minerals-deal-after-oval-office-clash: "A and B voiced support for X"; iran-attack-israel-april-2024-live: "reaffirmed Britain\'s support for X"); news-fresh4 (g7-charlevoix-joly-readout: "voiced support for the X"); news-dev (kenya-haiti-mss-readout: "expressed his unwavering support for the mission")',
    match: [["Chile's president, Ana Ruiz, and Peru's foreign minister, Luis Soto, voiced support for Bolivia.", 'Ana Ruiz SUPPORTS Bolivia'],
      // (a message carries the support its "of" names: news-fresh4 g7-charlevoix-joly-readout, "posted a message of support for")
      ['Ana Ruiz posted a message of support for Luis Soto.', 'Ana Ruiz SUPPORTS Luis Soto'],
      // (a part or quality stands for its owner: news-fresh9 kuleba-brussels-eap-meetings "support for the territorial integrity of",
      // news-fresh11 pashinyan-granada-epc-readout "support for the independence, sovereignty … of the borders of", news-fresh10 "for the people of")
      ['Norway voiced support for the sovereignty and territorial integrity of Chile.', 'Norway SUPPORTS Chile'], ['Norway expressed support for the Bolivian people.', 'Norway SUPPORTS Bolivia']],
    miss: [['Norway asked for support for Chile.'], ['Norway did not voice support for Chile.', 'NOT Norway SUPPORTS Chile'], ['Norway voiced support for the victims of the flood.']],
  },
  {
    id: 'support.voiced.to', kind: 'support', predicate: 'SUPPORTS', verbs: SUPPORT_VOICING, nouns: ['support'],
    subject: 'agent', object: 'pp:to', subjectTypes: ACTORS, objectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON', 'OTHER'],
    seen: 'news-fresh6 (brasilia-january-8-live: "offering their support to the … authorities"); news-dev (kenya-haiti-mss-readout: support pledged to a mission)',
    match: [['Norway and Chile offered their full support to Peru.', 'Chile SUPPORTS Peru']],
    miss: [['Norway asked Peru for support.'], ['Norway offered its support on Monday.']],
  },
  {
    id: 'support.solidarity', kind: 'support', predicate: 'SUPPORTS', verbs: ['express', 'voice', 'show', 'offer', 'convey', 'reaffirm', 'declare', 'pledge'], nouns: ['solidarity'],
    subject: 'agent', object: 'pp:with.whole', subjectTypes: ACTORS, objectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON', 'OTHER'],
    seen: 'news-fresh (iran-attack-israel-april-2024-live: "expressed full solidarity with X"); news-fresh4 (g7-charlevoix-joly-readout: "Partners also showed solidarity with Canada")',
    match: [['Norway expressed full solidarity with Chile.', 'Norway SUPPORTS Chile'], ['Norway and Peru showed solidarity with Chile.', 'Peru SUPPORTS Chile']],
    miss: [['Norway expressed concern about Chile.'], ['Norway never expressed solidarity with Chile.', 'NOT Norway SUPPORTS Chile']],
  },
  {
    // "X, a critic of Y", "X is an outspoken critic of Y" (of an actor: "a critic of military aid" names none)
    id: 'criticize.critic', kind: 'title', predicate: 'CRITICIZED', nouns: ['critic', 'critics'], subject: 'described', object: 'pp:of',
    subjectTypes: ACTORS, objectTypes: ACTORS,
    seen: 'news-fresh4 (algeria-france-expulsions: "X, a critic of the Algerian government"); news fixtures (poland-new-government: "X, a critic of military aid to Y", no actor); news-dev (ankara-prisoner-swap: "the Kremlin critics A, B and C")',
    match: [['Ana Ruiz, a critic of the Bolivian government, was arrested.', 'Ana Ruiz CRITICIZED Bolivia'], ['Ana Ruiz is a fierce critic of Evo Morales.', 'Ana Ruiz CRITICIZED Evo Morales']],
    miss: [['Ana Ruiz, a critic of military aid to Bolivia, was arrested.'], ['Ana Ruiz, an ally of Evo Morales, was arrested.'], ['Ana Ruiz is not a critic of Evo Morales.', 'NOT Ana Ruiz CRITICIZED Evo Morales']],
  },
  {
    // "the Kremlin critic X", "the Kremlin critics A, B and C": the named modifier is criticised by the name the title is written before
    id: 'criticize.critic.modifier', kind: 'noun', predicate: 'CRITICIZED', nouns: 'any', premods: ['critic', 'critics'], subject: 'head', object: 'modifier.name',
    subjectTypes: ['PERSON'], objectTypes: ACTORS,
    seen: 'news-dev (ankara-prisoner-swap: "the Kremlin critics A, B and C"); news-fresh4 (algeria-france-expulsions: "a critic of the Algerian government", with "of")',
    match: [['The Kremlin critic Ana Ruiz was freed.', 'Ana Ruiz CRITICIZED Kremlin'], ['The Kremlin critics Ana Ruiz and Luis Soto were freed.', 'Luis Soto CRITICIZED Kremlin']],
    miss: [['The Kremlin aides Ana Ruiz and Luis Soto were freed.'], ['The critic Ana Ruiz was freed.'], ['The Bolivian critic Ana Ruiz was freed.']],
  },
  {
    id: 'support.backer', kind: 'title', predicate: 'SUPPORTS', nouns: BACKERS, subject: 'described', object: 'pp:of',
    subjectTypes: ACTORS, objectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON', 'OTHER'], seen: 'news-fresh (gaza-ceasefire-january-2025-analysis: "the main backer of"); news-dev (us-uk-strikes-houthis-yemen, as a possessor)',
    match: [['Qatar, the main backer of Hezbollah, said nothing.', 'Qatar SUPPORTS Hezbollah'], ['Qatar is a sponsor of Hezbollah.', 'Qatar SUPPORTS Hezbollah']],
    miss: [['Qatar, the main donor of Hezbollah, said nothing.'], ['Qatar is not a sponsor of Hezbollah.', 'NOT Qatar SUPPORTS Hezbollah']],
  },
  {
    // "X, the candidate backed by Y", "X, a former tax inspector backed by Y", "X, the armed group backed by Y": a reduced
    // relative on a description apposed to a name says who backs the name
    id: 'support.backed.by', kind: 'verb', predicate: 'SUPPORTS', verbs: ['back', 'support', 'endorse', 'sponsor'], voice: 'passive',
    subject: 'agent', object: 'patient.apposed', subjectTypes: ACTORS, objectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON'],
    seen: 'news-fresh4 (moldova-runoff-live: "X, a former prosecutor general backed by the … Party of Socialists"; senegal-election-faye-live: "X, 44, a former tax inspector backed by the opposition leader Y"); news-fresh20 (am-ecuador-runoff-noboa-live: "…, the candidate backed by former president Y"); news-fresh17 (me-damascus-consulate-strike-live: "X, the Lebanese armed group backed by Tehran")',
    match: [['Jorge Mesa faces Ana Ruiz of the Civic Front, the nominee endorsed by the outgoing mayor Luis Soto.', 'Luis Soto SUPPORTS Ana Ruiz'],
      ['Hamas, a militant movement backed by Qatar, rejected the offer.', 'Qatar SUPPORTS Hamas'], ['The favourite is Ana Ruiz, 51, a retired surgeon backed by the Green Party.', 'Green Party SUPPORTS Ana Ruiz']],
    miss: [['Ana Ruiz, the candidate criticised by Luis Soto, spoke.'], ['Ana Ruiz, the candidate, was not backed by Luis Soto.'], ['The plan backed by Luis Soto failed.']],
  },
  {
    id: 'support.backer.owner', kind: 'title', predicate: 'SUPPORTS', nouns: BACKERS, subject: 'described', object: 'possessor',
    subjectTypes: ACTORS, objectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON', 'OTHER'], seen: 'news-dev (us-uk-strikes-houthis-yemen: "the Houthis\' main backer"); news-fresh (gaza-ceasefire-january-2025-analysis, with "of")',
    match: [["Qatar, the Taliban's main backer, hosted the talks in Doha.", 'Qatar SUPPORTS Taliban'],
      // ("one of Y's closest backers": news-fresh15 eu-uk-russia-attache-expulsion, news-fresh24 eu-poland-closes-poznan-consulate)
      ["Chile, one of Peru's staunchest backers, objected.", 'Chile SUPPORTS Peru'], ["Despite the row, Chile remains one of Peru's firmest backers.", 'Chile SUPPORTS Peru']],
    miss: [["Qatar, the Taliban's main rival, hosted the talks in Doha."], ["Chile, one of Peru's neighbours, objected."]],
  },
  {
    // "reaffirmed their commitment to the UN Charter", "underscored Washington's commitment to the OAS": a pledge of
    // adherence to a named body or text is support (not "commitment to deepening ties", nor to a quality: "no faith in
    // Ottawa's commitment to their security", news-dev)
    id: 'support.commitment.owner', kind: 'noun', predicate: 'SUPPORTS', nouns: ['commitment'], subject: 'possessor', object: 'pp:to',
    subjectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON'], objectTypes: ['COUNTRY', 'ORGANIZATION', 'OTHER'],
    seen: 'news-fresh16 (am-argyle-declaration-analysis: "X restated its commitment to the <court>"; am-blinken-andean-tour-readout: "underscored Washington\'s commitment to the OAS and to the <charter>"); news-fresh10 (a read-out: "A and B reaffirmed their commitment to the UN Charter"); news-fresh26 (sa-oli-beijing-visit-readout: "reiterated X\'s firm commitment to the one-China policy")',
    match: [['Chile renewed its commitment to the Andean Community at the summit.', 'Chile SUPPORTS Andean Community'], ["Ana Ruiz stressed Chile's commitment to the Andean Community in her speech.", 'Chile SUPPORTS Andean Community']],
    miss: [['Chile reaffirmed its commitment to deepening ties with Peru.'], ['Chile reaffirmed its commitment to peace in the Andean Community.'], ["Peru's envoys said they had no faith in Chile's commitment to their security."]],
  },
  {
    id: 'support.backed', kind: 'noun', predicate: 'SUPPORTS', nouns: 'any', premods: ['backed', 'sponsored', 'supported'], subject: 'modifier.first', object: 'head',
    subjectTypes: ['COUNTRY', 'ORGANIZATION'], objectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON', 'OTHER'],
    seen: 'news-fresh (m23-goma-congo-rwanda-wire: "the Rwanda-backed group"); news-dev (us-uk-strikes-houthis-yemen: "the Iran-backed Houthi movement")',
    match: [['Hezbollah fired again. The Qatar-backed group said so.', 'Qatar SUPPORTS Hezbollah']],
    miss: [['The Qatar-based group Hezbollah said so.']],
  },
  {
    id: 'support.backed.named', kind: 'noun', predicate: 'SUPPORTS', nouns: 'any', premods: ['backed', 'sponsored', 'supported'], subject: 'modifier.first', object: 'modifier.rest',
    subjectTypes: ['COUNTRY', 'ORGANIZATION'], objectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON', 'OTHER'],
    seen: 'news-dev (us-uk-strikes-houthis-yemen: "the Iran-backed Houthi movement"); news-fresh (m23-goma-congo-rwanda-wire: "the Rwanda-backed group")',
    match: [['Jets struck the Qatar-backed Hezbollah militia.', 'Qatar SUPPORTS Hezbollah']],
    miss: [['Jets struck the Qatar-based Hezbollah militia.'], ['Jets struck Hezbollah, the Qatar-backed Lebanese movement.']],
  },
  {
    // a stand on a named text, or on "the deal", "the resolution", "the bill" standing for the latest one named (SCHEMA: welcomed a text PRAISED)
    id: 'praise.text', kind: 'verb', predicate: 'PRAISED', verbs: ['welcome', 'hail', 'praise', 'commend', 'applaud', 'laud', 'salute'],
    subject: 'agent', object: 'text', subjectTypes: ACTORS, objectTypes: TEXT_TYPES,
    seen: 'news-fresh8 (haiti-sanctions-2653-release: "welcomed the resolution"); news-fresh5 (vietnam-son-amm56-jakarta: "welcomed Canada\'s Indo-Pacific Strategy"); news-fresh4 (ankara-declaration-ethiopia-somalia-analysis: "hailed the deal"); news-fresh9 (modi-rio-g20-bilaterals: "welcomed the … Joint Strategic Action Plan")',
    match: [['Chile and Peru signed the Lima Accord on Monday. Ana Ruiz welcomed the accord.', 'Ana Ruiz PRAISED Lima Accord'],
      ['The council adopted Resolution 3100. Norway and Chile hailed the resolution.', 'Chile PRAISED Resolution 3100'], ['Norway welcomed the Lima Accord.', 'Norway PRAISED Lima Accord']],
    miss: [['Chile and Peru signed the Lima Accord. Ana Ruiz welcomed the decision.'], ['Chile signed the Lima Accord. Ana Ruiz welcomed the resolution.'],
      ["Chile signed the Lima Accord. Ana Ruiz welcomed Peru's plan."], ['Chile signed the Lima Accord. Ana Ruiz did not welcome the accord.', 'NOT Ana Ruiz PRAISED Lima Accord'], ['Ana Ruiz welcomed the accord.']],
  },
  {
    id: 'criticize.text', kind: 'verb', predicate: 'CRITICIZED', verbs: CRITICIZE,
    subject: 'agent', object: 'text', subjectTypes: ACTORS, objectTypes: TEXT_TYPES,
    seen: 'news-fresh5 (unga-palestine-membership-liveblog: "condemns the resolution"); news-dev (unga-ukraine-vote-feb-2023: "denounced the draft"); news-fresh4 (ankara-declaration-ethiopia-somalia-analysis: "denounced it", of an accord)',
    match: [['The council adopted Resolution 3100. Bolivia condemned the resolution.', 'Bolivia CRITICIZED Resolution 3100'], ['Norway tabled Resolution 3100. Bolivia denounced the draft.', 'Bolivia CRITICIZED Resolution 3100']],
    miss: [['The council adopted Resolution 3100. Bolivia condemned the strikes.'], ['The council adopted Resolution 3100. Bolivia condemned the deal.'],
      // (a specific kind of text names only its own kind: an unnamed memorandum is not the declaration named before)
      ['Chile and Peru signed the Lima Declaration. Bolivia condemned the memorandum.']],
  },
  {
    id: 'support.text', kind: 'verb', predicate: 'SUPPORTS', verbs: ['back', 'support', 'endorse', 'champion'],
    subject: 'agent', object: 'text', subjectTypes: ACTORS, objectTypes: TEXT_TYPES,
    seen: 'news-fresh4 (un-cuba-embargo-vote-live: "the countries that backed the text"); news-fresh9 (kenya-finance-bill-parliament-live: "who had championed the bill"); news-dev (unga-ukraine-vote-feb-2023: "strongly backed the text")',
    match: [['Norway tabled Resolution 3100. Chile and Peru backed the text.', 'Peru SUPPORTS Resolution 3100'], ['Parliament debated the Media Freedom Act. Ana Ruiz, who had championed the bill, spoke first.', 'Ana Ruiz SUPPORTS Media Freedom Act']],
    miss: [['Norway tabled Resolution 3100. Chile backed the plan.'], ['Norway tabled Resolution 3100. Chile never backed the text.', 'NOT Chile SUPPORTS Resolution 3100']],
  },
  {
    id: 'oppose.text', kind: 'verb', predicate: 'OPPOSES', verbs: ['reject', 'oppose', 'veto', 'resist'],
    subject: 'agent', object: 'text', subjectTypes: ACTORS, objectTypes: TEXT_TYPES,
    seen: 'news-fresh (georgia-foreign-agents-law-eu-us-wire: "vetoed the bill"); news-fresh5 (australia-tuvalu-falepili-in-force: "rejected the deal"); news-fresh8 (wang-yi-pacific-tour-readout: "opposing the draft"; unga-russia-hrc-suspension-analysis: "reject the text")',
    match: [['Chile and Peru signed the Lima Accord. Bolivia rejected the deal.', 'Bolivia OPPOSES Lima Accord'], ['Parliament passed the Media Freedom Act. Ana Ruiz vetoed the bill.', 'Ana Ruiz OPPOSES Media Freedom Act']],
    miss: [['Chile and Peru signed the Lima Accord. Bolivia rejected the claim.'], ['Parliament passed the Media Freedom Act. Ana Ruiz did not veto the bill.', 'NOT Ana Ruiz OPPOSES Media Freedom Act']],
  },
  {
    // "reaffirmed U.S. support for X", "Iranian support for the Houthis": the named owner of the support backs X
    id: 'support.noun.modifier', kind: 'noun', predicate: 'SUPPORTS', nouns: ['support'], subject: 'modifier', object: 'pp:for.whole',
    subjectTypes: ['COUNTRY', 'ORGANIZATION'], objectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON', 'OTHER'],
    seen: 'news-fresh11 (blinken-four-nation-africa-tour-readout: "reaffirmed U.S. support for ECOWAS"); news-fresh (iran-attack-israel-april-2024-live: "Britain\'s support for X", the owner as a possessor); news-fresh9 (modi-rio-g20-bilaterals: "conveyed India\'s support for the Global Alliance")',
    match: [['Ana Ruiz reaffirmed Norwegian support for Chile.', 'Norway SUPPORTS Chile'], ['The talks covered NATO support for the territorial integrity of Chile.', 'NATO SUPPORTS Chile']],
    miss: [['Ana Ruiz sought Norwegian support for Chile.'], ['Ana Ruiz reaffirmed Norwegian support.'], ['Ana Ruiz praised Norwegian support for the victims.']],
  },
  {
    // "reaffirmed Ukraine's support for the territorial integrity of X", "conveyed India's support for Y"
    id: 'support.noun.owner', kind: 'noun', predicate: 'SUPPORTS', nouns: ['support', 'solidarity'], subject: 'possessor', object: 'pp:for.whole',
    subjectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON'], objectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON', 'OTHER'],
    seen: 'news-fresh9 (kuleba-brussels-eap-meetings: "reaffirmed Ukraine\'s support for the territorial integrity of Azerbaijan"; modi-rio-g20-bilaterals: "India\'s support for"); news-fresh10 (modi-quad-and-new-york-bilaterals-2024: "India\'s continued support for the people of Palestine"); news-fresh5 (blinken-brazil-argentina-readout: "Washington\'s support for")',
    match: [["Ana Ruiz reaffirmed Norway's support for the territorial integrity of Chile.", 'Norway SUPPORTS Chile'], ["Ana Ruiz conveyed Norway's full support for the people of Chile.", 'Norway SUPPORTS Chile']],
    miss: [["Ana Ruiz sought Norway's support for Chile."], ["Ana Ruiz thanked Norway for its support."], ["Chile's support for the victims was praised."]],
  },
  {
    // "announced a first aid package of up to £1 million for X", "unveiled a package of about $12 billion for X": money
    // committed for a state or body. A state or body gives it (a leader announcing "US aid" is read for his state by
    // the gold as often as for himself, so a person is left out); and not a package of sanctions or measures
    id: 'fund.money.for', kind: 'verb', predicate: 'FUNDED', verbs: MONEY_GIVING, voice: 'active', patientNouns: MONEY_NOUNS,
    subject: 'agent', object: 'pp:for.whole', subjectTypes: ['COUNTRY', 'ORGANIZATION'], objectTypes: ['COUNTRY', 'ORGANIZATION', 'LOCATION'],
    seen: 'news-fresh10 (imf-argentina-milei-bailout-analysis: "unveiled a package of about $12 billion for X"; carney-kananaskis-g7-readout: "announced $4.3 billion in new support for X"); news-fresh11 (libya-derna-floods-live: "announced a first aid package of up to £1 million for X"); news-fresh13 (blinken-png-defence-pact-wire: "announced $45 million in new funding for X"); news-fresh12, news-fresh16 ("$85 million … announced for X", "$2.9 billion programme for X")',
    match: [['Norway announced a $45 million aid package for Chile.', 'Norway FUNDED Chile'], ['The World Bank approved a loan of $2 billion for Peru.', 'World Bank FUNDED Peru'],
      ['Norway pledged 40 million dollars in new funding for Chile.', 'Norway FUNDED Chile']],
    miss: [['Norway did not announce a $45 million package for Chile.'], ['Norway announced new rules for Chile.'],
      ['Norway approved a plan for Chile.'], ['Norway announced a $45 million budget for the Chilean border.']],
  },
  {
    // "warned Kyiv of a tough response", "warns Tehran that any retaliation will …", "warned Copenhagen to pull the troops out":
    // a warning addressed to a named actor is a threat to it (not "warned that Y will …", which names no addressee)
    id: 'threaten.warn', kind: 'verb', predicate: 'THREATENED', verbs: ['warn'], voice: 'active', directObject: true, namedObject: true,
    subject: 'agent', object: 'patient', subjectTypes: ACTORS, objectTypes: ACTORS,
    seen: 'news-fresh10 (russia-strikes-kyiv-after-crimean-bridge-live: "warned Kyiv of a tough response"; mali-expels-french-ambassador-meyer: "warned Copenhagen to pull the troops out"); news-fresh11 (us-strikes-iran-nuclear-sites-live: "warns Tehran that any retaliation"); news-fresh9 (pukpuk-treaty-analysis, rubio-panama-belt-and-road: "warned X that"); news-fresh4 (algeria-france-expulsions)',
    match: [['Chile warned Bolivia of a tough response.', 'Chile THREATENED Bolivia'], ['Ana Ruiz warned Peru that any attack would be met with force.', 'Ana Ruiz THREATENED Peru']],
    miss: [['Chile warned that Bolivia would pay a price.'], ['Chile did not warn Bolivia.', 'NOT Chile THREATENED Bolivia'], ['Chile was warned by Bolivia.'], ['Chile warned its citizens against travel to Bolivia.']],
  },
  {
    // "the three leaders adopted the Camp David Principles", "the Council adopted resolution 2653": adopting a text is standing for it
    id: 'support.text.adopt', kind: 'verb', predicate: 'SUPPORTS', verbs: ['adopt', 'approve', 'ratify'], voice: 'active',
    subject: 'agent', object: 'text', subjectTypes: ACTORS, objectTypes: TEXT_TYPES,
    seen: 'news-dev (camp-david-trilateral-readout: "adopted the Camp David Principles"); news-fresh8 (haiti-sanctions-2653-release: "adopted resolution 2653"); news-fresh11 (scholz-central-asia-astana-summit: "adopted the Joint Declaration"; g20-johannesburg-us-boycott-live: "adopted its Leaders\' Declaration"); news-fresh9 (who-pandemic-agreement-adopted)',
    match: [['Chile and Peru adopted the Lima Declaration.', 'Peru SUPPORTS Lima Declaration'], ['The council debated Resolution 3100. Norway approved the resolution.', 'Norway SUPPORTS Resolution 3100']],
    miss: [['Chile adopted the euro.'], ['Chile did not adopt the Lima Declaration.', 'NOT Chile SUPPORTS Lima Declaration'], ['The Lima Declaration was adopted.']],
  },
  {
    // "we stand with X", "would stand with its neighbour", "stands behind him": a stance, said in the present or of the future
    // (a past "stood with X" is as often where one stood, beside a visitor)
    id: 'support.stand', kind: 'verb', predicate: 'SUPPORTS', verbs: ['stand'], voice: 'active', tenses: ['present', 'future', 'unknown'],
    subject: 'agent', object: 'verb.pp:with', subjectTypes: ACTORS, objectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON'],
    seen: 'news-fresh6 (brasilia-january-8-live: "their governments stand with Brazil"); news-fresh4 (un-cuba-embargo-vote-live: "stands with the Cuban people"); news-fresh8 (myanmar-earthquake-aid-live: "would stand with its neighbour"); news-fresh (fico-shooting-handlova-live: "we stand behind him")',
    match: [['Chile and Peru now stand with Bolivia.', 'Peru SUPPORTS Bolivia'], ['Ana Ruiz said Chile would stand with Bolivia.', 'Chile SUPPORTS Bolivia']],
    miss: [['Ana Ruiz stood with Luis Soto at the podium.'], ['Chile does not stand with Bolivia.', 'NOT Chile SUPPORTS Bolivia'], ['Chile stands with its back to the sea.'], ['Chile will not stand by while Bolivia is attacked.']],
  },
  {
    id: 'support.stand.behind', kind: 'verb', predicate: 'SUPPORTS', verbs: ['stand'], voice: 'active', tenses: ['present', 'future', 'unknown'],
    subject: 'agent', object: 'verb.pp:behind', subjectTypes: ACTORS, objectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON'],
    seen: 'news-fresh (fico-shooting-handlova-live: "we stand behind him"); news-fresh6 (brasilia-january-8-live: "stand with Brazil", the same stance with "with")',
    match: [['Chile stands firmly behind Ana Ruiz.', 'Chile SUPPORTS Ana Ruiz']],
    miss: [['Ana Ruiz stood behind Luis Soto during the anthem.'], ['Chile no longer stands behind Ana Ruiz.', 'NOT Chile SUPPORTS Ana Ruiz']],
  },
  {
    // "Japan has protested to Beijing", "protested against X": a formal complaint to or about an actor
    id: 'criticize.protest', kind: 'verb', predicate: 'CRITICIZED', verbs: ['protest'], voice: 'active',
    subject: 'agent', object: 'verb.pp:to', subjectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON'], objectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON'],
    seen: 'news-fresh6 (pelosi-taiwan-visit-live: "Japan has protested to Beijing"); news-dev (canada-india-expulsions: "to protest what it called the baseless targeting"); news-fresh (mexico-ecuador-embassy-raid-press-release: "had protested against")',
    match: [['Chile has protested to Peru over the arrests.', 'Chile CRITICIZED Peru']],
    miss: [['Chile has not protested to Peru.', 'NOT Chile CRITICIZED Peru'], ['Students protested in Lima on Monday.'], ['Chile sent a letter to Peru.']],
  },
  {
    // "expressed his gratitude to A, B and C", "conveyed thanks to X": thanks given are praise (SCHEMA: thanked PRAISED)
    id: 'praise.gratitude', kind: 'support', predicate: 'PRAISED', verbs: ['express', 'convey', 'extend', 'renew', 'voice', 'reiterate', 'offer'], nouns: ['gratitude', 'appreciation', 'thanks'],
    subject: 'agent', object: 'pp:to', subjectTypes: ACTORS, objectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON'],
    seen: 'news-fresh9 (black-sea-grain-deal-istanbul: "expressed his gratitude to A, B and C"); news-fresh8 (xi-riyadh-summits-readout: "expressed his thanks to King Salman"); news-fresh7 (safadi-alula-munich-leaders-readout: "renewed … appreciation for the efforts of")',
    match: [['Ana Ruiz expressed her gratitude to Chile, Peru and the United Nations.', 'Ana Ruiz PRAISED Peru'], ['Ana Ruiz conveyed her thanks to Luis Soto.', 'Ana Ruiz PRAISED Luis Soto']],
    miss: [['Ana Ruiz expressed her concern to Luis Soto.'], ['Ana Ruiz did not express her gratitude to Chile.', 'NOT Ana Ruiz PRAISED Chile']],
  },
  {
    id: 'praise.gratitude.merit', kind: 'support', predicate: 'PRAISED', verbs: ['express', 'convey', 'extend', 'renew', 'voice', 'reiterate', 'offer'], nouns: ['gratitude', 'appreciation', 'thanks'],
    subject: 'agent', object: 'pp:of', subjectTypes: ACTORS, objectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON'],
    seen: 'news-fresh7 (safadi-alula-munich-leaders-readout: "renewed … appreciation for the efforts of"); news-dev (kenya-haiti-mss-readout: "the professionalism of", praise of a merit with "of")',
    match: [['Ana Ruiz expressed her appreciation for the efforts of Luis Soto.', 'Ana Ruiz PRAISED Luis Soto']],
    miss: [['Ana Ruiz expressed her concern about the efforts of Luis Soto.']],
  },
  {
    // "enjoys the backing of Washington and Riyadh", "won the endorsement of X", "had the backing of the outgoing president":
    // the "of" phrase backs the one who has the backing
    id: 'support.backing.had', kind: 'verb', predicate: 'SUPPORTS', verbs: BACKING_HAD, patientNouns: BACKING,
    subject: 'pp:of.own', object: 'agent', namedObject: true, subjectTypes: ACTORS, objectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON'],
    seen: 'news-fresh21 (me-salam-designated-beirut-wire: "enjoys the backing of Washington and Riyadh"); news-fresh22 (am-uruguay-orsi-runoff-wire: "won the endorsement of X"); news-fresh12 (kenya-2022-ruto-declared-winner-liveblog: "had the backing of outgoing President X")',
    match: [['Ana Ruiz enjoys the backing of Norway and Peru.', 'Peru SUPPORTS Ana Ruiz'], ['Luis Soto won the endorsement of Ana Ruiz on Monday.', 'Ana Ruiz SUPPORTS Luis Soto']],
    miss: [['Ana Ruiz asked for the backing of Norway.'], ['Luis Soto did not win the endorsement of Ana Ruiz.', 'NOT Ana Ruiz SUPPORTS Luis Soto'], ['Ana Ruiz enjoys the support of voters in Peru.'],
      // (the backer is the one the "of" names, not the party that one belongs to)
      ['Luis Soto won the endorsement of Ana Ruiz of the Green Party.', 'Ana Ruiz SUPPORTS Luis Soto']],
  },
  {
    // "ran with the backing of the nationalist party", "reached the deal with the full support of their partners, A and B"
    id: 'support.backing.with', kind: 'noun', predicate: 'SUPPORTS', nouns: BACKING, governedBy: ['with'],
    subject: 'pp:of', object: 'clause.agent', subjectTypes: ACTORS, objectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON'],
    seen: 'news-fresh19 (eu-poland-runoff-liveblog: "ran with the backing of the nationalist party"); news-fresh20 (af-chagos-mauritius-press-release: "with the full support of their close partners, A and B")',
    match: [['Luis Soto ran with the backing of the Green Party.', 'Green Party SUPPORTS Luis Soto'], ['Chile and Peru closed the deal with the full support of Norway.', 'Norway SUPPORTS Peru']],
    miss: [['Luis Soto ran without the backing of the Green Party.'], ['Luis Soto met Ana Ruiz with the support of his aides.']],
  },
  {
    // "threw his support behind the general", "threw her weight behind X"
    id: 'support.thrown.behind', kind: 'verb', predicate: 'SUPPORTS', verbs: ['throw', 'put'], patientNouns: ['support', 'weight', 'backing'],
    subject: 'agent', object: 'pp:behind', subjectTypes: ACTORS, objectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON'],
    seen: 'news-fresh12 (lebanon-aoun-elected-president-live-2025: "threw his support behind the general"); news-fresh19 (me-pezeshkian-runoff-wire: "threw his support behind X")',
    match: [['Ana Ruiz threw her support behind Luis Soto.', 'Ana Ruiz SUPPORTS Luis Soto']],
    miss: [['Ana Ruiz threw the ball behind Luis Soto.'], ['Ana Ruiz never threw her support behind Luis Soto.', 'NOT Ana Ruiz SUPPORTS Luis Soto']],
  },
  {
    // "signed the Jeddah Declaration", "was signed by A together with B": a declaration signed is a text its signers back
    // (a pact signed between two sides is SIGNED_AGREEMENT_WITH, and the gold gives its text no SUPPORTS; so is a text
    // signed by signers counted in a description, "They signed a Joint Declaration", "The three countries signed a
    // Declaration of Principles": news-fresh28 sa-modi-bangkok-bimstec-readout, news-fresh31 af-ethiopia-gerd-washington-talks-analysis)
    id: 'support.text.sign', kind: 'verb', predicate: 'SUPPORTS', verbs: ['sign'], patientNouns: DECLARATION_NOUNS,
    subject: 'agent.own', object: 'text', subjectTypes: ACTORS, objectTypes: TEXT_TYPES,
    seen: 'news-dev (sudan-jeddah-talks-analysis: "signed the Jeddah Declaration"); news-fresh18 (eu-greece-turkey-athens-declaration-analysis: "signing the Athens Declaration"); news-fresh23 (ea-timor-leste-asean-analysis: "signed the Declaration on the Admission of X"); news-fresh20 (sa-modi-state-visit-washington-wire: "signed the Artemis Accords")',
    match: [['Chile and Peru signed the Lima Declaration.', 'Peru SUPPORTS Lima Declaration'], ['The Lima Declaration was signed by Norway.', 'Norway SUPPORTS Lima Declaration']],
    miss: [['Chile and Peru signed the Lima Treaty.'], ['Chile did not sign the Lima Declaration.', 'NOT Chile SUPPORTS Lima Declaration'],
      ['Chile and Peru ended their border dispute. The two neighbours signed the Lima Declaration on Friday.']],
  },
  {
    // a summons with its purpose: "summoned Y's ambassador to protest", "to condemn the attack", "to lodge a protest" is a
    // protest to the envoy's state (a bare summons, or one "to demand an explanation", the gold reads otherwise)
    id: 'criticize.summons', kind: 'verb', predicate: 'CRITICIZED', verbs: ['protest', 'condemn', 'denounce'], voice: 'active', parentVerbs: ['summon'],
    subject: 'agent', object: 'parent.patient.owner', subjectTypes: ACTORS, objectTypes: ['COUNTRY', 'ORGANIZATION'],
    seen: 'news-dev (canada-india-expulsions: "summoned X\'s chargé d\'affaires, Y, to protest what it called …"); news-fresh12 (a wire report: "summoned X\'s ambassador to protest against …"); news-fresh14 (a live blog: "has summoned X\'s ambassador in <city> to condemn the missile attack"); news-fresh26 (an analysis: "summoned the Afghan ambassador to protest against …")',
    match: [["Chile summoned Peru's ambassador to protest against the strikes.", 'Chile CRITICIZED Peru'], ["Chile has also summoned Peru's ambassador in Santiago to condemn last week's raid.", 'Chile CRITICIZED Peru']],
    miss: [["Chile summoned Peru's ambassador to explain the strikes."], ["Chile summoned Peru's ambassador and condemned the strikes on Bolivia."], ["Chile summoned its own ambassador to protest."], ["Chile urged Peru's government to condemn the strikes."]],
  },
  {
    id: 'criticize.summons.lodged', kind: 'verb', predicate: 'CRITICIZED', verbs: ['lodge', 'file', 'register'], patientNouns: ['protest', 'protests'], parentVerbs: ['summon'],
    subject: 'agent', object: 'parent.patient.owner', subjectTypes: ACTORS, objectTypes: ['COUNTRY', 'ORGANIZATION'],
    seen: 'news-fresh6 (a wire report: "summoned the <demonym> ambassador, Y, to lodge a protest"); news-fresh21 (a wire report: "summoned X\'s chargé d\'affaires in <city> to lodge a protest")',
    match: [["Chile summoned Peru's chargé d'affaires in Santiago to lodge a protest.", 'Chile CRITICIZED Peru'], ['Chile summoned the Peruvian ambassador, Luis Gomez, to lodge a strong protest.', 'Chile CRITICIZED Peru']],
    miss: [["Chile summoned Peru's ambassador to lodge a request."], ["Chile urged Peru's government to lodge a protest."]],
  },
  {
    // "lodged a strong protest with North Korea", "lodged a formal protest with the embassy": a formal complaint to an actor
    id: 'criticize.protest.lodged', kind: 'verb', predicate: 'CRITICIZED', verbs: ['lodge', 'file', 'register'], patientNouns: ['protest', 'protests'],
    subject: 'agent', object: 'pp:with', subjectTypes: ACTORS, objectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON'],
    seen: 'news-fresh14 (north-korea-missile-over-japan: "lodged a strong protest with X"); news-fresh21 (ea-north-korea-spy-satellite-live: "had already lodged a strong protest with X"); news-fresh17 (ea-china-balloon-live: "lodged a formal protest … with the U.S. Embassy")',
    match: [['Chile lodged a strong protest with Peru.', 'Chile CRITICIZED Peru']],
    miss: [['Chile lodged a request with Peru.'], ['Chile has not lodged a protest with Peru.', 'NOT Chile CRITICIZED Peru'],
      // (a complaint lodged with a body asks it to judge; it is no stance on the body)
      ['Chile plans to lodge a complaint with the Andean Court.']],
  },
  {
    // the visit's traveller named in an earlier sentence's edge: "X visited Moscow. … Y criticised the visit", "condemned the trip"
    id: 'criticize.visit.doer', kind: 'verb', predicate: 'CRITICIZED', verbs: CRITICIZE, voice: 'active', patientNouns: ['visit', 'trip'], subject: 'agent', object: 'doer',
    deedBy: ['VISITED'], subjectTypes: ACTORS, objectTypes: ACTORS,
    seen: 'news-fresh8 (orban-moscow-peace-mission: "criticised the visit", "criticised the trip as counterproductive"); news-fresh6 (pelosi-taiwan-visit-live: "condemned the visit")',
    match: [['Ana Ruiz visited Peru on Monday. Chile condemned the visit.', 'Chile CRITICIZED Ana Ruiz']],
    miss: [['Ana Ruiz visited Peru on Monday. Chile welcomed the visit.'], ['Chile condemned the visit.'], ["Ana Ruiz visited Peru on Monday. Chile condemned Luis Soto's visit."]],
  },
  {
    // "a poisoning that he blamed on the Kremlin", "the attack, which Iran blames on Israel": the one a deed is blamed on
    id: 'accuse.blame.on', kind: 'verb', predicate: 'ACCUSED', verbs: ['blame', 'pin'], voice: 'active',
    subject: 'agent', object: 'verb.pp:on', subjectTypes: ACTORS, objectTypes: ACTORS,
    seen: 'news-fresh (navalny-death-sanctions-wire: "a poisoning that he blamed on the Kremlin"); news-fresh14 (iran-missile-barrage-israel-oct-2024: "which Iran blames on Israel"); news-fresh10 (russia-strikes-kyiv-after-crimean-bridge-live: "which he blamed on Ukraine\'s special services")',
    match: [['The blast, which Chile blamed on Peru, killed four.', 'Chile ACCUSED Peru'], ['Ana Ruiz spoke of a fire that Chile had blamed on Peru.', 'Chile ACCUSED Peru']],
    miss: [['Chile blamed Peru for the attack on Bolivia.'], ['The blast, which Chile never blamed on Peru, killed four.', 'NOT Chile ACCUSED Peru']],
  },
];
