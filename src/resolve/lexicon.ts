// Rules as data for coreference within an article: pronouns and the descriptions that stand for a named entity.
import type { EntityType, Gender } from '../model/types.ts';

export type { Gender } from '../model/types.ts';

/** Kinds of organisation that "the group" or "they" do not mean: outlets quoted or spoken to. */
const NOT_A_GROUP = ['media', 'news-agency'];

/** Name words of a state's own forces and organs, which "the group" does not mean ("Rwanda Defence Force", "Regional Command"). */
const STATE_FORCE_WORDS = ['force', 'forces', 'command', 'army', 'ministry', 'navy', 'police'];

/** Personal and possessive pronouns, with the entity types they can stand for (and a person's gender). */
/**
 * `object`: an object pronoun never stands for a name in its own clause ("Macron invited him": not Macron);
 * a clause boundary (CLAUSE_BOUNDARIES, a comma) between them lifts that ("Tusk said Macron invited him").
 */
export const PRONOUNS: Record<string, { types: EntityType[]; plural?: boolean; gender?: Gender; object?: boolean; notKinds?: string[] }> = {
  he: { types: ['PERSON'], gender: 'male' }, him: { types: ['PERSON'], gender: 'male', object: true },
  his: { types: ['PERSON'], gender: 'male' }, himself: { types: ['PERSON'], gender: 'male' },
  she: { types: ['PERSON'], gender: 'female' }, her: { types: ['PERSON'], gender: 'female' },
  hers: { types: ['PERSON'], gender: 'female' }, herself: { types: ['PERSON'], gender: 'female' },
  its: { types: ['COUNTRY', 'ORGANIZATION'] }, itself: { types: ['COUNTRY', 'ORGANIZATION'] },
  // plural pronouns often mean an unnamed group ("poorer countries ... their inability"): organisations only, nearby
  they: { types: ['ORGANIZATION'], plural: true, notKinds: NOT_A_GROUP },
  them: { types: ['ORGANIZATION'], plural: true, object: true, notKinds: NOT_A_GROUP },
  their: { types: ['ORGANIZATION'], plural: true, notKinds: NOT_A_GROUP },
};

/**
 * What only a body has, never a state: "its managing director, X", "its secretary-general", "its member states",
 * "its headquarters". "its" before one of them takes up an organisation, never the country named nearer
 * (seen: news-fresh10 imf-argentina-milei-bailout-analysis, "Its managing director" after a country's name;
 * news-fresh11 anwar-sworn-in-malaysia-hung-parliament, "Its chairman"; news-fresh14 ecowas-niger-ultimatum-analysis,
 * news-fresh10 mali-expels-french-ambassador-meyer, "its members' borders"). A country has a "membership" of a body,
 * so that word is left out. Phrases of one or two words, as written in lower case.
 */
export const BODY_POSSESSIONS: ReadonlySet<string> = new Set([
  'managing director', 'secretary-general', 'secretary general', 'director-general', 'director general', 'chief executive',
  'chairman', 'chairwoman', 'chairperson', 'general secretary', 'member states', 'member countries', 'member nations',
  'members', 'headquarters', 'secretariat', 'board', 'executive board', 'founder', 'founders',
]);

/**
 * Reporting verbs (as written) after which "it" opens the reported clause and stands for the reporter: "X said it
 * had seized Y", "X announced that it was severing ties". ("told" is left out: "X told Y it …" is ambiguous.)
 */
export const IT_REPORTING_FORMS: ReadonlySet<string> = new Set([
  'said', 'says', 'announced', 'announces', 'stated', 'states', 'added', 'adds', 'declared', 'declares', 'confirmed', 'confirms',
  'claimed', 'claims', 'insisted', 'insists', 'warned', 'warns', 'noted', 'notes',
]);

/** prepositions before "them" that count or relate a plural noun's members: "two of them", "among them", "between them" */
export const PARTITIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'among', 'amongst', 'between']);
/** Words that open a new clause, between an object pronoun and a name of the same sentence. */
export const CLAUSE_BOUNDARIES = new Set([
  'that', 'who', 'whom', 'which', 'whose', 'when', 'while', 'after', 'before', 'because', 'since', 'if', 'as', 'until',
  'said', 'says', 'say', 'told', 'tells', 'asked', 'but', 'although', 'though', 'where',
]);

/**
 * Verbs of contact (as written) whose purpose clause is the caller's own act towards the one contacted: in "A called B
 * to congratulate him", "A spoke to B by telephone to thank her", the pronoun is B (A does the congratulating, and
 * a pronoun object never stands for its own subject). Verbs that hand the act to their object ("urged B to …",
 * "invited B to …") are left out: there B acts, and the pronoun is someone else.
 */
export const CONTACT_VERB_FORMS: ReadonlySet<string> = new Set([
  'call', 'calls', 'called', 'calling', 'phone', 'phones', 'phoned', 'phoning', 'telephone', 'telephones', 'telephoned', 'telephoning',
  'ring', 'rings', 'rang', 'speak', 'speaks', 'spoke', 'speaking', 'talk', 'talks', 'talked', 'contact', 'contacts', 'contacted',
  'meet', 'meets', 'met', 'visit', 'visits', 'visited', 'write', 'writes', 'wrote',
]);

/** the forms of "congratulate" before an object pronoun: "Modi congratulated him" (the one congratulated is the article's protagonist) */
export const CONGRATULATE_FORMS: ReadonlySet<string> = new Set(['congratulate', 'congratulates', 'congratulated', 'congratulating']);

/**
 * Verbs of receiving a guest (as written): in "A welcomed B on his first visit to C", "A received B during her trip",
 * the visit is the guest's, so the possessive is B, not the host A.
 */
export const HOSTING_VERB_FORMS: ReadonlySet<string> = new Set([
  'welcome', 'welcomes', 'welcomed', 'receive', 'receives', 'received', 'greet', 'greets', 'greeted', 'host', 'hosts', 'hosted',
]);

/** Nouns of a journey, owned by the guest in "welcomed B on his visit". */
export const JOURNEY_NOUNS: ReadonlySet<string> = new Set(['visit', 'trip', 'tour', 'journey', 'arrival', 'stay']);

/** Titles (normalised roles, as the entities stage writes them) that tell a person's gender. */
export const TITLE_GENDER: Record<string, Gender> = {
  mr: 'male', sir: 'male', lord: 'male', king: 'male', prince: 'male', emperor: 'male', duke: 'male', sultan: 'male',
  emir: 'male', sheikh: 'male', pope: 'male', father: 'male', brother: 'male', archbishop: 'male', cardinal: 'male',
  mrs: 'female', ms: 'female', miss: 'female', madam: 'female', madame: 'female', dame: 'female', lady: 'female',
  queen: 'female', princess: 'female', empress: 'female', duchess: 'female', sister: 'female',
};

/**
 * East Asian family names, written first ("Kim Jong Un", "Lin Jian", "Nguyen Phu Trong"), that compromise's
 * list of given names also holds (as FemaleName or MaleName): a full name opening with one says nothing of gender.
 */
export const FAMILY_NAMES_FIRST = new Set(['kim', 'lin', 'nguyen', 'lee', 'park', 'han', 'song', 'ma', 'min', 'jin', 'an', 'ahn', 'hong', 'moon', 'young', 'chang', 'lim', 'ho']);

/**
 * compromise's tags for given names: its built-in lexicon of first names tags each MaleName or
 * FemaleName (data/gazetteer/README.md notes the source); a name it does not know has neither.
 */
export const NAME_TAG_GENDER: Record<string, Gender> = { MaleName: 'male', FemaleName: 'female' };

/**
 * Head nouns of descriptions ("the court", "the Chinese leader"), with the type they denote.
 * `role` descriptions name a person by office; `nameWords` restricts an organisation to names with that
 * word; `kinds` to entities of those gazetteer kinds ("the bloc": a grouping of states such as the EU or
 * ASEAN, never one of its organs), `notKinds` leaves some out ("the group" is not the outlet it spoke to).
 */
export const DESCRIPTION_HEADS: Record<string, { type: EntityType; role?: boolean; nameWords?: string[]; notNameWords?: string[]; kinds?: string[]; notKinds?: string[]; topic?: boolean }> = {
  leader: { type: 'PERSON', role: true }, president: { type: 'PERSON', role: true }, premier: { type: 'PERSON', role: true },
  'prime minister': { type: 'PERSON', role: true }, chancellor: { type: 'PERSON', role: true },
  chairman: { type: 'PERSON', role: true }, 'head of state': { type: 'PERSON', role: true },
  'foreign minister': { type: 'PERSON', role: true }, 'supreme leader': { type: 'PERSON', role: true },
  king: { type: 'PERSON', role: true }, queen: { type: 'PERSON', role: true }, monarch: { type: 'PERSON', role: true },
  emir: { type: 'PERSON', role: true }, sultan: { type: 'PERSON', role: true },
  // a read-out's protagonist: "the Minister held talks", "the Minister of State met"
  minister: { type: 'PERSON', role: true }, 'minister of state': { type: 'PERSON', role: true },
  // ("Secretary X … The Secretary was received by …": a US read-out's protagonist)
  secretary: { type: 'PERSON', role: true }, 'secretary of state': { type: 'PERSON', role: true },
  // a second office of a read-out or a report, held by one person named before ("the Deputy Prime Minister received",
  // "the Crown Prince held talks", "the Secretary-General thanked"; seen: news-fresh15 af-muraleedharan-kampala,
  // news-fresh21 ea-saleumxay-amm57, news-fresh22 sa-dar-banjul-oic, news-fresh15 me-riyadh-summit-crown-prince,
  // news-fresh7 jeddah-arab-league, news-fresh16 sa-guterres-pakistan-floods, news-fresh20 af-guterres-au-summit,
  // news-fresh21 am-kirchner-gun-attack, news-fresh23 af-harris-ghana-tanzania)
  'deputy prime minister': { type: 'PERSON', role: true }, 'vice president': { type: 'PERSON', role: true },
  'vice-president': { type: 'PERSON', role: true }, 'crown prince': { type: 'PERSON', role: true },
  'secretary-general': { type: 'PERSON', role: true }, 'secretary general': { type: 'PERSON', role: true },
  // (news-fresh12 wto-mc12-geneva-package, news-fresh23 sa-jaishankar-islamabad: "the Director-General thanked";
  // news-fresh22 af-rsf-hemedti-regional-tour, news-dev sudan-jeddah-talks: "the Commander told", "the paramilitary
  // commander"; news-fresh22 sa-besham-convoy-bombing, news-dev niger-france-rupture: "the ambassador thanked")
  'director-general': { type: 'PERSON', role: true }, 'director general': { type: 'PERSON', role: true },
  commander: { type: 'PERSON', role: true }, ambassador: { type: 'PERSON', role: true },
  // (China's: news-fresh8 wang-yi-pacific-tour-readout, "the State Councilor arrived"; news-fresh7
  // bilawal-goa-sco-cfm-readout, "the State Councillor and Foreign Minister of China, X")
  'state councilor': { type: 'PERSON', role: true }, 'state councillor': { type: 'PERSON', role: true },
  court: { type: 'ORGANIZATION', nameWords: ['court', 'tribunal'] }, tribunal: { type: 'ORGANIZATION', nameWords: ['court', 'tribunal'] },
  alliance: { type: 'ORGANIZATION', nameWords: ['alliance', 'treaty', 'organization', 'nato'] },
  bloc: { type: 'ORGANIZATION', kinds: ['bloc'] }, organization: { type: 'ORGANIZATION' }, organisation: { type: 'ORGANIZATION' },
  agency: { type: 'ORGANIZATION', nameWords: ['agency', 'administration', 'bureau', 'service', 'programme', 'program'] },
  office: { type: 'ORGANIZATION', nameWords: ['office'] }, commission: { type: 'ORGANIZATION', nameWords: ['commission'] },
  council: { type: 'ORGANIZATION', nameWords: ['council'] }, committee: { type: 'ORGANIZATION', nameWords: ['committee'] },
  ministry: { type: 'ORGANIZATION', nameWords: ['ministry'] }, command: { type: 'ORGANIZATION', nameWords: ['command'] },
  watchdog: { type: 'ORGANIZATION', notKinds: [...NOT_A_GROUP, 'armed-group', 'party'] },
  body: { type: 'ORGANIZATION', notKinds: NOT_A_GROUP },
  'militant group': { type: 'ORGANIZATION', notKinds: NOT_A_GROUP, notNameWords: STATE_FORCE_WORDS },
  // (nor a world body such as the UN: "the group" is a grouping, an armed group or a party)
  group: { type: 'ORGANIZATION', notKinds: [...NOT_A_GROUP, 'intergovernmental'], notNameWords: STATE_FORCE_WORDS },
  // an armed or political movement named before ("the movement", "the militia")
  militia: { type: 'ORGANIZATION', kinds: ['armed-group'] },
  movement: { type: 'ORGANIZATION', kinds: ['armed-group', 'party'] },
  // ("the country" with no country before it in its sentence: the one the article is about, not the one named last)
  country: { type: 'COUNTRY', topic: true }, nation: { type: 'COUNTRY', topic: true }, government: { type: 'COUNTRY' },
  kingdom: { type: 'COUNTRY' }, republic: { type: 'COUNTRY' },
  city: { type: 'LOCATION' }, capital: { type: 'LOCATION', kinds: ['capital'] },
};

/**
 * Roles a role noun also covers: "the Jordanian monarch" is the king of Jordan, "the Chinese premier"
 * its prime minister. A role always covers itself.
 */
export const ROLE_COVERS: Record<string, string[]> = {
  monarch: ['king', 'queen', 'emir', 'sultan', 'emperor', 'empress', 'grand duke'],
  premier: ['prime minister'], 'prime minister': ['premier'],
  'head of state': ['president', 'king', 'queen', 'emir', 'sultan', 'emperor'],
  minister: ['foreign minister', 'minister of state', 'minister of foreign affairs', 'defence minister', 'defense minister'],
  secretary: ['secretary of state'],
  // (the spellings of one office, as the entities stage writes its title)
  'vice-president': ['vice president'], 'secretary general': ['secretary-general'],
  'director-general': ['director'], 'director general': ['director'],
};


/** Plural descriptions of two entities: "the two nations", "both countries", "the two leaders", "the two sides". */
export const PAIR_HEADS: Record<string, EntityType[]> = {
  nations: ['COUNTRY'], countries: ['COUNTRY'], states: ['COUNTRY'], governments: ['COUNTRY'],
  leaders: ['PERSON'], presidents: ['PERSON'], men: ['PERSON'], women: ['PERSON'],
  ministers: ['PERSON'],
  // the parties to a talk or a deal are states or bodies, never the persons who spoke for them ("Macron and von der
  // Leyen … the two sides")
  sides: ['COUNTRY', 'ORGANIZATION'], parties: ['COUNTRY', 'ORGANIZATION'], delegations: ['COUNTRY', 'ORGANIZATION'],
};
/** heads that name a group with no count word as a clause's subject: "the leaders condemned", "the ministers agreed" */
export const UNCOUNTED_GROUP_HEADS: ReadonlySet<string> = new Set(['leaders', 'ministers', 'presidents', 'sides', 'parties', 'delegations']);
/** words that may stand between the members of a named group besides titles: "A of X and B", "both A and B", "A as well as B" */
export const GROUP_LINK_WORDS: ReadonlySet<string> = new Set(['and', 'the', 'of', 'both', 'as', 'well']);
/** how many sentences back a group description looks for the group it means */
export const MAX_GROUP_SENTENCES_BACK = 3;
/** relative pronouns: a group's own relative clause ("A and B, which mediated between the two sides") never means the group */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose']);
export const PAIR_DETERMINERS = new Set(['two', 'both', 'three', 'four']);
/** How many entities a plural description with this determiner means ("the three countries": three). */
export const PLURAL_COUNTS: Readonly<Record<string, number>> = { two: 2, both: 2, three: 3, four: 4 };

/**
 * Modifiers a description may carry between its determiner and head and still mean the entity named
 * before ("the Vienna-based watchdog", "the embattled leader"): lower-case adjectives and these compounds.
 */
export const COMPOUND_MODIFIER_ENDS = new Set(['based', 'headquartered', 'led', 'backed', 'run', 'owned', 'funded', 'allied', 'aligned']);
/** Modifiers that point away from the entity named before ("the former president", "the other side"). */
export const NON_COREFERRING_MODIFIERS = new Set([
  'other', 'another', 'former', 'previous', 'new', 'next', 'same', 'late', 'outgoing', 'incoming', 'then', 'future',
  'rival', 'opposing', 'first', 'second', 'last', 'ex', 'acting', 'interim', 'deputy', 'vice', 'many', 'several', 'some',
]);
/**
 * Modifiers that say the office was lost ("the ousted president"): such a description is not a person the same
 * sentence names with that office held ("French President X said France backs the ousted president").
 */
export const LOST_OFFICE_MODIFIERS = new Set(['ousted', 'deposed', 'toppled', 'overthrown', 'detained', 'jailed', 'imprisoned', 'exiled', 'impeached', 'removed']);
/** At most this many modifiers before a description's head. */
export const MAX_DESCRIPTION_MODIFIERS = 2;

/** Determiners that open a description. */
export const DESCRIPTION_DETERMINERS = new Set(['the', 'this', 'that']);

/** Roles that make a person the leader a description such as "the Chinese leader" means. */
export const LEADER_ROLES = new Set(['president', 'prime minister', 'leader', 'chairman', 'king', 'queen', 'emperor', 'chancellor', 'supreme leader', 'general secretary', 'emir', 'sultan']);

/** How many sentences back a pronoun or description may look for its antecedent. */
export const MAX_SENTENCES_BACK = 3;

/**
 * The recency reading (recency.ts) for what the rules above leave: pronouns of a person or a thing beyond the
 * sentence window, a quote's first-person pronoun, and "the court"-style descriptions, each read as the last
 * fitting entity. `label`: the entity's name must match; `ofApposition`: ", the capital of X" after a comma is
 * a role apposed to a name, not a reference.
 */
export const RECENCY_PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'himself', 'herself']);
export const RECENCY_THING_PRONOUNS: ReadonlySet<string> = new Set(['its']);
export const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'me', 'my', 'myself']);
export const RECENCY_DESCRIPTIONS: Readonly<Record<string, { types: readonly EntityType[]; label?: RegExp; ofApposition?: boolean }>> = {
  nation: { types: ['COUNTRY'] }, country: { types: ['COUNTRY'] },
  court: { types: ['ORGANIZATION'], label: /court|tribunal/i }, tribunal: { types: ['ORGANIZATION'], label: /court|tribunal/i },
  forum: { types: ['EVENT'], label: /forum/i }, summit: { types: ['EVENT'], label: /summit/i },
  conference: { types: ['EVENT'], label: /conference/i }, bloc: { types: ['ORGANIZATION'], ofApposition: true },
  alliance: { types: ['ORGANIZATION'], label: /alliance|treaty|organi[sz]ation/i },
  company: { types: ['ORGANIZATION'] }, firm: { types: ['ORGANIZATION'] },
  organization: { types: ['ORGANIZATION'] }, organisation: { types: ['ORGANIZATION'] },
  agency: { types: ['ORGANIZATION'], label: /agency/i, ofApposition: true }, group: { types: ['ORGANIZATION'] },
  city: { types: ['LOCATION'] }, capital: { types: ['LOCATION'], ofApposition: true },
};

/** Verbs of speech next to a quote's speaker ('…," he said'), and the irregular forms of them (the rest are read by rule). */
export const QUOTE_VERBS: ReadonlySet<string> = new Set(['say', 'tell', 'add', 'state', 'declare', 'write', 'insist', 'note', 'explain', 'speak']);
export const QUOTE_VERB_FORMS: Readonly<Record<string, string>> = {
  said: 'say', says: 'say', told: 'tell', tells: 'tell', spoke: 'speak', spoken: 'speak', wrote: 'write', written: 'write', writes: 'write',
};

/**
 * Words before a capital (or before the list it ends) that make it the place, never its government: locative
 * prepositions ("in Moscow", "talks in Washington and Beijing", "the outskirts of Kyiv"), verbs whose object is a
 * place ("visited Beijing", "Russia struck Kyiv") and "capital" ("Niger's capital, Niamey").
 */
export const PLACE_GOVERNORS = new Set([
  'in', 'at', 'to', 'into', 'from', 'near', 'outside', 'inside', 'around', 'across', 'through', 'throughout', 'toward',
  'towards', 'via', 'within', 'beyond', 'of', 'on', 'over', 'capital', 'city', 'visit', 'visits', 'visited', 'visiting', 'tour',
  'toured', 'touring', 'reach', 'reached', 'reaching', 'leave', 'left', 'leaving', 'enter', 'entered', 'entering', 'struck',
  'strike', 'strikes', 'striking', 'hit', 'hits', 'hitting', 'shelled', 'shelling', 'bombed', 'bombing', 'attacked',
  'attacking', 'captured', 'capture', 'seized', 'seize', 'besieged', 'surrounded', 'encircled', 'evacuated', 'liberated',
  'occupied', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'became', 'becomes', 'now', 'called', 'named', 'renamed',
]);

/**
 * Nouns of what a government says or does to another, before "from": "congratulations from Washington", "the response from
 * Kampala", "a rebuke from Washington", "threats from Washington" (seen: news-dev erdogan-reelection-congratulations,
 * news-fresh16 af-uganda-world-bank-freeze and am-canada-election-2025-live, news-fresh18 ea-putin-hanoi-state-visit-wire and
 * sa-modi-third-term-liveblog, news-fresh13 icc-putin-warrant-brics-analysis).
 */
export const MESSAGE_NOUNS: ReadonlySet<string> = new Set([
  'congratulations', 'message', 'messages', 'response', 'reply', 'reaction', 'rebuke', 'protest', 'protests', 'warning', 'warnings',
  'threat', 'threats', 'pressure', 'announcement', 'statement', 'demand', 'demands', 'request', 'offer', 'criticism', 'condemnation',
]);

/** Prepositions whose object is an actor, so a capital there stands for its government ("talks between Washington and Tehran", "brokered by Washington"). */
export const ACTOR_PREPOSITIONS = new Set(['between', 'against', 'by', 'for']);

/** Nouns of dealings between states: "with" after one makes a capital its government ("ties with Moscow", "a pact with Beijing"). */
export const DEALINGS_BEFORE_WITH = new Set([
  'ties', 'relations', 'relationship', 'talks', 'negotiations', 'dialogue', 'agreement', 'deal', 'treaty', 'pact', 'contacts',
  'cooperation', 'channel', 'channels', 'dispute', 'tensions', 'partnership', 'alliance', 'rift', 'row', 'standoff', 'trade',
]);

/** Nouns of partnership or rivalry whose "of" names a state's government: "a close partner of Moscow", "an ally of Washington". */
export const STATE_RELATION_NOUNS = new Set(['partner', 'partners', 'ally', 'allies', 'critic', 'critics', 'rival', 'rivals', 'enemy', 'enemies', 'adversary', 'adversaries', 'backer', 'backers', 'client', 'proxy', 'proxies']);

/** Heads of a government's bodies, read as the government's after a capital's possessive ("Beijing's Foreign Ministry"). */
export const GOVERNMENT_BODY_HEADS = new Set(['ministry', 'government', 'cabinet', 'embassy', 'administration', 'office', 'department']);

/** Words of a list of names, crossed when looking for what governs a capital ("between Washington and Moscow"). */
export const LIST_WORDS = new Set(['and', 'or', 'both', 'either', 'neither', 'nor']);

/** Verbs that describe their subject rather than make it act: a capital before one is the city ("Belmopan is the smallest capital"). */
export const COPULAS = new Set(['is', 'was', 'are', 'were', 'remains', 'remained', 'became', 'becomes', 'lies', 'lay', 'sits', 'stands']);

/** Nouns of a city's own things, after its possessive ("Bucharest's previous hub", "Kyiv's streets"): besides the place heads of DESCRIPTION_HEADS. */
export const CITY_NOUNS = new Set([
  'hub', 'street', 'metro', 'subway', 'outskirts', 'suburb', 'mayor', 'residents', 'inhabitants', 'skyline', 'centre', 'center',
  'downtown', 'population', 'neighbourhood', 'neighborhood', 'old', 'historic', 'landmarks', 'landmark', 'district',
]);

/** Adverbs between a read-out's bare title and its verb ("Prime Minister also held talks"). */
export const BARE_TITLE_ADVERBS: ReadonlySet<string> = new Set(['also', 'further', 'then', 'later', 'subsequently', 'separately']);

/**
 * A minister's portfolio after the role head ("Minister for Foreign Affairs", "Minister of Foreign Affairs and
 * Immigration"): the prepositions that open it, the first words it may start with, and its longest length in tokens.
 */
export const PORTFOLIO_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for']);
export const PORTFOLIO_FIRST_WORDS: ReadonlySet<string> = new Set([
  'foreign', 'external', 'defence', 'defense', 'finance', 'trade', 'economy', 'home', 'interior', 'justice', 'health', 'energy',
  'european', 'international', 'national', 'economic', 'state', 'public', 'security', 'industry', 'agriculture', 'education',
]);
export const MAX_PORTFOLIO_WORDS = 8;
/** a portfolio written before its role, title-cased: "the External Affairs Minister", "India's Home Minister" */
export const PORTFOLIO_PREMODIFIERS: ReadonlySet<string> = new Set([...PORTFOLIO_FIRST_WORDS, 'affairs']);
/** the plain forms of address before a person's name, shared with the relation stage's apposition reading ("…, Dr. X") */
export const PERSONAL_HONORIFICS: readonly string[] = ['dr', 'mr', 'mrs', 'ms', 'sheikh', 'shaikh'];
/**
 * Forms of address written between a title's comma and its holder's name, outside the name: "the Crown Prince of X,
 * Sheikh Y", "the Secretary of State of Z, Cardinal Y", "India's External Affairs Minister, Dr. Y" (lower-case, no full stop)
 */
export const NAME_PREFIXES: ReadonlySet<string> = new Set([...PERSONAL_HONORIFICS, 'cardinal', 'sir', 'dame', 'prof', 'professor', 'archbishop']);

/**
 * Titles that are part of how a royal or Gulf notable is named, written straight before the name: "King Salman",
 * "Sheikh Tamim bin Hamad Al Thani", "Pope Francis". The titled wording is kept as one of the person's names
 * (an alias), as the name with a president's title ("President X") is not. Normalised roles of entities/lexicon.ts's
 * TITLES (seen: news-fresh16 me-cairo-peace-summit-readout, news-fresh17 me-algiers-arab-summit-readout,
 * news-fresh15 me-kuwait-emir-nawaf-dies-live, news-fresh10 biden-jeddah-live-2022).
 */
export const NAME_STYLES: ReadonlySet<string> = new Set(['king', 'queen', 'prince', 'princess', 'crown prince', 'sheik', 'sultan', 'pope']);
/** words that report speech: "said", "told", "adding" (then "that" opens what was said) */
export const REPORTING_FORMS: ReadonlySet<string> = new Set([...IT_REPORTING_FORMS, 'told', 'tells', 'adding', 'saying', 'stressing', 'arguing']);
/** the modals of a wish in reported speech: "… that A and B should sit down" */
export const URGING_MODALS: ReadonlySet<string> = new Set(['should', 'must', 'ought', 'need']);
/** Heads of a state's bodies that are named after their state's possessive ("Russia's Foreign Ministry"). */
export const STATE_BODY_HEADS: ReadonlySet<string> = new Set(['ministry']);
/**
 * Words that, after a place's name, name another place around or along it: "Nakuru" (a town) and "Nakuru County",
 * "Lobito" and "Lobito Corridor" are two places, so the short name is no short form of the long one; so are a town
 * and a building named after it ("Nara Medical University Hospital").
 */
export const AREA_AROUND_HEADS: ReadonlySet<string> = new Set([
  'county', 'region', 'province', 'district', 'oblast', 'state', 'governorate', 'prefecture', 'municipality',
  'department', 'territory', 'city', 'corridor', 'metropolitan', 'area', 'zone',
  // a building named after its town stands in it: "Nara" and "Nara Medical University Hospital" (news-fresh7 abe-shot-nara-live)
  'hospital', 'hotel', 'airport', 'station', 'stadium', 'prison',
]);
/** Words that join a name to another name inside a longer one ("Office of the Federal Government", "Steel and Mitsubishi"). */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to']);

/** Conjunctions that open a sentence without opening a phrase before its subject ("But he said"). */
export const SENTENCE_COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'so', 'yet']);

/**
 * The clause boundaries of reported speech, which a "who" clause's pronoun reads past: "B, who said he had spoken with C"
 * is B (seen: news-fresh4 bolivia-coup-attempt-analysis, "X, who said he had spoken with both A and B"; news-fresh24
 * am-gonzalez-warrant-live, "X, who says he defeated Y"; news-fresh15 eu-uk-russia-attache-expulsions).
 */
export const REPORTING_BOUNDARIES: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'that']);

/**
 * The nouns of a style of address opened by a possessive pronoun, "His Majesty King X", "Her Excellency Y", "His Royal
 * Highness": the pronoun is no reference (seen: news-fresh27 ea-xi-southeast-asia-tour-readout, "At the invitation of His
 * Majesty Sultan X"; news-fresh15 me-riyadh-summit-crown-prince-readout, "opened by His Royal Highness"; news-fresh23
 * me-qatar-pm-oslo-gaza-committee-readout, "His Excellency held"). Lower case, as the tagger normalises them.
 */
export const STYLE_NOUNS: ReadonlySet<string> = new Set(['majesty', 'excellency', 'highness', 'royal', 'holiness']);

/** the perfect's auxiliary ("has also arrested", "has been sworn in"); the relations lexicon reads it from here */
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had']);
