// Strict ISO 8601 dates, checked on the calendar. Everything geokg filters or stores by date goes
// through here, so "yesterday", "2024-13-45", "2024/04/01" or "2023-02-30" is an error naming the value,
// never a silent empty answer.
import { GeokgError } from './errors.ts';

/** The forms a filter date takes; a prefix stands for the whole year or month. */
export const DATE_FORMS = 'YYYY, YYYY-MM or YYYY-MM-DD (ISO 8601)';
/** The forms an article's date takes: a filter date, or a day with a time of day and an optional offset. */
export const DATETIME_FORMS = 'YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss[.sss]][Z|±hh:mm] (ISO 8601)';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))?$/;

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;

/** True for YYYY, YYYY-MM or YYYY-MM-DD naming a real year, month or day. */
export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), m[2] === undefined ? 1 : Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo);
}

/** isIsoDate, or a full day followed by T (or a space) and a valid time of day with an optional offset. */
export function isIsoDateTime(value: string): boolean {
  const split = /^(\d{4}-\d{2}-\d{2})[T ](.+)$/.exec(value);
  if (!split) return isIsoDate(value);
  const t = TIME.exec(split[2]!);
  if (!isIsoDate(split[1]!) || !t) return false;
  const [h, mi, s] = [Number(t[1]), Number(t[2]), t[3] === undefined ? 0 : Number(t[3])];
  const offsetOk = t[4] === undefined || (Number(t[4]) <= 23 && Number(t[5]) <= 59);
  return h <= 23 && mi <= 59 && s <= 60 && offsetOk; // 60: a leap second
}

/** One line naming the value and the accepted forms. */
export const dateProblem = (what: string, value: string, time = false) =>
  `${what} "${value}" is not a date; use ${time ? DATETIME_FORMS : DATE_FORMS}`;

/** The value, checked: a filter date, or a GeokgError in one line. */
export function checkDate(module: string, what: string, value: string): string {
  if (!isIsoDate(value)) throw new GeokgError(module, dateProblem(what, value));
  return value;
}
