/**
 * Plain calendar dates ("2025-01-13"), stored without time or timezone so that a date
 * typed in the CMS is the date shown on the site, whatever the server's timezone.
 */

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written as YYYY-MM-DD (rejects 2025-02-30). */
export function isPlainDate(value: string): boolean {
  const match = PLAIN_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Formats a plain date the Vietnamese way: "2025-01-13" → "13/01/2025". */
export function formatViDate(value: string): string {
  const match = PLAIN_DATE.exec(value);
  if (!match) return value;
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/** Day of the week of a plain date: 0 Sunday (Chủ nhật), 1 Monday (Thứ Hai) … 6 Saturday. */
export function weekdayOf(value: string): number {
  return new Date(`${value}T00:00:00Z`).getUTCDay();
}

/** The year of a plain date, as a number. */
export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}

/** Today's date as a plain date in Vietnam (UTC+7), for status derived from dates. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}
