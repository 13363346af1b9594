// Content-derived keys: the same input always yields the same node and edge keys
// (graphology's addEdge would invent random ones).
import { PREDICATE_TABLE, type Predicate } from './predicates.ts';
import type { EntityType } from './types.ts';

/** A name of plain ASCII words with one space between them: each fold below but the case and a leading "the " leaves it as it is. */
const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** Case-, accent- and punctuation-folded form of a name, for matching and keys. */
export function normalizeName(s: string): string {
  // (most names: the same result without the Unicode normalisation and five regular expressions; the resolver folds
  // each name many times)
  if (PLAIN_WORDS.test(s)) {
    const lower = s.toLowerCase();
    return lower.startsWith('the ') ? lower.slice(4) : lower;
  }
  return s
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]s\b/g, '')
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

export function entityKey(type: EntityType, label: string, gazetteerId?: string): string {
  if (gazetteerId) return gazetteerId;
  return `${type.toLowerCase()}:${normalizeName(label).replace(/ /g, '-')}`;
}

export function edgeKey(source: string, predicate: Predicate, target: string, negated: boolean): string {
  const [a, b] = PREDICATE_TABLE[predicate].symmetric && target < source ? [target, source] : [source, target];
  return `${a}|${negated ? 'NOT_' : ''}${predicate}|${b}`;
}
