import { describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/strings.ts';
import { attachmentListHtml } from '../../src/render/attachment-list.ts';

const FILE = { href: '/files/a.pdf', label: 'Phụ lục & biểu mẫu', kind: 'PDF', size: '84 KB' };

describe('attachmentListHtml', () => {
  test('says the kind and size of each file after its escaped link', () => {
    expect(attachmentListHtml([FILE]).value).toBe(
      '<ul class="link-list attachment-list"><li><a href="/files/a.pdf">Phụ lục &amp; biểu mẫu</a>' +
        `<span class="secondary"> (${t('documents.attachmentMeta', { kind: 'PDF', size: '84 KB' })})</span></li></ul>`,
    );
  });

  test('says what it knows when the kind or the size is missing, and nothing when both are', () => {
    expect(attachmentListHtml([{ ...FILE, size: '' }]).value).toContain('<span class="secondary"> (PDF)</span>');
    expect(attachmentListHtml([{ ...FILE, kind: '' }]).value).toContain('<span class="secondary"> (84 KB)</span>');
    expect(attachmentListHtml([{ ...FILE, kind: '', size: '' }]).value).not.toContain('secondary');
  });
});
