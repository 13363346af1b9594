// The closed predicate vocabulary of ../shared/eval/SCHEMA.md, as data.
import type { EntityType } from './types.ts';

export const PREDICATES = [
  'LEADER_OF', 'WORKS_FOR', 'MEMBER_OF', 'PART_OF', 'CITIZEN_OF', 'LIVES_IN', 'LOCATED_IN',
  'HEADQUARTERED_IN', 'FOUNDED', 'VISITED', 'HOSTED', 'MET_WITH', 'ATTENDED', 'SPOKE_TO', 'PRAISED',
  'SUPPORTS', 'ALLIED_WITH', 'SIGNED_AGREEMENT_WITH', 'NEGOTIATED_WITH', 'TRADES_WITH', 'FUNDED',
  'CRITICIZED', 'ACCUSED', 'OPPOSES', 'REDUCED_RELATIONS', 'THREATENED', 'SANCTIONED',
  'ISSUED_WARRANT_FOR', 'ARRESTED', 'ATTACKED', 'AT_WAR_WITH', 'KILLED',
] as const;
export type Predicate = (typeof PREDICATES)[number];

export interface PredicateSpec {
  predicate: Predicate;
  /** CAMEO root code, null where none fits */
  cameo: string | null;
  /** cooperation score, -10 (conflict) .. +10 (cooperation), Goldstein-like */
  score: number;
  symmetric: boolean;
  subjectTypes: readonly EntityType[];
  objectTypes: readonly EntityType[];
  /** the cue words SCHEMA.md lists; patterns live in src/relations */
  cues: readonly string[];
}

const ACTOR: readonly EntityType[] = ['PERSON', 'COUNTRY', 'ORGANIZATION'];
const ANY: readonly EntityType[] = ['PERSON', 'COUNTRY', 'LOCATION', 'ORGANIZATION', 'EVENT', 'OTHER'];

const spec = (
  predicate: Predicate, cameo: string | null, score: number, symmetric: boolean,
  subjectTypes: readonly EntityType[], objectTypes: readonly EntityType[], cues: readonly string[],
): PredicateSpec => ({ predicate, cameo, score, symmetric, subjectTypes, objectTypes, cues });

export const PREDICATE_TABLE: Readonly<Record<Predicate, PredicateSpec>> = Object.freeze({
  LEADER_OF: spec('LEADER_OF', null, 0, false, ['PERSON'], ['COUNTRY', 'ORGANIZATION'], ['president', 'prime minister', 'king', 'chairman', 'leader', 'head', 'secretary-general']),
  WORKS_FOR: spec('WORKS_FOR', null, 0, false, ['PERSON'], ['ORGANIZATION', 'COUNTRY', 'PERSON'], ['minister', 'spokesperson', 'ambassador', 'official', 'researcher', 'adviser', 'reporter', 'aide']),
  MEMBER_OF: spec('MEMBER_OF', null, 0, false, ['COUNTRY', 'ORGANIZATION', 'PERSON'], ['ORGANIZATION'], ['member', 'joined', 'belongs to']),
  PART_OF: spec('PART_OF', null, 0, false, ['ORGANIZATION'], ['ORGANIZATION'], ['organ', 'chamber', 'body']),
  CITIZEN_OF: spec('CITIZEN_OF', null, 0, false, ['PERSON'], ['COUNTRY'], ['citizen', 'national', 'born']),
  LIVES_IN: spec('LIVES_IN', null, 0, false, ['PERSON'], ['LOCATION', 'COUNTRY'], ['lives in', 'resident of', 'native of']),
  LOCATED_IN: spec('LOCATED_IN', null, 0, false, ['LOCATION', 'EVENT'], ['LOCATION', 'COUNTRY'], ['held in', 'capital of', 'in']),
  HEADQUARTERED_IN: spec('HEADQUARTERED_IN', null, 0, false, ['ORGANIZATION'], ['LOCATION', 'COUNTRY'], ['headquarters', 'based in', 'seat of']),
  FOUNDED: spec('FOUNDED', null, 0, false, ['PERSON', 'ORGANIZATION', 'COUNTRY'], ['ORGANIZATION', 'OTHER', 'EVENT'], ['founded', 'launched', 'created', 'initiated']),
  VISITED: spec('VISITED', '042', 1.9, false, ACTOR, ['COUNTRY', 'LOCATION'], ['visited', 'travelled to', 'arrived in', 'trip to']),
  HOSTED: spec('HOSTED', '043', 2.8, false, ACTOR, [...ACTOR, 'EVENT'], ['hosted', 'welcomed', 'received']),
  MET_WITH: spec('MET_WITH', '040', 1.0, true, ACTOR, ACTOR, ['met', 'held talks with']),
  ATTENDED: spec('ATTENDED', '040', 1.0, false, ACTOR, ['EVENT'], ['attended', 'took part in']),
  SPOKE_TO: spec('SPOKE_TO', '010', 0, false, ['PERSON'], ['ORGANIZATION', 'PERSON'], ['told', 'said in an interview with']),
  PRAISED: spec('PRAISED', '051', 3.4, false, ACTOR, ANY, ['praised', 'commended', 'called a friend']),
  SUPPORTS: spec('SUPPORTS', '05/07', 3.5, false, ACTOR, [...ACTOR, 'OTHER'], ['supported', 'backed', 'support of', 'support for', 'voted for']),
  ALLIED_WITH: spec('ALLIED_WITH', '06', 6.0, true, ACTOR, ACTOR, ['ally', 'alliance', 'partnership']),
  SIGNED_AGREEMENT_WITH: spec('SIGNED_AGREEMENT_WITH', '057', 8.0, true, ACTOR, ACTOR, ['signed', 'agreed with', 'deal with']),
  NEGOTIATED_WITH: spec('NEGOTIATED_WITH', '046', 7.0, true, ACTOR, ACTOR, ['negotiated', 'mediated']),
  TRADES_WITH: spec('TRADES_WITH', '061', 6.4, true, ['COUNTRY', 'ORGANIZATION'], ['COUNTRY', 'ORGANIZATION'], ['trade', 'trading partner', 'exports to']),
  FUNDED: spec('FUNDED', '07', 7.4, false, ACTOR, [...ACTOR, 'OTHER', 'LOCATION'], ['funded', 'financed', 'invested in', 'loaned', 'built']),
  CRITICIZED: spec('CRITICIZED', '111', -2.0, false, ACTOR, ANY, ['criticized', 'condemned', 'denounced']),
  ACCUSED: spec('ACCUSED', '112', -2.0, false, ACTOR, ACTOR, ['accused', 'blamed']),
  OPPOSES: spec('OPPOSES', '12', -4.0, false, ACTOR, [...ACTOR, 'OTHER'], ['opposed', 'rejected', 'defied', 'voted against']),
  REDUCED_RELATIONS: spec('REDUCED_RELATIONS', '16', -4.0, false, ACTOR, ACTOR, ['expelled', 'recalled', 'cut ties', 'suspended']),
  THREATENED: spec('THREATENED', '13', -6.0, false, ACTOR, ACTOR, ['threatened', 'warned']),
  SANCTIONED: spec('SANCTIONED', '163', -8.0, false, ACTOR, ACTOR, ['sanctioned', 'imposed sanctions on', 'embargo']),
  ISSUED_WARRANT_FOR: spec('ISSUED_WARRANT_FOR', '173', -5.0, false, ['ORGANIZATION', 'COUNTRY'], ['PERSON'], ['arrest warrant for', 'indicted', 'charged']),
  ARRESTED: spec('ARRESTED', '173', -5.0, false, ACTOR, ['PERSON'], ['arrested', 'detained']),
  ATTACKED: spec('ATTACKED', '18/19', -9.0, false, ACTOR, [...ACTOR, 'LOCATION'], ['attacked', 'invaded', 'struck', 'bombed']),
  AT_WAR_WITH: spec('AT_WAR_WITH', '190', -10.0, true, ACTOR, ACTOR, ['war with', 'war against', 'fighting']),
  KILLED: spec('KILLED', '18/20', -10.0, false, ['PERSON', 'ORGANIZATION', 'COUNTRY'], ['PERSON'], ['killed', 'assassinated', 'murdered', 'executed']),
});

export const isPredicate = (s: unknown): s is Predicate =>
  typeof s === 'string' && (PREDICATES as readonly string[]).includes(s);

/** Does the pair of types fit the predicate's signature? */
export function fitsSignature(predicate: Predicate, subject: EntityType, object: EntityType): boolean {
  const p = PREDICATE_TABLE[predicate];
  const direct = p.subjectTypes.includes(subject) && p.objectTypes.includes(object);
  return direct || (p.symmetric && p.subjectTypes.includes(object) && p.objectTypes.includes(subject));
}
