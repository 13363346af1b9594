// Finding gazetteer names in parsed text: longest match over word pieces.
import type { Sentence } from '../model/types.ts';
import { CLAUSE_PUNCTUATION, type Gazetteer, type GazetteerEntry, type MatchForm, type TrieNode } from './gazetteer.ts';

/** A word piece of the text, with the token it belongs to. */
export interface Piece {
  key: string;
  start: number;
  end: number;
  token: number;
}

const PIECE = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*\.?/gu;

export function pieceKey(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/’/g, "'").replace(/'s$/, '').replace(/\./g, '');
}

export function sentencePieces(sentence: Sentence): Piece[] {
  const pieces: Piece[] = [];
  sentence.tokens.forEach((tok, ti) => {
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
const capitalised = (s: string) => /^[\p{Lu}\p{N}]/u.test(s);

/** Longest non-overlapping gazetteer matches, left to right. */
export function matchGazetteer(text: string, sentence: Sentence, gazetteer: Gazetteer): GazetteerHit[] {
  const pieces = sentencePieces(sentence);
  const hits: GazetteerHit[] = [];
  for (let i = 0; i < pieces.length; ) {
    let node: TrieNode | undefined = gazetteer.trie;
    let best: GazetteerHit | null = null;
    for (let j = i; j < pieces.length; j++) {
      node = node.next.get(pieces[j]!.key);
      if (!node) break;
      if (!node.hits) continue;
      const start = pieces[i]!.start, end = pieces[j]!.end;
      const surface = text.slice(start, end);
      // "In Washington, State Department ...": words of a name never straddle a comma the name lacks
      const punctuated = CLAUSE_PUNCTUATION.test(surface);
      const ok = node.hits.find((h) => (!punctuated || h.punctuated) &&
        (h.caseSensitive !== null ? dotless(h.caseSensitive) === dotless(surface)
          : capitalised(surface) && capitalised(text.slice(pieces[j]!.start, end))));
      if (ok) best = { entry: ok.entry, form: ok.form, start, end, tokens: [pieces[i]!.token, pieces[j]!.token] };
    }
    if (best) {
      hits.push(best);
      while (i < pieces.length && pieces[i]!.start < best.end) i++;
    } else i++;
  }
  return hits;
}
