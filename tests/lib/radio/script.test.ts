import { describe, expect, test } from 'vitest';
import {
  announcementScript,
  documentScript,
  entryScript,
  makeScript,
  radioContext,
} from '../../../src/lib/radio/script.ts';
import { RADIO_SETTINGS } from '../../fixtures/radio/settings.ts';

const ctx = radioContext(RADIO_SETTINGS);

describe('entryScript', () => {
  test('reads the title then the story, with numbers and abbreviations in words', () => {
    const script = entryScript({ title: 'CLB TDP 4', summary: 'Tóm tắt' }, 'Năm 2025, **CLB** có 40 hội viên.', ctx);
    expect(script.paragraphs).toEqual([
      'Câu lạc bộ tổ dân phố bốn.',
      'Năm hai nghìn không trăm hai mươi lăm, câu lạc bộ có bốn mươi hội viên.',
    ]);
    expect(script.handwritten).toBe(false);
  });
  test('reads the summary when the body is empty', () => {
    expect(entryScript({ title: 'Tên', summary: 'Tóm tắt 2 câu' }, '  ', ctx).paragraphs).toEqual([
      'Tên.',
      'Tóm tắt hai câu.',
    ]);
  });
  test('lets a hand-written script win, still read by the same rules', () => {
    const script = entryScript({ title: 'Tên', summary: 'x', radioScript: 'Kính thưa bà con TDP 3.' }, 'Bài', ctx);
    expect(script.paragraphs).toEqual(['Kính thưa bà con tổ dân phố ba.']);
    expect(script.handwritten).toBe(true);
  });
});

describe('documentScript', () => {
  test('reads title, number with date and issuer, effective date, subject and summary', () => {
    const script = documentScript(
      {
        number: '98/2023/NĐ-CP',
        type: 'nghi-dinh',
        title: 'Nghị định hướng dẫn',
        subject: 'Quy định chi tiết',
        issuer: 'Chính phủ',
        issued: '2023-12-31',
        effective: '2024-01-01',
        summary: 'Thưởng 0,3 lần.',
      },
      ctx,
    );
    expect(script.paragraphs).toEqual([
      'Nghị định hướng dẫn.',
      'Nghị định số chín mươi tám năm hai nghìn không trăm hai mươi ba ngày ba mươi mốt tháng mười hai năm hai nghìn không trăm hai mươi ba của Chính phủ.',
      'Có hiệu lực từ ngày mồng một tháng một năm hai nghìn không trăm hai mươi tư.',
      'Trích yếu: Quy định chi tiết.',
      'Thưởng không phẩy ba lần.',
    ]);
  });
});

describe('makeScript', () => {
  test('measures syllables and duration at the configured rate', () => {
    const words = Array.from({ length: 105 }, () => 'bà').join(' ');
    const script = makeScript([words], ctx);
    expect(script.syllables).toBe(105);
    expect(script.seconds).toBe(30);
    expect(script.text).toBe(script.paragraphs.join('\n\n'));
  });
  test('reports capitalised tokens the dictionary does not know', () => {
    expect(announcementScript('Đoàn TNCS họp.', ctx).unknownAbbreviations).toEqual(['TNCS']);
  });
});
