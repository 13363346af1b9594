// Rules as data for coreference within an article: pronouns and the descriptions that stand for a named entity.
import type { EntityType } from '../model/types.ts';

/** Personal and possessive pronouns, with the entity types they can stand for. */
export const PRONOUNS: Record<string, { types: EntityType[]; plural?: boolean }> = {
  he: { types: ['PERSON'] }, him: { types: ['PERSON'] }, his: { types: ['PERSON'] }, himself: { types: ['PERSON'] },
  she: { types: ['PERSON'] }, her: { types: ['PERSON'] }, hers: { types: ['PERSON'] }, herself: { types: ['PERSON'] },
  its: { types: ['COUNTRY', 'ORGANIZATION'] }, itself: { types: ['COUNTRY', 'ORGANIZATION'] },
  // plural pronouns often mean an unnamed group ("poorer countries ... their inability"): organisations only, nearby
  they: { types: ['ORGANIZATION'], plural: true }, them: { types: ['ORGANIZATION'], plural: true },
  their: { types: ['ORGANIZATION'], plural: true },
};

/**
 * Head nouns of descriptions ("the court", "the Chinese leader"), with the type they denote.
 * `role` descriptions name a person by office; `heads` restricts an organisation to names with that word.
 */
export const DESCRIPTION_HEADS: Record<string, { type: EntityType; role?: boolean; nameWords?: string[] }> = {
  leader: { type: 'PERSON', role: true }, president: { type: 'PERSON', role: true }, premier: { type: 'PERSON', role: true },
  'prime minister': { type: 'PERSON', role: true }, chancellor: { type: 'PERSON', role: true },
  chairman: { type: 'PERSON', role: true }, 'head of state': { type: 'PERSON', role: true },
  'foreign minister': { type: 'PERSON', role: true }, 'supreme leader': { type: 'PERSON', role: true },
  king: { type: 'PERSON', role: true }, monarch: { type: 'PERSON', role: true },
  court: { type: 'ORGANIZATION', nameWords: ['court', 'tribunal'] }, tribunal: { type: 'ORGANIZATION', nameWords: ['court', 'tribunal'] },
  alliance: { type: 'ORGANIZATION', nameWords: ['alliance', 'treaty', 'organization', 'nato'] },
  bloc: { type: 'ORGANIZATION' }, organization: { type: 'ORGANIZATION' }, organisation: { type: 'ORGANIZATION' },
  agency: { type: 'ORGANIZATION', nameWords: ['agency', 'administration', 'bureau', 'service'] },
  'militant group': { type: 'ORGANIZATION' }, group: { type: 'ORGANIZATION' },
  country: { type: 'COUNTRY' }, nation: { type: 'COUNTRY' }, government: { type: 'COUNTRY' },
  kingdom: { type: 'COUNTRY' }, republic: { type: 'COUNTRY' },
  city: { type: 'LOCATION' }, capital: { type: 'LOCATION' },
};

/** Plural descriptions of two entities: "the two nations", "both countries", "the two leaders". */
export const PAIR_HEADS: Record<string, EntityType> = {
  nations: 'COUNTRY', countries: 'COUNTRY', states: 'COUNTRY', governments: 'COUNTRY', leaders: 'PERSON', presidents: 'PERSON', men: 'PERSON',
};
export const PAIR_DETERMINERS = new Set(['two', 'both']);

/** Determiners that open a description. */
export const DESCRIPTION_DETERMINERS = new Set(['the', 'this', 'that']);

/** Roles that make a person the leader a description such as "the Chinese leader" means. */
export const LEADER_ROLES = new Set(['president', 'prime minister', 'leader', 'chairman', 'king', 'queen', 'emperor', 'chancellor', 'supreme leader', 'general secretary', 'emir', 'sultan']);

/** How many sentences back a pronoun or description may look for its antecedent. */
export const MAX_SENTENCES_BACK = 3;
