// A name's short form within one article ("Batken" after or before "Batken Region", "Point Loma" for "Naval Base
// Point Loma", "Pakatan" for "Pakatan Harapan"): the same entity, not a second one.
import { normalizeName } from '../model/keys.ts';
import type { Entity, ResolvedMention } from '../model/types.ts';
import { AREA_AROUND_HEADS, NAME_JOINERS } from './lexicon.ts';

const wordsOf = (name: string) => normalizeName(name).split(' ').filter(Boolean);
// (a label in capitals, "EU", "G7", is an acronym: never folded as a short form)
const inCapitals = (s: string) => /^[\p{Lu}\d][\p{Lu}\d.&-]*$/u.test(s);

/**
 * `short` begins or ends `long`, word for word, as the long name's own name: not a name joined to it by "of" or
 * "and" ("Federal Government" in "Information Office of the Federal Government"), not one word at the end of a
 * longer name ("Congo" in "Alliance Fleuve Congo"), and for a place not a town beside its area ("Nakuru County").
 */
function beginsOrEnds(short: string[], long: string[], place: boolean): boolean {
  if (short.length >= long.length) return false;
  const at = (from: number) => short.every((w, k) => long[from + k] === w);
  const rest = long.slice(short.length);
  const begins = at(0) && (!NAME_JOINERS.has(rest[0]!) || (rest[0] === 'of' && short.length > 1));
  if (begins && !(place && rest.some((w) => AREA_AROUND_HEADS.has(w)))) return true;
  const before = long[long.length - short.length - 1]!;
  return short.length > 1 && at(long.length - short.length) && !NAME_JOINERS.has(before);
}

/**
 * The one longer entity of the article whose name `e`'s name begins or ends, of `e`'s type; or, for a name
 * the recogniser could only type a person by its shape (two words or more), of a place, organisation or event.
 * A short form two longer names share ("Senate" with two senates) stays apart: it could be either.
 */
function longFormOf(e: Entity, all: readonly Entity[], words: (name: string) => string[]): Entity | null {
  if (e.gazetteerId || inCapitals(e.label)) return null;
  const short = words(e.label);
  if (short.length === 0) return null;
  const fits = (f: Entity) => f !== e && (f.type === e.type ? f.type !== 'PERSON' : e.type === 'PERSON' && short.length > 1 && f.type !== 'COUNTRY')
    && [f.label, ...f.aliases].some((n) => beginsOrEnds(short, words(n), f.type === 'LOCATION'));
  const found = all.filter(fits);
  return found.length === 1 ? found[0]! : null;
}

/**
 * Folds each short form into its long form: the short entity's mentions name the long one, its label and
 * aliases become the long one's aliases. One pass over the entities in key order, so the output does not depend
 * on the order of the mentions.
 */
export function mergeShortForms(entities: Map<string, Entity>, mentions: ResolvedMention[]): void {
  const all = [...entities.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const into = new Map<string, Entity>();
  // (each entity's names are read again for every other entity: each folded once)
  const folded = new Map<string, string[]>();
  const foldedWords = (name: string): string[] => folded.get(name) ?? (folded.set(name, wordsOf(name)), folded.get(name)!);
  for (const e of all) {
    const f = longFormOf(e, all, foldedWords);
    if (f) into.set(e.key, f);
  }
  // a long form that is itself a short form of a longer one keeps its own entity (no chains)
  for (const [key, f] of into) if (into.has(f.key)) into.delete(key);
  for (const [key, f] of into) {
    const e = entities.get(key)!;
    for (const alias of [e.label, ...e.aliases]) if (alias !== f.label && !f.aliases.includes(alias)) f.aliases.push(alias);
    entities.delete(key);
  }
  for (const m of mentions) {
    const f = into.get(m.entity);
    if (!f) continue;
    m.entity = f.key;
    if (m.type !== f.type && !m.demonym) m.type = f.type;
  }
}
