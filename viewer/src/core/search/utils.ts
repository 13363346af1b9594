import { normalizeName } from '../../../../src/model/keys.ts';

/** Case-, accent- and punctuation-folded, as the resolver folds names (so "the ICC" finds "ICC"). */
export const fold = (s: string): string => normalizeName(s);
