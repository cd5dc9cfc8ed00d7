import { describe, expect, test } from 'vitest';
import { personalDataMessage } from '../../../src/i18n/wording/personal-data.ts';
import { personalDataProblems } from '../../../src/lib/privacy/personal-data.ts';

describe('personalDataMessage', () => {
  test('names the line, the text and its kind, and says how to fix or allow it', () => {
    const [problem] = personalDataProblems({ data: { title: 'Tủ sách' }, body: 'Dòng một\nGọi 0912345678' });
    expect(problem && personalDataMessage(problem)).toBe(
      'dòng 2: "0912345678" trông giống số điện thoại; câu chuyện không được đăng số điện thoại. Hãy xóa hoặc viết chung chung (ví dụ "ở tổ dân phố số 3"); nếu người trong bài đã đồng ý công khai, ghi đúng "0912345678" vào privacyOverride.allow và lý do vào privacyOverride.reason',
    );
  });

  test('words each kind', () => {
    expect(personalDataMessage({ line: 1, text: '001203012345', kind: 'idNumber' })).toContain(
      'trông giống số căn cước công dân hoặc chứng minh nhân dân;',
    );
    expect(personalDataMessage({ line: 1, text: 'số nhà 12', kind: 'houseNumber' })).toContain(
      'trông giống số nhà hoặc địa chỉ nhà;',
    );
  });
});
