/**
 * Announcements and events (thông báo, sự kiện): whether one is still current, the order the
 * site lists them in, and the rules their dates must keep. Dates are plain YYYY-MM-DD strings
 * and times HH:MM (24-hour), which compare correctly as text. Problems are codes with their
 * values; the caller words them (word() in src/i18n/wording/).
 */
import { formatViDate } from '../dates/plain-date.ts';
import type { Coded } from '../text/message.ts';

/** A time of day as stored: two-digit hour 00–23, colon, two-digit minute ("08:30", "14:00"). */
export const TIME_PATTERN = '^(?:[01]\\d|2[0-3]):[0-5]\\d$';

export interface AnnouncementDates {
  /** Day of the event, or of the notice. */
  date: string;
  /** Start time on that day (HH:MM), when there is one. */
  time?: string | undefined;
  /** Last day of an event that lasts longer than a day. */
  endDate?: string | undefined;
  /** End time (HH:MM), on the end date or on the day itself. */
  endTime?: string | undefined;
  /** Last day the announcement is shown on the home page. */
  expires: string;
}

/** What an announcement problem says, as a string key. */
export type AnnouncementCode = 'error.announcementExpires' | 'error.announcementEnd' | 'error.announcementEndTime';

export interface AnnouncementProblem extends Coded<AnnouncementCode> {
  /** The field that is wrong: expires, endDate or endTime. */
  field: 'expires' | 'endDate' | 'endTime';
}

/**
 * Problems of one announcement's dates: it cannot leave the home page before its own day
 * (expires before date), nor end before it starts (endDate before date, or on the same day
 * an end time before the start time).
 */
export function announcementProblems(a: AnnouncementDates): AnnouncementProblem[] {
  const out: AnnouncementProblem[] = [];
  if (a.expires < a.date)
    out.push({
      field: 'expires',
      code: 'error.announcementExpires',
      params: { expires: formatViDate(a.expires), date: formatViDate(a.date) },
    });
  if (a.endDate !== undefined && a.endDate < a.date)
    out.push({
      field: 'endDate',
      code: 'error.announcementEnd',
      params: { end: formatViDate(a.endDate), date: formatViDate(a.date) },
    });
  const sameDay = a.endDate === undefined || a.endDate === a.date;
  if (sameDay && a.time !== undefined && a.endTime !== undefined && a.endTime <= a.time)
    out.push({ field: 'endTime', code: 'error.announcementEndTime', params: { end: a.endTime, start: a.time } });
  return out;
}

/** True while the announcement belongs on the home page: until the end of its expiry day. */
export function isCurrent(a: Pick<AnnouncementDates, 'expires'>, today: string): boolean {
  return today <= a.expires;
}

/** When an announcement happens, as a sortable key: its date, then its time (no time first). */
function whenKey(a: Pick<AnnouncementDates, 'date' | 'time'>): string {
  return `${a.date} ${a.time ?? ''}`;
}

/** Sorts by when announcements happen, soonest first (a day without a time before its times). */
export function byWhen(
  a: Pick<AnnouncementDates, 'date' | 'time'>,
  b: Pick<AnnouncementDates, 'date' | 'time'>,
): number {
  return whenKey(a).localeCompare(whenKey(b));
}

export interface Listed {
  id: string;
  data: AnnouncementDates;
}

/**
 * The announcements split as the site lists them on `today`: the current ones first, soonest
 * first (the one happening next heads the home page), then the past ones, latest first.
 * Ties go by id, so the order never depends on the order files were read in.
 */
export function orderAnnouncements<T extends Listed>(list: readonly T[], today: string): { current: T[]; past: T[] } {
  const current = list
    .filter((a) => isCurrent(a.data, today))
    .sort((a, b) => byWhen(a.data, b.data) || a.id.localeCompare(b.id));
  const past = list
    .filter((a) => !isCurrent(a.data, today))
    .sort((a, b) => byWhen(b.data, a.data) || a.id.localeCompare(b.id));
  return { current, past };
}
