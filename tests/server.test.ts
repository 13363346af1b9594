// The viewer's static server under misuse: aborted downloads, foreign Host names, planted links, odd methods.
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, createViewerServer, listenLoopback } from '../src/server/index.ts';
import { ROOT } from './helpers/cli.ts';

const GRAPH = '{"nodes":[],"edges":[]}';

function makeRoot(): { root: string; outside: string } {
  const dir = mkdtempSync(join(tmpdir(), 'geokg-server-'));
  const root = join(dir, 'dist'), outside = join(dir, 'private');
  mkdirSync(join(root, 'assets'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>viewer</title>');
  writeFileSync(join(root, 'assets', 'bundle.js'), 'x'.repeat(4 * 1024 * 1024));
  writeFileSync(join(outside, 'secret.txt'), 'not for the web');
  return { root, outside };
}

interface Reply { status: number; headers: Record<string, string | string[] | undefined>; body: string }

function get(url: string, { method = 'GET', host }: { method?: string; host?: string } = {}): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = httpRequest(url, { method, headers: host ? { Host: host } : {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('the viewer server', () => {
  let server: Server, url: string, port: number, root: string, outside: string;
  beforeAll(async () => {
    ({ root, outside } = makeRoot());
    server = createViewerServer(GRAPH, root);
    url = await listenLoopback(server, 0);
    port = Number(new URL(url).port);
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('--port 0 gives the port really taken', async () => {
    expect(port).toBeGreaterThan(0);
    expect(url).toBe(`http://127.0.0.1:${port}/`);
    const r = await get(url);
    expect(r.status).toBe(200);
    expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers only its own loopback names and port (421 otherwise)', async () => {
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `LOCALHOST:${port}`]) expect((await get(`${url}graph.json`, { host })).status).toBe(200);
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1:${port + 1}`, `localhost.evil.example:${port}`, '127.0.0.1']) {
      const r = await get(`${url}graph.json`, { host });
      expect(r.status, host).toBe(421);
      expect(r.body).not.toContain('nodes');
    }
  });

  it('HEAD gives the length GET would send, without a body; other methods get 405 with Allow', async () => {
    for (const path of ['graph.json', 'index.html']) {
      const got = await get(`${url}${path}`);
      const head = await get(`${url}${path}`, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.body).toBe('');
      expect(Number(head.headers['content-length'])).toBe(Buffer.byteLength(got.body));
    }
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const r = await get(url, { method });
      expect(r.status).toBe(405);
      expect(r.headers.allow).toBe('GET, HEAD');
    }
  });

  it('follows no symbolic link out of its root; links inside it work', async () => {
    symlinkSync(join(outside, 'secret.txt'), join(root, 'leak.txt'));
    symlinkSync(outside, join(root, 'private'));
    symlinkSync(join(root, 'index.html'), join(root, 'home.html'));
    expect((await get(`${url}leak.txt`)).status).toBe(404);
    expect((await get(`${url}private/secret.txt`)).status).toBe(404);
    expect((await get(`${url}%2e%2e/private/secret.txt`)).body).not.toContain('not for the web');
    expect((await get(`${url}home.html`)).status).toBe(200);
  });

  it('a file gone before it is read, a folder or a FIFO in its place: 404, and the server goes on', async () => {
    writeFileSync(join(root, 'brief.js'), 'soon gone');
    rmSync(join(root, 'brief.js'));
    expect((await get(`${url}brief.js`)).status).toBe(404);
    mkdirSync(join(root, 'folder.js'));
    expect((await get(`${url}folder.js`)).status).toBe(404);
    execFileSync('mkfifo', [join(root, 'pipe.js')]);
    expect((await get(`${url}pipe.js`)).status).toBe(404);
    expect((await get(url)).status).toBe(200);
  });
});

describe('the viewer server under ulimit -n 256', () => {
  let child: ChildProcess | undefined;
  afterAll(() => { child?.kill(); });

  it('survives 300 downloads aborted with a reset after 1 KB, leaking no file descriptor', async () => {
    const { root } = makeRoot();
    const script = `import { createViewerServer, listenLoopback } from ${JSON.stringify(`${ROOT}src/server/index.ts`)};
      const server = createViewerServer('{}', ${JSON.stringify(root)});
      process.stdout.write((await listenLoopback(server, 0)) + '\\n');`;
    const file = join(root, '..', 'serve.mts');
    writeFileSync(file, script);
    child = spawn('bash', ['-c', 'ulimit -n 256 && exec "$0" --import tsx "$1"', process.execPath, file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => { stderr += d; });
    const url = await new Promise<string>((ok, fail) => {
      let out = '';
      child!.stdout!.on('data', (d) => { out += d; const m = /http:\S+/.exec(out); if (m) ok(m[0]); });
      child!.on('exit', (code) => fail(new Error(`server exited (${code}): ${stderr}`)));
    });
    const { port } = new URL(url);
    const abortAfter1KB = () => new Promise<void>((done) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write(`GET /assets/bundle.js HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`));
      let received = 0;
      socket.on('data', (d) => { received += d.length; if (received >= 1024) socket.resetAndDestroy(); });
      socket.on('close', () => done());
      socket.on('error', () => {});
    });
    for (let i = 0; i < 300; i += 30) await Promise.all(Array.from({ length: 30 }, abortAfter1KB));
    await new Promise((r) => setTimeout(r, 300));
    expect(child.exitCode, stderr).toBeNull();
    const r = await get(`${url}index.html`);
    expect(r.status).toBe(200);
    // descriptors open now: stdio, the listening socket, node's own few; not one per aborted download
    expect(readdirSync(`/proc/${child.pid}/fd`).length).toBeLessThan(60);
    expect(stderr).toBe('');
  }, 120_000);
});
