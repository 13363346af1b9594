// Contact by phone or in conversation (SCHEMA: SPOKE_TO, "spoke by phone with", "a call with"). Seen: news-dev
// ("spoke to X by phone" in an election report, "spoke with X" in a live blog), news-fresh ("spoke by phone with X",
// "held a phone call with X" in a live blog).
import { SPOKEN_CONVERSATION } from '../lexicon.ts';
import type { Pattern } from './types.ts';

const PARTNERS = ['PERSON', 'ORGANIZATION'] as const;

export const contacts: Pattern[] = [
  {
    id: 'speak.with', kind: 'verb', predicate: 'SPOKE_TO', verbs: ['speak', 'talk'], voice: 'active', subject: 'agent', object: 'pp:with',
    subjectTypes: ['PERSON'], objectTypes: PARTNERS, seen: 'news-dev (two texts); news-fresh (one live blog)',
    match: [['Olaf Scholz spoke by phone with Emmanuel Macron on Monday.', 'Olaf Scholz SPOKE_TO Emmanuel Macron'], ['Olaf Scholz talked with Emmanuel Macron.', 'Olaf Scholz SPOKE_TO Emmanuel Macron']],
    miss: [['Olaf Scholz spoke with reporters in Berlin.'], ['Olaf Scholz did not speak with Emmanuel Macron.', 'NOT Olaf Scholz SPOKE_TO Emmanuel Macron'],
      // (after "to" an inflected "talks" is the plural noun: an offer of talks is no contact)
      ['Olaf Scholz declared himself open to talks with Emmanuel Macron.'], ['Olaf Scholz went to talks in Paris with Emmanuel Macron.']],
  },
  {
    id: 'speak.to', kind: 'verb', predicate: 'SPOKE_TO', verbs: ['speak', 'talk'], voice: 'active', subject: 'agent', object: 'pp:to',
    subjectTypes: ['PERSON'], objectTypes: PARTNERS, seen: 'news-dev (an election report: "spoke to X by phone"); news-fresh ("spoke to" a crowd, which names no one)',
    match: [['Olaf Scholz spoke to Emmanuel Macron by phone.', 'Olaf Scholz SPOKE_TO Emmanuel Macron'], ['Olaf Scholz spoke to Emmanuel Macron by phone, as did Italy\'s Prime Minister Mario Draghi.', 'Mario Draghi SPOKE_TO Emmanuel Macron']],
    miss: [['Olaf Scholz spoke to a crowd in Berlin.'], ['Olaf Scholz spoke about Emmanuel Macron.']],
  },
  {
    id: 'speak.telephone', kind: 'verb', predicate: 'SPOKE_TO', verbs: ['telephone', 'phone', 'ring'], voice: 'active', subject: 'agent', object: 'patient', directObject: true,
    subjectTypes: ['PERSON'], objectTypes: PARTNERS, seen: 'news-fresh4 (a live blog: "he had telephoned X and congratulated him"); news-fresh5 (a wire report: "said he had telephoned X to congratulate him")',
    match: [['Olaf Scholz said he had telephoned Emmanuel Macron to congratulate him.', 'Olaf Scholz SPOKE_TO Emmanuel Macron'], ['Olaf Scholz phoned Emmanuel Macron on Monday.', 'Olaf Scholz SPOKE_TO Emmanuel Macron']],
    miss: [['Olaf Scholz telephoned his congratulations to Berlin.'], ['Olaf Scholz never phoned Emmanuel Macron.', 'NOT Olaf Scholz SPOKE_TO Emmanuel Macron']],
  },
  {
    // "called X" is a phone call only with a person right after it and nothing said of him: not "called X a liar" or
    // "called X as a witness" (complementNouns [''] admits no complement), not "called on X", "called for X", "called out X"
    id: 'speak.called', kind: 'verb', predicate: 'SPOKE_TO', verbs: ['call'], voice: 'active', subject: 'agent', object: 'patient', directObject: true,
    complementNouns: [''], noParticle: true, subjectTypes: ['PERSON'], objectTypes: ['PERSON'],
    seen: 'news-fresh13 (an analysis: "U.S. President X called Y"); news-fresh15 (a live blog: "X has also called Y to congratulate him"); news-fresh8 (a live blog: "X has also called Y"); news-dev (a wire report: "then called Turkish President X")',
    match: [['Olaf Scholz has also called Emmanuel Macron to congratulate him.', 'Olaf Scholz SPOKE_TO Emmanuel Macron'], ['Olaf Scholz then called French President Emmanuel Macron.', 'Olaf Scholz SPOKE_TO Emmanuel Macron']],
    miss: [['Olaf Scholz called Emmanuel Macron a friend of Germany.'], ['Olaf Scholz called on Emmanuel Macron to end the strike.'], ['Olaf Scholz called for talks with Emmanuel Macron.'],
      ['Olaf Scholz called out Emmanuel Macron over the strike.'], ['Olaf Scholz called Emmanuel Macron as a witness.'], ['Olaf Scholz is called Emmanuel Macron by no one.'], ['Olaf Scholz called France to account.'],
      ['Olaf Scholz did not call Emmanuel Macron.', 'NOT Olaf Scholz SPOKE_TO Emmanuel Macron']],
  },
  {
    // "had a brief conversation with X", "held a phone conversation with X" (a conversation with no such word is a meeting:
    // meet.conversation)
    id: 'speak.conversation', kind: 'support', predicate: 'SPOKE_TO', verbs: ['hold', 'have', 'make', 'take'], nouns: ['conversation', 'conversations'],
    eventPremods: SPOKEN_CONVERSATION, subject: 'agent', object: 'pp:with', subjectTypes: ['PERSON'], objectTypes: PARTNERS,
    seen: 'news-fresh11 (pashinyan-granada-epc-readout: "had brief conversations with the President of the European Commission, X"); news-fresh20 (ea-albanese-xi-bali-wire: "a brief conversation with China\'s Premier X")',
    match: [['Olaf Scholz had a brief conversation with Emmanuel Macron.', 'Olaf Scholz SPOKE_TO Emmanuel Macron'], ['Olaf Scholz held a telephone conversation with Emmanuel Macron.', 'Olaf Scholz SPOKE_TO Emmanuel Macron']],
    miss: [['Olaf Scholz had a long conversation with Emmanuel Macron in Paris.']],
  },
  {
    id: 'speak.call', kind: 'support', predicate: 'SPOKE_TO', verbs: ['hold', 'have', 'make', 'take'], nouns: ['call', 'calls'],
    subject: 'agent', object: 'pp:with', subjectTypes: ['PERSON'], objectTypes: PARTNERS, seen: 'news-fresh (a live blog: "held a phone call with"); news-dev (a read-out: "call the other directly")',
    match: [['Olaf Scholz held a phone call with Emmanuel Macron.', 'Olaf Scholz SPOKE_TO Emmanuel Macron']],
    miss: [['Olaf Scholz held a rally with Emmanuel Macron.']],
  },
];
