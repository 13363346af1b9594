// The token view the recency reading and the relation rules share.
import type { Mention, Sentence, Token } from '../model/types.ts';
import { STYLE_NOUNS } from './lexicon.ts';

/**
 * A style of address at token `i`, no pronoun: "His Majesty", "Her Royal Highness", and "H.E." or "HE" before a name,
 * which the tagger normalises to "he" ("HE Jassim Al Budaiwi", "H.E. Mr. X"; seen: news-fresh19
 * me-muraikhi-muscat-gcc-eu-readout, news-fresh27 af-ishiba-ticad9-day-one-readout). Its last token and whether a name
 * follows it ("His Majesty King X"; a bare "His Excellency held talks" stands for a person of its own), or null.
 */
export function styleOfAddressAt(tokens: readonly Token[], i: number): { end: number; named: boolean } | null {
  const t = tokens[i];
  const capitalised = (k: number) => !!tokens[k] && /^\p{Lu}/u.test(tokens[k]!.text);
  if (!t || !capitalised(i + 1)) return null;
  if (/^(HE|H\.E\.?)$/.test(t.text)) return { end: i, named: true };
  if (!/^(His|Her)$/.test(t.text) || !STYLE_NOUNS.has(tokens[i + 1]!.normal)) return null;
  let end = i + 1;
  while (tokens[end + 1] && STYLE_NOUNS.has(tokens[end + 1]!.normal) && capitalised(end + 1)) end++;
  return { end, named: capitalised(end + 1) && !/[,;:]/.test(tokens[end]!.post) };
}

/**
 * The sentence without the empty token compromise adds when it reads a name's possessive "'s" as "is"
 * ("Kennedy's killing" → "Kennedy is killing"), with the mentions' token ranges moved to match, and each
 * kept token's index in the sentence as parsed (`original`).
 */
export function withoutImpliedCopulas<M extends Mention>(sentence: Sentence, mentions: readonly M[]): { sentence: Sentence; mentions: readonly M[]; original: readonly number[] } {
  const { tokens } = sentence;
  // (also a common noun's after its article: "the agency's director general" → "the agency is director general")
  const implied = (k: number) => tokens[k]!.text === '' && k > 0 && (/^[A-Z].*['’]s$/.test(tokens[k - 1]!.text)
    || (/^[a-z]{3,}['’]s$/.test(tokens[k - 1]!.text) && k > 1 && ['the', 'this', 'that'].includes(tokens[k - 2]!.normal)));
  if (!tokens.some((_, k) => implied(k))) return { sentence, mentions, original: tokens.map((_, k) => k) };
  // a kept token's new index; an implied one maps onto the possessive before it
  const newIndex: number[] = [];
  const original: number[] = [];
  const kept: Sentence['tokens'] = [];
  tokens.forEach((t, k) => {
    if (implied(k)) { newIndex[k] = kept.length - 1; return; }
    newIndex[k] = kept.length;
    original.push(k);
    kept.push(t);
  });
  const at = (k: number) => newIndex[k]!;
  return {
    sentence: { ...sentence, tokens: kept },
    mentions: mentions.map((m) => ({ ...m, tokens: [at(m.tokens[0]), at(m.tokens[1])] as [number, number] })),
    original,
  };
}
