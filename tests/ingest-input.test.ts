// Input as it comes: HTML references of every kind, UTF-16 and Latin-1 files, names with invisible
// characters or decomposed accents, and folders that cannot be read.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml, readArticles } from '../src/ingest/index.ts';
import { ROOT, geokg } from './helpers/cli.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'geokg-input-'));

describe('HTML through a real parser', () => {
  it('decodes every named and numeric character reference', () => {
    const a = parseHtml('<p>Fran&ccedil;ois Hollande met Jos&eacute; Albares; the bill came to 3&nbsp;&euro; &#8364; &#x20AC; &Ccedil;a &hellip;</p>', 'h');
    expect(a.text).toBe('François Hollande met José Albares; the bill came to 3 € € € Ça …');
    expect(parseHtml('<title>Caf&eacute; &amp; Co</title><p>x</p>', 'h').title).toBe('Café & Co');
    // a DOCTYPE with an internal subset declares entities that are never expanded, and leaves no "]>" behind
    const bomb = '<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><p>Start &b; end</p>';
    expect(parseHtml(bomb, 'h').text).toBe('Start &b; end');
  });

  it('collapses white space inside a block as a browser does; block elements end paragraphs', () => {
    const a = parseHtml('<p>Prime Minister\nKeir   Starmer met\r\n  Chancellor <b>Olaf</b>\tScholz.</p><div>Second</div><div>Third <span>line</span></div>', 'h');
    expect(a.text).toBe('Prime Minister Keir Starmer met Chancellor Olaf Scholz.\nSecond\nThird line');
    expect(parseHtml('<ul><li>One</li><li>Two</li></ul><h2>Head</h2>Tail<br>After', 'h').text).toBe('One\nTwo\nHead\nTail\nAfter');
    expect(parseHtml('<pre>line one\nline two</pre>', 'h').text).toBe('line one\nline two');
  });

  it('through the CLI: the entity named with a reference is one clean name', () => {
    const d = dir();
    writeFileSync(join(d, 'visit.html'), '<html><body><p>French President Fran&ccedil;ois Hollande met Spanish Foreign Minister Jos&eacute; Manuel Albares in Madrid.</p></body></html>');
    const r = geokg(['build', d, '-o', '-', '--jobs', '1']);
    expect(r.code, r.stderr).toBe(0);
    const labels: string[] = JSON.parse(r.stdout).nodes.map((n: { attributes: { label: string } }) => n.attributes.label);
    expect(labels.some((l) => l.includes('François Hollande'))).toBe(true);
    expect(labels.join('|')).not.toContain('&');
  }, 60_000);
});

describe('encodings', () => {
  const TEXT = 'François Legault met Jean-Pierre Raffarin in Québec.';

  it('UTF-16 with a BOM, little- or big-endian, is decoded', () => {
    const d = dir();
    writeFileSync(join(d, 'le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]));
    const OTHER = 'Jean-Pierre Raffarin a rencontré François Legault à Québec.';
    writeFileSync(join(d, 'be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(OTHER, 'utf16le').swap16()]));
    expect(readArticles([d]).map((a) => [a.id, a.text])).toEqual([['be', OTHER], ['le', TEXT]]);
  });

  it('--encoding latin1 reads a Latin-1 file exactly; an unknown encoding is a one-line error', () => {
    const d = dir();
    writeFileSync(join(d, 'latin.txt'), Buffer.from(TEXT, 'latin1'));
    const warnings: string[] = [];
    expect(readArticles([d], { warn: (m) => warnings.push(m) })[0]!.text).toContain('\uFFFD');
    expect(warnings.join('\n')).toMatch(/latin\.txt: invalid UTF-8.*--encoding latin1/);
    expect(readArticles([d], { encoding: 'latin1' })[0]!.text).toBe(TEXT);
    const r = geokg(['build', d, '-o', '-', '--encoding', 'klingon']);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--encoding: "klingon" is not an encoding/);
  }, 30_000);
});

describe('names normalised in ingest', () => {
  it('NFC, and zero-width characters and soft hyphens removed, before any offset is taken', () => {
    const d = dir();
    const rows = [
      { id: 'a', text: 'Prime Minister Pedro Sa\u0301nchez met Chancellor Olaf Scholz in Berlin.' },
      { id: 'b', text: 'Prime Minister Pedro Sán\u00adchez met President Emmanuel Macron in Paris.' },
      { id: 'c', text: 'Prime Minister Pedro S\u200dánchez met King Philippe in Brussels.' },
      { id: 'd', text: 'Prime Minister Pedro Sánchez\u200b met President Sergio Mattarella in Rome.' },
    ];
    writeFileSync(join(d, 'feed.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n'));
    const texts = readArticles([d]).map((a) => a.text);
    for (const t of texts) expect(t).toMatch(/Pedro Sánchez met/);
    const r = geokg(['build', d, '-o', '-', '--jobs', '1']);
    expect(r.code, r.stderr).toBe(0);
    const graph = JSON.parse(r.stdout);
    const sanchez = graph.nodes.filter((n: { attributes: { label: string } }) => /nchez/.test(n.attributes.label));
    expect(sanchez).toHaveLength(1);
    expect(sanchez[0].attributes.label).toBe('Pedro Sánchez');
    // offsets point into the normalised text
    for (const m of sanchez[0].attributes.mentions) {
      const text = texts[rows.findIndex((row) => row.id === m.article)]!;
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  }, 60_000);
});

describe('--skip-bad and unreadable folders', () => {
  it('an unreadable subfolder stops the run in one line, or is skipped with a warning under --skip-bad', () => {
    const d = dir();
    chmodSync(d, 0o755);
    writeFileSync(join(d, 'ok.txt'), 'Foreign Minister Annalena Baerbock visited Kyiv on Monday.');
    mkdirSync(join(d, 'locked'));
    writeFileSync(join(d, 'locked', 'hidden.txt'), 'Text nobody may read.');
    chmodSync(join(d, 'locked'), 0o000);
    try {
      // permissions do not bind root: run as nobody then
      const run = (args: string[]) => {
        if (process.getuid?.() !== 0) return geokg(args);
        const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, `${ROOT}bin/geokg.js`, ...args], { cwd: ROOT, encoding: 'utf8' });
        return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
      };
      const stop = run(['build', d, '-o', '-', '--jobs', '1']);
      expect(stop.code).not.toBe(0);
      expect(stop.stderr.trim().split('\n')).toHaveLength(1);
      expect(stop.stderr).toMatch(/locked: cannot list folder \(permission denied\); use --skip-bad/);
      const go = run(['build', d, '-o', '-', '--jobs', '1', '--skip-bad']);
      expect(go.code, go.stderr).toBe(0);
      expect(go.stderr).toMatch(/locked: cannot list folder \(permission denied\); skipped/);
      expect(go.stdout).toContain('Baerbock');
    } finally {
      chmodSync(join(d, 'locked'), 0o755);
    }
  }, 60_000);
});
