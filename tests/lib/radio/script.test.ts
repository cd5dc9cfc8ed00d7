import { describe, expect, test } from 'vitest';
import {
  announcementScript,
  documentScript,
  entryScript,
  makeScript,
  noticeScript,
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

describe('noticeScript', () => {
  const notice = {
    title: 'Lễ tuyên dương năm 2025',
    summary: 'Tuyên dương gương tốt.',
    date: '2025-09-15',
    time: '08:30',
    place: 'Hội trường UBND phường',
    audience: 'Đại biểu các TDP',
  };
  test('reads the title, when in words, where and for whom, then the text, with no digit', () => {
    const script = noticeScript(notice, 'Mời bà con đến dự lúc 8h.', ctx);
    expect(script.paragraphs).toEqual([
      'Lễ tuyên dương năm hai nghìn không trăm hai mươi lăm.',
      'Thời gian: tám giờ ba mươi phút, thứ Hai, ngày mười lăm tháng chín năm hai nghìn không trăm hai mươi lăm.',
      'Địa điểm: Hội trường Ủy ban nhân dân phường.',
      'Thành phần: Đại biểu các tổ dân phố.',
      'Mời bà con đến dự lúc tám giờ.',
    ]);
    expect(script.text).not.toMatch(/\d/);
    expect(script.handwritten).toBe(false);
  });
  test('leaves out the place and audience when there are none, and reads the summary when the text is empty', () => {
    const script = noticeScript(
      { title: 'Hạn nộp hồ sơ', summary: 'Nộp hồ sơ đúng hạn.', date: '2026-12-28' },
      '',
      ctx,
    );
    expect(script.paragraphs).toEqual([
      'Hạn nộp hồ sơ.',
      'Thời gian: thứ Hai, ngày hai mươi tám tháng mười hai năm hai nghìn không trăm hai mươi sáu.',
      'Nộp hồ sơ đúng hạn.',
    ]);
  });
  test('a hand-written script wins', () => {
    const script = noticeScript({ ...notice, radioScript: 'Kính mời bà con dự lễ.' }, 'Bài', ctx);
    expect(script.paragraphs).toEqual(['Kính mời bà con dự lễ.']);
    expect(script.handwritten).toBe(true);
  });
});
