// The gazetteer: world knowledge as data (data/gazetteer/*.json), compiled into a token trie.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTITY_TYPES, type EntityType } from '../model/types.ts';
import type { GazetteerEntry, GazetteerFile } from '../model/gazetteer.ts';
import { GeokgError } from '../util/errors.ts';
import { NAME_WORD_ABBREVIATIONS } from './lexicon.ts';
import { pieceKey } from './match.ts';

export type { GazetteerEntry, GazetteerFile, GazetteerRole } from '../model/gazetteer.ts';

export type MatchForm = 'name' | 'alias' | 'acronym' | 'demonym';

/**
 * A node of the name trie. Compact, as every worker thread builds its own: a leaf has no `next` and `hits` is
 * made at its length (an empty Map costs about 200 bytes and a pushed-to empty array 150; the trie has about
 * 10,000 nodes, and each thread's heap, with V8's growth factor, holds about twice what is live).
 */
export interface TrieNode {
  next?: Map<string, TrieNode>;
  /** entries ending here, with how they were named */
  hits?: { entry: GazetteerEntry; form: MatchForm; caseSensitive: string | null; punctuated: boolean }[];
}

export interface Gazetteer {
  entries: Map<string, GazetteerEntry>;
  trie: TrieNode;
  /** persons by the key of their name's last word ("putin"), for a surname written alone */
  surnames: Map<string, GazetteerEntry[]>;
}

/** Punctuation between words that a name must itself contain to match across it ("Washington, D.C."). */
export const CLAUSE_PUNCTUATION = /[,;:()"“”]/;

export const DEFAULT_GAZETTEER_DIR = fileURLToPath(new URL('../../data/gazetteer/', import.meta.url));

/** Splits a name the way the matcher walks tokens: words and single punctuation marks. */
/**
 * The keys of a person's surname written alone: the last word of the name, and of each alias that spells only
 * the surname otherwise ("Volodymyr Zelensky" for "Volodymyr Zelenskyy": a lone "Zelensky" is him too).
 * An alias that changes other words ("King Charles", "Joseph R. Biden Jr.") gives none: its last word need not be a surname.
 */
function personSurnames(e: GazetteerEntry): string[] {
  const keys = (n: string) => nameTokens(n).map(pieceKey).filter(Boolean);
  const name = keys(e.name);
  const out = new Set(name.slice(-1));
  for (const a of e.aliases ?? []) {
    const alias = keys(a);
    if (alias.length >= 2 && alias.length === name.length && alias.slice(0, -1).join(' ') === name.slice(0, -1).join(' ')) out.add(alias.at(-1)!);
  }
  return [...out];
}

/** The id of the country a one-word demonym names ("Chinese" → China), else undefined. */
export function demonymCountry(gazetteer: Gazetteer, word: string): string | undefined {
  return gazetteer.trie.next?.get(pieceKey(word))?.hits?.find((h) => h.form === 'demonym' && h.entry.type === 'COUNTRY')?.entry.id;
}

export function nameTokens(name: string): string[] {
  return name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[’`]/g, "'")
    .match(/[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu) ?? [];
}

export function compileGazetteer(files: readonly GazetteerFile[]): Gazetteer {
  const entries = new Map<string, GazetteerEntry>();
  const surnames = new Map<string, GazetteerEntry[]>();
  const trie: TrieNode = {};
  const add = (surface: string, entry: GazetteerEntry, form: MatchForm, caseSensitive: boolean) => {
    // keyed exactly as the matcher keys the text's words (no dots, no possessive), so "U.S." and
    // "People's Republic" are found
    // punctuation is no word of the text ("Washington, D.C."): the form matches its words, and may straddle it
    const toks = nameTokens(surface).map(pieceKey).filter((t) => /[\p{L}\p{N}]/u.test(t));
    if (!toks.length) return;
    addPath(toks, entry, form, caseSensitive ? surface : null, CLAUSE_PUNCTUATION.test(surface));
    // "St Vincent" for "Saint Vincent", "Saint Paul" for "St. Paul": a derived path never displaces a listed form
    if (!caseSensitive && toks.some((t) => ABBREVIATED.has(t))) derived.push({ toks: toks.map((t) => ABBREVIATED.get(t) ?? t), entry, form });
  };
  const derived: { toks: string[]; entry: GazetteerEntry; form: MatchForm }[] = [];
  const addPath = (toks: string[], entry: GazetteerEntry, form: MatchForm, caseSensitive: string | null, punctuated: boolean) => {
    let node = trie;
    for (const t of toks) {
      node.next ??= new Map();
      let n = node.next.get(t);
      if (!n) node.next.set(t, (n = {}));
      node = n;
    }
    const hit = { entry, form, caseSensitive, punctuated };
    const same = node.hits?.find((h) => h.entry.id === entry.id && h.form === form);
    if (same) same.punctuated ||= punctuated; // "Washington D.C." and "Washington, D.C." are one path
    else node.hits = node.hits ? [...node.hits, hit] : [hit];
  };
  for (const file of files) {
    for (const e of file.entries) {
      if (!e.id || !e.name || !ENTITY_TYPES.includes(e.type))
        throw new GeokgError('gazetteer', `bad entry ${JSON.stringify(e).slice(0, 80)}: needs id, name and a SCHEMA type`);
      if (entries.has(e.id)) continue; // the first file to name an id wins; files load in name order
      entries.set(e.id, e);
      add(e.name, e, 'name', false);
      for (const a of e.aliases ?? []) add(a, e, 'alias', false);
      for (const a of e.acronyms ?? []) add(a, e, 'acronym', true);
      for (const d of e.demonyms ?? []) add(d, e, 'demonym', false);
      for (const last of e.type === 'PERSON' ? personSurnames(e) : []) surnames.set(last, [...(surnames.get(last) ?? []), e]);
    }
  }
  for (const d of derived) {
    let node: TrieNode | undefined = trie;
    for (const t of d.toks) node = node?.next?.get(t);
    if (!node?.hits?.some((h) => h.entry.id !== d.entry.id)) addPath(d.toks, d.entry, d.form, null, false);
  }
  return { entries, trie, surnames };
}

/** Each abbreviable word of a name and its other form, both ways: saint ↔ st. */
const ABBREVIATED = new Map(Object.entries(NAME_WORD_ABBREVIATIONS).flatMap(([long, short]) => [[long, short], [short, long]]));

/** Reads every *.json in the folder, in name order. */
export function loadGazetteer(dir: string = DEFAULT_GAZETTEER_DIR): Gazetteer {
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch {
    throw new GeokgError('gazetteer', `${dir}: cannot read the gazetteer folder`);
  }
  const files = names.map((f) => {
    try {
      return JSON.parse(readFileSync(join(dir, f), 'utf8')) as GazetteerFile;
    } catch (e) {
      throw new GeokgError('gazetteer', `${join(dir, f)}: ${(e as Error).message}`);
    }
  });
  return compileGazetteer(files);
}
