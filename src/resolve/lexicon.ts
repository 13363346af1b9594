// Rules as data for coreference within an article: pronouns and the descriptions that stand for a named entity.
import type { EntityType } from '../model/types.ts';

export type Gender = 'male' | 'female';

/** Personal and possessive pronouns, with the entity types they can stand for (and a person's gender). */
export const PRONOUNS: Record<string, { types: EntityType[]; plural?: boolean; gender?: Gender }> = {
  he: { types: ['PERSON'], gender: 'male' }, him: { types: ['PERSON'], gender: 'male' },
  his: { types: ['PERSON'], gender: 'male' }, himself: { types: ['PERSON'], gender: 'male' },
  she: { types: ['PERSON'], gender: 'female' }, her: { types: ['PERSON'], gender: 'female' },
  hers: { types: ['PERSON'], gender: 'female' }, herself: { types: ['PERSON'], gender: 'female' },
  its: { types: ['COUNTRY', 'ORGANIZATION'] }, itself: { types: ['COUNTRY', 'ORGANIZATION'] },
  // plural pronouns often mean an unnamed group ("poorer countries ... their inability"): organisations only, nearby
  they: { types: ['ORGANIZATION'], plural: true }, them: { types: ['ORGANIZATION'], plural: true },
  their: { types: ['ORGANIZATION'], plural: true },
};

/** Titles (normalised roles, as the entities stage writes them) that tell a person's gender. */
export const TITLE_GENDER: Record<string, Gender> = {
  mr: 'male', sir: 'male', lord: 'male', king: 'male', prince: 'male', emperor: 'male', duke: 'male', sultan: 'male',
  emir: 'male', sheikh: 'male', pope: 'male', father: 'male', brother: 'male', archbishop: 'male', cardinal: 'male',
  mrs: 'female', ms: 'female', miss: 'female', madam: 'female', madame: 'female', dame: 'female', lady: 'female',
  queen: 'female', princess: 'female', empress: 'female', duchess: 'female', sister: 'female',
};

/**
 * compromise's tags for given names: its built-in lexicon of first names tags each MaleName or
 * FemaleName (data/gazetteer/README.md notes the source); a name it does not know has neither.
 */
export const NAME_TAG_GENDER: Record<string, Gender> = { MaleName: 'male', FemaleName: 'female' };

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
