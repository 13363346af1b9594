// Pure parsers: bytes of one file → articles. No file-system access here.
import type { Article } from '../model/types.ts';
import { dateProblem, isIsoDateTime } from '../util/dates.ts';
import { GeokgError, type Warn } from '../util/errors.ts';
import { idFromContent } from './identity.ts';

export const TEXT_EXTENSIONS = ['.txt', '.md'] as const;
export const HTML_EXTENSIONS = ['.html', '.htm'] as const;
export const JSONL_EXTENSIONS = ['.jsonl', '.ndjson'] as const;
export const INPUT_EXTENSIONS: readonly string[] = [...TEXT_EXTENSIONS, ...HTML_EXTENSIONS, ...JSONL_EXTENSIONS];

export interface DecodeOptions {
  /** the name errors and warnings give for this input */
  name: string;
  warn: Warn;
}

/** UTF-8 with replacement characters; invalid sequences are reported, not fatal. */
export function decodeUtf8(bytes: Uint8Array, { name, warn }: DecodeOptions): string {
  if (looksBinary(bytes)) throw new GeokgError('ingest', `${name}: looks like a binary file, not text; give .txt, .md, .html or .jsonl`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    warn(`${name}: invalid UTF-8, decoded with replacement characters (U+FFFD)`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

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

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', hellip: '…', eacute: 'é', egrave: 'è', aacute: 'á', oacute: 'ó', uuml: 'ü', ouml: 'ö', auml: 'ä',
};

export function decodeHtmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '\uFFFD';
    }
    return ENTITIES[body.toLowerCase()] ?? all;
  });
}

/** Elements whose content is never visible text: dropped with everything inside them. */
const HIDDEN_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas']);
/** Elements whose start or end breaks a line. */
const BLOCK_ELEMENTS = new Set(['p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr', 'article', 'section', 'blockquote', 'header', 'footer', 'title', 'ul', 'ol', 'table', 'hr', 'pre', 'dd', 'dt', 'figcaption', 'main', 'aside', 'nav']);

/** Index just past the ">" ending the tag that opens at `from`, skipping quoted attribute values; -1 if none. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const c = html[i]!;
    if (quote) { if (c === quote) quote = ''; }
    else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return -1;
}

/**
 * A single left-to-right scan (no backtracking regexes, so time stays linear even for "<<<<…" or
 * thousands of unclosed "<script>"), with the browser's rules where it matters for safety: an unclosed
 * comment, tag or hidden element runs to the end of the page, and a "<" not starting a tag is text.
 */
function htmlToText(html: string): { text: string; title?: string } {
  const out: string[] = [];
  let title: string | undefined;
  let inHead = false; // the head's loose text (stray words, <meta> content) is not the article
  const emit = (s: string) => { if (!inHead) out.push(s); };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) { emit(html.slice(i)); break; }
    emit(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      if (close < 0) break;
      emit(' ');
      i = close + 3;
      continue;
    }
    const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)|^<[!?]/.exec(html.slice(lt, lt + 64));
    if (!name) { emit('<'); i = lt + 1; continue; } // "a < b" is text
    const end = tagEnd(html, lt + 1);
    if (end < 0) break;
    const tag = name[1]?.toLowerCase() ?? '';
    const closing = html[lt + 1] === '/';
    i = end;
    if (tag === 'head') { inHead = !closing; continue; }
    if (tag === 'body') inHead = false;
    if (!closing && (HIDDEN_ELEMENTS.has(tag) || tag === 'title')) {
      const closer = new RegExp(`</${tag}[\\s/>]`, 'gi');
      closer.lastIndex = end;
      const m = closer.exec(html);
      const bodyEnd = m ? m.index : html.length;
      if (tag === 'title') title ??= html.slice(end, bodyEnd);
      if (!m) break;
      const after = tagEnd(html, m.index + 1);
      if (after < 0) break;
      i = after;
      emit(tag === 'title' ? '\n' : ' ');
      continue;
    }
    emit(BLOCK_ELEMENTS.has(tag) ? '\n' : ' ');
  }
  const result: { text: string; title?: string } = { text: out.join('') };
  if (title !== undefined) result.title = title;
  return result;
}

/** .html: the page's visible text; scripts, styles, comments and the head are dropped, block ends become newlines. */
export function parseHtml(html: string, id: string): Article {
  const page = htmlToText(html);
  const text = decodeHtmlEntities(page.text)
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\r\u00a0]+/g, ' ').trim())
    .filter((line) => line)
    .join('\n');
  const article: Article = { id, text };
  if (page.title !== undefined) {
    const title = decodeHtmlEntities(page.title.replace(/<[^>]{0,1000}>/g, '')).replace(/\s+/g, ' ').trim();
    if (title) article.title = title;
  }
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
