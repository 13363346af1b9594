// Every relation pattern, by family. Adding a frame is adding an entry to one of these files.
import { agreements, alliances } from './agreements.ts';
import { biography } from './biography.ts';
import { contacts } from './contacts.ts';
import { diplomacy, praise } from './diplomacy.ts';
import { force } from './force.ts';
import { lists } from './lists.ts';
import { mediation, meetings } from './meetings.ts';
import { membership } from './membership.ts';
import { places } from './places.ts';
import { stance } from './stance.ts';
import { posts, roles } from './roles.ts';
import type { Pattern } from './types.ts';
import { sanctions } from './sanctions.ts';
import { talks } from './talks.ts';
import { visits } from './visits.ts';

export type { Pattern } from './types.ts';
export const PATTERNS: readonly Pattern[] = [...visits, ...meetings, ...contacts, ...mediation, ...talks, ...sanctions, ...force, ...agreements, ...alliances, ...diplomacy, ...praise, ...stance, ...roles, ...posts, ...lists, ...places, ...membership, ...biography];
/** the verb and noun lemmas the patterns name, for the clause layer's lemmatiser */
export const PATTERN_LEMMAS: ReadonlySet<string> = new Set(PATTERNS.flatMap((p) => ('verbs' in p ? [...p.verbs, ...('parentVerbs' in p ? p.parentVerbs ?? [] : [])] : [])));
