// SQL shared by both dialects.
import type { ArticleFilter } from './types.ts';

/**
 * The WHERE clause of a date filter and its parameters. A date prefix compares on its own length, so
 * --until 2024-05 includes the whole of May. PostgreSQL names each parameter once ($1) and reuses it;
 * SQLite's "?" takes one value per use.
 */
export function dateWhere(filter: ArticleFilter, dialect: 'sqlite' | 'postgres') {
  const clauses: string[] = [];
  const params: string[] = [];
  for (const [value, op] of [[filter.since, '>='], [filter.until, '<=']] as const) {
    if (!value) continue;
    if (dialect === 'sqlite') {
      params.push(value, value);
      clauses.push(`substr(date, 1, length(?)) ${op} ?`);
    } else {
      params.push(value);
      clauses.push(`substr(date, 1, length($${params.length})) ${op} $${params.length}`);
    }
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
