// Outputs never destroy what geokg did not write (issue 17, cases 1 and 2): CSV folders holding other
// files are refused, symlinks are written through, devices and FIFOs are written to, and a failed write
// leaves the old file and no temporary behind.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJson } from '../src/export/index.ts';
import { loadGraph } from '../src/query/load.ts';
import { writeStreamAtomic } from '../src/util/atomic.ts';
import { FIXTURE, run } from './export-helpers.ts';
import { geokg } from './helpers/cli.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'geokg-out-'));
const IS_ROOT = process.getuid?.() === 0;

describe('CSV folder export (issue 17 case 1)', () => {
  it('refuses a folder holding other files, in one line naming it, and leaves every file as it was', async () => {
    const d = tmp();
    const keep = join(d, 'keep');
    mkdirSync(join(keep, 'sub'), { recursive: true });
    writeFileSync(join(keep, 'thesis.txt'), 't');
    const r = await run(['export', FIXTURE, '-f', 'csv', '-o', keep]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(keep);
    expect(readdirSync(keep).sort()).toEqual(['sub', 'thesis.txt']);
    expect(readFileSync(join(keep, 'thesis.txt'), 'utf8')).toBe('t');
    expect(readdirSync(d)).toEqual(['keep']); // no temporary folder left beside it
  });

  it('refuses the folder that holds the input graph, with or without a trailing slash', async () => {
    const d = tmp();
    const input = join(d, 'g.json');
    writeFileSync(input, readFileSync(FIXTURE));
    for (const out of [d, `${d}/`]) {
      expect((await run(['export', input, '-f', 'csv', '-o', out])).code).toBe(1);
      expect(readFileSync(input, 'utf8')).toBe(readFileSync(FIXTURE, 'utf8'));
    }
  });

  it('refuses a nodes.csv that geokg did not write (another header)', async () => {
    const d = tmp();
    writeFileSync(join(d, 'nodes.csv'), 'id,name\n1,x\n');
    expect((await run(['export', FIXTURE, '-f', 'csv', '-o', d])).code).toBe(1);
    expect(readFileSync(join(d, 'nodes.csv'), 'utf8')).toBe('id,name\n1,x\n');
  });

  it('fills an empty folder and replaces its own earlier export', async () => {
    const d = tmp();
    const out = join(d, 'neo4j');
    mkdirSync(out);
    expect((await run(['export', FIXTURE, '-f', 'csv', '-o', out])).code).toBe(0);
    expect((await run(['export', FIXTURE, '-f', 'csv', '-o', out])).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['edges.csv', 'nodes.csv']);
    expect(readdirSync(d)).toEqual(['neo4j']);
  });
});

describe('-o onto links, devices and FIFOs (issue 17 case 2)', () => {
  it('writes through a symlink to its target, atomically, and keeps the link', async () => {
    const d = tmp();
    mkdirSync(join(d, 'data'));
    writeFileSync(join(d, 'data', 'graph.json'), 'old');
    symlinkSync(join(d, 'data', 'graph.json'), join(d, 'graph.json'));
    const r = await run(['export', FIXTURE, '-f', 'json', '-o', join(d, 'graph.json')]);
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(join(d, 'graph.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(d, 'graph.json'))).toBe(join(d, 'data', 'graph.json'));
    expect(readFileSync(join(d, 'data', 'graph.json'), 'utf8')).toBe(toJson(loadGraph(FIXTURE)));
    expect(readdirSync(join(d, 'data'))).toEqual(['graph.json']);
  });

  it('creates the target of a dangling relative symlink, keeping the link', async () => {
    const d = tmp();
    symlinkSync('target.ttl', join(d, 'link.ttl'));
    expect((await run(['export', FIXTURE, '-o', join(d, 'link.ttl')])).code).toBe(0);
    expect(lstatSync(join(d, 'link.ttl')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(d, 'target.ttl'), 'utf8')).toContain('@prefix geokg:');
  });

  it('keeps a character device a device (build and export; mknod, as root)', (ctx) => {
    if (!IS_ROOT) ctx.skip('mknod needs root');
    const d = tmp();
    const dev = join(d, 'null');
    expect(spawnSync('mknod', [dev, 'c', '1', '3']).status).toBe(0); // the kernel's null device
    const r = geokg(['export', FIXTURE, '-f', 'gexf', '-o', dev]);
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(dev).isCharacterDevice()).toBe(true);
    writeFileSync(join(d, 'a.txt'), 'Ana Ruiz met Omar Haddad in Lisbon on Monday.\n');
    const b = geokg(['build', join(d, 'a.txt'), '-o', dev]);
    expect(b.code, b.stderr).toBe(0);
    expect(statSync(dev).isCharacterDevice()).toBe(true);
    expect(readdirSync(d).sort()).toEqual(['a.txt', 'null']);
  });

  it('streams into a FIFO, which stays a FIFO', async () => {
    const d = tmp();
    const fifo = join(d, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (b) => (got += b));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    const r = await run(['export', FIXTURE, '-f', 'nt', '-o', fifo]);
    await closed;
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(got.split('\n').filter(Boolean).length).toBeGreaterThan(100);
  });

  it('writes "-" to stdout, the same bytes as the file', async () => {
    const r = await run(['export', FIXTURE, '-f', 'json', '-o', '-']);
    expect(r.stdout).toBe(toJson(loadGraph(FIXTURE)));
  });
});

describe('writeStreamAtomic', () => {
  it('on an error keeps the old content and leaves no temporary file', async () => {
    const d = tmp();
    const file = join(d, 'out.json');
    writeFileSync(file, 'old');
    await expect(writeStreamAtomic(file, async (out) => {
      out.write('half a docu');
      throw new Error('disk on fire');
    })).rejects.toThrow('disk on fire');
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(d)).toEqual(['out.json']);
  });

  it('refuses a folder as a file target', async () => {
    const d = tmp();
    await expect(writeStreamAtomic(d, async () => {})).rejects.toThrow(/folder/);
    expect(existsSync(d)).toBe(true);
  });
});
