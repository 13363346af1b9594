// Rules as data: cue verbs and titles that signal each predicate. The engine is in index.ts.
import type { Predicate } from '../model/predicates.ts';

/** verb lemma → predicate, for "<subject> <verb> <object>" */
export const CUE_VERBS: Readonly<Record<string, Predicate>> = {
  visit: 'VISITED', tour: 'VISITED',
  host: 'HOSTED', welcome: 'HOSTED', receive: 'HOSTED',
  meet: 'MET_WITH',
  attend: 'ATTENDED',
  tell: 'SPOKE_TO',
  praise: 'PRAISED', commend: 'PRAISED', hail: 'PRAISED',
  support: 'SUPPORTS', back: 'SUPPORTS', endorse: 'SUPPORTS',
  sign: 'SIGNED_AGREEMENT_WITH',
  negotiate: 'NEGOTIATED_WITH', mediate: 'NEGOTIATED_WITH',
  fund: 'FUNDED', finance: 'FUNDED', bankroll: 'FUNDED',
  criticize: 'CRITICIZED', criticise: 'CRITICIZED', condemn: 'CRITICIZED', denounce: 'CRITICIZED',
  accuse: 'ACCUSED', blame: 'ACCUSED',
  oppose: 'OPPOSES', reject: 'OPPOSES', defy: 'OPPOSES',
  expel: 'REDUCED_RELATIONS',
  threaten: 'THREATENED', warn: 'THREATENED',
  sanction: 'SANCTIONED',
  indict: 'ISSUED_WARRANT_FOR', charge: 'ISSUED_WARRANT_FOR',
  arrest: 'ARRESTED', detain: 'ARRESTED',
  attack: 'ATTACKED', invade: 'ATTACKED', strike: 'ATTACKED', bomb: 'ATTACKED', shell: 'ATTACKED',
  kill: 'KILLED', assassinate: 'KILLED', murder: 'KILLED', execute: 'KILLED',
  found: 'FOUNDED', launch: 'FOUNDED', create: 'FOUNDED', establish: 'FOUNDED',
  join: 'MEMBER_OF',
};

/** irregular forms the inflector cannot guess */
export const IRREGULAR: Readonly<Record<string, string>> = {
  met: 'meet', meets: 'meet', meeting: 'meet', told: 'tell', struck: 'strike', strikes: 'strike',
  striking: 'strike', founded: 'found', founds: 'found',
};

/** a title before a name: "<Country> <title> <Person>" */
export const LEADER_TITLES: readonly string[] = [
  'president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emperor', 'chairman', 'leader',
  'supreme leader', 'head of state', 'secretary-general', 'secretary general', 'emir', 'sultan', 'crown prince',
];
export const STAFF_TITLES: readonly string[] = [
  'minister', 'foreign minister', 'defence minister', 'defense minister', 'spokesperson', 'spokesman', 'spokeswoman',
  'ambassador', 'envoy', 'official', 'diplomat', 'researcher', 'adviser', 'advisor', 'reporter', 'correspondent',
  'general', 'commander', 'secretary of state', 'senator', 'lawmaker',
];

export const NEGATORS: readonly string[] = ['not', "n't", 'never', 'no longer', 'refuse', 'refused', 'refuses', 'deny', 'denied', 'denies', 'declined'];
