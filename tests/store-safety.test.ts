// Stores under misuse: a read-only SQLite folder, another program's database, a damaged article, and a
// PostgreSQL address that never answers or holds a password with ":" and "/".
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, parsePostgresUrl } from '../src/store/index.ts';
import { ROOT, geokg } from './helpers/cli.ts';
import { tempDir } from './store-helpers.ts';

const TEXT = 'Foreign Minister Penny Wong met Foreign Minister Wang Yi in Canberra on Wednesday.\n';
const oneLine = (stderr: string) => expect(stderr.trim().split('\n'), stderr).toHaveLength(1);

function ingested(): { dir: string; db: string } {
  const dir = tempDir();
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'talks.txt'), TEXT);
  const db = join(dir, 'kg.sqlite');
  const r = geokg(['ingest', join(dir, 'in'), '--db', db, '--jobs', '1']);
  expect(r.code, r.stderr).toBe(0);
  return { dir, db };
}

describe('SQLite stores that geokg may not change', () => {
  it('build --db reads a store in a folder the user cannot write, without creating a file there', () => {
    const { dir, db } = ingested();
    const direct = geokg(['build', join(dir, 'in'), '-o', '-', '--jobs', '1']).stdout;
    chmodSync(dir, 0o555);
    try {
      const r = asUnprivileged(['build', '--db', db, '-o', '-']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe(direct);
      expect(readdirSync(dir).sort()).toEqual(['in', 'kg.sqlite']);
    } finally {
      chmodSync(dir, 0o755);
    }
  }, 60_000);

  it('build --db opens read-only: a store not in WAL mode stays so, byte for byte', () => {
    const { db } = ingested();
    const sqlite = new Database(db);
    sqlite.pragma('journal_mode = DELETE');
    sqlite.close();
    const before = readFileSync(db);
    expect(geokg(['build', '--db', db, '-o', '-']).code).toBe(0);
    expect(readFileSync(db).equals(before)).toBe(true);
    expect(readFileSync(db)[18]).toBe(1); // file format byte: 1 = rollback journal, 2 = WAL
  }, 60_000);

  it("refuses another program's database in one line, leaving it untouched; --force uses it", () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'talks.txt'), TEXT);
    const other = join(dir, 'notes-app.sqlite');
    const app = new Database(other);
    app.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('keep me')");
    app.close();
    const before = readFileSync(other);
    const r = geokg(['ingest', join(dir, 'talks.txt'), '--db', other, '--jobs', '1']);
    expect(r.code).not.toBe(0);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/notes-app\.sqlite: this database holds tables that are not geokg's \(notes\).*--force/);
    expect(readFileSync(other).equals(before)).toBe(true);
    const forced = geokg(['ingest', join(dir, 'talks.txt'), '--db', other, '--jobs', '1', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    const check = new Database(other, { readonly: true });
    expect(check.prepare('SELECT body FROM notes').pluck().all()).toEqual(['keep me']);
    check.close();
  }, 60_000);

  it('a damaged stored article: one line naming the store and the article', () => {
    const { db } = ingested();
    const sqlite = new Database(db);
    sqlite.prepare('UPDATE articles SET extraction = ?').run(Buffer.from('not brotli at all'));
    sqlite.close();
    const r = geokg(['build', '--db', db, '-o', '-']);
    expect(r.code).not.toBe(0);
    oneLine(r.stderr);
    expect(r.stderr).toContain(`${db}: stored article "talks" is damaged`);
  }, 60_000);
});

/** The CLI as nobody when run as root (permissions do not bind root), else as the user running the tests. */
function asUnprivileged(args: string[]) {
  if (process.getuid?.() !== 0) return geokg(args);
  const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, `${ROOT}bin/geokg.js`, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('PostgreSQL addresses', () => {
  let silent: Server;
  const sockets: Socket[] = [];
  let port = 0;
  beforeAll(async () => {
    // accepts every connection and never says a word, as a wedged server or a black-holing proxy does
    silent = createServer((s) => { sockets.push(s); s.on('error', () => {}); });
    await new Promise<void>((ok) => silent.listen(0, '127.0.0.1', () => ok()));
    port = (silent.address() as { port: number }).port;
  });
  afterAll(() => { for (const s of sockets) s.destroy(); silent.close(); });

  it('a server that accepts and stays silent fails within the connect timeout, in one line naming it', async () => {
    const started = Date.now();
    const err = await openStore(`postgres://geokg:se%3Acr%2Fet@127.0.0.1:${port}/kg?connect_timeout=1`, { readonly: true }).then(() => undefined, (e: Error) => e);
    const elapsed = Date.now() - started;
    expect(err?.message).toMatch(/no answer within the connect timeout of 1 s/);
    expect(err?.message).not.toMatch(/se.?cr|%3A|%2F/);
    expect(err?.message.split('\n')).toHaveLength(1);
    expect(elapsed).toBeLessThan(2500);
    // through the command line, the flag overriding the URL's parameter
    const t = Date.now();
    const r = geokg(['build', '--db', `postgres://geokg:se%3Acr%2Fet@127.0.0.1:${port}/kg?connect_timeout=30`, '-o', '-', '--connect-timeout', '1']);
    expect(Date.now() - t).toBeLessThan(20_000);
    expect(r.code).not.toBe(0);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/^geokg store: postgres:\/\/geokg@127\.0\.0\.1:\d+\/kg: cannot open the PostgreSQL store \(no answer within the connect timeout of 1 s/);
  }, 60_000);

  it('defaults suit a LAN: 10 s to connect; URL parameters and flags set each timeout', () => {
    expect(parsePostgresUrl('postgres://u@db.lan/kg').timeouts).toEqual({ connect: 10, statement: 300, lock: 60 });
    const t = parsePostgresUrl('postgres://u@db.lan/kg?connect_timeout=3&statement_timeout=20&lock_timeout=5', { lock: 1 });
    expect(t.timeouts).toEqual({ connect: 3, statement: 20, lock: 1 });
    expect(t.connectionString).toBe('postgres://u@db.lan/kg');
  });

  it('a password is never shown: masked through the parsed URL, even holding ":" "/" or "@"', () => {
    for (const url of ['postgres://geokg:pa:ss/wo@rd@127.0.0.1:1/kg', 'postgres://geokg:pa:ss@127.0.0.1:notaport/kg', 'postgres://geokg:p/ss@host/kg']) {
      const r = geokg(['build', '--db', url, '-o', '-', '--connect-timeout', '1']);
      expect(r.code).not.toBe(0);
      oneLine(r.stderr);
      expect(r.stderr).not.toMatch(/pa:ss|wo@rd|p\/ss|ss\/wo/);
    }
    expect(parsePostgresUrl('postgres://geokg:a%3Ab%2Fc@h/kg').location).toBe('postgres://geokg@h/kg');
  }, 60_000);
});
