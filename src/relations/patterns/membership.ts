// Membership and the parts of bodies, as descriptions and verbs state them: "the guitarist of Y", "played for Y",
// "a subsidiary of Y", "owned by Y", "founded by X".
// Seen (documents of Re-DocRED dev): "was the lead singer/captain of" 2, "played for" 5, "a division/subsidiary/unit/command of" 7,
// "owned by"/"acquired" 12, "founded/established by" 9; CoNLL04 train "owned by" 2.
import { MEMBERSHIP_ROLES } from '../lexicon.ts';
import type { Pattern } from './types.ts';

const MEMBERS = ['PERSON', 'ORGANIZATION', 'COUNTRY'] as const;
/** nouns for a body's part: "a subsidiary of Y", "the naval arm of Y" */
const PART_NOUNS = ['subsidiary', 'subsidiaries', 'command', 'flagship', 'division', 'unit', 'branch', 'arm', 'affiliate', 'wing', 'department', 'imprint', 'faculty', 'chapter', 'section', 'component'];
/** a party's people named by their part in it: "a politician for the Labour Party", "candidate of the PRD" */
const PARTISAN_NOUNS = ['politician', 'candidate'];
/** a band's or a team's roles (the person's place in it); "a member of" is left out: it names posts too (of a parliament, a council) */
const BAND_ROLES = [...MEMBERSHIP_ROLES].filter((w) => w !== 'member');

export const membership: Pattern[] = [
  {
    id: 'member.of', kind: 'title', predicate: 'MEMBER_OF', nouns: BAND_ROLES, subject: 'described', object: 'pp:of',
    subjectTypes: MEMBERS, objectTypes: ['ORGANIZATION'], confidence: 0.8, seen: 'Re-DocRED dev (documents 39, 416)',
    match: [['Jonny Greenwood is the guitarist of Radiohead.', 'Jonny Greenwood MEMBER_OF Radiohead']],
    miss: [['Jonny Greenwood is a guitarist of rare taste.'], ['Jonny Greenwood is a fan of Radiohead.']],
  },
  {
    // (a state only: a person's "member of" names posts too, "a member of parliament")
    id: 'member.state.of', kind: 'title', predicate: 'MEMBER_OF', nouns: ['member', 'members', 'state', 'states'], subject: 'described', object: 'pp:of',
    subjectTypes: ['COUNTRY'], objectTypes: ['ORGANIZATION'], confidence: 0.8,
    seen: 'news-fresh4 mirzoyan-osce-skopje-readout ("X, a participating State of the OSCE"); news-dev xi-europe-tour-readout ("the only member state of the European Union"); "became" as the copula: news-fresh8 erdogan-sco-astana-readout, news-fresh nato ("becoming the 32nd member of the Alliance"); "Y, of which X is (not) a member" (the clause layer gives the complement its "of"): news-fresh6 icj-south-africa-israel, news-fresh9 kuleba-brussels-eap, news-fresh13 macron-scholz-draghi, news-fresh20 af-botswana-bdp-ousted; "A, B and C, none of which are members of Y" (the clause layer denies the relative of each): news-fresh13 zelensky-hiroshima-g7, news-fresh14 erdogan-madrid-nato ("which are not members of")',
    match: [['Chile, a member state of the Andean Community, abstained.', 'Chile MEMBER_OF Andean Community'], ['Chile is a participating State of the Andean Community.', 'Chile MEMBER_OF Andean Community'], ['Bolivia, which on Monday became the fifth member state of the Andean Community, voted.', 'Bolivia MEMBER_OF Andean Community'],
      ['The Andean Community, whose seat is in Lima and of which Bolivia is a member, met.', 'Bolivia MEMBER_OF Andean Community'],
      ['Chile and Peru, none of which are members of the Andean Community, abstained.', 'NOT Chile MEMBER_OF Andean Community'],
      ['Bolivia is now one of the five member states of the Andean Community.', 'Bolivia MEMBER_OF Andean Community']],
    miss: [['Chile, a state of mind for some, abstained.'], ['Chile is not a member state of the Andean Community.', 'NOT Chile MEMBER_OF Andean Community'],
      ['Peru asked the Andean Community, of which Chile is not a member, to act.', 'NOT Chile MEMBER_OF Andean Community']],
  },
  {
    // (a person's "member of" names posts too, "a member of parliament", "of the Security Council": a party's only)
    id: 'member.party.of', kind: 'title', predicate: 'MEMBER_OF', nouns: ['member'], subject: 'described', object: 'pp:of',
    subjectTypes: ['PERSON'], objectTypes: ['ORGANIZATION'], partyObject: true, confidence: 0.8,
    seen: 'news-fresh18 sa-kejriwal-arrest ("X, a Delhi minister and a senior member of the Y Party"); news-fresh19 am-chile-constitution ("X, is a member of the centre-left Party for Y"); news-fresh23 am-chile-runoff ("the candidate, a member of the Communist Party"); news-fresh17 eu-schengen-romania ("a member of Chancellor Z\'s Y Party")',
    match: [['Ana Ruiz, a senior member of the Green Party, spoke.', 'Ana Ruiz MEMBER_OF Green Party'], ['Pedro Gil is a member of the Party for Democracy.', 'Pedro Gil MEMBER_OF Party for Democracy']],
    miss: [['Ana Ruiz, a member of the Andean Parliament, spoke.'], ['Ana Ruiz is not a member of the Green Party.', 'NOT Ana Ruiz MEMBER_OF Green Party']],
  },
  {
    id: 'member.partisan.for', kind: 'title', predicate: 'MEMBER_OF', nouns: PARTISAN_NOUNS, subject: 'described', object: 'pp:for',
    subjectTypes: ['PERSON'], objectTypes: ['ORGANIZATION'], confidence: 0.75,
    seen: 'Re-DocRED dev (document 15: "a Norwegian politician for the Labour Party"); CoNLL04 train (sentence 702: "presidential candidate for the Party of the Democratic Revolution")',
    match: [['Eivind Holm was a Danish politician for the Centre Party.', 'Eivind Holm MEMBER_OF Centre Party'], ['Ana Ruiz, the candidate for the Socialist Party, won.', 'Ana Ruiz MEMBER_OF Socialist Party']],
    miss: [['Eivind Holm was a politician for decades.'], ['Eivind Holm voted for the Centre Party.']],
  },
  {
    id: 'member.partisan.of', kind: 'title', predicate: 'MEMBER_OF', nouns: PARTISAN_NOUNS, subject: 'described', object: 'pp:of',
    subjectTypes: ['PERSON'], objectTypes: ['ORGANIZATION'], confidence: 0.75,
    seen: 'CoNLL04 train (sentences 182, 242: "candidate of the PRD", "candidate of the Papa Egoro Movement"); Re-DocRED dev (document 15, "politician for")',
    match: [['Ana Ruiz, candidate of the Socialist Party, won.', 'Ana Ruiz MEMBER_OF Socialist Party']],
    miss: [['Ana Ruiz met the candidate of the Socialist Party.']],
  },
  {
    // (lasting: a team an "after" clause puts behind the player is none now; Re-DocRED dev 104 "After playing college
    // football for <university>, he was drafted by …", and bio.lives.in's 170)
    id: 'member.plays.for', kind: 'verb', predicate: 'MEMBER_OF', verbs: ['play', 'sign', 'captain'], subject: 'agent', object: 'pp:for', lasting: true,
    subjectTypes: ['PERSON'], objectTypes: ['ORGANIZATION'], confidence: 0.75, seen: 'Re-DocRED dev (five documents)',
    match: [['Derek Jeter played for the New York Yankees from 1995 to 2014.', 'Derek Jeter MEMBER_OF New York Yankees']],
    miss: [['Derek Jeter played against the New York Yankees.'], ['After playing for the Boston Comets, Tom Reyes joined the Utah Owls.']],
  },
  {
    // (read on the clause, so that "has not joined", "has yet to join" are denied as "did not join" is; a state or a body
    // only, and a finite verb: "dissatisfaction with X joining Y" states no joining)
    id: 'member.joins', kind: 'verb', predicate: 'MEMBER_OF', verbs: ['join'], voice: 'active', subject: 'agent', object: 'patient',
    subjectTypes: ['COUNTRY', 'ORGANIZATION'], objectTypes: ['ORGANIZATION'], confidence: 0.75, finite: true, done: true,
    seen: 'news-dev sweden-joins-nato ("Sweden today formally joined the North Atlantic Treaty Organization", "Finland joined the Alliance in April 2023"); news-fresh6 finland-closes-russian-border ("after Finland joined NATO"); news-fresh9 south-africa-gnu ("Neither the EFF nor uMkhonto weSizwe … joined the GNU"); an undenied infinitive is no membership: news-fresh14 erdogan-madrid-nato-memorandum-2022 ("invite X and Y to join NATO"), news-dev erdogan-reelection-congratulations ("a candidate to join the European Union"), news-fresh7 honduras-taiwan-china-switch-analysis ("formally applied to join it")',
    match: [['Chile joined the Andean Community in 1969.', 'Chile MEMBER_OF Andean Community'], ['Peru has not joined the Rio Group.', 'NOT Peru MEMBER_OF Rio Group'],
      ['Bolivia has yet to join the Andean Community.', 'NOT Bolivia MEMBER_OF Andean Community']],
    miss: [['Chile joined Peru in condemning the coup.'], ['Chile joined the talks on the border.'], ['Ana Ruiz voiced her dismay at Chile joining the Andean Community.'],
      ['Chile formally applied to join the Andean Community in May.'], ['Chile hopes to join the Andean Community.'], ['Peru, a candidate to join the Andean Community, abstained.'],
      ['Bolivia refused to join the Andean Community.', 'NOT Bolivia MEMBER_OF Andean Community']],
  },
  {
    // (a body as the agent, its members as the object: "the Quad, which groups A, B, C and D"; a state or a body only as the
    // member, and the verb's own object, so that "the EU's package includes sanctions on Chile" names no member)
    // (present tense only: a membership is described as it stands; "included Peru in its statement" names no member)
    id: 'member.groups', kind: 'verb', predicate: 'MEMBER_OF', verbs: ['group', 'include', 'comprise', 'unite'], voice: 'active', directObject: true, tenses: ['present'],
    subject: 'agent', object: 'patient', reversed: true, subjectTypes: ['ORGANIZATION'], objectTypes: ['COUNTRY', 'ORGANIZATION'], confidence: 0.7,
    seen: 'news-dev sudan-jeddah-talks-analysis ("the Quad, which groups A, B, C and D"); news-fresh m23-goma-congo-rwanda-wire ("the rebel coalition that includes M23")',
    match: [['The Andean Community, which comprises Bolivia, Colombia, Ecuador and Peru, met in Lima.', 'Peru MEMBER_OF Andean Community'],
      ['The Rio Group, an alliance that includes Chile and Peru, met.', 'Chile MEMBER_OF Rio Group'], ['The Andean Community, which groups Bolivia and Peru, met.', 'Bolivia MEMBER_OF Andean Community']],
    miss: [['The Andean Community\'s new package includes sanctions on Peru.'], ['The Andean Community included Peru in its statement.'], ['The report of the Andean Community includes Peru.']],
  },
  {
    // (the body brings its members together: "the platform brings together A and B", "the forum that brings A, B and C together")
    id: 'member.brought.together', kind: 'verb', predicate: 'MEMBER_OF', verbs: ['bring'], voice: 'active', adverb: 'together',
    subject: 'agent', object: 'patient', reversed: true, subjectTypes: ['ORGANIZATION'], objectTypes: ['COUNTRY', 'ORGANIZATION'], confidence: 0.7,
    seen: 'news-fresh7 fidan-3plus3-istanbul-readout ("The 3+3 platform brings together A and B"); news-fresh11 france-barnier-censure-analysis ("which brings together A, B, C and D"); news-fresh9 jaishankar-unga78-bilaterals ("the forum that brings A, B and C together")',
    match: [['The Rio Group brings together Chile, Peru and Bolivia.', 'Peru MEMBER_OF Rio Group'], ['The Rio Group, a body that brings Chile and Peru together, met.', 'Chile MEMBER_OF Rio Group']],
    miss: [['The Rio Group brought Chile into the talks.'], ['The Rio Group will bring Chile and Peru back to the table.'], ['The Rio Group brought aid to Chile and Peru together with the Red Cross.']],
  },
  {
    // ("the group that brings A together with B, C and D": the members after "together with" too)
    id: 'member.brought.together.with', kind: 'verb', predicate: 'MEMBER_OF', verbs: ['bring'], voice: 'active', adverb: 'together',
    subject: 'agent', object: 'pp:with', reversed: true, subjectTypes: ['ORGANIZATION'], objectTypes: ['COUNTRY', 'ORGANIZATION'], confidence: 0.7,
    seen: 'news-fresh4 uae-shakhboot-unga78-africa ("the group that brings the UAE together with A, B and C"); news-fresh7 fidan-3plus3-istanbul-readout ("brings together A and B with their neighbours")',
    match: [['The Rio Group, the group that brings Chile together with Peru and Bolivia, met.', 'Bolivia MEMBER_OF Rio Group']],
    miss: [['The Rio Group brought talks with Peru to an end.'], ['The Rio Group brought Chile to the table with Peru.']],
  },
  {
    // (a body only: "the island belongs to Japan" is a place's state, "the victory belongs to them" names none)
    id: 'member.belongs.to', kind: 'verb', predicate: 'MEMBER_OF', verbs: ['belong'], subject: 'agent', object: 'pp:to',
    subjectTypes: MEMBERS, objectTypes: ['ORGANIZATION'], confidence: 0.75,
    seen: 'news-fresh6 russia-estonia-latvia ("Lithuania … belongs like Estonia and Latvia to both the European Union and NATO"); news-fresh4 myanmar-mndaa-kunming ("The MNDAA … belongs to the Three Brotherhood Alliance"), jaishankar-vientiane ("to which Norway belongs"); the clause layer gives "to which" its antecedent as the "to" phrase, and hangs it from an apposed description: news-fresh12 ("the Collective Security Treaty Organization, the Russian-led bloc to which Armenia belongs"), news-fresh13 ("the Moscow-led security bloc to which both A and B belong")',
    match: [['Chile belongs to the Andean Community.', 'Chile MEMBER_OF Andean Community'], ['Peru, like Chile, belongs to both the Andean Community and the Rio Group.', 'Peru MEMBER_OF Rio Group'],
      ['Officials said the Andean Community, to which Chile belongs, met on Monday.', 'Chile MEMBER_OF Andean Community'],
      ['He noted that the Andean Community, the security bloc to which both Chile and Bolivia belong, backs a truce.', 'Bolivia MEMBER_OF Andean Community']],
    miss: [['The island belongs to Chile.'], ['Chile no longer belongs to the Andean Community.', 'NOT Chile MEMBER_OF Andean Community'], ['The victory belongs to the Andean Community, Chile said.']],
  },
  {
    // (a person's own party: "X's Socialist Party", "X's own People's Party"; a party's name only, by its head word, so that
    // "X's government", "X's foundation" name no membership; a named possessor only: "his party" resolved to the wrong man
    // costs more than it finds, and "X, whose party won" is as often its leader)
    id: 'member.own.party', kind: 'noun', predicate: 'MEMBER_OF', nouns: ['party'], subject: 'possessor', object: 'head',
    subjectTypes: ['PERSON'], objectTypes: ['ORGANIZATION'], namedSubject: true, confidence: 0.75,
    seen: 'news-dev yoon-martial-law-arrest ("Yoon\'s own People Power Party"); news-fresh6 ("Hernández\'s National Party"); news-fresh11 ("İmamoğlu\'s Republican People\'s Party"); news-fresh12 ("her Pheu Thai Party"); news-fresh16 ("his own United National Party")',
    match: [['Ana Ruiz\'s Socialist Party won the most seats.', 'Ana Ruiz MEMBER_OF Socialist Party'], ['Pedro Gil said Ana Ruiz\'s own Green Party would abstain.', 'Ana Ruiz MEMBER_OF Green Party']],
    miss: [['Ana Ruiz\'s foundation gave money to the Socialist Party.'], ['Ana Ruiz criticised the Socialist Party.'], ['Pedro Gil met Ana Ruiz. Her Green Party won.'],
      ['Ana Ruiz, whose Socialist Party won six seats, spoke.']],
  },
  {
    id: 'part.of', kind: 'title', predicate: 'PART_OF', nouns: PART_NOUNS, subject: 'described', object: 'pp:of',
    subjectTypes: ['ORGANIZATION'], objectTypes: ['ORGANIZATION'], confidence: 0.8, seen: 'Re-DocRED dev (seven documents)',
    match: [['Airbus Helicopters is a division of Airbus.', 'Airbus Helicopters PART_OF Airbus']],
    miss: [['Airbus is a maker of aircraft.']],
  },
  {
    id: 'part.owned', kind: 'verb', predicate: 'PART_OF', verbs: ['own', 'acquire', 'buy', 'purchase'], subject: 'agent', object: 'patient', reversed: true,
    subjectTypes: ['ORGANIZATION'], objectTypes: ['ORGANIZATION'], confidence: 0.7, seen: 'Re-DocRED dev (twelve documents); CoNLL04 train (two sentences)',
    match: [['Acme Wire Inc. is owned by Harbor Steel Corp.', 'Acme Wire Inc PART_OF Harbor Steel Corp'], ['Harbor Steel Corp. acquired Acme Wire Inc. in 2016.', 'Acme Wire Inc PART_OF Harbor Steel Corp']],
    miss: [['Harbor Steel Corp. sued Acme Wire Inc.'], ['Harbor Steel Corp. did not acquire Acme Wire Inc.', 'NOT Acme Wire Inc PART_OF Harbor Steel Corp']],
  },
  {
    id: 'founded.by', kind: 'verb', predicate: 'FOUNDED', verbs: ['found', 'co-found', 'cofound', 'establish'], subject: 'agent', object: 'patient',
    subjectTypes: ['PERSON', 'ORGANIZATION', 'COUNTRY'], objectTypes: ['ORGANIZATION'], confidence: 0.75, seen: 'Re-DocRED dev (nine documents)',
    match: [['Doctors Without Borders was founded by Bernard Kouchner in 1971.', 'Bernard Kouchner FOUNDED Doctors Without Borders'], ['Bernard Kouchner founded Doctors Without Borders.', 'Bernard Kouchner FOUNDED Doctors Without Borders']],
    miss: [['Bernard Kouchner found Doctors Without Borders in chaos.']],
  },
];
