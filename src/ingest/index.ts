// ingest: paths on disk → articles, in a deterministic order.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, relative, sep } from 'node:path';
import type { Article } from '../model/types.ts';
import { GeokgError, silent, type Warn } from '../util/errors.ts';
import { HTML_EXTENSIONS, INPUT_EXTENSIONS, JSONL_EXTENSIONS, decodeUtf8, parseHtml, parseJsonl, parseText } from './formats.ts';

export * from './formats.ts';

export interface IngestOptions {
  warn?: Warn;
  skipBad?: boolean;
  /** largest article accepted, in bytes (default 5 MB) */
  maxArticleBytes?: number;
  /** most articles accepted in one run (default 1,000,000) */
  maxArticles?: number;
}

export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_ARTICLES = 1_000_000;

interface InputFile { path: string; id: string; explicit: boolean }

/** Files named by the arguments, folders walked recursively; sorted so that listing order never matters. */
export function listInputFiles(paths: readonly string[]): InputFile[] {
  const files: InputFile[] = [];
  for (const arg of paths) {
    let st;
    try {
      st = statSync(arg);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new GeokgError('ingest', code === 'ENOENT' ? `${arg}: no such file or folder` : `${arg}: cannot read (${code})`);
    }
    if (st.isDirectory()) {
      const found: InputFile[] = [];
      walk(arg, (p) => {
        if (INPUT_EXTENSIONS.includes(extname(p).toLowerCase())) found.push({ path: p, id: articleIdFor(relative(arg, p)), explicit: false });
      });
      found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      files.push(...found);
    } else {
      files.push({ path: arg, id: articleIdFor(basename(arg)), explicit: true });
    }
  }
  return files;
}

function walk(dir: string, visit: (path: string) => void): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new GeokgError('ingest', `${dir}: cannot list folder (${(e as NodeJS.ErrnoException).code})`);
  }
  for (const ent of entries) {
    if (ent.name.startsWith('.')) continue;
    const p = `${dir}${dir.endsWith(sep) ? '' : sep}${ent.name}`;
    if (ent.isDirectory()) walk(p, visit);
    else if (ent.isFile()) visit(p);
  }
}

/** The path relative to the argument, extension dropped, separators as "/". */
function articleIdFor(rel: string): string {
  return rel.split(sep).join('/').replace(/\.[^./]+$/, '');
}

/** Reads every input into articles. Ids are made unique by suffixing the extension, then a counter. */
export function readArticles(paths: readonly string[], options: IngestOptions = {}): Article[] {
  const articles: Article[] = [];
  const seen = new Set<string>();
  for (const article of iterateArticles(paths, options)) {
    let id = article.id;
    for (let n = 2; seen.has(id); n++) id = `${article.id}~${n}`;
    seen.add(id);
    articles.push(id === article.id ? article : { ...article, id });
  }
  return articles;
}

/** Streams articles file by file, so that a large corpus need not sit in memory. */
export function* iterateArticles(paths: readonly string[], options: IngestOptions = {}): Generator<Article> {
  const warn = options.warn ?? silent;
  const maxBytes = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const maxArticles = options.maxArticles ?? DEFAULT_MAX_ARTICLES;
  let count = 0;
  const take = (a: Article, name: string): Article => {
    if (++count > maxArticles) throw new GeokgError('ingest', `more than ${maxArticles} articles; raise the limit with --max-articles`);
    if (Buffer.byteLength(a.text, 'utf8') > maxBytes)
      throw new GeokgError('ingest', `${name}: article "${a.id}" is larger than ${maxBytes} bytes; raise the limit with --max-article-bytes`);
    return a;
  };
  for (const file of listInputFiles(paths)) {
    const ext = extname(file.path).toLowerCase();
    let bytes: Buffer;
    try {
      bytes = readFileSync(file.path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new GeokgError('ingest', `${file.path}: cannot read (${code === 'EACCES' ? 'permission denied' : code})`);
    }
    const isJsonl = JSONL_EXTENSIONS.includes(ext as (typeof JSONL_EXTENSIONS)[number]);
    if (!isJsonl && bytes.length > maxBytes)
      throw new GeokgError('ingest', `${file.path}: larger than ${maxBytes} bytes; raise the limit with --max-article-bytes`);
    if (!bytes.toString('utf8').trim()) {
      if (file.explicit) throw new GeokgError('ingest', `${file.path}: empty file, no article in it`);
      warn(`${file.path}: empty file, skipped`);
      continue;
    }
    let text: string;
    try {
      text = decodeUtf8(bytes, { name: file.path, warn });
    } catch (e) {
      if (file.explicit || !(e instanceof GeokgError)) throw e;
      warn(`${e.message}; skipped`);
      continue;
    }
    if (isJsonl) {
      const rows = parseJsonl(text, { name: file.path, warn, skipBad: options.skipBad ?? false });
      if (!rows.length && file.explicit) throw new GeokgError('ingest', `${file.path}: no article in it`);
      for (const a of rows) yield take(a, file.path);
    } else if (HTML_EXTENSIONS.includes(ext as (typeof HTML_EXTENSIONS)[number])) {
      const a = parseHtml(text, file.id);
      if (!a.text.trim()) { if (file.explicit) throw new GeokgError('ingest', `${file.path}: the page has no text`); warn(`${file.path}: no text, skipped`); continue; }
      yield take(a, file.path);
    } else {
      yield take(parseText(text, file.id), file.path);
    }
  }
}

