import { describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/strings.ts';
import { validitySummaryHtml } from '../../src/render/validity-summary.ts';

describe('validitySummaryHtml', () => {
  test('names and links the document that replaced it, when its number is known', () => {
    const html = validitySummaryHtml(
      {
        validity: 'het-hieu-luc',
        reason: { kind: 'terminated', on: '2024-01-01', by: { id: '06-2022-qh15', kind: 'thay-the' } },
      } as Parameters<typeof validitySummaryHtml>[0],
      () => '06/2022/QH15',
      '2025-06-01',
    ).value;
    expect(html).toContain(
      'Hết hiệu lực từ ngày 01/01/2024: bị thay thế bởi <a href="/van-ban/06-2022-qh15/">06/2022/QH15</a>.',
    );
    expect(html).toContain(`<span class="secondary">${t('documents.asOf', { date: '01/06/2025' })}</span>`);
  });

  test('leaves an unknown document unnamed, and says a manual status is the editor’s', () => {
    const terminated = validitySummaryHtml(
      {
        validity: 'het-hieu-luc',
        reason: { kind: 'terminated', on: '2024-01-01', by: { id: 'x', kind: 'bai-bo' } },
      } as Parameters<typeof validitySummaryHtml>[0],
      () => undefined,
      '2025-06-01',
    ).value;
    expect(terminated).not.toContain('<a ');
    expect(terminated).toContain('bị bãi bỏ bởi');
    const manual = validitySummaryHtml(
      { validity: 'con-hieu-luc', reason: { kind: 'manual' } },
      () => undefined,
      '2025-06-01',
    ).value;
    expect(manual).toContain(t('documents.validity.manual'));
    expect(manual).toContain('badge--green');
  });
});
