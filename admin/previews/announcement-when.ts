/**
 * When and where an announcement happens, read from the form while an editor writes it: for
 * its facts (./announcement.tsx) and its script (./radio.ts). Undefined until the date is a
 * real date; a half-typed time or end date is left out. Pure.
 */
import { TIME_PATTERN } from '../../src/lib/announcements/rules.ts';
import { isPlainDate } from '../../src/lib/dates/plain-date.ts';
import type { AnnouncementWhen } from '../../src/render/announcement.ts';
import { optionalText, text, type Loose } from './read.ts';

const TIME = new RegExp(TIME_PATTERN);

export interface AnnouncementWhere extends AnnouncementWhen {
  place?: string | undefined;
  audience?: string | undefined;
}

export function announcementWhenOf(data: Loose): AnnouncementWhere | undefined {
  const date = text(data, 'date');
  if (!isPlainDate(date)) return undefined;
  const time = (name: string) => {
    const value = optionalText(data, name);
    return value && TIME.test(value) ? value : undefined;
  };
  const endDate = optionalText(data, 'endDate');
  return {
    date,
    time: time('time'),
    endDate: endDate && isPlainDate(endDate) ? endDate : undefined,
    endTime: time('endTime'),
    place: optionalText(data, 'place'),
    audience: optionalText(data, 'audience'),
  };
}
