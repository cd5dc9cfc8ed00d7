/**
 * Dates and times of day read in words, for what a script states outright (an announcement's
 * day and hour) rather than finds in running text (speak.ts): "tám giờ ba mươi phút, thứ Hai,
 * ngày mười lăm tháng mười hai năm hai nghìn không trăm hai mươi sáu". The words are what the
 * announcer reads, in Vietnamese whatever the page's language, so they are reading rules here
 * rather than entries of the interface dictionaries.
 */
import { isPlainDate, weekdayOf } from '../dates/plain-date.ts';
import { DEFAULT_READING, readDay, readInteger, readMonth, type NumberReading } from './number-words.ts';

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** Days of the week as announcers say them, Sunday first (weekdayOf's numbering). */
export const WEEKDAY_WORDS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'] as const;

/**
 * A time of day on the 24-hour clock: "08:30" → "tám giờ ba mươi phút", "14:00" → "mười bốn
 * giờ" (a whole hour has no minutes), "00:15" → "không giờ mười lăm phút".
 */
export function readTimeOfDay(value: string, reading: NumberReading = DEFAULT_READING): string {
  const match = TIME.exec(value);
  if (!match) throw new Error(`Not a time of day (HH:MM): ${value}`);
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  const words = [hour === 0 ? 'không' : readInteger(hour, reading), 'giờ'];
  if (minute > 0) words.push(readInteger(minute, reading), 'phút');
  return words.join(' ');
}

/** The day of the week of a plain date: "2026-12-14" → "thứ Hai". */
export function readWeekday(date: string): string {
  return WEEKDAY_WORDS[weekdayOf(date)] ?? '';
}

/** A plain date: "2026-12-05" → "ngày mồng năm tháng mười hai năm hai nghìn không trăm hai mươi sáu". */
export function readPlainDate(date: string, reading: NumberReading = DEFAULT_READING): string {
  if (!isPlainDate(date)) throw new Error(`Not a plain date: ${date}`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `ngày ${readDay(day, reading)} tháng ${readMonth(month, reading)} năm ${readInteger(year, reading)}`;
}

/** A moment: its time (if any), its day of the week and its date, as one phrase. */
export function readWhen(
  when: { date: string; time?: string | undefined },
  reading: NumberReading = DEFAULT_READING,
): string {
  const parts = [readWeekday(when.date), readPlainDate(when.date, reading)];
  return [...(when.time ? [readTimeOfDay(when.time, reading)] : []), parts.join(', ')].join(', ');
}

/**
 * When an event happens, from its start to its end if it has one: "từ tám giờ đến mười một
 * giờ, thứ Hai, ngày …" on one day, "từ tám giờ, thứ Hai, ngày … đến thứ Tư, ngày …" over
 * several.
 */
export function readPeriod(
  period: { date: string; time?: string | undefined; endDate?: string | undefined; endTime?: string | undefined },
  reading: NumberReading = DEFAULT_READING,
): string {
  const endDay = period.endDate && period.endDate !== period.date ? period.endDate : undefined;
  if (endDay) return `từ ${readWhen(period, reading)} đến ${readWhen({ date: endDay, time: period.endTime }, reading)}`;
  if (period.time && period.endTime) {
    const day = readWhen({ date: period.date }, reading);
    return `từ ${readTimeOfDay(period.time, reading)} đến ${readTimeOfDay(period.endTime, reading)}, ${day}`;
  }
  return readWhen(period, reading);
}
