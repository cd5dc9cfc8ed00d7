import { describe, expect, test } from 'vitest';
import { word } from '../../../src/i18n/wording/message.ts';
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
});
