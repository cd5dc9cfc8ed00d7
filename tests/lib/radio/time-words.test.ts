import { describe, expect, test } from 'vitest';
import { readPeriod, readPlainDate, readTimeOfDay, readWeekday, readWhen } from '../../../src/lib/radio/time-words.ts';

describe('readTimeOfDay', () => {
  test('reads hours and minutes on the 24-hour clock', () => {
    expect(readTimeOfDay('08:30')).toBe('tám giờ ba mươi phút');
    expect(readTimeOfDay('14:05')).toBe('mười bốn giờ năm phút');
    expect(readTimeOfDay('07:15')).toBe('bảy giờ mười lăm phút');
    expect(readTimeOfDay('19:45')).toBe('mười chín giờ bốn mươi lăm phút');
    expect(readTimeOfDay('10:21')).toBe('mười giờ hai mươi mốt phút');
  });
  test('reads a whole hour without minutes, and midnight as không giờ', () => {
    expect(readTimeOfDay('14:00')).toBe('mười bốn giờ');
    expect(readTimeOfDay('00:15')).toBe('không giờ mười lăm phút');
  });
  test('refuses what is not a time', () => {
    expect(() => readTimeOfDay('25:00')).toThrow();
    expect(() => readTimeOfDay('8h30')).toThrow();
  });
});

describe('readWeekday', () => {
  test('names the day of the week of a plain date', () => {
    expect(readWeekday('2025-09-15')).toBe('thứ Hai');
    expect(readWeekday('2027-01-08')).toBe('thứ Sáu');
    expect(readWeekday('2026-12-06')).toBe('Chủ nhật');
  });
});

describe('readPlainDate', () => {
  test('reads day (mồng up to ten), month and year in words', () => {
    expect(readPlainDate('2025-03-15')).toBe('ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi lăm');
    expect(readPlainDate('2026-12-05')).toBe('ngày mồng năm tháng mười hai năm hai nghìn không trăm hai mươi sáu');
    expect(readPlainDate('2027-04-24')).toBe('ngày hai mươi tư tháng tư năm hai nghìn không trăm hai mươi bảy');
  });
  test('refuses an impossible date', () => {
    expect(() => readPlainDate('2025-02-30')).toThrow();
  });
});

describe('readWhen', () => {
  test('reads the time, the weekday and the date, with no digit left', () => {
    const words = readWhen({ date: '2025-09-15', time: '08:30' });
    expect(words).toBe('tám giờ ba mươi phút, thứ Hai, ngày mười lăm tháng chín năm hai nghìn không trăm hai mươi lăm');
    expect(words).not.toMatch(/\d/);
  });
  test('reads only the weekday and the date when there is no time', () => {
    expect(readWhen({ date: '2027-01-08' })).toBe(
      'thứ Sáu, ngày mồng tám tháng một năm hai nghìn không trăm hai mươi bảy',
    );
  });
  test('reads a hundred-and-five style year with the configured zero tens', () => {
    expect(readWhen({ date: '2105-01-11' }, { zeroTens: 'lẻ' })).toContain('năm hai nghìn một trăm lẻ năm');
  });
});

describe('readPeriod', () => {
  test('reads a start and end time on one day before the day', () => {
    expect(readPeriod({ date: '2027-01-08', time: '14:00', endTime: '16:30' })).toBe(
      'từ mười bốn giờ đến mười sáu giờ ba mươi phút, thứ Sáu, ngày mồng tám tháng một năm hai nghìn không trăm hai mươi bảy',
    );
  });
  test('reads both days of an event over several days', () => {
    expect(readPeriod({ date: '2026-12-01', endDate: '2026-12-28', endTime: '17:00' })).toBe(
      'từ thứ Ba, ngày mồng một tháng mười hai năm hai nghìn không trăm hai mươi sáu đến mười bảy giờ, thứ Hai, ngày hai mươi tám tháng mười hai năm hai nghìn không trăm hai mươi sáu',
    );
  });
  test('reads a single moment when there is no end', () => {
    expect(readPeriod({ date: '2025-09-15', time: '08:00' })).toBe(readWhen({ date: '2025-09-15', time: '08:00' }));
    expect(readPeriod({ date: '2025-09-15', endDate: '2025-09-15' })).toBe(readWhen({ date: '2025-09-15' }));
  });
});
