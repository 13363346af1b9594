// Loading a graph (geokg JSON or GEXF, told apart by content) or building one from articles.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { fromGexf } from '../export/gexf.ts';
import { fromJson } from '../export/json.ts';
import { xmlRootName } from '../export/xml.ts';
import { buildGraph, type KnowledgeGraph } from '../graph/index.ts';
import type { Article } from '../model/types.ts';
import { createExtractor, extractArticle } from '../pipeline.ts';
import { GeokgError } from '../util/errors.ts';

/** Reads a geokg graph from text: JSON (graphology's serialisation) or GEXF, whatever the file is called. */
export function parseGraph(text: string, name = 'input'): KnowledgeGraph {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) throw new GeokgError('load', `${name}: empty file; expected a geokg graph (JSON or GEXF)`);
  if (body.includes('\u0000')) throw new GeokgError('load', `${name}: binary file; expected a geokg graph (JSON or GEXF)`);
  const first = body.trimStart()[0];
  if (first === '{' || first === '[') return fromJson(body, name);
  if (first === '<') {
    const root = xmlRootName(body);
    if (root === 'gexf' || /<!\s*(DOCTYPE|ENTITY)/i.test(body)) return fromGexf(body, name);
    throw new GeokgError('load', `${name}: XML ${root ? `<${root}>` : ''} is not a geokg graph; geokg reads its JSON and GEXF (export GraphML, do not load it)`);
  }
  throw new GeokgError('load', `${name}: not a geokg graph (neither JSON nor GEXF${extname(name) ? `, whatever its ${extname(name)} extension says` : ''})`);
}

/** Reads a graph file written by `geokg build` or `geokg export --format json|gexf`. */
export function loadGraph(path: string): KnowledgeGraph {
  let text: string;
  try {
    // a FIFO or device would block readFileSync for ever
    const st = statSync(path);
    if (!st.isFile() && !st.isDirectory()) throw new GeokgError('load', `${path}: not a regular file (a pipe, socket or device?)`);
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof GeokgError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a graph file' : code === 'EACCES' ? 'permission denied' : (code ?? (e as Error).message);
    throw new GeokgError('load', `${path}: ${why}`);
  }
  return parseGraph(text, path);
}

export interface BuildOptions {
  /** a gazetteer folder other than data/gazetteer */
  gazetteerDir?: string;
}

/** Runs the extraction pipeline over articles and merges them into one graph. */
export function buildFromArticles(articles: Iterable<Article>, options: BuildOptions = {}): KnowledgeGraph {
  const extractor = createExtractor(options.gazetteerDir);
  return buildGraph([...articles].map((a) => extractArticle(a, extractor)));
}
