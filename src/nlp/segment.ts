// Cuts text into parse units before compromise sees it. compromise is superlinear in the length of
// one sentence (80k unpunctuated words take seconds), so no unit may exceed a fixed number of words.

export interface Segment {
  start: number;
  end: number;
}

export const DEFAULT_MAX_SEGMENT_WORDS = 120;
const MAX_WORD_CHARS = 30;

/**
 * Paragraphs (line breaks) become units; a unit longer than maxWords is cut at the last sentence
 * end, else the last comma, else the last space before the limit. Linear in the text's length.
 */
export function segmentText(text: string, maxWords = DEFAULT_MAX_SEGMENT_WORDS): Segment[] {
  const segments: Segment[] = [];
  const paragraph = /[^\n]+/g;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) {
    let start = m.index;
    const end = m.index + m[0].length;
    while (start < end) {
      // skip leading white space
      while (start < end && /\s/.test(text[start]!)) start++;
      if (start >= end) break;
      let words = 0, i = start, lastSentence = -1, lastComma = -1, lastSpace = -1, inWord = false;
      for (; i < end; i++) {
        const c = text[i]!;
        if (c === ' ' || c === '\t' || c === '\r') {
          if (inWord) { words++; inWord = false; }
          lastSpace = i;
          const prev = text[i - 1];
          if (prev === '.' || prev === '!' || prev === '?' || prev === ';' || prev === '"' || prev === '”') lastSentence = i;
          else if (prev === ',') lastComma = i;
          if (words >= maxWords) break;
        } else {
          inWord = true;
          if (i - start >= maxWords * MAX_WORD_CHARS) break; // a run with no spaces at all
        }
      }
      if (i >= end) { pushTrimmed(text, segments, start, end); break; }
      const cut = lastSentence > start ? lastSentence : lastComma > start ? lastComma : lastSpace > start ? lastSpace : i;
      pushTrimmed(text, segments, start, cut);
      start = cut;
    }
  }
  return segments;
}

function pushTrimmed(text: string, out: Segment[], start: number, end: number): void {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}
