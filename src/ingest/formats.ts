// Pure parsers: bytes of one file → articles. No file-system access here.
import type { Article } from '../model/types.ts';
import { GeokgError, type Warn } from '../util/errors.ts';

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

/** .html: the page's visible text; scripts, styles and comments are dropped, block ends become newlines. */
export function parseHtml(html: string, id: string): Article {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const text = decodeHtmlEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(script|style|noscript|template|svg|head)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<\/?(p|div|br|h[1-6]|li|tr|article|section|blockquote|header|footer|title)\b[^>]*>/gi, '\n')
      .replace(/<[^>]*>/g, ' '),
  )
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
  const article: Article = { id, text };
  if (title) article.title = decodeHtmlEntities(title.replace(/<[^>]*>/g, '')).trim();
  return article;
}

export interface JsonlOptions extends DecodeOptions {
  /** skip malformed lines with a warning instead of failing */
  skipBad: boolean;
}

/** .jsonl: one article a line, {id, text, title?, date?, source?, url?}. */
export function parseJsonl(text: string, { name, warn, skipBad }: JsonlOptions): Article[] {
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
    const article: Article = { id: r.id === undefined ? `${name}#${i + 1}` : String(r.id), text: r.text };
    for (const k of ['title', 'date', 'source', 'url'] as const) if (typeof r[k] === 'string') article[k] = r[k] as string;
    if (article.date && Number.isNaN(Date.parse(article.date))) {
      warn(`${where}: date "${article.date}" is not ISO 8601; ignored`);
      delete article.date;
    }
    articles.push(article);
  }
  return articles;
}
