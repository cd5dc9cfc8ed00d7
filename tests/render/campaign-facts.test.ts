import { describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/strings.ts';
import { campaignCriteriaHtml, campaignFactsHtml, legalBasisHtml } from '../../src/render/campaign-facts.ts';

const terms = (html: string) => [...html.matchAll(/<dt>([^<]*)<\/dt>/g)].map((m) => m[1]);

describe('campaignFactsHtml', () => {
  test('works out the status and period from the dates, in the page’s order', () => {
    const html = campaignFactsHtml({
      dates: { start: '2025-01-13', end: '2025-12-31' },
      today: '2026-01-10',
      kind: 'thuong-xuyen',
      launchedBy: 'UBND phường',
      task: { href: '/van-ban/08-kh-ubnd/#nhiem-vu-a', title: 'Tuyên truyền', plan: '08/KH-UBND', n: 1 },
      targetGroups: ['Hộ gia đình'],
    }).value;
    expect(terms(html)).toEqual([
      t('campaigns.status'),
      t('campaigns.kind'),
      t('campaigns.launchedBy'),
      t('campaigns.period'),
      t('documents.task'),
      t('campaigns.targetGroups'),
    ]);
    expect(html).toContain(t('campaigns.status.ended'));
    expect(html).toContain(t('campaigns.periodRange', { start: '13/01/2025', end: '31/12/2025' }));
    expect(html).toContain(t('option.campaignKind.thuong-xuyen'));
  });

  test('leaves out the status and period without dates, and shows an unknown kind as written', () => {
    const html = campaignFactsHtml({ today: '2026-01-10', kind: 'khac-la', launchedBy: '', targetGroups: [] }).value;
    expect(terms(html)).toEqual([t('campaigns.kind'), t('campaigns.launchedBy')]);
    expect(html).toContain('<dd>khac-la</dd>');
  });
});

describe('campaignCriteriaHtml', () => {
  test('lists the criteria escaped under their heading, and writes nothing for none', () => {
    expect(campaignCriteriaHtml(['A & <B>']).value).toBe(
      `<section aria-labelledby="criteria"><h2 id="criteria">${t('campaigns.criteria')}</h2><ul class="prose"><li>A &amp; &lt;B&gt;</li></ul></section>`,
    );
    expect(campaignCriteriaHtml([]).value).toBe('');
  });
});

describe('legalBasisHtml', () => {
  test('links a known document with its validity, writes an unknown one by number, nothing for none', () => {
    const html = legalBasisHtml([
      { number: '08/KH-UBND', title: 'Kế hoạch', validity: 'con-hieu-luc' },
      { number: '99/KH-UBND' },
    ]).value;
    expect(html).toContain(
      `<li><a href="/van-ban/08-kh-ubnd/">${t('documents.titleLine', { number: '08/KH-UBND', title: 'Kế hoạch' })}</a> <strong class="badge badge--green">`,
    );
    expect(html).toContain('<li>99/KH-UBND</li>');
    expect(legalBasisHtml([]).value).toBe('');
  });
});
