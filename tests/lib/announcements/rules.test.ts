import { describe, expect, test } from 'vitest';
import {
  TIME_PATTERN,
  announcementProblems,
  byWhen,
  isCurrent,
  orderAnnouncements,
} from '../../../src/lib/announcements/rules.ts';

describe('TIME_PATTERN', () => {
  const time = new RegExp(TIME_PATTERN);
  test('accepts HH:MM on the 24-hour clock', () => {
    for (const ok of ['00:00', '08:30', '14:05', '23:59']) expect(time.test(ok), ok).toBe(true);
  });
  test('refuses other ways of writing a time', () => {
    for (const bad of ['8:30', '24:00', '08:60', '8h30', '08.30', '08:30:00', ' 08:30'])
      expect(time.test(bad), bad).toBe(false);
  });
});

describe('announcementProblems', () => {
  test('accepts an expiry on or after the date', () => {
    expect(announcementProblems({ date: '2026-12-01', expires: '2026-12-01' })).toEqual([]);
    expect(announcementProblems({ date: '2026-12-01', expires: '2027-01-05' })).toEqual([]);
  });
  test('names expires when it precedes the date, with both dates in Vietnamese form', () => {
    expect(announcementProblems({ date: '2026-12-10', expires: '2026-12-09' })).toEqual([
      { field: 'expires', code: 'error.announcementExpires', params: { expires: '09/12/2026', date: '10/12/2026' } },
    ]);
  });
  test('names endDate when the event ends before it starts', () => {
    const problems = announcementProblems({ date: '2026-12-10', endDate: '2026-12-08', expires: '2026-12-10' });
    expect(problems.map((p) => p.field)).toEqual(['endDate']);
  });
  test('names endTime when it is not after the start time on the same day', () => {
    expect(
      announcementProblems({ date: '2026-12-10', time: '14:00', endTime: '13:30', expires: '2026-12-10' }).map(
        (p) => p.field,
      ),
    ).toEqual(['endTime']);
    expect(
      announcementProblems({ date: '2026-12-10', time: '14:00', endTime: '14:00', expires: '2026-12-10' }).map(
        (p) => p.field,
      ),
    ).toEqual(['endTime']);
  });
  test('lets an end time be earlier in the day when the event ends on a later day', () => {
    expect(
      announcementProblems({
        date: '2026-12-10',
        time: '14:00',
        endDate: '2026-12-11',
        endTime: '11:00',
        expires: '2026-12-11',
      }),
    ).toEqual([]);
  });
});

describe('byWhen', () => {
  test('orders by date, then by time, a day without a time before its times', () => {
    const list = [
      { date: '2027-01-08', time: '14:00' },
      { date: '2026-12-01' },
      { date: '2027-01-08', time: '08:00' },
      { date: '2027-01-08' },
    ];
    expect([...list].sort(byWhen)).toEqual([
      { date: '2026-12-01' },
      { date: '2027-01-08' },
      { date: '2027-01-08', time: '08:00' },
      { date: '2027-01-08', time: '14:00' },
    ]);
  });
});

describe('isCurrent', () => {
  test('is current up to and including the expiry day, not after', () => {
    expect(isCurrent({ expires: '2026-12-05' }, '2026-12-04')).toBe(true);
    expect(isCurrent({ expires: '2026-12-05' }, '2026-12-05')).toBe(true);
    expect(isCurrent({ expires: '2026-12-05' }, '2026-12-06')).toBe(false);
  });
});

describe('orderAnnouncements', () => {
  const a = (id: string, date: string, expires: string, time?: string) => ({ id, data: { date, time, expires } });
  const list = [
    a('ceremony', '2027-01-08', '2027-01-08', '14:00'),
    a('conference-2025', '2025-09-18', '2025-09-18', '08:00'),
    a('registration', '2026-12-01', '2027-01-05'),
    a('scoring', '2026-11-20', '2026-11-27'),
    a('morning', '2027-01-08', '2027-01-08', '08:00'),
    a('all-day', '2027-01-08', '2027-01-08'),
  ];
  test('puts current ones first, soonest first (a day without a time before its times), then past ones latest first', () => {
    const { current, past } = orderAnnouncements(list, '2026-12-05');
    expect(current.map((x) => x.id)).toEqual(['registration', 'all-day', 'morning', 'ceremony']);
    expect(past.map((x) => x.id)).toEqual(['scoring', 'conference-2025']);
  });
  test('moves an announcement to the past the day after it expires', () => {
    const { current, past } = orderAnnouncements(list, '2027-01-06');
    expect(current.map((x) => x.id)).toEqual(['all-day', 'morning', 'ceremony']);
    expect(past.map((x) => x.id)).toEqual(['registration', 'scoring', 'conference-2025']);
  });
  test('does not depend on the order of the input', () => {
    const forward = orderAnnouncements(list, '2026-12-05');
    const backward = orderAnnouncements([...list].reverse(), '2026-12-05');
    expect(backward).toEqual(forward);
  });
});
