// Cuts text into parse units before compromise sees it. compromise is superlinear in the length of
// one sentence (80k unpunctuated words take seconds), so no unit may exceed a fixed number of words.
// Layout is not syntax: a line break inside a hard-wrapped paragraph is a space, and a unit may hold such
// breaks (parseArticle hands compromise a copy with each one blanked, so offsets stay those of the text).

export interface Segment {
  start: number;
  end: number;
}

export const DEFAULT_MAX_SEGMENT_WORDS = 120;
const MAX_WORD_CHARS = 30;

/**
 * How a text's lines show that it was hard-wrapped (at 72 or 80 columns, or by a PDF-to-text tool):
 * its lines are no longer than a wrapping column, and a line ends where the next word would not have fitted.
 */
export const WRAP_LAYOUT = {
  /** longest line a wrapped text has; a text most of whose lines are longer holds a paragraph per line */
  maxColumns: 100,
  /** narrowest wrap recognised: lines all shorter than this are headings or a list, not a wrapped paragraph */
  minColumns: 40,
  /** share of non-blank lines that may be longer than maxColumns (a long link, a table row) in a wrapped text */
  longLineShare: 0.1,
  /** share of the wrap width a line may fall short of it and still have been wrapped (proportional fonts in PDF text) */
  slack: 0.15,
  /** lines that open a block of their own in Markdown, so never continue the line before: headings, list items, quotes, tables */
  blockStart: /^[ \t]*(#{1,6}[ \t]|[-*+•][ \t]|\d{1,3}[.)][ \t]|>|\|)/,
};

interface Line {
  start: number;
  /** end of the line's text without trailing white space */
  end: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    let end = nl;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    lines.push({ start, end });
    start = nl + 1;
  }
  return lines;
}

/** The column a hard-wrapped text was wrapped at, or 0 when its lines are paragraphs of their own. */
export function wrapColumn(text: string, lines: Line[] = linesOf(text)): number {
  let widest = 0, filled = 0, long = 0;
  for (const l of lines) {
    const width = l.end - l.start;
    if (!width) continue;
    filled++;
    if (width > WRAP_LAYOUT.maxColumns) long++;
    else widest = Math.max(widest, width);
  }
  if (!filled || long > filled * WRAP_LAYOUT.longLineShare || widest < WRAP_LAYOUT.minColumns) return 0;
  return widest;
}

/**
 * Paragraphs: a blank line ends one; so does every line break in a text that is not hard-wrapped (one
 * paragraph a line, as news sites and the HTML reader give it). In a wrapped text a line break is a space,
 * unless the line stopped short of the wrap column (a headline, a byline, a dateline of its own, a paragraph's
 * last line) or the next line opens a Markdown block.
 */
export function paragraphs(text: string): Segment[] {
  const lines = linesOf(text);
  const column = wrapColumn(text, lines);
  const out: Segment[] = [];
  let open: Segment | null = null;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.end === line.start) { open = null; continue; } // a blank line
    if (open && continuesParagraph(text, lines[k - 1]!, line, column)) open.end = line.end;
    else out.push((open = { start: line.start, end: line.end }));
  }
  return out;
}

function continuesParagraph(text: string, prev: Line, line: Line, column: number): boolean {
  if (!column || WRAP_LAYOUT.blockStart.test(text.slice(line.start, line.end)) || /^[ \t]*#/.test(text.slice(prev.start, prev.end))) return false;
  const indent = /^[ \t]*/.exec(text.slice(line.start, line.end))![0].length;
  const firstWord = /^\S*/.exec(text.slice(line.start + indent, line.end))![0].length;
  return prev.end - prev.start + 1 + firstWord > column * (1 - WRAP_LAYOUT.slack);
}

/**
 * Paragraphs become units; a unit longer than maxWords is cut at the last sentence end, else the last
 * comma, else the last space before the limit. Linear in the text's length.
 */
export function segmentText(text: string, maxWords = DEFAULT_MAX_SEGMENT_WORDS): Segment[] {
  const segments: Segment[] = [];
  for (const p of paragraphs(text)) {
    let start = p.start;
    const end = p.end;
    while (start < end) {
      // skip leading white space
      while (start < end && /\s/.test(text[start]!)) start++;
      if (start >= end) break;
      let words = 0, i = start, lastSentence = -1, lastComma = -1, lastSpace = -1, inWord = false;
      for (; i < end; i++) {
        const c = text[i]!;
        if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
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

/** A unit as compromise should read it: line breaks inside it blanked, so its offsets are still the text's. */
export function unitText(text: string, seg: Segment): string {
  return text.slice(seg.start, seg.end).replace(/[\r\n]/g, ' ');
}

function pushTrimmed(text: string, out: Segment[], start: number, end: number): void {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}
