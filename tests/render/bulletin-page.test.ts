import { describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/strings.ts';
import { bulletinFactsHtml, bulletinItemHeadingHtml, bulletinNotesHtml } from '../../src/render/bulletin-page.ts';

const terms = (html: string) => [...html.matchAll(/<dt>([^<]*)<\/dt>/g)].map((m) => m[1]);

describe('bulletinFactsHtml', () => {
  test('draws the air date with its weekday, the slot, the priority and the total in order', () => {
    const html = bulletinFactsHtml({
      airDate: '2025-07-28',
      slot: 'sang',
      priority: 'thong-thuong',
      totalSeconds: 80,
    }).value;
    expect(terms(html)).toEqual([
      t('radio.bulletin.airDate'),
      t('radio.bulletin.slot'),
      t('radio.bulletin.priority'),
      t('radio.bulletin.total'),
    ]);
    expect(html).toContain('<time datetime="2025-07-28">');
    expect(html).toContain(t('radio.weekday.1'));
    expect(html).toContain('<strong><time datetime="PT1M20S">');
  });

  test('leaves out what the CMS form does not hold yet, but always the total', () => {
    const html = bulletinFactsHtml({ totalSeconds: 0 }).value;
    expect(terms(html)).toEqual([t('radio.bulletin.total')]);
  });
});

describe('bulletinNotesHtml', () => {
  test('writes the notes escaped under their heading', () => {
    expect(bulletinNotesHtml('Đọc <chậm> & rõ').value).toContain('<p>Đọc &lt;chậm&gt; &amp; rõ</p>');
  });
});

describe('bulletinItemHeadingHtml', () => {
  test('numbers the item, names it and gives its duration', () => {
    expect(bulletinItemHeadingHtml({ position: 2, label: 'Gương sáng: A & B', seconds: 65 }).value).toBe(
      `<h3 id="item-2">2. Gương sáng: A &amp; B<span class="secondary"> (${'1 phút 5 giây'})</span></h3>`,
    );
  });
});
