import type { Evidence } from '../../../../src/model/types.ts';
import type { Bin, Period } from './types.ts';

const DAY_MS = 86_400_000;

/** where an ISO day (YYYY-MM-DD) has digits */
const DIGITS_AT = [0, 1, 2, 3, 5, 6, 8, 9] as const;
const isDigit = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/**
 * The day of an ISO date or date-time ('2024-03-07T…' → '2024-03-07'), or null if it is none. Checked by
 * character codes and a plain day returned as it is (no regular expression, no copy): this runs for every
 * evidence item when a graph loads (some 100k at 40k edges).
 */
export function dayOf(date: string | undefined | null): string | null {
  if (typeof date !== 'string' || date.length < 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return null;
  for (const i of DIGITS_AT) if (!isDigit(date, i)) return null;
  return date.length === 10 ? date : date.slice(0, 10);
}

/** An evidence item's day: when the event happened if known, else the article's date. */
export function evidenceDay(e: Evidence): string | null {
  return dayOf(e.date) ?? dayOf(e.articleDate);
}

const toMs = (day: string) => Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10));
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function daysBetween(a: string, b: string): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

export function addDays(day: string, n: number): string {
  return toDay(toMs(day) + n * DAY_MS);
}

/** Days for a span of up to three months, weeks up to two years, months beyond: some 10–100 bars. */
export function chooseBin(first: string, last: string): Bin {
  const span = daysBetween(first, last);
  return span <= 92 ? 'day' : span <= 730 ? 'week' : 'month';
}

/** The period of the given bin that holds a day (weeks start on Monday, as ISO weeks do). */
export function periodOf(day: string, bin: Bin): Period {
  if (bin === 'day') return { start: day, end: day };
  if (bin === 'week') {
    const weekday = (new Date(toMs(day)).getUTCDay() + 6) % 7;
    const start = addDays(day, -weekday);
    return { start, end: addDays(start, 6) };
  }
  const start = `${day.slice(0, 7)}-01`;
  const next = +day.slice(5, 7) === 12 ? `${+day.slice(0, 4) + 1}-01-01` : `${day.slice(0, 5)}${String(+day.slice(5, 7) + 1).padStart(2, '0')}-01`;
  return { start, end: addDays(next, -1) };
}

/** Every period from the one holding `first` to the one holding `last`, empty ones included. */
export function periodsBetween(first: string, last: string, bin: Bin): Period[] {
  const out: Period[] = [];
  for (let p = periodOf(first, bin); p.start <= last; p = periodOf(addDays(p.end, 1), bin)) out.push(p);
  return out;
}
