// The clause layer's closed word classes (grammar, not knowledge: no predicate is named here).
// compromise's tags decide open classes; these lists correct it where its tags do not fit
// (it tags "to" Conjunction before a name, "fighting" Noun in "groups fighting X", "Friday," Possessive).
import { HONORIFICS, MONTH_NAMES, STYLES_OF_ADDRESS, WEEKDAYS } from '../entities/lexicon.ts';
import { NAME_PREFIXES } from '../resolve/lexicon.ts';
import { byWord } from '../util/safe-keys.ts';

export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'against', 'between', 'into', 'onto', 'over', 'under', 'during',
  'after', 'before', 'across', 'among', 'amid', 'toward', 'towards', 'through', 'about', 'near', 'outside', 'inside', 'within',
  'without', 'despite', 'via', 'like', 'since', 'until', 'throughout', 'beyond', 'alongside', 'around', 'upon', 'behind', 'along',
]);
export const DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'no', 'each', 'every', 'both', 'either', 'neither', 'all',
  'several', 'many', 'few', 'other', 'another', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
]);
/** forms of address written between a title's comma and the holder's name ("the President of X, H.E. Mr. Y", "Shri X", "Sheikh Y") */
export const FORMS_OF_ADDRESS: ReadonlySet<string> = new Set([...STYLES_OF_ADDRESS, ...HONORIFICS, ...NAME_PREFIXES]);
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'will', 'would', 'can', 'could', 'should',
  'may', 'might', 'must', 'do', 'does', 'did', 'shall', "'s", "'re", "'ve", "'ll", "'d", 'wo', 'ca', 'get', 'got',
]);
export const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re"]);
/** verbs that link a subject to a description as "be" does: "X became the tenth member of Y", "X remains chair of Y" */
export const LINKING_VERBS: ReadonlySet<string> = new Set(['become', 'became', 'becomes', 'remain', 'remains', 'remained']);
/** auxiliaries that agree with a singular subject alone ("A, B and C, who is …"; "who are" takes the whole list) */
export const SINGULAR_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'was', 'has', 'does']);
export const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom', 'whose', 'where']);
/** plural heads whose "from" pairs each state with its holder, as a plural title's "of" does: "his counterparts from A, X; B, Y" */
export const PAIRED_FROM_HEADS: ReadonlySet<string> = new Set(['counterparts']);
/** "-ing" words that stand before a noun as adjectives, never as a lexical verb's gerund object: "paid working visits",
 *  "met visiting leaders", "joined the ruling coalition" (compromise may tag them Verb and join them to the verb before) */
export const ATTRIBUTIVE_ING: ReadonlySet<string> = new Set([
  'working', 'visiting', 'ruling', 'governing', 'outgoing', 'incoming', 'neighbouring', 'neighboring', 'founding', 'ongoing', 'upcoming',
]);
export const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or', 'nor', 'but', '&']);
/** the gerunds that open a perfect or passive participle clause: ", having been welcomed by Y", ", being received by Y" */
export const PERFECT_PASSIVE_GERUNDS: ReadonlySet<string> = new Set(['having', 'being']);
/** subordinators and the kind of clause they open */
export const SUBORDINATORS: Readonly<Record<string, 'conditional' | 'adverbial'>> = byWord({
  if: 'conditional', unless: 'conditional', because: 'adverbial', while: 'adverbial', after: 'adverbial', before: 'adverbial',
  when: 'adverbial', as: 'adverbial', although: 'adverbial', though: 'adverbial', since: 'adverbial', until: 'adverbial',
  whereas: 'adverbial', once: 'adverbial',
});
/** verbs whose object lists members of their subject: "Ministers who arrived in Y included A and B" */
export const LISTING_VERBS: ReadonlySet<string> = new Set(['include']);
/** subordinators whose clause tells what came before the main clause's time */
export const ANTERIOR_SUBORDINATORS: ReadonlySet<string> = new Set(['after']);
/** verbs whose that-clause (or bare clause) is reported speech */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'state', 'declare', 'write', 'insist', 'note', 'explain', 'announce', 'claim', 'allege', 'assert', 'warn',
  'report', 'confirm', 'deny', 'argue', 'suggest', 'acknowledge', 'admit', 'believe', 'think', 'stress', 'reiterate', 'threaten',
]);
/** speech verbs that mark what follows as a claim */
export const CLAIM_VERBS: ReadonlySet<string> = new Set(['claim', 'allege', 'assert']);
/** verbs that deny the clause they govern */
export const DENYING_VERBS: ReadonlySet<string> = new Set(['deny']);
/** catenatives that negate the verb after "to": "refused to", "failed to", "ceased to be" (the relations engine reads
 *  this list too) */
export const NEGATING_CATENATIVES: ReadonlySet<string> = new Set(['refuse', 'fail', 'decline', 'cease']);
/** forms of the negating catenatives the tagger may read as nouns ("X and Y refuse to …"); never "decline", a noun before "to" too */
export const NOUN_TAGGED_CATENATIVES: ReadonlySet<string> = new Set(['refuse', 'refuses', 'fail', 'fails']);
/** catenatives that make the verb after "to" a plan */
export const PLANNING_CATENATIVES: ReadonlySet<string> = new Set([
  'plan', 'intend', 'vow', 'pledge', 'promise', 'threaten', 'hope', 'aim', 'seek', 'expect', 'want', 'offer', 'propose', 'prepare',
]);
/** other catenatives: the verb after "to" is the fact ("agreed to", "moved to", "began to") */
export const CATENATIVES: ReadonlySet<string> = new Set([
  ...NEGATING_CATENATIVES, ...PLANNING_CATENATIVES, 'agree', 'decide', 'move', 'begin', 'start', 'continue', 'try', 'attempt',
  'manage', 'help', 'go', 'need', 'choose', 'vote', 'resolve', 'tend', 'appear', 'seem', 'use',
]);
/** modal auxiliaries that make a clause a plan or a possibility */
export const PLANNING_MODALS: ReadonlySet<string> = new Set(['will', 'would', 'shall', "'ll", 'wo']);
export const POSSIBILITY_MODALS: ReadonlySet<string> = new Set(['could', 'might', 'may', 'can', 'should', 'must', 'ca']);
/** "is set to", "is due to", "is expected to", "is going to": a plan */
export const PLANNING_PREDICATES: ReadonlySet<string> = new Set(['set', 'due', 'expected', 'going', 'scheduled', 'poised', 'slated']);
/** prepositions that deny the gerund they govern: "left without signing the deal" */
export const NEGATING_PREPOSITIONS: ReadonlySet<string> = new Set(['without']);
/** prepositions whose gerund is the deed of the verb above it, and shares its denial: "did not join B in condemning C" */
export const GERUND_OF_DEED: ReadonlySet<string> = new Set(['in', 'by']);
/** quantifiers that float after an auxiliary, inside the verb group: "had both congratulated X", "have all welcomed Y" */
export const FLOATING_QUANTIFIERS: ReadonlySet<string> = new Set(['both', 'all', 'each']);
/** quantifiers before "of which"/"of whom" that make the antecedent the relative's subject: "A and B, both of whom attended"
 *  ("none" denies it: "A and B, none of which are members"; "one of which", "some of whom" say nothing of each) */
export const WHOLE_QUANTIFIERS: ReadonlySet<string> = new Set(['none', 'all', 'both', 'each']);
/** negation words inside a verb group */
export const NEGATION_WORDS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'cannot']);
/** verbs whose "for" gerund is their object's deed: "thanked X for standing with Y", "praised X for helping Y" */
export const OBJECT_DEED_VERBS: ReadonlySet<string> = new Set(['thank', 'praise', 'commend', 'congratulate', 'credit', 'hail', 'laud', 'applaud', 'salute']);
/** verbs that take an event noun as a support ("held talks", "embarked on a visit", "imposed sanctions") */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'make', 'pay', 'hold', 'embark', 'issue', 'impose', 'launch', 'carry', 'conduct', 'stage', 'sign', 'extend', 'offer', 'express',
  'have', 'take', 'give', 'deliver', 'mount', 'announce', 'begin', 'start', 'wage', 'host', 'convey', 'send', 'level', 'slap',
  'provide', 'lead', 'attend', 'join', 'end', 'reach', 'conclude', 'seal', 'strike', 'broker', 'show', 'voice', 'post',
]);
/** nouns that carry the event noun of their "of" phrase: "sent a message of congratulations", "posted a message of support" */
export const CARRIER_NOUNS: ReadonlySet<string> = new Set(['message', 'messages', 'letter', 'letters', 'note', 'statement', 'expression', 'expressions', 'words', 'gesture']);
/** phrasal particles after a verb */
export const PARTICLES: ReadonlySet<string> = new Set(['up', 'out', 'off', 'down', 'back', 'away']);
/** words that open a time or manner adjunct without a preposition: "late on Friday", "earlier this week" */
export const ADJUNCT_OPENERS: ReadonlySet<string> = new Set(['late', 'early', 'earlier', 'later', 'last', 'next', 'this', 'yesterday', 'today', 'tomorrow', 'meanwhile', 'however', 'separately', 'also']);
/** irregular verb forms → lemma */
export const IRREGULAR_VERBS: Readonly<Record<string, string>> = byWord({
  met: 'meet', held: 'hold', made: 'make', paid: 'pay', led: 'lead', took: 'take', taken: 'take', gave: 'give', given: 'give',
  went: 'go', gone: 'go', came: 'come', said: 'say', told: 'tell', sent: 'send', struck: 'strike', stricken: 'strike',
  flew: 'fly', flown: 'fly', won: 'win', began: 'begin', begun: 'begin', fought: 'fight', brought: 'bring', sought: 'seek',
  left: 'leave', kept: 'keep', saw: 'see', seen: 'see', wrote: 'write', written: 'write', spoke: 'speak', spoken: 'speak',
  chose: 'choose', chosen: 'choose', did: 'do', done: 'do', had: 'have', has: 'have', was: 'be', were: 'be', is: 'be', are: 'be',
  been: 'be', am: 'be', shot: 'shoot', hit: 'hit', cut: 'cut', put: 'put', set: 'set', beat: 'beat', bought: 'buy', sold: 'sell',
  drove: 'drive', driven: 'drive', froze: 'freeze', frozen: 'freeze', swore: 'swear', sworn: 'swear', became: 'become', become: 'become',
  ran: 'run', withdrew: 'withdraw', withdrawn: 'withdraw', undertook: 'undertake', undertaken: 'undertake', oversaw: 'oversee',
  overseen: 'oversee', rode: 'ride', broke: 'break', broken: 'break', stood: 'stand', found: 'find', knew: 'know', known: 'know',
  thought: 'think', meant: 'mean', slew: 'slay', slain: 'slay', lost: 'lose', threw: 'throw', thrown: 'throw', dealt: 'deal', built: 'build', spent: 'spend', lent: 'lend', fled: 'flee', laid: 'lay',
});

/** degree words before an adjective or participle that postmodifies a noun: "a historian best known for …" (compromise tags "best" a noun) */
export const DEGREE_WORDS: ReadonlySet<string> = new Set(['best', 'most', 'least', 'better']);

/** subject pronouns: after an opening phrase one opens a phrase of its own ("On Capitol Hill he met …") */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);

/** verbs that name a thing in a free relative: "condemned what he called a coup", "what it described as a violation" */
export const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'describe', 'term', 'label', 'brand', 'dub', 'characterize', 'characterise']);

/** days and months: capitalised, yet no title before a name ("On Monday X met …") */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTH_NAMES]);

/** a time adjunct that ends a noun phrase: "talks with X last week" (not "X's last week") */
export const TIME_SHIFTERS: ReadonlySet<string> = new Set(['last', 'next']);
export const TIME_NOUNS: ReadonlySet<string> = new Set(['week', 'weekend', 'month', 'year', 'night', 'spring', 'summer', 'autumn', 'fall', 'winter', ...CALENDAR_WORDS]);
