// Pure parsers: bytes of one file → articles. No file-system access here.
import type { Article } from '../model/types.ts';
import { dateProblem, isIsoDateTime } from '../util/dates.ts';
import { GeokgError, type Warn } from '../util/errors.ts';
import { Parser } from 'htmlparser2';
import { idFromContent } from './identity.ts';

export const TEXT_EXTENSIONS = ['.txt', '.md'] as const;
export const HTML_EXTENSIONS = ['.html', '.htm'] as const;
export const JSONL_EXTENSIONS = ['.jsonl', '.ndjson'] as const;
export const INPUT_EXTENSIONS: readonly string[] = [...TEXT_EXTENSIONS, ...HTML_EXTENSIONS, ...JSONL_EXTENSIONS];

export interface DecodeOptions {
  /** the name errors and warnings give for this input */
  name: string;
  warn: Warn;
  /** a WHATWG encoding label (latin1, windows-1252, utf-16le, shift_jis…) for files without a BOM; default UTF-8 */
  encoding?: string;
}

/** Byte-order marks and the encodings they announce, longest first. */
const BOMS: [number[], string][] = [[[0xef, 0xbb, 0xbf], 'utf-8'], [[0xff, 0xfe], 'utf-16le'], [[0xfe, 0xff], 'utf-16be']];

/** Checks an --encoding label, in one line. */
export function checkEncoding(label: string): string {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    throw new GeokgError('ingest', `--encoding: "${label}" is not an encoding this Node knows (try utf-8, latin1, windows-1252, utf-16le)`);
  }
}

/**
 * Bytes → text. A BOM decides (UTF-8, UTF-16 LE or BE); else `encoding`, else UTF-8, where invalid sequences
 * become U+FFFD with a warning that names --encoding. The BOM itself is dropped.
 */
export function decodeText(input: Uint8Array, { name, warn, encoding }: DecodeOptions): string {
  const bom = BOMS.find(([mark]) => mark.every((b, i) => input[i] === b));
  if (bom && bom[1] !== 'utf-8') return new TextDecoder(bom[1], { fatal: false }).decode(input.subarray(bom[0].length));
  const bytes = bom ? input.subarray(bom[0].length) : input;
  if (looksBinary(bytes)) throw new GeokgError('ingest', `${name}: looks like a binary file, not text; give .txt, .md, .html or .jsonl (UTF-16 needs its BOM)`);
  if (!bom && encoding && checkEncoding(encoding) !== 'utf-8') return new TextDecoder(encoding).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    warn(`${name}: invalid UTF-8, decoded with replacement characters (U+FFFD); if it is Latin-1, give --encoding latin1`);
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  }
}

/** Invisible characters that split a name in two without showing: zero-width space, (non-)joiner, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * The text geokg stores and extracts from: NFC, invisible characters removed, so "Zelen\u00adsky" and a
 * decomposed "Sa\u0301nchez" match their plain spellings. Done here, before any offset is taken, so that
 * mention and evidence offsets refer to this text (what geokg keeps), not to the file's bytes.
 */
export const normalizeArticleText = (s: string): string => s.normalize('NFC').replace(INVISIBLE, '');

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** .txt / .md: a first line standing alone (followed by a blank line) is the title. */
export function parseText(text: string, id: string): Article {
  const m = /^[ \t]*#*[ \t]*([^\n]{1,200})\r?\n[ \t]*\r?\n/.exec(text);
  if (m && !/[.!?]["”’]?$/.test(m[1]!.trim())) return { id, text, title: m[1]!.trim() };
  return { id, text };
}

/** Elements whose content is never visible text: dropped with everything inside them. */
const HIDDEN_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas']);
/** Elements whose start or end ends a line (a paragraph, for the sentence splitter). */
const BLOCK_ELEMENTS = new Set(['p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr', 'article', 'section', 'blockquote', 'header', 'footer', 'title', 'ul', 'ol', 'table', 'hr', 'pre', 'dd', 'dt', 'dl', 'figcaption', 'figure', 'main', 'aside', 'nav', 'address', 'details', 'summary', 'fieldset', 'form', 'caption']);
/** Elements a browser sets apart from their neighbours on one line. */
const CELL_ELEMENTS = new Set(['td', 'th']);

/** What a browser collapses inside a block: runs of ASCII white space (and no-break spaces, for the parser) → one space. */
const collapse = (s: string) => s.replace(/[ \t\n\r\f\u00a0]+/g, ' ').trim();

/**
 * The page's visible text, by htmlparser2 (a linear tokenizer; entities decoded by its `entities` library,
 * every named and numeric reference of HTML5). White space inside a block collapses as a browser renders it,
 * so a hard line break inside <p> is a space; block elements end lines; scripts, styles, comments and the
 * head's loose text are dropped. An unclosed comment, script or hidden element runs to the end of the page.
 */
function htmlToText(html: string): { text: string; title?: string } {
  const lines: string[] = [];
  let parts: string[] = [];
  let title: string[] | undefined;
  let titleDone = false;
  let inTitle = false, inHead = false, inPre = 0, hidden = 0;
  // a DOCTYPE's internal subset (<!DOCTYPE x [<!ENTITY …>]>) ends at its first ">" for an HTML tokenizer: its
  // "]>" is not text, and the entities it declares are never expanded (no entity-expansion bombs)
  let inProlog = true, sawDeclaration = false;
  const endLine = () => {
    const line = collapse(parts.join(''));
    if (line) lines.push(line);
    parts = [];
  };
  const parser = new Parser({
    onprocessinginstruction(name) {
      if (name.startsWith('!')) sawDeclaration = true;
    },
    onopentag(name) {
      inProlog = false;
      if (name === 'head') inHead = true;
      else if (name === 'body') inHead = false;
      if (HIDDEN_ELEMENTS.has(name)) hidden++;
      else if (name === 'title') { inTitle = !titleDone; title ??= []; }
      if (name === 'pre') inPre++;
      if (BLOCK_ELEMENTS.has(name)) endLine();
      else if (CELL_ELEMENTS.has(name)) parts.push(' ');
    },
    onclosetag(name) {
      if (name === 'head') inHead = false;
      if (HIDDEN_ELEMENTS.has(name)) hidden = Math.max(0, hidden - 1);
      else if (name === 'title' && inTitle) { inTitle = false; titleDone = true; }
      if (name === 'pre') inPre = Math.max(0, inPre - 1);
      if (BLOCK_ELEMENTS.has(name)) endLine();
    },
    ontext(raw) {
      const text = inProlog && sawDeclaration ? raw.replace(/^\s*\]\s*>/, '') : raw;
      if (inTitle) { title!.push(text); return; }
      if (hidden || inHead) return;
      if (!inPre) { parts.push(text); return; }
      // preformatted: its line breaks are the page's own
      const pieces = text.split('\n');
      for (let i = 0; i < pieces.length; i++) { if (i) endLine(); parts.push(pieces[i]!); }
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false });
  parser.write(html);
  parser.end();
  endLine();
  const result: { text: string; title?: string } = { text: lines.join('\n') };
  if (title !== undefined) result.title = title.join('');
  return result;
}

/** .html: the page's visible text, one line per block; the <title> as the title. */
export function parseHtml(html: string, id: string): Article {
  const page = htmlToText(html);
  const article: Article = { id, text: page.text };
  const title = page.title === undefined ? '' : collapse(page.title);
  if (title) article.title = title;
  return article;
}

export interface JsonlOptions extends DecodeOptions {
  /** skip malformed lines with a warning instead of failing */
  skipBad: boolean;
  /** the file's path relative to the input root, for the ids of rows without one (default: name) */
  idBase?: string;
}

/** .jsonl: one article a line, {id, text, title?, date?, source?, url?}. */
export function parseJsonl(text: string, { name, warn, skipBad, idBase = name }: JsonlOptions): Article[] {
  const articles: Article[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const where = `${name}:${i + 1}`;
    const bad = (why: string) => {
      const msg = `${where}: ${why}`;
      if (!skipBad) throw new GeokgError('ingest', `${msg} (use --skip-bad to go on past bad lines)`);
      warn(`${msg}; skipped`);
    };
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch (e) {
      bad(`malformed JSON (${(e as Error).message.split('\n')[0]})`);
      continue;
    }
    if (!row || typeof row !== 'object' || Array.isArray(row)) { bad('a line must be a JSON object {id, text, ...}'); continue; }
    const r = row as Record<string, unknown>;
    if (typeof r.text !== 'string' || !r.text.trim()) { bad('no "text" field (or it is empty)'); continue; }
    if (r.id !== undefined && typeof r.id !== 'string' && typeof r.id !== 'number') { bad('"id" must be a string or a number'); continue; }
    const article: Article = { id: r.id === undefined ? idFromContent(idBase, r.text) : String(r.id), text: r.text };
    for (const k of ['title', 'date', 'source', 'url'] as const) if (typeof r[k] === 'string') article[k] = r[k] as string;
    if (article.date === '') delete article.date;
    if (article.date !== undefined && !isIsoDateTime(article.date)) { bad(dateProblem('date', article.date, true)); continue; }
    articles.push(article);
  }
  return articles;
}
