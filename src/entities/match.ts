// Finding gazetteer names in parsed text: longest match over word pieces.
import type { Sentence } from '../model/types.ts';
import { PERSON_PARTICLES } from './lexicon.ts';
import { CLAUSE_PUNCTUATION, nameTokens, type Gazetteer, type GazetteerEntry, type MatchForm, type TrieNode } from './gazetteer.ts';

/** A word piece of the text, with the token it belongs to. */
export interface Piece {
  key: string;
  start: number;
  end: number;
  token: number;
}

const PIECE = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*\.?/gu;

/** a word of ASCII letters and digits only: its piece is all of it, and its key its lower case */
const PLAIN_WORD = /^[A-Za-z0-9]+$/;

export function pieceKey(s: string): string {
  if (PLAIN_WORD.test(s)) return s.toLowerCase();
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/’/g, "'").replace(/'s$/, '').replace(/\./g, '');
}

export function sentencePieces(sentence: Sentence): Piece[] {
  const pieces: Piece[] = [];
  sentence.tokens.forEach((tok, ti) => {
    // (most tokens: one piece, the whole word, found without matchAll and its match objects)
    if (PLAIN_WORD.test(tok.text)) {
      pieces.push({ key: tok.text.toLowerCase(), start: tok.start, end: tok.start + tok.text.length, token: ti });
      return;
    }
    for (const m of tok.text.matchAll(PIECE)) {
      let text = m[0];
      // a trailing possessive belongs to the word, but not to the name
      const poss = /['’]s$/i.exec(text);
      if (poss) text = text.slice(0, -2);
      pieces.push({ key: pieceKey(text), start: tok.start + m.index!, end: tok.start + m.index! + text.length, token: ti });
    }
  });
  return pieces;
}

export interface GazetteerHit {
  entry: GazetteerEntry;
  form: MatchForm;
  start: number;
  end: number;
  tokens: [number, number];
}

const dotless = (s: string) => s.replace(/\./g, '');
// (an Arabic article is written lower-case before a capitalised name: "al-Qaeda", "el-Sisi"; so is a French or
// Italian elided article or preposition: "Côte d'Ivoire", "L'Aquila")
const capitalised = (s: string) => /^(?:al-|el-|[dl]['’])?[\p{Lu}\p{N}]/u.test(s);

// ("Tsai Ing-wen", "Han Duck-soo": a given name's second syllable after a hyphen is written lower-case)
const hyphenTail = (text: string, start: number) => text[start - 1] === '-' && /[\p{Lu}]/u.test(text[start - 2] === undefined ? '' : text.slice(Math.max(0, text.lastIndexOf(' ', start - 2) + 1), start - 1));

/** Longest non-overlapping gazetteer matches, left to right. */
export function matchGazetteer(text: string, sentence: Sentence, gazetteer: Gazetteer): GazetteerHit[] {
  const pieces = sentencePieces(sentence);
  const hits: GazetteerHit[] = [];
  const longestAt = (i: number): GazetteerHit | null => {
    let node: TrieNode | undefined = gazetteer.trie;
    let best: GazetteerHit | null = null;
    for (let j = i; j < pieces.length; j++) {
      node = node.next?.get(pieces[j]!.key);
      if (!node) break;
      if (!node.hits) continue;
      const start = pieces[i]!.start, end = pieces[j]!.end;
      const surface = text.slice(start, end);
      // "In Washington, State Department ...": words of a name never straddle a comma the name lacks
      const punctuated = CLAUSE_PUNCTUATION.test(surface);
      const ok = node.hits.find((h) => (!punctuated || h.punctuated) &&
        (h.caseSensitive !== null ? dotless(h.caseSensitive) === dotless(surface)
          : capitalised(surface) && (capitalised(text.slice(pieces[j]!.start, end)) || hyphenTail(text, pieces[j]!.start))));
      if (ok) best = { entry: ok.entry, form: ok.form, start, end, tokens: [pieces[i]!.token, pieces[j]!.token] };
    }
    return best;
  };
  for (let i = 0; i < pieces.length; ) {
    const best = longestAt(i);
    // "The Caribbean Community": a form's leading "the" ("the Caribbean") yields to a longer name after it
    const after = best && pieces[i]!.key === 'the' ? longestAt(i + 1) : null;
    if (after && after.end > best!.end) { i++; continue; }
    if (best) {
      hits.push(best);
      while (i < pieces.length && pieces[i]!.start < best.end) i++;
    } else i++;
  }
  return hits;
}

/**
 * "U.S. Congress", "U.S. Senate": a body's gazetteer name that opens with its own country's name is read as two
 * names, the country and the body, as news-wire annotation does; the body keeps its gazetteer entry.
 */
export function splitCountryPrefixes(text: string, sentence: Sentence, gazetteer: Gazetteer, hits: GazetteerHit[]): GazetteerHit[] {
  const out: GazetteerHit[] = [];
  for (const h of hits) {
    const [a, b] = h.tokens;
    const country = h.entry.country ? gazetteer.entries.get(h.entry.country) : undefined;
    const first = sentence.tokens[a]!, rest = sentence.tokens[a + 1];
    if (h.entry.type !== 'ORGANIZATION' || !country || a === b || !rest || !/^\s+$/.test(text.slice(first.end, rest.start)) || !capitalised(rest.text)) { out.push(h); continue; }
    const node = gazetteer.trie.next?.get(pieceKey(first.text));
    const ok = node?.hits?.find((x) => x.entry.id === country.id && x.form !== 'demonym'
      && (x.caseSensitive !== null ? dotless(x.caseSensitive) === dotless(first.text) : capitalised(first.text)));
    // only where the body is also named without its country ("Congress"): "China Daily", "Israel Defense Forces" are one name
    const restKey = sentencePieces(sentence).filter((p) => p.token > a && p.token <= b).map((p) => p.key).join(' ');
    const alone = [h.entry.name, ...(h.entry.aliases ?? [])].some((n) => nameKey(n) === restKey);
    if (!ok || !alone) { out.push(h); continue; }
    out.push({ entry: country, form: ok.form, start: first.start, end: first.end, tokens: [a, a] });
    out.push({ ...h, form: 'alias', start: rest.start, tokens: [a + 1, b] });
  }
  return out;
}

const nameKey = (name: string) => nameTokens(name).map(pieceKey).filter((t) => /[\p{L}\p{N}]/u.test(t)).join(' ');

/** compromise's tags of a name's word */
const NAME_TAGS = new Set(['Person', 'FirstName', 'LastName', 'Place', 'Organization', 'ProperNoun']);

/**
 * Drops the hits of standalone entries (GazetteerEntry.standalone) that a longer capitalised name holds: a capitalised
 * word or a name's particle after a capitalised word right before the hit ("Ararat Mirzoyan", "Tren de Aragua",
 * "Berta Valle"), a capitalised word right after it, or letters or a hyphen joined to it ("Al-Sabah"). A sentence's
 * first word is no name's when the parser knows it as a word, not a name ("In Khost"; not "Hernandez Galicia's").
 */
export function withoutJoinedStandalone(text: string, sentence: Sentence, hits: GazetteerHit[], known: (normal: string) => boolean): GazetteerHit[] {
  const { tokens } = sentence;
  const common = (t: Sentence['tokens'][number]) => known(t.normal) && !t.tags.some((x) => NAME_TAGS.has(x));
  const nameWord = (k: number) => !!tokens[k] && capitalised(tokens[k]!.text) && !(k === 0 && common(tokens[k]!));
  const spaced = (x: number, y: number) => /^\s+$/.test(text.slice(tokens[x]!.end, tokens[y]!.start));
  return hits.filter((h) => {
    if (!h.entry.standalone) return true;
    const [a, b] = h.tokens;
    if (/[\p{L}-]/u.test(text[h.start - 1] ?? '') || /^-?\p{L}/u.test(text.slice(h.end, h.end + 2).replace(/^['’]s\b/, ''))) return false;
    const before = a > 0 && spaced(a - 1, a) && (nameWord(a - 1) || (PERSON_PARTICLES.has(tokens[a - 1]!.normal) && a > 1 && spaced(a - 2, a - 1) && nameWord(a - 2)));
    const after = b + 1 < tokens.length && spaced(b, b + 1) && nameWord(b + 1);
    return !before && !after;
  });
}
