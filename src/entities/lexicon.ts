// Rules as data for finding and typing names: titles, head words of organisations, places and events,
// and the small words allowed inside a name. The engine that applies them is in spans.ts and classify.ts.

/**
 * Titles written before a name, lower-cased, dots removed, mapped to a normalised role.
 * Multi-word titles are matched longest first ("foreign minister" before "minister").
 */
export const TITLES: Record<string, string> = {
  president: 'president', 'vice president': 'vice president', 'president-elect': 'president',
  'prime minister': 'prime minister', premier: 'prime minister', prime: 'prime minister', chancellor: 'chancellor',
  'deputy prime minister': 'deputy prime minister',
  king: 'king', queen: 'queen', prince: 'prince', princess: 'princess', emperor: 'emperor', sheik: 'sheik', sheikh: 'sheik',
  emir: 'emir', sultan: 'sultan', crown: 'crown prince', 'crown prince': 'crown prince', ayatollah: 'ayatollah',
  'supreme leader': 'supreme leader', leader: 'leader', chairman: 'chairman', chairwoman: 'chairman', chair: 'chairman',
  'general secretary': 'general secretary', 'secretary-general': 'secretary-general', 'secretary general': 'secretary-general',
  'foreign minister': 'foreign minister', 'defense minister': 'defense minister', 'defence minister': 'defense minister',
  'finance minister': 'finance minister', 'interior minister': 'interior minister', minister: 'minister',
  'external affairs minister': 'foreign minister', 'minister of external affairs': 'foreign minister', // India's foreign minister
  // the long forms, whose last words would otherwise read as a name ("Minister of Foreign Affairs X": not "Affairs X")
  'minister of foreign affairs': 'foreign minister', 'minister for foreign affairs': 'foreign minister',
  'minister of state for foreign affairs': 'minister', 'minister of state': 'minister', 'minister of defense': 'defense minister', 'minister of defence': 'defense minister',
  'minister of finance': 'finance minister', 'minister of the interior': 'interior minister', 'minister of interior': 'interior minister',
  'secretary of state': 'secretary of state', secretary: 'secretary',
  // a minister in Kenya's cabinet (seen: news-dev kenya-haiti-mss-readout, news-fresh6 uae-abz-unga79-meetings)
  'cabinet secretary': 'minister',
  // a head of government's adviser on security (seen: news-fresh6 modi-hiroshima-g7-bilaterals-readout, news-dev second-thomas-shoal-analysis)
  'national security adviser': 'national security adviser', 'national security advisor': 'national security adviser',
  // a chamber's presiding officer (seen: news-fresh nato-washington-summit-2024-greek-readout, news-fresh6 pelosi-taiwan-visit-live)
  speaker: 'speaker', 'house speaker': 'speaker', 'state secretary': 'secretary',
  'foreign secretary': 'foreign secretary', 'home secretary': 'home secretary',
  ambassador: 'ambassador', envoy: 'envoy', 'special envoy': 'envoy', spokesman: 'spokesperson', spokeswoman: 'spokesperson',
  spokesperson: 'spokesperson', senator: 'senator', sen: 'senator', representative: 'representative', rep: 'representative',
  congressman: 'representative', congresswoman: 'representative', governor: 'governor', gov: 'governor',
  'lt gov': 'lieutenant governor', 'lieutenant governor': 'lieutenant governor', mayor: 'mayor',
  judge: 'judge', justice: 'judge', 'chief justice': 'chief justice', prosecutor: 'prosecutor', 'chief prosecutor': 'prosecutor',
  'attorney general': 'attorney general', attorney: 'attorney', commissioner: 'commissioner', inspector: 'inspector',
  director: 'director', administrator: 'administrator', 'director general': 'director', 'director-general': 'director', chief: 'chief', commander: 'commander',
  general: 'general', gen: 'general', 'lt gen': 'general', 'maj gen': 'general', 'brig gen': 'general', admiral: 'admiral',
  // (a navy's ranks before a name: "Rear Admiral X", "Vice Admiral X"; seen news-fresh20 me-israel-strikes-iran-liveblog,
  // news-fresh14 iran-missile-barrage-israel-oct-2024, news-fresh aukus-san-diego-submarine-pathway-readout)
  'rear admiral': 'admiral', 'vice admiral': 'admiral',
  adm: 'admiral', colonel: 'colonel', col: 'colonel', 'lt col': 'colonel', major: 'major', maj: 'major', captain: 'captain',
  capt: 'captain', lieutenant: 'lieutenant', lt: 'lieutenant', sergeant: 'sergeant', sgt: 'sergeant', officer: 'officer',
  'police major': 'major', marshal: 'marshal', 'field marshal': 'marshal',
  pope: 'pope', cardinal: 'cardinal', archbishop: 'archbishop', bishop: 'bishop', rev: 'reverend', reverend: 'reverend',
  rabbi: 'rabbi', imam: 'imam', father: 'father',
  professor: 'professor', prof: 'professor', dr: 'doctor', doctor: 'doctor',
  mr: 'mr', mrs: 'mrs', ms: 'ms', miss: 'miss', sir: 'sir', dame: 'dame', lord: 'lord', lady: 'lady',
  'ranking member': 'ranking member', sens: 'senator', reps: 'representative',
  // the styles "Madam X", "Madame X" as "Mrs X" (seen: news-fresh32 af-botchwey-unga78-readout, news-fresh14
  // modi-tianjin-sco-readout-2025); a plural title before a list of names as "Sens." (news-fresh29
  // me-fuad-hussein-munich-2022-readout "Senators X and Y", news-fresh32 am-lula-washington-visit-readout "Representatives X, Y")
  madam: 'mrs', madame: 'mrs', senators: 'senator', representatives: 'representative',
  // forms of address before a name in government read-outs: the Commonwealth's "the Honourable", the Gulf's
  // "His Highness" (seen: news-fresh4 g7-charlevoix-joly-readout, news-fresh6 uae-abz-unga79-meetings)
  honourable: 'honourable', honorable: 'honourable', highness: 'highness',
  // the like for a monarch, a pope, an ambassador: "His Majesty King X", "His Holiness Pope X" (seen: news-fresh16 sa-modi-g7-apulia, news-fresh17 sa-india-uk-ceta-release)
  majesty: 'majesty', holiness: 'holiness', excellency: 'excellency', 'royal highness': 'highness',
  // China's rank above a minister, Myanmar's top army rank, a chamber's party leaders, Ireland's head of government, a prosecutor (seen: news-fresh5 egypt-shoukry-oic-islamabad-readout, news-fresh6 solomon-islands-china-security-pact-analysis,
  // news-fresh7 bilawal-goa-sco-cfm-readout, news-fresh8 wang-yi-pacific-tour-readout, myanmar-earthquake-aid-live;
  // news-fresh nato-washington-summit-2024-greek-readout; news-fresh11 eu-summit-ukraine-moldova-talks-live, imamoglu-arrest-turkey-opposition-analysis)
  'state councilor': 'state councilor', 'state councillor': 'state councilor', 'senior general': 'general',
  'majority leader': 'leader', 'minority leader': 'leader', taoiseach: 'prime minister',
  'public prosecutor': 'prosecutor', 'chief public prosecutor': 'prosecutor',
  correspondent: 'correspondent', correspondents: 'correspondent', reporter: 'reporter', 'ceo': 'chief executive', 'chief executive': 'chief executive', founder: 'founder', 'co-founder': 'founder',
};

/**
 * Last words of a minister's portfolio, never a body's name of their own: "Cabinet Secretary for Foreign and Diaspora
 * Affairs", "Director-General for Political Affairs" (seen: news-fresh4 mirzoyan-osce-skopje-readout,
 * uae-shakhboot-unga78-africa; news-fresh6 uae-abz-unga79-meetings). A body keeps them after its head word
 * ("Ministry of Foreign Affairs").
 */
// ("Minister for Defence Industry, X": seen news-fresh5 pacific-islands; "Tourism" the same way in "Minister for Culture and Tourism X")
export const PORTFOLIO_LAST_WORDS = new Set(['affairs', 'industry', 'tourism']);

/**
 * Words of a government portfolio, written after a minister's or secretary's title with "of"/"for" and joined by "and"
 * or commas: "Minister of Foreign Affairs and International Cooperation of Zambia, X", "Minister of Infrastructure X",
 * "Secretary of Foreign Relations, X". The title runs over them, so they are never read as a name, nor joined to the
 * holder's name. (seen: news-fresh9 abdelatty-unga79-africa, black-sea-grain-deal-istanbul; news-fresh6
 * cavusoglu-antalya-diplomacy-forum-2022; news-fresh7 safadi-alula-munich-leaders-readout; news-fresh4
 * uae-shakhboot-unga78-africa; news-fresh mexico-ecuador-embassy-raid-press-release)
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  'foreign', 'affairs', 'international', 'cooperation', 'co-operation', 'relations', 'immigration', 'emigration', 'expatriates',
  'diaspora', 'integration', 'infrastructure', 'development', 'security', 'policy', 'commonwealth', 'trade', 'industry', 'commerce',
  'investment', 'health', 'finance', 'economy', 'economic', 'planning', 'defence', 'defense', 'interior', 'justice', 'education',
  'energy', 'environment', 'climate', 'agriculture', 'tourism', 'culture', 'transport', 'communications', 'labour', 'labor',
  'employment', 'home', 'human', 'services', 'social', 'welfare', 'information', 'technology', 'science', 'innovation', 'public',
  'works', 'housing', 'water', 'resources', 'mines', 'petroleum', 'fisheries', 'forestry', 'youth', 'sports', 'women', 'family',
  'veterans', 'treasury', 'digital', 'regional', 'european', 'national', 'internal', 'external', 'humanitarian', 'emergency',
  'emergencies', 'disaster', 'management', 'reconstruction', 'territories', 'administration', 'citizenship', 'migration',
  // a minister's or a director's portfolio as well ("Minister for Information and Broadcasting X", "Director of
  // Communications X", "Director of National Intelligence X": seen news-fresh11 and news-fresh13 read-outs of cabinets)
  'broadcasting', 'intelligence', 'prosecutions', 'protocol',
  // Algeria's "Minister of Foreign Affairs and (the) National Community Abroad" (news-fresh17 two read-outs, -19, -28); the
  // public service ("of Public Service and Administration", Re-DocRED dev only: no second text found in session 16, and
  // without it Re-DocRED dev gains a wrong edge; "natural" went in session 16: no figure moved without it)
  'community', 'abroad', 'service',
  // "Higher Education Minister X", "Minister of Higher Education X" (news-fresh15, news-fresh28)
  'higher',
]);
/** Titles that a portfolio may follow: "Minister of Infrastructure", "Secretary of Health and Human Services". */
export const PORTFOLIO_HOLDERS: ReadonlySet<string> = new Set(['minister', 'secretary', 'director', 'commissioner', 'foreign minister', 'foreign secretary', 'defense minister', 'finance minister', 'interior minister']);

/**
 * Honorifics of address written before a name in South Asian read-outs ("Prime Minister Shri Narendra Modi", "Smt. X"):
 * no part of the name, no title of an office. They are stripped from name spans before typing, and a title before
 * them still reaches the name. (seen: news-fresh9 modi-rio-g20-bilaterals, news-fresh g20-new-delhi-african-union-readout,
 * news-fresh6 modi-hiroshima-g7-bilaterals-readout)
 */
// Iran's "Seyyed" and a monarch's "His Majesty" the same way (seen: news-fresh11 araghchi-unga79-new-york-meetings-readout, news-fresh4 uae-shakhboot-unga78-africa)
// Commonwealth and Malaysian styles the same way, each seen in two texts or more: "the Rt. Hon. X", "Hon. X" (news-fresh17
// sa-india-uk-ceta-release, news-fresh19 sa-dahal-india-visit-readout, news-fresh25 ea-takaichi-gyeongju-apec-readout,
// news-fresh26 sa-oli-beijing-visit-readout, news-fresh29 ea-sogavare-beijing-partnership-readout); "Datuk Seri X",
// "Dato' Seri X" (news-fresh24 ea-anwar-lima-apec-readout, news-fresh28 ea-anwar-china-visit-readout)
export const HONORIFICS: ReadonlySet<string> = new Set([
  'shri', 'shree', 'sri', 'smt', 'shrimati', 'srimati', 'kumari', 'thiru', 'selvi', 'seyyed', 'sayyid', 'majesty',
  'rt', 'hon', 'datuk', 'dato', "dato'", 'seri',
]);
/** Honorifics that only continue a run of styles ("Datuk Seri X"), never open one: "the Seri Perdana Complex" is a name. */
export const CONTINUING_HONORIFICS: ReadonlySet<string> = new Set(['seri']);
/**
 * Styles that news-wire annotation (CoNLL04) counts as part of the name when written bare ("his deputy, Datuk X"), as it
 * does "Mrs." (TITLES_KEPT_IN_NAME); after a title they are outside it ("Foreign Minister Datuk Seri X").
 */
export const STYLES_KEPT_BARE: ReadonlySet<string> = new Set(['datuk', 'dato', "dato'", 'seri']);
/**
 * Styles of address written before a holder's name and no part of it: "the President of X, H.E. Mr. Y" (compromise
 * normalises "H.E." to "he": callers read the written text), "Canada's foreign minister, the Honourable X". The
 * resolver, the clause layer and the relations' title reading each step over them (with their own additions), each
 * with HONORIFICS too, which holds "Hon." ('hon') once for both.
 */
export const STYLES_OF_ADDRESS: ReadonlySet<string> = new Set(['h.e.', 'h.e', 'excellency', 'honourable', 'honorable']);

/**
 * Endings of abstract nouns, never of a person's given name or surname, with the least length of a word that ends so
 * ("Neighbourhood" but not "Hood", "Settlement" but not "Clement"): a capitalised phrase ending in one ("Permanent
 * Neutrality", "Economic Prosperity", "National Unity", "Electoral Observation Mission") is a theme, a policy or a
 * cut-off piece of a longer name, no person. (seen: news-fresh9 rubio-panama-belt-and-road, south-africa-gnu-analysis;
 * news-fresh8 african-peace-mission-kyiv-stpetersburg-live; news-fresh7 zimbabwe-chamisa-rejects-mnangagwa-win,
 * fidan-3plus3-istanbul-readout; news-fresh6 summit-of-the-americas-la-analysis, cavusoglu-antalya-diplomacy-forum-2022)
 */
export const ABSTRACT_NOUN_ENDINGS: ReadonlyArray<readonly [ending: string, minLength: number]> = [
  ['ity', 5], ['tion', 7], ['sion', 7], ['ism', 6], ['ship', 7], ['hood', 7], ['ness', 7], ['ment', 9], ['acy', 8],
];

/**
 * Endings of the adjectives of a people, a faith or a creed ("Jewish", "Kurdish", "Islamist", "Peronist"): written alone
 * before a lower-case noun ("the city's Jewish community", "the Islamist group") such a word modifies it and names nothing
 * (seen: news-fresh14 herzog-ankara-visit-2022, news-fresh17 me-iran-iraq-security-pact-analysis, news-fresh5
 * milei-wins-argentina-runoff, news-fresh assad-fall-twelve-days-analysis). Minimum length 6: "Irish", "Danish" are demonyms.
 */
export const GROUP_ADJECTIVE_ENDINGS: readonly string[] = ['ish', 'ist'];

/** Titles whose "for" names a portfolio ("Minister for Trade"); after others it names an employer ("a spokeswoman for Ikea"). */
export const PORTFOLIO_TITLES = new Set(['minister', 'secretary', 'commissioner', 'director-general']);

/** Words that may stand between a modifier and a title without being part of it ("former", "acting"). */
export const TITLE_MODIFIERS = new Set(['former', 'acting', 'late', 'then', 'deputy', 'vice', 'assistant', 'interim', 'retired', 'outgoing', 'incoming', 'first', 'foreign', 'finance', 'defense', 'defence', 'interior', 'economy', 'trade', 'justice']);

/**
 * Honorifics that news-wire annotation (CoNLL04) counts as part of the name when written bare before it:
 * "Mrs. Toth", "Gen. Samuel K. Doe". After a modifier ("Russian Gen. X") the title stays outside.
 */
export const TITLES_KEPT_IN_NAME = new Set(['mr', 'mrs', 'ms', 'miss', 'rev', 'prince', 'princess', 'officer', 'sir', 'dame', 'gen']);

/** Last words that make a capitalised phrase an organisation. */
export const ORG_HEADS = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'ag', 'gmbh', 'sa', 'company', 'corporation', 'group', 'holdings', 'industries',
  'association', 'society', 'institute', 'institution', 'university', 'college', 'academy', 'school', 'party', 'union',
  'front', 'movement', 'army', 'navy', 'force', 'forces', 'guard', 'police', 'brigade', 'brigades', 'militia', 'ministry',
  'department', 'commission', 'committee', 'council', 'court', 'tribunal', 'bank', 'agency', 'administration', 'network',
  'television', 'tv', 'radio', 'news', 'times', 'post', 'journal', 'press', 'herald', 'tribune', 'gazette', 'daily',
  'magazine', 'newspaper', 'church', 'foundation', 'fund', 'organization', 'organisation', 'federation', 'league',
  'congress', 'senate', 'parliament', 'assembly', 'service', 'services', 'bureau', 'office', 'board', 'authority',
  'endowment', 'club', 'team', 'airlines', 'airways', 'railways', 'center', 'centre', 'cabinet', 'government', 'alliance', 'coalition',
  'fleet', 'corps', 'secretariat', 'chamber', 'studies', 'research', 'laboratory', 'laboratories', 'systems', 'motors',
  'enterprises', 'partners', 'associates', 'properties', 'trust', 'exchange', 'reserve', 'command', 'directorate',
  'duma', 'knesset', 'politburo', 'junta', 'regime', 'caucus', 'cartel', 'conference', 'hospital', 'museum', 'community', 'cooperation', 'co-operation',
  'tech', 'firm', 'depository', 'hotel', 'motel', 'theater', 'theatre', 'subcommittee', 'patrol', 'shipyard', 'shipyards', 'mills', 'works',
  // labels, studios and ensembles (Re-DocRED dev, each in two documents or more: "Epic Records", "Capistrano Films")
  'records', 'films', 'pictures', 'studios', 'publishing', 'media', 'communications', 'orchestra', 'philharmonic', 'ensemble', 'conservatory',
  // clubs' abbreviations after the name ("Puskás Akadémia FC"; Re-DocRED dev, several documents)
  'fc', 'sc', 'sk', 'fk', 'afc', 'cf',
]);

/**
 * Head words of other languages that news keeps untranslated in a name, anywhere in it (Malay and Spanish put the head
 * first, Hindi last): a coalition or party, a movement, a palace or a hall. Without them an unfamiliar two-word name
 * reads as a person's by its shape (seen: news-fresh11 anwar-sworn-in-malaysia-hung-parliament "Barisan Nasional",
 * "Istana Negara"; news-fresh10 guatemala-arevalo-inauguration-live "Movimiento Semilla", news-fresh8
 * villavicencio-quito-killing-wire; news-fresh6 lula-celac-buenos-aires-readout, news-fresh10 imf-argentina "Casa Rosada";
 * news-fresh g20-new-delhi-african-union-readout "Bharat Mandapam", news-fresh9 nepal-genz-live "Shital Niwas").
 */
export const FOREIGN_NAME_HEADS: Readonly<Record<string, 'ORGANIZATION' | 'LOCATION'>> = {
  // coalitions, parties, fronts, movements, councils
  barisan: 'ORGANIZATION', pakatan: 'ORGANIZATION', perikatan: 'ORGANIZATION', gabungan: 'ORGANIZATION', parti: 'ORGANIZATION',
  partai: 'ORGANIZATION', partido: 'ORGANIZATION', partito: 'ORGANIZATION', partei: 'ORGANIZATION', partisi: 'ORGANIZATION',
  gerakan: 'ORGANIZATION', movimiento: 'ORGANIZATION', movimento: 'ORGANIZATION', mouvement: 'ORGANIZATION', frente: 'ORGANIZATION',
  rassemblement: 'ORGANIZATION', hizb: 'ORGANIZATION', harakat: 'ORGANIZATION', jabhat: 'ORGANIZATION', majlis: 'ORGANIZATION', morcha: 'ORGANIZATION',
  // palaces, houses, halls, residences
  istana: 'LOCATION', casa: 'LOCATION', palacio: 'LOCATION', 'palácio': 'LOCATION', palais: 'LOCATION', palazzo: 'LOCATION',
  qasr: 'LOCATION', bhavan: 'LOCATION', bhawan: 'LOCATION', niwas: 'LOCATION', mandapam: 'LOCATION',
};

/** First words that make a capitalised phrase an organisation: a club's abbreviation before its name ("FK Partizan", "AFC Bournemouth"). */
export const ORG_FIRST_WORDS = new Set(['fc', 'sc', 'sk', 'fk', 'afc', 'cf']);

/** Last words that make a capitalised phrase a place. */
export const LOC_HEADS = new Set([
  'city', 'county', 'province', 'district', 'state', 'region', 'territory', 'river', 'lake', 'mountain', 'mountains',
  'mount', 'mt', 'island', 'islands', 'isle', 'street', 'st', 'square', 'avenue', 'ave', 'boulevard', 'hall',
  'palace', 'bridge', 'ocean', 'sea', 'valley', 'desert', 'park', 'airport', 'bay', 'coast', 'peninsula', 'canal', 'gulf',
  'strait', 'straits', 'plaza', 'tower', 'towers', 'castle', 'cathedral', 'mosque', 'temple', 'stadium', 'building',
  'highway', 'channel', 'harbor', 'harbour', 'port', 'beach', 'heights', 'hills', 'falls', 'springs', 'canyon', 'forest',
  'plateau', 'basin', 'strip', 'bank', 'corridor', 'base', 'station', 'plant', 'prison', 'camp', 'village', 'town',
  'wells', 'pass', 'flats', 'wall', 'point', 'rapids', 'creek', 'township', 'parish', 'borough', 'oblast', 'krai',
  'counties', 'parishes', 'provinces', 'districts', 'rivers', 'lakes', 'arena',
  // (Re-DocRED dev, each in two documents or more: "Ottoman Empire", "Sylvania Wilderness", "Whitemud Drive")
  'empire', 'wilderness', 'area', 'voivodeship', 'governorate', 'reservoir', 'drive', 'cemetery', 'reservation', 'hemisphere', 'gate',
  'monastery', // (news-dev "Carmelite Monastery", Re-DocRED dev "Geghard Monastery")
  // buildings and retreats that host talks (news-fresh "Andrew W. Mellon Auditorium", news-dev "Laurel Lodge")
  'auditorium', 'lodge',
]);

/**
 * Modifiers that make a "Center" a venue, a building (SCHEMA: LOCATION), not a body: "National Convention Center",
 * "Expo Center"; "the Carter Center" or "Center for Strategic Studies" stays a body.
 */
export const VENUE_CENTER_MODIFIERS = new Set(['convention', 'conference', 'exhibition', 'expo', 'congress', 'trade', 'sports', 'shopping', 'events', 'cultural', 'performing']);

/**
 * Heads of institutions housed in a building of their name: after "at", "in", "outside" the name is the
 * building (SCHEMA: LOCATION, "hosted the summit at the Museum of Modern Art"); as an actor it is the body
 * ("the Guggenheim Museum said", "who runs the X Museum").
 */
export const INSTITUTION_VENUE_HEADS = new Set(['museum', 'gallery', 'library', 'theater', 'theatre', 'opera', 'hotel', 'hospital']);

/**
 * Lower-case words of position between "in"/"near" and a one-word name: "in nearby Mitrovica" (news-fresh30
 * eu-zvecan-kfor-clashes-live), "in suburban Larchmont" (CoNLL04 dev), "in eastern Ladakh": the name is a place as after "in".
 */
export const PLACE_POSITION_WORDS: ReadonlySet<string> = new Set([
  'nearby', 'suburban', 'neighbouring', 'neighboring', 'downtown', 'rural', 'northern', 'southern', 'eastern', 'western', 'central',
  'northeastern', 'northwestern', 'southeastern', 'southwestern',
]);

/** Prepositions and verbs of visiting that make a venue's name its building: "at the Museum of Modern Art", "toured the Louvre Museum". */
export const VENUE_PREPOSITIONS = new Set(['at', 'in', 'inside', 'outside', 'near', 'from', 'to', 'into', 'opposite', 'beside', 'visited', 'toured']);

/**
 * Spanish, Portuguese and Italian words for a square, a palace, an airport, written first ("Plaza Murillo", "Palacio
 * Quemado", "Aeroparque Jorge Newbery", "Piazza Venezia"; seen: news-fresh4 bolivia-coup-attempt-analysis,
 * news-fresh6 lula-celac-buenos-aires-readout). The place is often named after a person ("Plaza San Martín",
 * news-fresh30 am-vizcarra-ousted-merino-live; "Plaza Gerardo Barrios", news-fresh24 am-bukele-second-term-wire), so the
 * word outweighs a given name after it.
 */
export const VENUE_FIRST_WORDS: ReadonlySet<string> = new Set(['plaza', 'praça', 'piazza', 'palacio', 'palácio', 'palazzo', 'aeroparque', 'aeropuerto', 'aeroporto']);

/** First words of place names: "Port Nolloth", "Fort Worth", "San Antonio", "Ciudad Madero". */
export const LOC_FIRST_WORDS = new Set(['port', 'fort', 'ft', 'mount', 'mt', 'lake', 'cape', 'san', 'santa', 'santo', 'st', 'saint', 'los', 'las', 'el', 'ciudad', 'puerto', 'porto', 'rio', 'sao', 'bad', 'ras', 'tel', 'kafr', 'al', 'new', 'north', 'south', 'east', 'west', 'upper', 'lower',
  ...VENUE_FIRST_WORDS]);

/** Place heads that, once "of" follows, start a name: "Great Hall of the People", "Gulf of Aden". */
// ("house" is no place before "of": "House of Commons", "House of Representatives", "House of Bourbon" are bodies)
export const LOC_HEADS_BEFORE_OF = new Set(['hall', 'palace', 'gulf', 'bay', 'sea', 'isle', 'cape', 'strait', 'straits', 'tomb', 'statue', 'church', 'cathedral', 'city', 'republic', 'kingdom', 'state', 'island', 'islands', 'lake', 'mount', 'valley',
  // a ceasefire or boundary line (seen: news-fresh india-pakistan-sindoor-ceasefire-live "Line of Control", news-fresh4 jaishankar-vientiane-asean-readout "Line of Actual Control")
  'line']);

/** Last words that make a capitalised phrase a named event. */
export const EVENT_HEADS = new Set([
  'war', 'forum', 'summit', 'conference', 'games', 'olympics', 'olympiad', 'cup', 'championship', 'championships',
  'election', 'elections', 'crisis', 'revolution', 'uprising', 'massacre', 'genocide', 'offensive', 'invasion', 'talks',
  'festival', 'expo', 'exposition', 'congress', 'dialogue', 'meeting', 'assembly', 'conflict', 'intifada', 'spring',
]);

/** Lower-case event heads after "X-Y" or "X" in news: "the Israel-Hamas war", "the Ukraine conflict". */
export const LOWER_EVENT_HEADS = new Set(['war', 'conflict', 'crisis', 'talks', 'summit', 'ceasefire', 'truce']);

/** Last words of named initiatives, treaties and laws (SCHEMA's OTHER). */
export const OTHER_HEADS = new Set(['initiative', 'route', 'treaty', 'accord', 'accords', 'agreement', 'act', 'protocol', 'convention', 'charter', 'doctrine', 'plan', 'program', 'programme', 'resolution', 'declaration', 'pact', 'deal', 'strategy', 'report']);

/**
 * First words that make a capitalised phrase a named event: "Operation Barkhane", "Operation Vistula"
 * (a military operation's code name; news-dev and Re-DocRED dev).
 */
export const EVENT_FIRST_WORDS = new Set(['operation',
  // a named storm ("Hurricane Agatha", "Typhoon Haiyan"; news-fresh6 summit-of-the-americas-la-analysis, Re-DocRED dev)
  'hurricane', 'typhoon', 'cyclone', 'storm']);

/**
 * Verbs after "the X" that make an unknown one-word X a publisher or another body, never a person (a person's
 * name takes no article): "The Independent reported", "the Court said", "the Times said".
 */
export const BODY_SPEECH_VERBS = new Set(['said', 'says', 'reported', 'reports', 'wrote', 'quoted', 'cited', 'published', 'added', 'noted', 'stated', 'announced']);

/** Conference and event heads that can also be an organisation's last word; the event reading wins only after "X and Y". */
export const ORG_OR_EVENT = new Set(['conference', 'congress', 'assembly']);

/** Organisation heads that take an "of ..." complement: "Institute of Mechanics", "Ministry of Foreign Affairs". */
export const ORG_HEADS_BEFORE_OF = new Set([
  'institute', 'university', 'college', 'academy', 'school', 'ministry', 'department', 'council', 'committee', 'court',
  'bank', 'agency', 'commission', 'union', 'league', 'federation', 'association', 'society', 'organization',
  'organisation', 'party', 'church', 'office', 'board', 'bureau', 'chamber', 'house', 'center', 'centre', 'museum',
  'conference', 'congress', 'assembly', 'parliament', 'secretariat', 'friends', 'army', 'front', 'movement', 'fund',
  'foundation', 'corps', 'order', 'daughters', 'sons', 'knights', 'board', 'tribunal', 'cabinet', 'government',
  'group', 'bank', 'school', 'chiefs', 'federation', 'confederation', 'coalition', 'alliance', 'community',
]);

/**
 * Words of a place's name that news abbreviates ("St Vincent and the Grenadines", "Mt. Kenya", "Ft. Worth"):
 * the gazetteer also matches a name with the short form in place of the long one, and the long in place of the short.
 */
export const NAME_WORD_ABBREVIATIONS: Record<string, string> = { saint: 'st', mount: 'mt', fort: 'ft' };

/**
 * Connectors that belong to personal names ("Javier Perez de Cuellar", "Ludwig van Beethoven"), and to place names of
 * the same build: Swahili's "es" ("Dar es Salaam"), German's "am" ("Frankfurt am Main"), Urdu's "ul" ("Siraj ul Haq")
 * (seen: news-fresh16 eu-reichsburger-raids-analysis, news-fresh7 bilawal-goa-sco-cfm-readout, Dar es Salaam in two news sets);
 * Arabic's "bint", a daughter's "bin" (news-fresh10 biden-jeddah-live-2022 "Reema bint Bandar", news-fresh21 me-faisal-oic-jeddah-readout).
 */
export const PERSON_PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'el', 'bin', 'bint', 'ibn', 'y', 'es', 'am', 'ul']);

/**
 * Words that carry an Arabic lineage on after a name ("Faisal bin Farhan bin Abdullah"), and that open a family name
 * ("Al Nahyan"; a hyphened "Al-Thani" is read by its part before the hyphen) (seen: news-fresh10 biden-jeddah-live-2022,
 * news-fresh21 me-faisal-oic-jeddah-readout).
 */
export const LINEAGE_WORDS: ReadonlySet<string> = new Set(['bin', 'bint', 'ibn']);
export const FAMILY_OPENERS: ReadonlySet<string> = new Set(['Al', 'Bin', 'Ibn']);

/** Small words allowed inside a multi-word name when a capitalised word follows them: a name's particles and these. */
export const NAME_CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'on', 'des', 'e', ...PERSON_PARTICLES]);

/** A two-word particle between a person's names ("Juan Ramón de la Fuente", "Rafael van der Vaart"): its first and second words. */
export const PARTICLE_PAIR_FIRSTS: ReadonlySet<string> = new Set(['de', 'van', 'von']);
export const PARTICLE_PAIR_SECONDS: ReadonlySet<string> = new Set(['la', 'las', 'los', 'der', 'den']);

/** The days of the week, Sunday first (a date's weekday is its index here), and the months' names, January first. */
export const WEEKDAYS: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const MONTH_NAMES: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/**
 * Capitalised words that are never a name on their own: sentence openers, calendar words,
 * and the section labels of wire copy ("Text", "Photo").
 */
export const NOT_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
  'their', 'our', 'my', 'your', 'but', 'and', 'or', 'if', 'when', 'while', 'although', 'though', 'as', 'at', 'in', 'on',
  'by', 'for', 'from', 'to', 'with', 'after', 'before', 'during', 'since', 'until', 'under', 'over', 'about', 'yes', 'no',
  'not', 'so', 'then', 'there', 'here', 'also', 'even', 'only', 'both', 'all', 'some', 'many', 'most', 'one', 'two',
  ...WEEKDAYS, ...MONTH_NAMES, 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gmt', 'utc', 'am', 'pm', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'bst', 'cet',
  // time zones after a live blog's clock time ('6:40 p.m. ET'; seen: news-fresh16 am-canada-election-2025-live, news-fresh6 romania-runoff-dan-simion-live)
  'et', 'eet', 'eest', 'cest', 'pkt', 'msk', 'jst', 'wib', 'text', 'photo', 'excerpt', 'excerpts',
  'editorial', 'commentary', 'report', 'update', 'correction', 'analysis', 'opinion', 'news', 'today', 'yesterday',
  'tomorrow', 'staff', 'writer', 'by', 'according', 'meanwhile', 'however', 'moreover', 'for',
  'highlight', 'highlights', 'history', 'god', 'gdp', 'gnp', 'cpi', 'lord', 'state', 'government', 'republican', 'democrat',
  // ("the President of the Republic", "the Kingdom's foreign minister": a state named by its form alone; news-fresh26,
  // news-fresh27 read-outs, news-fresh21 and news-fresh27 on Saudi Arabia; "Czech Republic" joins as SOFT_NOT_NAMES say)
  'republic', 'kingdom',
  'democrats', 'republicans', 'communist', 'communists', 'socialist', 'liberal', 'conservative', 'christmas', 'easter',
  'thanksgiving', 'ramadan', 'english', 'spanish', 'french', 'arabic', 'in', 'who', 'what', 'where', 'why', 'how',
  'will', 'would', 'could', 'should', 'can', 'did', 'does', 'do', 'is', 'was', 'are', 'were', 'has', 'have', 'had',
  'between', 'against', 'without', 'within', 'among', 'phd', 'note',
  // eras, and bracket escapes of tokenised text ("-LCB-")
  'bc', 'ad', 'lcb', 'rcb', 'lrb', 'rrb', 'lsb', 'rsb',
]);

/**
 * Acronyms that are common nouns, never a name standing alone: a medium or a device ("on TV", "released on CD and
 * DVD", "an LP", "101.5 FM", "GPS"), an era ("BCE"). Seen: news-fresh10 ("TV"), news-fresh ("GPS"); Re-DocRED dev
 * ("TV" 9 documents, "CD" 6, "DVD" 3, "LP" 2, "FM" 2, "BCE" 2). A longer name keeps them ("Al Jazeera TV").
 */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set(['tv', 'cd', 'cds', 'dvd', 'dvds', 'lp', 'fm', 'gps', 'bce']);

/** Postal abbreviations of US states as news wire writes them after a town: "Bethany, Conn.". */
export const US_STATE_ABBREVIATIONS = new Set([
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'nh', 'nj', 'nm', 'ny', 'nc', 'nd', 'okla', 'ore', 'pa',
  'ri', 'sc', 'sd', 'tenn', 'tex', 'vt', 'va', 'wash', 'wis', 'wyo', 'wva', 'dc',
]);

/** Prepositions after which an unknown single capitalised word is most likely a place. */
export const LOCATIVE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'outside', 'across', 'toward', 'towards', 'via', 'through', 'around', 'throughout', 'inside']);

/** Words before "to" whose object is a source or a partner, not a place: "according to X", "married to X", "thanks to X". */
export const NOT_DESTINATIONS_BEFORE_TO = new Set(['according', 'married', 'thanks', 'engaged', 'wed', 'related', 'similar', 'compared', 'opposed']);

/** Verbs of saying: an unknown name next to them is most likely a person. */
export const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'asked', 'stated', 'declared', 'wrote', 'explained', 'noted', 'argued', 'insisted', 'warned', 'announced', 'claimed', 'recalled', 'replied', 'testified', 'asserted', 'contended', 'conceded', 'acknowledged', 'remarked', 'recounted', 'quipped']);

/** Nouns of an appositive that describe a person: "Tal, a senior Defense Ministry official". */
export const PERSON_NOUNS = new Set([
  'official', 'officials', 'appointee', 'member', 'resident', 'native', 'veteran', 'candidate', 'citizen', 'employee',
  'executive', 'leader', 'lawyer', 'attorney', 'businessman', 'businesswoman', 'activist', 'aide', 'adviser', 'advisor',
  'spokesman', 'spokeswoman', 'diplomat', 'politician', 'legislator', 'lawmaker', 'judge', 'student', 'scientist',
  'researcher', 'worker', 'owner', 'manager', 'partner', 'man', 'woman', 'director', 'chief', 'head', 'writer', 'author', 'spy', 'assassin', 'suspect', 'gunman', 'soldier',
]);

/** Nouns after a possessive name that make the name a person's: "Dole's wife", "Belli's clients". */
export const PERSON_POSSESSIONS = new Set([
  'wife', 'husband', 'widow', 'son', 'sons', 'daughter', 'daughters', 'children', 'mother', 'father', 'brother', 'sister',
  'family', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'client', 'clients', 'visit', 'death', 'murder', 'killing',
  'assassination', 'assassin', 'killer', 'aide', 'aides', 'campaign', 'nomination', 'career', 'friends', 'friend', 'involvement',
]);

/** Verbs whose object is a person: an unknown name right after them is most likely one ("shooting Lennon"). */
export const PERSON_OBJECT_VERBS = new Set([
  'kill', 'killed', 'killing', 'kills', 'shot', 'shooting', 'shoot', 'murdered', 'murdering', 'murder', 'assassinated',
  'assassinating', 'assassinate', 'executed', 'stabbed', 'wounded', 'arrested', 'kidnapped', 'abducted', 'strangled',
]);

/**
 * Nouns for a body's people written right after its name: "an Emery employee", "Burlington spokesman Gus Melonas",
 * "Solidarity supporters". A name before them (not a known place) is an organisation's.
 */
export const ORG_MEMBER_NOUNS = new Set([
  'employee', 'employees', 'spokesman', 'spokeswoman', 'spokesperson', 'executive', 'executives', 'official', 'officials',
  'supporters', 'member', 'members', 'shareholders', 'stockholders', 'attorney', 'attorneys', 'lawyer', 'lawyers', 'president',
  'chairman', 'director', 'analyst', 'analysts', 'workers', 'staff', 'staffers', 'board',
]);

/**
 * Nouns for a kind of body written right after its name, outside it: "Bukele's Nuevas Ideas party", "the centre-right
 * Popular Action party". A name before one (not a known place) is the body's, never a person's.
 * Seen: news-fresh24 (am-bukele-second-term-wire "Nuevas Ideas party"), news-fresh19 (am-castro-sworn-in-tegucigalpa-wire
 * "Libre party"), news-fresh14 (mozambique-mondlane-aides-killed-live "Podemos party"), news-fresh30 (am-vizcarra-ousted-merino-live
 * "Popular Action party").
 */
export const ORG_KIND_NOUNS_AFTER = new Set(['party']);

/** Nouns for what a company runs, written right after its name: "his Truth Social platform", "the Signal app". */
export const ORG_SERVICE_NOUNS = new Set(['platform', 'app', 'website', 'site', 'channel', 'messenger', 'account', 'accounts', 'feed']);

/** Nouns for a kind of body written right before its name: "the Chilean copper company Codelco", "the investment firm X". */
export const ORG_KIND_NOUNS = new Set([
  'company', 'firm', 'corporation', 'manufacturer', 'manufacturers', 'maker', 'airline', 'carrier', 'bank', 'retailer',
  'chain', 'conglomerate', 'newspaper', 'daily', 'weekly', 'magazine', 'station', 'broadcaster', 'organization',
  'organisation', 'group', 'party', 'agency', 'subsidiary', 'supplier', 'contractor', 'publisher',
  // "the television channel Al-Manar", "Al Masirah, the Houthi-run television channel" (news-fresh27, news-fresh22)
  'channel',
  // "the rock band Shturtzite", "the skiing club SK Ull" (Re-DocRED dev: "band" before a name in a dozen documents, "club" in five)
  'band', 'club',
]);

/** Plural nouns for kinds of bodies that introduce a list of their names: "airlines flying the 737-300s are Aloha, Delta, ...". */
export const ORG_KIND_PLURALS = new Set([
  'airlines', 'carriers', 'companies', 'firms', 'corporations', 'banks', 'manufacturers', 'makers', 'retailers', 'chains',
  'newspapers', 'networks', 'broadcasters', 'publishers', 'automakers', 'insurers', 'unions', 'parties', 'teams', 'clubs',
]);

/**
 * Languages, as a monitoring service's source line names them after a paper or station:
 * "Cairo AL-AHALI in Arabic", "London Kanal-6 Television in Turkish".
 */
export const LANGUAGES = new Set([
  'english', 'arabic', 'russian', 'spanish', 'french', 'german', 'portuguese', 'chinese', 'mandarin', 'japanese', 'korean',
  'turkish', 'greek', 'italian', 'hebrew', 'persian', 'farsi', 'urdu', 'hindi', 'ukrainian', 'polish', 'czech', 'slovak',
  'hungarian', 'romanian', 'bulgarian', 'serbo-croatian', 'serbian', 'croatian', 'slovene', 'albanian', 'macedonian',
  'dutch', 'swedish', 'norwegian', 'danish', 'finnish', 'estonian', 'latvian', 'lithuanian', 'georgian', 'armenian',
  'azeri', 'kazakh', 'uzbek', 'thai', 'vietnamese', 'indonesian', 'malay', 'tagalog', 'khmer', 'burmese', 'bengali',
  'tamil', 'pashto', 'dari', 'kurdish', 'swahili', 'amharic', 'somali', 'hausa',
]);

/**
 * Lower-case nouns that news writes after a name as part of it, with the type they give: "the Najd plateau",
 * "the Sahara desert", "NHK network", "the Phnom Penh government" (a capital's name for its government).
 */
export const LOWER_NAME_HEADS: Record<string, 'LOCATION' | 'ORGANIZATION'> = {
  desert: 'LOCATION', plateau: 'LOCATION', cave: 'LOCATION', caves: 'LOCATION', hill: 'LOCATION', islands: 'LOCATION',
  peninsula: 'LOCATION', basin: 'LOCATION', canyon: 'LOCATION', glacier: 'LOCATION',
  network: 'ORGANIZATION', firm: 'ORGANIZATION', institute: 'ORGANIZATION', government: 'ORGANIZATION',
};

/**
 * Lower-case heads of a facility named after a place ("Attock jail", "the Rafah crossing", "Hindon air base", "the Kakhovka
 * dam"): the whole is the facility, another thing than the place, whatever kind of place the name is (a state's name
 * keeps no claim on them as it does on "government"). "region" and "province" are left out ("the Kursk region" is the
 * place Kursk itself), and so are words that more often only locate a city ("airport", "port", "camp").
 * Seen: news-fresh17 (sa-imran-khan-toshakhana-live "Attock jail", "Adiala jail"), news-fresh13 (erdogan-cairo-visit-sisi-2024
 * "Rafah crossing", myanmar-executions-asean-analysis "Insein prison"), news-fresh16 (eu-burgenstock-peace-summit-readout
 * "Zaporizhzhia nuclear power plant"), news-dev (hasina-yunus-interim "Hindon air base"), news-fresh9 (kakhovka-dam-breach-live).
 */
export const LOWER_PLACE_HEADS: readonly (readonly string[])[] = [
  ['prison'], ['jail'], ['crossing'], ['dam'], ['terminal'],
  ['air', 'base'], ['naval', 'base'], ['nuclear', 'plant'], ['nuclear', 'power', 'plant'], ['power', 'plant'],
];

/**
 * Lower-case heads of an administrative division written after its name ("the Kherson region", "Herat province",
 * "the Shevchenkivskyi district"): the division, another place than a city of that name. News calls a division by
 * both names, so resolution keeps the bare name among its names. A division the gazetteer holds keeps its entry
 * ("Punjab province" is Punjab), and a state's name is never one ("the Russia region" is no division of Russia).
 * Seen: news-fresh13 (kherson-withdrawal-live "Kherson region", kyrgyz-tajik-border-clashes-live "Batken province",
 * "Sughd region"), news-fresh16 (sa-herat-earthquake-live "Herat province"), news-fresh17 (eu-kramatorsk-station-strike-live
 * "Donetsk region", ea-kim-putin-vostochny "Amur region"), news-fresh20 (eu-prigozhin-plane-crash-liveblog "Tver region").
 */
export const DIVISION_HEADS = new Set(['region', 'province', 'district', 'oblast', 'governorate', 'prefecture', 'county']);

/** Gazetteer kinds of a division, whose entry a lower-case division head keeps ("Punjab province" is Punjab). */
export const DIVISION_KINDS: ReadonlySet<string> = new Set(['region', 'province', 'state', 'territory']);

/**
 * Lower-case heads of a place named after a word the gazetteer does not know ("the Dizmar forest", "the Margara
 * bridge", "Don Mueang airport"): the name and its head are one place, called by the bare name too. After a known
 * city they only locate it ("Kabul airport"), see LOWER_PLACE_HEADS for the facilities that never do.
 * Seen: news-fresh11 (raisi-helicopter-crash-east-azerbaijan "Dizmar forest"), news-fresh12 (turkey-earthquake-diplomacy-analysis-2023
 * "Margara bridge", new-caledonia-unrest-live-may-2024 "Magenta airport"), news-fresh16 (ea-thaksin-return-bangkok "Don Mueang
 * airport"), news-fresh10 (russia-strikes-kyiv-after-crimean-bridge-live "Crimean bridge").
 */
export const FEATURE_HEADS = new Set(['airport', 'bridge', 'forest', 'rainforest', 'palace', 'corridor', 'temple', 'barracks', 'garrison']);

/**
 * Place names that name a state abroad and a US state, kept in the gazetteer under the foreign state, with the
 * US state's entry to read instead when the sentence is American: "Atlanta, Georgia", "Georgia and Alabama".
 */
export const US_STATE_READINGS: Record<string, string> = { 'country:GEO': 'loc:us-georgia' };

/** Nouns after a place's name for the people from it: "a Modesto native", "Wilmington residents". */
export const PLACE_PEOPLE_NOUNS = new Set(['native', 'natives', 'resident', 'residents', 'townspeople', 'villagers']);

/**
 * Kin before "of" that make the name after it a person's: "the son of Indra", "a close friend of X" (Re-DocRED dev: "son of",
 * "daughter of", "sister of", "children of", "friend of" in documents 226, 460, 357, 444, 289).
 */
export const KIN_OF_WORDS = new Set([
  'son', 'sons', 'daughter', 'daughters', 'child', 'children', 'wife', 'husband', 'widow', 'widower', 'mother', 'father', 'parents',
  'brother', 'brothers', 'sister', 'sisters', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'nephew', 'niece',
  'uncle', 'aunt', 'cousin', 'friend', 'fiancé', 'fiancée', 'consort',
]);

/** Forms of "play" whose "for" names a team: "played for River Plate" (recognize.ts). */
export const PLAYING_VERBS = new Set(['play', 'plays', 'played', 'playing']);

/** Words before "of" that make the name after it a place: "north of Whitefish", "the Louisville suburb of Okolona". */
export const PLACE_OF_WORDS = new Set([
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'outskirts', 'suburb', 'suburbs',
  'hometown', 'town', 'city', 'village', 'province', 'region', 'republic', 'capital', 'district', 'county', 'port',
  'island', 'state', 'streets', 'heart', 'center', 'centre', 'mayor', 'residents', 'people', 'citizens',
]);

/**
 * Head nouns of a description that type the name it describes, by copula or apposition: "Bohumín is a town in …",
 * "Sha Na Na is an American rock band", "Goght, a village in Armenia,". The opening of an encyclopaedia article
 * and a news apposition both name the kind of thing first.
 * Seen: Re-DocRED dev (place openings "is a town/village/river in" in documents 53, 57, 14, 193, 158; bodies "is an
 * American rock band", "is a … company" in 99, 162, 179; people "is a Mexican actor" in 90, 104); CoNLL04 train
 * ("Harrington, a professor", "Pepperell, … manufactures"). Words that name two kinds ("station", "channel", "church",
 * "group", "producer", "state") are left out.
 */
export const DESCRIPTION_HEADS: Readonly<Record<string, 'LOCATION' | 'ORGANIZATION' | 'PERSON'>> = {
  ...Object.fromEntries([
    'town', 'city', 'village', 'hamlet', 'municipality', 'commune', 'comune', 'suburb', 'district', 'county', 'region', 'province',
    'parish', 'neighbourhood', 'neighborhood', 'settlement', 'locality', 'borough', 'township', 'river', 'lake', 'mountain', 'island',
    'peninsula', 'valley', 'port', 'canton', 'capital', 'seaport', 'airport', 'park', 'stream', 'tributary', 'bay', 'volcano', 'glacier',
    'palace', 'castle', 'cathedral', 'stadium', 'bridge', 'oblast', 'voivodeship', 'gmina', 'prefecture', 'arrondissement', 'archipelago',
    'desert', 'forest', 'plateau', 'peak', 'hill', 'reservoir', 'dam', 'canal', 'creek', 'beach', 'monastery', 'abbey', 'mansion', 'manor',
    'mausoleum', 'temple', 'mosque', 'skyscraper', 'tower', 'lighthouse', 'cemetery', 'islet', 'atoll', 'strait', 'estuary', 'waterfall',
    'resort', 'highway', 'motorway', 'street', 'square', 'neighbourhoods',
  ].map((w) => [w, 'LOCATION' as const])),
  ...Object.fromEntries([
    'company', 'corporation', 'firm', 'manufacturer', 'band', 'duo', 'trio', 'quartet', 'club', 'team', 'party', 'newspaper', 'magazine',
    'label', 'publisher', 'airline', 'bank', 'studio', 'brewery', 'orchestra', 'choir', 'ensemble', 'university', 'college', 'academy',
    'institute', 'organization', 'organisation', 'agency', 'foundation', 'charity', 'association', 'federation', 'union', 'league', 'militia',
    'conglomerate', 'retailer', 'cooperative', 'subsidiary', 'school', 'ministry', 'council', 'committee', 'tabloid', 'regiment',
    'battalion', 'brigade', 'squadron', 'think-tank', 'nonprofit', 'non-profit', 'broadcaster', 'automaker', 'carmaker',
  ].map((w) => [w, 'ORGANIZATION' as const])),
  ...Object.fromEntries([
    'politician', 'actor', 'actress', 'singer', 'songwriter', 'footballer', 'player', 'writer', 'author', 'poet', 'painter', 'musician',
    'composer', 'novelist', 'journalist', 'businessman', 'businesswoman', 'lawyer', 'diplomat', 'historian', 'scientist', 'physician',
    'architect', 'artist', 'rapper', 'guitarist', 'drummer', 'bassist', 'pianist', 'cricketer', 'athlete', 'cyclist', 'swimmer', 'boxer',
    'wrestler', 'skier', 'officer', 'soldier', 'priest', 'bishop', 'monk', 'nun', 'philosopher', 'mathematician', 'physicist', 'chemist',
    'engineer', 'economist', 'entrepreneur', 'comedian', 'photographer', 'sculptor', 'dancer', 'choreographer', 'explorer', 'aristocrat',
    'nobleman', 'noblewoman', 'professor', 'judge', 'jurist', 'astronaut', 'filmmaker', 'screenwriter', 'playwright', 'sprinter', 'gymnast',
  ].map((w) => [w, 'PERSON' as const])),
};

/**
 * Posts whose "of" phrase names the body that holds them, never a person or (for these) a place: "president of Eaglebrook
 * Plastics", "manager of Bradley First Air", "the bench coach of the Gary SouthShore RailCats". A mayor's or governor's
 * "of" names a place, and is left out.
 * Seen: CoNLL04 train (sentences 115, 419: "president of", "manager of"), Re-DocRED dev (documents 203, 236: "coach of",
 * "chairman of").
 */
export const BODY_POST_NOUNS = new Set([
  'president', 'chairman', 'chairwoman', 'director', 'manager', 'owner', 'founder', 'co-founder', 'treasurer', 'secretary',
  'employee', 'employees', 'member', 'members', 'spokesman', 'spokeswoman', 'spokesperson', 'publisher', 'editor', 'coach',
  'leader', 'cofounder', 'chief', 'executive', 'vice-president', 'vice-chairman', 'shareholder', 'shareholders',
]);

/** a state's armed services: "Pakistan Army", "Bangladesh Navy" are the institutions' proper names, one body with the state's name */
export const ARMED_SERVICES: ReadonlySet<string> = new Set(['army', 'navy']);
/** heads that make a "Ministerial" name a ministers' gathering, not a standing body ("the 30th OSCE Ministerial Council") */
export const MINISTERIAL_EVENT_HEADS: ReadonlySet<string> = new Set(['council', 'conference', 'meeting', 'meetings']);
/** Verbs that describe their subject by a noun phrase: "X is a town", "X was an American band". */
export const DESCRIBING_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were']);
/** Words that end a description's noun phrase before its complements: "a town in …", "a band from …", "a lake located in …". */
export const DESCRIPTION_STOPS: ReadonlySet<string> = new Set(['of', 'in', 'on', 'at', 'from', 'with', 'for', 'near', 'and', 'or', 'that', 'which', 'who', 'whose', 'located', 'situated', 'based', 'founded', 'known', 'by']);
/**
 * Words of a faith or of a people that describe a person without naming one: a span of them alone is no name ("Sirhan,
 * a Christian Arab,", "the bomber, a Shiite Moslem,", "the premiership to a Shia Muslim"; seen: CoNLL04 train sentences
 * 143, 191, 555, 720; news-fresh17 me-iraq-rashid-elected).
 */
export const FAITH_AND_PEOPLE_WORDS: ReadonlySet<string> = new Set([
  'christian', 'christians', 'muslim', 'muslims', 'moslem', 'moslems', 'sunni', 'sunnis', 'shiite', 'shiites', 'shia', 'shiia',
  'jew', 'jews', 'jewish', 'catholic', 'catholics', 'protestant', 'protestants', 'orthodox', 'hindu', 'hindus', 'buddhist',
  'buddhists', 'sikh', 'sikhs', 'druze', 'alawite', 'alawites', 'copt', 'copts', 'coptic', 'arab', 'arabs', 'kurd', 'kurds',
  'evangelical', 'evangelicals', 'mormon', 'mormons', 'baptist', 'methodist', 'anglican', 'lutheran', 'maronite', 'maronites',
]);

/**
 * Title words that end a title phrase and never a person's name: a capitalised phrase typed a person that ends in
 * one ("Armed Forces Minister", "International Relations Minister" before the minister's name) is the title alone.
 */
export const TITLE_ONLY_HEADS: ReadonlySet<string> = new Set([
  'minister', 'secretary', 'secretary-general', 'chairperson', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman',
  'spokesperson', 'commissioner', 'ambassador', 'envoy', 'adviser', 'advisor', 'director-general', 'president-elect',
]);
