import { describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/strings.ts';
import { awardListHtml } from '../../src/render/award-list.ts';

const AWARD = { form: 'giay-khen', title: 'Giấy khen', issuer: 'UBND phường' };

describe('awardListHtml', () => {
  test('names the form by its option and the issuer after it', () => {
    expect(awardListHtml([AWARD], new Set()).value).toContain(
      `<p class="secondary small">${t('option.awardForm.giay-khen')} · UBND phường</p>`,
    );
  });

  test('links a decision to its document only when the site publishes it', () => {
    const award = { ...AWARD, decisionNumber: '25/QĐ-UBND', decisionDate: '2025-03-14' };
    const words = t('honorees.decisionDated', { number: '25/QĐ-UBND', date: '14/03/2025' });
    expect(awardListHtml([award], new Set(['25-qd-ubnd'])).value).toContain(
      `<p class="small"><a href="/van-ban/25-qd-ubnd/">${words}</a></p>`,
    );
    expect(awardListHtml([award], new Set(['08-kh-ubnd'])).value).toContain(`<p class="small">${words}</p>`);
  });

  test('shows the date alone when there is no decision number, and nothing when there is neither', () => {
    expect(awardListHtml([{ ...AWARD, decisionDate: '2024-12-01' }], new Set()).value).toContain(
      '<p class="small"><time datetime="2024-12-01">01/12/2024</time></p>',
    );
    expect(awardListHtml([AWARD], new Set()).value).not.toContain('class="small"');
  });
});
