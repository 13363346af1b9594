// Loading a graph (geokg JSON or GEXF, told apart by content) or building one from articles.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { extname } from 'node:path';
import { fromGexf } from '../export/gexf.ts';
import { fromJson, fromJsonChunks } from '../export/json.ts';
import { xmlRootName } from '../export/xml.ts';
import { buildGraph, type KnowledgeGraph } from '../graph/index.ts';
import type { Article, ArticleExtraction } from '../model/types.ts';
import { createExtractor, tryExtractArticle } from '../pipeline.ts';
import { reportFailure, type ArticleFailure } from '../util/article-failure.ts';
import { GeokgError } from '../util/errors.ts';

/** Reads a geokg graph from text: JSON (graphology's serialisation) or GEXF, whatever the file is called. */
export function parseGraph(text: string, name = 'input'): KnowledgeGraph {
  return parseGraphChunks([text], name);
}

/**
 * Reads a geokg graph from text given in chunks (a file read piece by piece), told apart by its first
 * character: GEXF is parsed as it streams; JSON too with streamJson, else joined and given to JSON.parse
 * (several times faster, and what a file of ordinary size gets).
 */
export function parseGraphChunks(chunks: Iterable<string>, name = 'input', { streamJson = false }: { streamJson?: boolean } = {}): KnowledgeGraph {
  const binary = () => new GeokgError('load', `${name}: binary file; expected a geokg graph (JSON or GEXF)`);
  const it = checked(chunks[Symbol.iterator](), binary);
  // chunks up to the first character that is not blank
  const head: string[] = [];
  let first: string | undefined;
  for (let r = it.next(); !r.done; r = it.next()) {
    head.push(head.length ? r.value : r.value.replace(/^\uFEFF/, ''));
    first = head[head.length - 1]!.trimStart()[0];
    if (first) break;
  }
  if (!first) throw new GeokgError('load', `${name}: empty file; expected a geokg graph (JSON or GEXF)`);
  const all = (function* () { yield* head; for (let r = it.next(); !r.done; r = it.next()) yield r.value; })();
  if (first === '{' || first === '[') return streamJson ? fromJsonChunks(all, name) : fromJson([...all].join(''), name);
  if (first === '<') {
    const start = head.join('');
    const root = xmlRootName(start);
    if (root === 'gexf' || /<!\s*(DOCTYPE|ENTITY)/i.test(start)) return fromGexf(all, name);
    throw new GeokgError('load', `${name}: XML ${root ? `<${root}>` : ''} is not a geokg graph; geokg reads its JSON and GEXF (export GraphML, do not load it)`);
  }
  throw new GeokgError('load', `${name}: not a geokg graph (neither JSON nor GEXF${extname(name) ? `, whatever its ${extname(name)} extension says` : ''})`);
}

/** The chunks, refusing any that holds a NUL (a binary file). */
function checked(it: Iterator<string>, binary: () => Error): Iterator<string> {
  return {
    next() {
      const r = it.next();
      if (!r.done && r.value.includes('\u0000')) throw binary();
      return r;
    },
  };
}

const CHUNK_BYTES = 1 << 22;
/** JSON files larger than this are parsed as they stream: no string of the whole file (V8 caps strings at ~512 MB). */
export const STREAM_JSON_BYTES = 128 * 2 ** 20;

/** A file's text in chunks of about 4 MB, decoded as UTF-8 across chunk boundaries. */
function* fileChunks(fd: number): Generator<string> {
  const decoder = new StringDecoder('utf8');
  const buffer = Buffer.alloc(CHUNK_BYTES);
  for (let n = readSync(fd, buffer, 0, CHUNK_BYTES, null); n > 0; n = readSync(fd, buffer, 0, CHUNK_BYTES, null)) yield decoder.write(buffer.subarray(0, n));
  const rest = decoder.end();
  if (rest) yield rest;
}

/** Reads a graph file written by `geokg build` or `geokg export --format json|gexf`, piece by piece. */
export function loadGraph(path: string): KnowledgeGraph {
  let fd: number, size: number;
  try {
    // a FIFO or device would block for ever
    const st = statSync(path);
    if (st.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    if (!st.isFile()) throw new GeokgError('load', `${path}: not a regular file (a pipe, socket or device?)`);
    size = st.size;
    fd = openSync(path, 'r');
  } catch (e) {
    if (e instanceof GeokgError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a graph file' : code === 'EACCES' ? 'permission denied' : (code ?? (e as Error).message);
    throw new GeokgError('load', `${path}: ${why}`);
  }
  try {
    return parseGraphChunks(fileChunks(fd), path, { streamJson: size > STREAM_JSON_BYTES });
  } finally {
    closeSync(fd);
  }
}

export interface BuildOptions {
  /** a gazetteer folder other than data/gazetteer */
  gazetteerDir?: string;
  /**
   * called for an article whose extraction threw (a fault of geokg's), which is then left out of the graph;
   * without it, buildFromArticles throws an ArticleExtractionError naming the article
   */
  onFailure?: (failure: ArticleFailure) => void;
}

/** Runs the extraction pipeline over articles and merges them into one graph. */
export function buildFromArticles(articles: Iterable<Article>, options: BuildOptions = {}): KnowledgeGraph {
  const extractor = createExtractor(options.gazetteerDir);
  const extractions: ArticleExtraction[] = [];
  for (const a of articles) {
    const x = tryExtractArticle(a, extractor);
    if ('failure' in x) reportFailure(x.failure, options.onFailure);
    else extractions.push(x);
  }
  return buildGraph(extractions);
}
