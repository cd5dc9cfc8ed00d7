import { field, planTaskField } from './fields.ts';
import { TIME_PATTERN } from '../lib/announcements/rules.ts';

const time = { source: TIME_PATTERN, message: 'error.time' } as const;

/**
 * Announcements and events (thông báo, sự kiện): a conference date, a call to register, a
 * ceremony. Shown on the home page until `expires`, listed at /thong-bao/, read on the radio.
 */
export const announcementFields = {
  /** Headline of the announcement or the name of the event. */
  title: field.string({ maxLength: 200 }),
  /** A notice (thông báo) or an event (sự kiện). */
  kind: field.select('announcementKind'),
  /** Day of the event, or the day the notice is about (a deadline, an opening day). */
  date: field.date(),
  /** Start time on that day, HH:MM on the 24-hour clock ("08:00", "14:30"). */
  time: field.string({ required: false, pattern: time }),
  /** Last day of an event that lasts several days; empty for one day. */
  endDate: field.date({ required: false }),
  /** End time, HH:MM, on the last day (or on the day itself). */
  endTime: field.string({ required: false, pattern: time }),
  /** Where it takes place or where to go ("Hội trường UBND phường"). */
  place: field.string({ required: false, maxLength: 200 }),
  /** Who it is for or who is invited. */
  audience: field.text({ required: false, maxLength: 400 }),
  /** One or two sentences shown on the home page, in lists and feeds. */
  summary: field.text({ maxLength: 400 }),
  /** The emulation campaign the announcement belongs to. */
  campaign: field.reference('campaigns', { required: false }),
  /** Documents it rests on or refers to, by number. */
  documents: field.reference('documents', { multiple: true, required: false }),
  /** The plan task it carries out (a task a plan document declares). */
  task: planTaskField(),
  /** Last day it is shown on the home page; not before `date`. */
  expires: field.date(),
  /** Marks an example entry written for the product rather than by the ward. */
  example: field.boolean(),
  /** Hand-written radio script; when empty, one is derived from the date, place and text. */
  radioScript: field.text({ required: false }),
} as const;
