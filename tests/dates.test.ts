// Strict ISO 8601 dates everywhere (issue 14; issue 17 case 7): the CLI, relations(), the store's window and
// JSONL rows. A bad date is a one-line error naming the value and the accepted forms, never an empty answer.
import { describe, expect, it } from 'vitest';
import { parseJsonl } from '../src/ingest/formats.ts';
import { loadGraph } from '../src/query/load.ts';
import { relations } from '../src/query/relations.ts';
import { checkDateWindow } from '../src/store/filters.ts';
import { isIsoDate, isIsoDateTime } from '../src/util/dates.ts';
import { FIXTURE, run } from './export-helpers.ts';

const BAD_FILTER_DATES = ['yesterday', '2024-13-45', '2024/04/01', '20240401', '2024-13', '2023-02-29', '2024-00', '24-05-01', ''];
const BAD_ARTICLE_DATES = ['1', '99999-12-31', '2023-02-30', 'foo 1', '2024-05-17T25:00', '2024-05-17T10:00+2', 'May 5, 2024'];

describe('the date checks', () => {
  it('accept a year, a month and a day of the calendar, leap days included', () => {
    for (const d of ['2024', '2024-02', '2024-02-29', '2000-02-29', '1999-12-31']) expect(isIsoDate(d), d).toBe(true);
    for (const d of [...BAD_FILTER_DATES, '1900-02-29', '2024-04-31']) expect(isIsoDate(d), d).toBe(false);
  });

  it('allow a time of day (and an offset) in an article date only', () => {
    for (const d of ['2024-05-17T10:30:00Z', '2024-05-17 10:30', '2024-05-17T10:30:00.123+02:00', '2024-05-17T23:59:60Z', '2024-05']) expect(isIsoDateTime(d), d).toBe(true);
    for (const d of BAD_ARTICLE_DATES) expect(isIsoDateTime(d), d).toBe(false);
    expect(isIsoDate('2024-05-17T10:30')).toBe(false);
  });
});

describe('bad dates are errors naming the value', () => {
  it.each(BAD_FILTER_DATES.filter(Boolean))('geokg query --since %s exits 1 in one line', async (d) => {
    for (const flag of ['--since', '--until']) {
      const r = await run(['query', FIXTURE, flag, d]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`"${d}"`);
      expect(r.stderr).toContain('YYYY-MM-DD');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('relations() throws instead of answering nothing', () => {
    const g = loadGraph(FIXTURE);
    expect(() => relations(g, { since: '2024-13' })).toThrow(/"2024-13" is not a date/);
    expect(() => relations(g, { until: 'yesterday' })).toThrow(/"yesterday"/);
    expect(relations(g, { since: '2023', until: '2023-12-31' }).length).toBeGreaterThan(0);
  });

  it('the store refuses a bad window, in the library and on the command line', async () => {
    expect(() => checkDateWindow({ since: '2024/04/01' })).toThrow(/"2024\/04\/01" is not a date/);
    expect(() => checkDateWindow({ since: '2024', until: '2024-05-31' })).not.toThrow();
    const r = await run(['build', '--db', '/nonexistent/kg.sqlite', '--since', '20240401', '-o', '-']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"20240401"');
  });
});

describe('JSONL dates (issue 17 case 7)', () => {
  const line = (date: string) => JSON.stringify({ id: 'a', text: 'Ana Ruiz visited Lisbon.', date });

  it.each(BAD_ARTICLE_DATES)('a row dated %j is a bad line: an error, or skipped with --skip-bad', (d) => {
    expect(() => parseJsonl(line(d), { name: 'in.jsonl', warn: () => {}, skipBad: false })).toThrow(new RegExp(`in\\.jsonl:1: date "${d.replace(/[+.]/g, '\\$&')}" is not a date`));
    const warnings: string[] = [];
    expect(parseJsonl(line(d), { name: 'in.jsonl', warn: (m) => warnings.push(m), skipBad: true })).toEqual([]);
    expect(warnings).toHaveLength(1);
  });

  it('keeps a good date, with or without a time', () => {
    for (const d of ['2024-05-17', '2024-05-17T08:00:00Z'])
      expect(parseJsonl(line(d), { name: 'in.jsonl', warn: () => {}, skipBad: false })[0]!.date).toBe(d);
  });
});
