import { describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/strings.ts';
import { storyFactsHtml, type StoryFacts } from '../../src/render/story-facts.ts';

const FACTS: StoryFacts = {
  name: 'Đặng Thu Hà',
  subjectType: 'Cá nhân',
  group: { text: 'Tổ dân phố số 2', href: '/guong-sang/to-dan-pho/tdp-2/' },
  field: { text: 'Kinh tế', href: '/guong-sang/linh-vuc/kinh-te/' },
  kind: { text: 'Thường xuyên', href: '/guong-sang/loai/thuong-xuyen/' },
  campaigns: [{ text: 'Rau sạch', href: '/phong-trao/rau-sach/' }],
  task: { href: '/van-ban/08-kh-ubnd/#nhiem-vu-a', title: 'Tuyên truyền', plan: '08/KH-UBND', n: 1 },
  published: { date: '2025-06-01', href: '/guong-sang/nam/2025/' },
};

const terms = (html: string) => [...html.matchAll(/<dt>([^<]*)<\/dt>/g)].map((m) => m[1]);

describe('storyFactsHtml', () => {
  test('draws the rows in the page’s order, the name with the kind of subject, each value linked', () => {
    const html = storyFactsHtml(FACTS).value;
    expect(terms(html)).toEqual([
      t('honorees.who'),
      t('honorees.group'),
      t('honorees.field'),
      t('honorees.kind'),
      t('honorees.campaigns'),
      t('documents.task'),
      t('honorees.published'),
    ]);
    expect(html).toContain('<dd>Đặng Thu Hà (Cá nhân)');
    expect(html).toContain('<a href="/guong-sang/nam/2025/"><time datetime="2025-06-01">01/06/2025</time></a>');
    expect(html).toContain('<ul class="link-list"><li><a href="/phong-trao/rau-sach/">Rau sạch</a></li></ul>');
  });

  test('draws the plain version of what the CMS cannot know: no links, no campaigns, task or date rows', () => {
    const html = storyFactsHtml({
      ...FACTS,
      subjectType: '',
      group: { text: 'tdp-2' },
      field: { text: 'Kinh tế' },
      kind: { text: 'Thường xuyên' },
      campaigns: [],
      task: undefined,
      published: undefined,
    }).value;
    expect(terms(html)).toEqual([t('honorees.who'), t('honorees.group'), t('honorees.field'), t('honorees.kind')]);
    expect(html).not.toContain('<a ');
    expect(html).toContain('<dd>Đặng Thu Hà\n');
    expect(html).toContain('<dd>tdp-2</dd>');
  });
});
