// The one rule for what an article is, shared by `geokg build`, `geokg ingest` and the store:
// - an explicit id (a JSONL row's "id") wins;
// - otherwise the id is derived from the file's path relative to the input root (a text or HTML file) or from
//   that path and the row's content (a JSONL row without id), never from the absolute or typed path;
// - within one input, one id naming two texts gives "~2", "~3", … in canonical order (by id, then content);
// - the same text under two ids is one article: the smallest id, with every id kept in `ids`;
// - a store keeps one version per id: a new version (text or metadata changed) replaces the old one.
import { createHash } from 'node:crypto';
import type { Article } from '../model/types.ts';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** A path relative to the input root as an id: separators as "/", the extension dropped. */
export function idFromRelativePath(rel: string, separator = '/'): string {
  return rel.split(separator).join('/').replace(/\.[^./]+$/, '');
}

/** The id of a JSONL row that has none: the file's path relative to the input root and the row's text. */
export function idFromContent(relFile: string, text: string): string {
  return `${relFile}#${sha256(text).slice(0, 12)}`;
}

const ARTICLE_FIELDS = ['id', 'text', 'title', 'date', 'source', 'url'] as const;

export function compareArticles(a: Article, b: Article): number {
  for (const k of ARTICLE_FIELDS) {
    const d = cmp(a[k] ?? '', b[k] ?? '');
    if (d) return d;
  }
  return 0;
}

/**
 * Articles as read (any order) → the canonical list: sorted by id then content, a repeated id given a
 * suffix, the same text under several ids kept once under the smallest id with all of them in `ids`.
 * A row repeated whole (same id, same text) is one article.
 */
export function canonicalArticles(read: readonly Article[]): Article[] {
  const sorted = [...read].sort(compareArticles);
  const taken = new Set<string>();
  const byText = new Map<string, { article: Article; ids: Set<string> }>();
  const out: { article: Article; ids: Set<string> }[] = [];
  for (const article of sorted) {
    const same = byText.get(article.text);
    if (same && same.ids.has(article.id)) continue; // the same row again
    let id = article.id;
    for (let n = 2; taken.has(id); n++) id = `${article.id}~${n}`;
    taken.add(id);
    if (same) { same.ids.add(id); continue; }
    const entry = { article: id === article.id ? article : { ...article, id }, ids: new Set([id]) };
    byText.set(article.text, entry);
    out.push(entry);
  }
  return out.map(({ article, ids }) => (ids.size > 1 ? { ...article, ids: [...ids].sort(cmp) } : article));
}

/**
 * The version of an article: a hash of all it was read as (ids, text and metadata). A store holding this
 * version under this id holds nothing to redo; any other version under one of its ids is replaced.
 */
export function articleVersion(article: Article): string {
  const { id, text, title, date, source, url, ids } = article;
  return sha256(JSON.stringify([ids ?? [id], text, title ?? null, date ?? null, source ?? null, url ?? null]));
}
