// A store's address, read without loading a driver: a SQLite path or a postgres:// URL, with the URL's
// password never shown (masked through the parsed URL, so a password holding ":" or "/" is masked too).
import { GeokgError } from '../util/errors.ts';

export const isPostgresUrl = (db: string): boolean => /^postgres(ql)?:\/\//i.test(db);

/** PostgreSQL timeouts in seconds; 0 means none. */
export interface PostgresTimeouts {
  /** from opening the socket to the server's first "ready" */
  connect: number;
  /** longest a single statement may run (the server cancels it) */
  statement: number;
  /** longest a statement may wait for a lock (another ingester's migration, a table locked by hand) */
  lock: number;
}

/** Defaults for a server on the local network; change them with --connect-timeout … or ?connect_timeout=… */
export const DEFAULT_TIMEOUTS: PostgresTimeouts = { connect: 10, statement: 300, lock: 60 };

const TIMEOUT_PARAMS = { connect: 'connect_timeout', statement: 'statement_timeout', lock: 'lock_timeout' } as const;

export interface PostgresTarget {
  /** for the driver: the URL without geokg's own parameters */
  connectionString: string;
  schema: string;
  /** for messages: no password */
  location: string;
  timeouts: PostgresTimeouts;
}

/** Where a store lives, for messages: a path as given, a URL without its password. */
export function storeLocation(db: string): string {
  return isPostgresUrl(db) ? parsePostgresUrl(db).location : db;
}

function seconds(name: string, value: string): number {
  const n = Number(value);
  if (!value.trim() || !Number.isFinite(n) || n < 0) throw new GeokgError('store', `${name} takes a number of seconds (0 for none), not "${value}"`);
  return n;
}

/**
 * postgres://user:pass@host/db?schema=name&connect_timeout=S&statement_timeout=S&lock_timeout=S.
 * `schema` (default public) lets tests and tenants share a database; timeouts given in `overrides`
 * (the command-line flags) win over the URL's.
 */
export function parsePostgresUrl(url: string, overrides: Partial<PostgresTimeouts> = {}): PostgresTarget {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    // nothing of it is shown: the part that failed to parse may be the password
    throw new GeokgError('store', 'the --db value is not a valid PostgreSQL URL (postgres://user:password@host:5432/database; percent-encode ":", "/" and "@" in a password)');
  }
  // an unencoded "/" or "@" in the password makes the URL parse with part of the password as host or path
  if (u.pathname.includes('@') || u.host.includes('@'))
    throw new GeokgError('store', 'the --db URL has an "@" past its host: percent-encode ":", "/" and "@" in the password (%3A, %2F, %40)');
  const schema = u.searchParams.get('schema') ?? 'public';
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new GeokgError('store', `schema "${schema}" must be lower-case letters, digits and _`);
  const timeouts = { ...DEFAULT_TIMEOUTS };
  for (const [key, param] of Object.entries(TIMEOUT_PARAMS) as [keyof PostgresTimeouts, string][]) {
    const fromUrl = u.searchParams.get(param);
    if (fromUrl !== null) timeouts[key] = seconds(`?${param}=`, fromUrl);
    if (overrides[key] !== undefined) timeouts[key] = overrides[key]!;
    u.searchParams.delete(param);
  }
  u.searchParams.delete('schema');
  const location = `${u.protocol}//${u.username ? `${u.username}@` : ''}${u.host}${u.pathname}${schema === 'public' ? '' : `?schema=${schema}`}`;
  return { connectionString: u.toString(), schema, location, timeouts };
}
