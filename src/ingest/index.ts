// ingest: paths on disk → articles, in a deterministic order.
import { readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, extname, relative, sep } from 'node:path';
import type { Article } from '../model/types.ts';
import { GeokgError, silent, type Warn } from '../util/errors.ts';
import { HTML_EXTENSIONS, INPUT_EXTENSIONS, JSONL_EXTENSIONS, checkEncoding, decodeText, normalizeArticleText, parseHtml, parseJsonl, parseText } from './formats.ts';
import { canonicalArticles, idFromRelativePath } from './identity.ts';

export * from './formats.ts';
export { articleVersion, canonicalArticles, compareArticles, idFromContent, idFromRelativePath } from './identity.ts';

export interface IngestOptions {
  warn?: Warn;
  skipBad?: boolean;
  /** the encoding of files without a BOM (--encoding); default UTF-8 */
  encoding?: string;
  /** largest article accepted, in bytes (default 5 MB) */
  maxArticleBytes?: number;
  /** most articles accepted in one run (default 1,000,000) */
  maxArticles?: number;
}

export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_ARTICLES = 1_000_000;

/** `rel`: the path relative to the input root (a folder argument, else the file's own folder), with "/" */
interface InputFile { path: string; rel: string; id: string; explicit: boolean }

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Files named by the arguments, folders walked recursively (symbolic links followed, each real folder
 * once); sorted so that listing order never matters. Special files (FIFOs, sockets, devices) are refused:
 * reading one could block for ever.
 */
export function listInputFiles(paths: readonly string[], warn: Warn = silent, skipBad = false): InputFile[] {
  const files: InputFile[] = [];
  for (const arg of paths) {
    const st = statInput(arg);
    if (st.isDirectory()) {
      const found: InputFile[] = [];
      walk(arg, new Set([realpathSync(arg)]), { warn, skipBad }, (p) => {
        if (!INPUT_EXTENSIONS.includes(extname(p).toLowerCase())) return;
        const rel = relative(arg, p).split(sep).join('/');
        found.push({ path: p, rel, id: idFromRelativePath(rel), explicit: false });
      });
      if (!found.length) warn(`${arg}: no ${INPUT_EXTENSIONS.join(', ')} files in this folder`);
      found.sort((a, b) => cmp(a.path, b.path));
      files.push(...found);
    } else if (st.isFile()) {
      files.push({ path: arg, rel: basename(arg), id: idFromRelativePath(basename(arg)), explicit: true });
    } else {
      throw new GeokgError('ingest', `${arg}: not a regular file or folder (a pipe, socket or device?); give a file or a folder`);
    }
  }
  return files;
}

function statInput(path: string): Stats {
  try {
    return statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new GeokgError('ingest', code === 'ENOENT' ? `${path}: no such file or folder` : `${path}: cannot read (${code})`);
  }
}

interface WalkOptions { warn: Warn; skipBad: boolean }

function walk(dir: string, seenDirs: Set<string>, options: WalkOptions, visit: (path: string) => void): void {
  const { warn } = options;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const msg = `${dir}: cannot list folder (${code === 'EACCES' ? 'permission denied' : code})`;
    if (!options.skipBad) throw new GeokgError('ingest', `${msg}; use --skip-bad to go on without it`);
    warn(`${msg}; skipped`);
    return;
  }
  for (const ent of entries) {
    if (ent.name.startsWith('.')) continue;
    const p = `${dir}${dir.endsWith(sep) ? '' : sep}${ent.name}`;
    let isDir = ent.isDirectory(), isFile = ent.isFile();
    if (ent.isSymbolicLink()) {
      let st: Stats;
      try { st = statSync(p); } catch { warn(`${p}: broken symbolic link, skipped`); continue; }
      isDir = st.isDirectory();
      isFile = st.isFile();
    }
    if (isDir) {
      const real = realpathSync(p);
      if (seenDirs.has(real)) continue; // a link back up the tree
      seenDirs.add(real);
      walk(p, seenDirs, options, visit);
    } else if (isFile) visit(p);
    else if (INPUT_EXTENSIONS.includes(extname(p).toLowerCase())) warn(`${p}: not a regular file (a pipe, socket or device?), skipped`);
  }
}

/**
 * Reads every input into articles, in a canonical order: by id, then by content. So the result (and the
 * graph built from it) never depends on the order of arguments, of a folder's listing or of JSONL rows.
 * Identity (repeated ids, the same text twice) follows src/ingest/identity.ts, as the store does.
 */
export function readArticles(paths: readonly string[], options: IngestOptions = {}): Article[] {
  const articles = canonicalArticles([...iterateArticles(paths, options)]);
  const warn = options.warn ?? silent;
  for (const a of articles) {
    if (!a.ids) continue;
    const named = a.ids.length > 4 ? `${a.ids.slice(0, 4).join(', ')} and ${a.ids.length - 4} more` : a.ids.join(', ');
    warn(`the same text is read under ids ${named}: one article, "${a.id}"`);
  }
  return articles;
}

/** An article with its text and title as geokg keeps them (normalizeArticleText: NFC, no invisible characters). */
function normalized(a: Article): Article {
  const text = normalizeArticleText(a.text);
  const title = a.title === undefined ? undefined : normalizeArticleText(a.title);
  if (text === a.text && title === a.title) return a;
  return title === undefined ? { ...a, text } : { ...a, text, title };
}

/** Streams articles file by file, so that a large corpus need not sit in memory. */
export function* iterateArticles(paths: readonly string[], options: IngestOptions = {}): Generator<Article> {
  const warn = options.warn ?? silent;
  const maxBytes = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const maxArticles = options.maxArticles ?? DEFAULT_MAX_ARTICLES;
  let count = 0;
  if (options.encoding) checkEncoding(options.encoding); // a wrong label fails at once, not file by file
  const take = (read: Article, name: string): Article => {
    const a = normalized(read);
    if (++count > maxArticles) throw new GeokgError('ingest', `more than ${maxArticles} articles; raise the limit with --max-articles`);
    if (Buffer.byteLength(a.text, 'utf8') > maxBytes)
      throw new GeokgError('ingest', `${name}: article "${a.id}" is larger than ${maxBytes} bytes; raise the limit with --max-article-bytes`);
    return a;
  };
  for (const file of listInputFiles(paths, warn, options.skipBad)) {
    const ext = extname(file.path).toLowerCase();
    let bytes: Buffer;
    try {
      bytes = readFileSync(file.path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const msg = `${file.path}: cannot read (${code === 'EACCES' ? 'permission denied' : code ?? (e as Error).message})`;
      if (!options.skipBad) throw new GeokgError('ingest', `${msg}; use --skip-bad to go on without it`);
      warn(`${msg}; skipped`);
      continue;
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
      text = decodeText(bytes, { name: file.path, warn, encoding: options.encoding });
    } catch (e) {
      if (file.explicit || !(e instanceof GeokgError)) throw e;
      warn(`${e.message}; skipped`);
      continue;
    }
    if (isJsonl) {
      const rows = parseJsonl(text, { name: file.path, idBase: file.rel, warn, skipBad: options.skipBad ?? false });
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

