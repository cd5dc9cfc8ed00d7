import { describe, expect, test } from 'vitest';
import { word } from '../../../src/i18n/wording/message.ts';
import { relationProblems } from '../../../src/lib/legal/document-rules.ts';
import { consentProblems } from '../../../src/lib/privacy/consent.ts';

describe('word', () => {
  test('looks up the key and fills its values', () => {
    expect(word({ code: 'error.consentWithdrawn', params: { date: '2025-06-01' } })).toBe(
      'sự đồng ý đã bị rút lại ngày 2025-06-01; không được đăng câu chuyện này',
    );
  });

  test('a message without values is its string', () => {
    expect(word({ code: 'error.consentStory' })).toBe(
      'hồ sơ đồng ý chưa cho phép đăng câu chuyện (consent.story: true)',
    );
  });

  test('a missing value throws, naming it', () => {
    expect(() => word({ code: 'error.consentWithdrawn' })).toThrow('No value for {date}');
  });

  test('words every consent problem', () => {
    const problems = consentProblems({ subjectType: 'ca-nhan', name: 'A' });
    expect(problems.map(word)).toEqual([
      'câu chuyện về cá nhân hoặc hộ gia đình cần hồ sơ đồng ý (consent) trước khi đăng',
    ]);
  });

  test('a value given as a label reads by its label, or as it is without one', () => {
    expect(word({ code: 'error.wrongType', params: { expected: { key: 'relation.thay-the', value: 'x' } } })).toBe(
      'sai kiểu dữ liệu; cần Thay thế',
    );
    expect(
      word({ code: 'error.wrongType', params: { expected: { key: 'relation.khong-co', value: 'khong-co' } } }),
    ).toBe('sai kiểu dữ liệu; cần khong-co');
  });

  test('words a relation problem word for word, naming both files', () => {
    const law = { file: 'content/documents/a.md', number: '06/2022/QH15', type: 'luat', issued: '2022-06-15' };
    const decree = { file: 'content/documents/b.md', number: '98/2023/NĐ-CP', type: 'nghi-dinh', issued: '2023-12-31' };
    const problems = relationProblems([
      { ...law, relations: [{ kind: 'thay-the', target: '98/2023/NĐ-CP' }] },
      { ...decree, relations: [] },
    ]);
    expect(problems.map(word)).toEqual([
      'ghi "Thay thế" văn bản 98/2023/NĐ-CP (content/documents/b.md) ban hành ngày 31/12/2023, sau văn bản này (15/06/2022); một văn bản chỉ căn cứ, hướng dẫn, sửa đổi, thay thế hay bãi bỏ văn bản ban hành trước nó: kiểm tra chiều của quan hệ hoặc ngày ban hành',
    ]);
  });
});

describe('word with a coded value', () => {
  test('words the value in its place', () => {
    expect(
      word({
        code: 'newWard.error.missing',
        params: {
          option: '--unit-kind',
          what: { code: 'newWard.option.unitKind', params: { kinds: 'xã' } },
          example: 'xã',
        },
      }),
    ).toBe('thiếu --unit-kind (cấp: xã), ví dụ --unit-kind xã.');
  });
  test('an unknown key inside throws, naming it', () => {
    expect(() =>
      word({ code: 'newWard.error.missing', params: { option: 'a', what: { code: 'x.y' }, example: 'b' } }),
    ).toThrow('Unknown string key: x.y');
  });
});
