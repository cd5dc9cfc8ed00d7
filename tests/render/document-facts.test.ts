import { describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/strings.ts';
import { documentFactsHtml, documentSourceHtml, type DocumentFacts } from '../../src/render/document-facts.ts';

const FACTS: DocumentFacts = {
  number: '15/2003/QH11',
  type: { text: 'Luật', href: '/van-ban/loai/luat/' },
  issuer: { text: 'Quốc hội', href: '/van-ban/co-quan/quoc-hoi/' },
  issued: '2003-11-26',
  effective: '2004-04-01',
  ends: '2024-01-01',
  area: 'Thi đua, khen thưởng',
  status: {
    explained: {
      validity: 'het-hieu-luc',
      reason: { kind: 'terminated', on: '2024-01-01', by: { id: '06-2022-qh15', kind: 'thay-the' } },
    },
    numberOf: (id) => (id === '06-2022-qh15' ? '06/2022/QH15' : undefined),
    today: '2025-06-01',
  },
} as DocumentFacts;

const terms = (html: string) => [...html.matchAll(/<dt>([^<]*)<\/dt>/g)].map((m) => m[1]);

describe('documentFactsHtml', () => {
  test('draws the rows in the page’s order, the links to browse pages, the dates and the validity with its reason', () => {
    const html = documentFactsHtml({ ...FACTS, signer: 'Nguyễn Văn A' }).value;
    expect(terms(html)).toEqual([
      t('documents.number'),
      t('documents.type'),
      t('documents.issuer'),
      t('documents.signer'),
      t('documents.issued'),
      t('documents.effective'),
      t('documents.expires'),
      t('documents.area'),
      t('documents.status'),
    ]);
    expect(html).toContain('<a href="/van-ban/loai/luat/">Luật</a>');
    expect(html).toContain('<time datetime="2003-11-26">26/11/2003</time>');
    expect(html).toContain('<dd>01/04/2004</dd>');
    expect(html).toContain('<a href="/van-ban/06-2022-qh15/">06/2022/QH15</a>');
    expect(html).toContain('badge--red');
  });

  test('says what is not set, and leaves out the status the CMS cannot work out yet', () => {
    const html = documentFactsHtml({
      ...FACTS,
      type: { text: 'Luật' },
      issuer: { text: 'Quốc hội' },
      issued: undefined,
      effective: undefined,
      ends: undefined,
      status: undefined,
    }).value;
    expect(terms(html)).not.toContain(t('documents.status'));
    expect(html).not.toContain('<a ');
    expect(html).not.toContain('<time');
    expect(html.split(`<dd>${t('documents.notSet')}</dd>`)).toHaveLength(3);
    expect(html).toContain(`<dd>${t('documents.noExpiry')}</dd>`);
  });
});

describe('documentSourceHtml', () => {
  test('names the source’s site, or says "official source" when the address has no host', () => {
    expect(documentSourceHtml('https://vanban.example.vn/a?b=1&c=2').value).toBe(
      `<p><a href="https://vanban.example.vn/a?b=1&amp;c=2">${t('documents.sourceAt', { host: 'vanban.example.vn' })}</a></p>`,
    );
    expect(documentSourceHtml('không phải địa chỉ').value).toContain(`>${t('documents.source')}</a>`);
  });
});
