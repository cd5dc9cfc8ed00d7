import { describe, expect, test } from 'vitest';
import { radioContext } from '../../../src/lib/radio/script.ts';
import { speak, tidy } from '../../../src/lib/radio/speak.ts';
import { RADIO_SETTINGS } from '../../fixtures/radio/settings.ts';

const ctx = radioContext(RADIO_SETTINGS);
const say = (text: string) => speak(text, ctx);

describe('speak', () => {
  describe('dates', () => {
    test.each([
      ['13/01/2025', 'Ngày mười ba tháng một năm hai nghìn không trăm hai mươi lăm'],
      ['ngày 13/01/2025', 'Ngày mười ba tháng một năm hai nghìn không trăm hai mươi lăm'],
      ['ngày 01/07/2025', 'Ngày mồng một tháng bảy năm hai nghìn không trăm hai mươi lăm'],
      ['ngày 13 tháng 01 năm 2025', 'Ngày mười ba tháng một năm hai nghìn không trăm hai mươi lăm'],
      ['ngày 30/4/1975', 'Ngày ba mươi tháng tư năm một nghìn chín trăm bảy mươi lăm'],
      ['2025-07-28', 'Ngày hai mươi tám tháng bảy năm hai nghìn không trăm hai mươi lăm'],
      ['tháng 7/2025', 'Tháng bảy năm hai nghìn không trăm hai mươi lăm'],
      ['trước 15/12', 'Trước ngày mười lăm tháng mười hai'],
      ['13-15/01/2025', 'Ngày mười ba đến ngày mười lăm tháng một năm hai nghìn không trăm hai mươi lăm'],
      ['trong tháng 4', 'Trong tháng tư'],
    ])('%s', (text, words) => {
      expect(say(text)).toBe(words);
    });
  });

  describe('ranges and years', () => {
    test.each([
      ['giai đoạn 2020-2025', 'Giai đoạn hai nghìn không trăm hai mươi đến hai nghìn không trăm hai mươi lăm'],
      ['giai đoạn 2020–2025', 'Giai đoạn hai nghìn không trăm hai mươi đến hai nghìn không trăm hai mươi lăm'],
      ['từ 10 - 15 người', 'Từ mười đến mười lăm người'],
      ['năm 2026', 'Năm hai nghìn không trăm hai mươi sáu'],
    ])('%s', (text, words) => {
      expect(say(text)).toBe(words);
    });
  });

  describe('times', () => {
    test.each([
      ['7h30', 'Bảy giờ ba mươi phút'],
      ['7 giờ 30', 'Bảy giờ ba mươi phút'],
      ['7 giờ 30 phút', 'Bảy giờ ba mươi phút'],
      ['lúc 14h00', 'Lúc mười bốn giờ'],
      ['19:45', 'Mười chín giờ bốn mươi lăm phút'],
      ['7h05', 'Bảy giờ năm phút'],
      ['từ 7h-9h', 'Từ bảy giờ đến chín giờ'],
    ])('%s', (text, words) => {
      expect(say(text)).toBe(words);
    });
  });

  describe('percentages, decimals and money', () => {
    test.each([
      ['95%', 'Chín mươi lăm phần trăm'],
      ['12,5 %', 'Mười hai phẩy năm phần trăm'],
      ['0,3 lần', 'Không phẩy ba lần'],
      ['1.500.000 đồng', 'Một triệu năm trăm nghìn đồng'],
      ['500.000đ', 'Năm trăm nghìn đồng'],
      ['10 triệu đồng', 'Mười triệu đồng'],
      ['2,5 triệu đ', 'Hai phẩy năm triệu đồng'],
      ['1.000.005 VNĐ', 'Một triệu không trăm linh năm đồng'],
    ])('%s', (text, words) => {
      expect(say(text)).toBe(words);
    });
  });

  describe('document numbers', () => {
    test.each([
      ['08/KH-UBND', 'Kế hoạch số tám của Ủy ban nhân dân'],
      ['Kế hoạch số 08/KH-UBND', 'Kế hoạch số tám của Ủy ban nhân dân'],
      ['Kế hoạch 297/KH-UBND của thị xã', 'Kế hoạch số hai trăm chín mươi bảy của thị xã'],
      ['Nghị định 98/2023/NĐ-CP', 'Nghị định số chín mươi tám năm hai nghìn không trăm hai mươi ba của Chính phủ'],
      ['Luật số 06/2022/QH15', 'Luật số sáu năm hai nghìn không trăm hai mươi hai của Quốc hội khóa mười lăm'],
      ['Quyết định số 3424/QĐ-UBND', 'Quyết định số ba nghìn bốn trăm hai mươi tư của Ủy ban nhân dân'],
      [
        'Thông tư 39/2020/TT-BTTTT',
        'Thông tư số ba mươi chín năm hai nghìn không trăm hai mươi của Bộ Thông tin và Truyền thông',
      ],
      ['Tờ trình số 12/TTr-UBND', 'Tờ trình số mười hai của Ủy ban nhân dân'],
    ])('%s', (text, words) => {
      expect(say(text)).toBe(words);
    });
  });

  describe('abbreviations', () => {
    test.each([
      ['UBND phường', 'Ủy ban nhân dân phường'],
      ['TDP 6', 'Tổ dân phố sáu'],
      ['HĐND và MTTQ', 'Hội đồng nhân dân và Mặt trận Tổ quốc'],
      ['danh hiệu CSTĐ cơ sở, LĐTT', 'Danh hiệu chiến sĩ thi đua cơ sở, lao động tiên tiến'],
      ['công tác TĐKT', 'Công tác thi đua, khen thưởng'],
      ['CLB dưỡng sinh', 'Câu lạc bộ dưỡng sinh'],
      ['phát triển KT-XH', 'Phát triển kinh tế, xã hội'],
      ['TTr HĐND', 'Thường trực Hội đồng nhân dân'],
    ])('%s', (text, words) => {
      expect(say(text)).toBe(words);
    });

    test('leaves words that only contain an abbreviation alone', () => {
      expect(say('UBNDX và ubnd')).toBe('UBNDX và ubnd');
    });
  });

  describe('Roman numerals, ordinals and other numbers', () => {
    test.each([
      ['Đại hội lần thứ X', 'Đại hội lần thứ mười'],
      ['Quốc hội khóa XV', 'Quốc hội khóa mười lăm'],
      ['Chương II', 'Chương hai'],
      ['lần thứ 1', 'Lần thứ nhất'],
      ['Huân chương Lao động hạng III', 'Huân chương Lao động hạng ba'],
      ['Điều 54', 'Điều năm mươi tư'],
      ['hiến 120 m2 đất', 'Hiến một trăm hai mươi mét vuông đất'],
      ['gọi 0221 3856 789', 'Gọi không hai hai một, ba tám năm sáu, bảy tám chín'],
      ['2/3 số hộ', 'Hai trên ba số hộ'],
    ])('%s', (text, words) => {
      expect(say(text)).toBe(words);
    });
  });

  test('never leaves a digit', () => {
    expect(say('mã a1b2, số 7.5.3, 12345678901234')).not.toMatch(/\d/);
  });

  test('turns dashes between words into pauses and keeps quotation marks', () => {
    expect(say('Hội đồng Thi đua – Khen thưởng “Tổ dân phố xanh”')).toBe(
      'Hội đồng Thi đua, Khen thưởng “Tổ dân phố xanh”',
    );
  });
});

describe('tidy', () => {
  test('collapses spaces, fixes punctuation spacing and capitalises sentences', () => {
    expect(tidy(' ngày  ba ( mồng một ) , rồi .  sau đó ')).toBe('Ngày ba (mồng một), rồi. Sau đó');
  });
});
