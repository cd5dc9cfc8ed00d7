/**
 * The CMS previews rendered to HTML without a browser: the same markup and classes as the
 * site's pages, the site's rules for anchors, validity, rundowns and read-aloud scripts, and
 * no failure while an entry is still half written.
 */
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { HonoreeView, type HonoreeViewProps } from '../../admin/previews/honoree.tsx';
import { CampaignView } from '../../admin/previews/campaign.tsx';
import { DocumentView } from '../../admin/previews/document.tsx';
import { BulletinView, itemKey } from '../../admin/previews/bulletin.tsx';
import { AnnouncementView } from '../../admin/previews/announcement.tsx';
import { inlineHtml, markdownHtml } from '../../admin/previews/markdown.ts';
import { radioFromSettings, storyScript } from '../../admin/previews/radio.ts';
import { plain, record, strings } from '../../admin/previews/read.ts';
import { t } from '../../src/i18n/strings.ts';
import { entryScript, radioContext } from '../../src/lib/radio/script.ts';
import { formatDuration } from '../../src/i18n/wording/duration.ts';
import { parseStructure, allUnits } from '../../src/lib/legal/parse-structure.ts';
import { LAW, LAW_BODY, OLD_LAW } from '../fixtures/legal/documents.ts';

const RADIO = {
  syllablesPerMinute: 200,
  zeroTens: 'linh',
  abbreviations: [{ abbr: 'UBND', expansion: 'Ủy ban nhân dân' }],
};
const ctx = radioFromSettings(RADIO);

function html(element: ReactNode): string {
  return renderToStaticMarkup(element);
}

function story(overrides: Record<string, unknown> = {}): HonoreeViewProps {
  return {
    data: {
      title: 'Chị Đặng Thu Hà dạy bơi cho trẻ em',
      subjectType: 'ca-nhan',
      name: 'Đặng Thu Hà',
      summary: 'Ba mùa hè liền, chị Hà mở lớp dạy bơi.',
      residentialGroup: 'tdp-2',
      field: 'the-thao',
      achievementKind: 'thuong-xuyen',
      campaigns: ['he-an-toan'],
      awards: [{ form: 'giay-khen', title: 'Giấy khen', issuer: 'UBND phường', decisionNumber: '25/QĐ-UBND' }],
      published: '2025-06-01',
      photo: { src: './images/a.jpg', alt: 'Chị Hà dạy bơi', credit: 'Tổ dân phố số 2' },
      ...overrides,
    },
    body: '## Lớp học\n\nMỗi sáng Chủ nhật, UBND phường mở hồ cho "lớp bơi".',
    photoUrl: 'blob:http://localhost/anh',
    groups: [{ id: 'tdp-2', name: 'Tổ dân phố số 2' }],
    fields: [{ id: 'the-thao', name: 'Thể dục, thể thao' }],
    campaignTitles: new Map([['he-an-toan', 'Hè an toàn']]),
    radio: ctx,
  };
}

describe('HonoreeView', () => {
  test('shows the story with the structure and classes of its page, names instead of ids', () => {
    const out = html(createElement(HonoreeView, story()));
    expect(out).toContain(
      '<article class="detail" data-preview="honorees"><h1>Chị Đặng Thu Hà dạy bơi cho trẻ em</h1>',
    );
    expect(out).toContain('<p class="lead prose">Ba mùa hè liền, chị Hà mở lớp dạy bơi.</p>');
    expect(out).toContain('<img src="blob:http://localhost/anh" alt="Chị Hà dạy bơi"/>');
    expect(out).toContain(`<figcaption>${t('honorees.photoCredit', { credit: 'Tổ dân phố số 2' })}</figcaption>`);
    expect(out).toContain('<dd>Tổ dân phố số 2</dd>');
    expect(out).toContain('<dd>Thể dục, thể thao</dd>');
    expect(out).toContain('<a href="/phong-trao/he-an-toan/">Hè an toàn</a>');
    expect(out).toContain('<time datetime="2025-06-01">01/06/2025</time>');
    expect(out).toContain('class="award-list"');
    expect(out).toContain(t('honorees.decision', { number: '25/QĐ-UBND' }));
    // The body through the site's Markdown rules: ASCII heading id, smart quotes.
    expect(out).toContain('<h2 id="lop-hoc">Lớp học</h2>');
    expect(out).toContain('“lớp bơi”');
  });

  test('shows the read-aloud script and duration the radio desk computes for the story', () => {
    const props = story();
    const expected = entryScript(
      { title: String(props.data['title']), summary: String(props.data['summary']) },
      props.body,
      radioContext({ syllablesPerMinute: 200, abbreviations: RADIO.abbreviations, zeroTens: 'linh' }),
    );
    const out = html(createElement(HonoreeView, props));
    const script = out.slice(out.indexOf('data-preview="radio-script"'));
    expect(script).toContain(`data-seconds="${expected.seconds}"`);
    expect(script).toContain(formatDuration(expected.seconds));
    expect(script).toContain('Ủy ban nhân dân phường mở hồ');
    expect(script).not.toContain('UBND');
    expect(script).toContain(t('radio.script.derived'));
  });

  test('a hand-written script wins and is said to be hand-written', () => {
    const out = html(createElement(HonoreeView, story({ radioScript: 'Kính thưa bà con, đây là lời đọc riêng.' })));
    expect(out).toContain('Kính thưa bà con, đây là lời đọc riêng.');
    expect(out).toContain(t('radio.script.handwritten'));
  });

  test('a new, empty story renders without failing and says what is missing', () => {
    const out = html(createElement(HonoreeView, { ...story(), data: {}, body: '', photoUrl: undefined }));
    expect(out).toContain('<h1></h1>');
    expect(out).toContain(t('cms.preview.incomplete'));
    expect(out).not.toContain('<figure');
  });

  test('without radio settings the preview says so instead of a wrong duration', () => {
    const out = html(createElement(HonoreeView, { ...story(), radio: undefined }));
    expect(out).toContain(t('cms.preview.noRadioSettings'));
    expect(out).not.toContain('data-seconds');
  });
});

describe('DocumentView', () => {
  const law = LAW;
  const body = LAW_BODY;
  const old = OLD_LAW;

  test('gives every article, clause and point the anchor its page gives it, with a link', () => {
    const out = html(createElement(DocumentView, { data: law, body, others: [old], radio: ctx, today: '2025-06-01' }));
    const ids = allUnits(parseStructure(body)).map((u) => u.id);
    expect(ids).toEqual(expect.arrayContaining(['dieu-1', 'dieu-2', 'dieu-2-khoan-1', 'dieu-2-khoan-1-diem-dd']));
    for (const id of ids) {
      expect(out).toContain(` id="${id}"`);
      expect(out).toContain(`href="#${id}"`);
    }
    expect(out).toContain('class="legal legal--toc"');
    expect(out).toContain(`>${t('documents.toc')}</h3>`);
    expect(out).toContain('data-citation="Điều 2 khoản 1 điểm đ Luật Thi đua, khen thưởng số 06/2022/QH15"');
  });

  test('lists relations both ways and works out validity as the site does', () => {
    const out = html(createElement(DocumentView, { data: law, body, others: [old], radio: ctx, today: '2025-06-01' }));
    expect(out).toContain(t('relation.thay-the'));
    expect(out).toContain('<a href="/van-ban/15-2003-qh11/">15/2003/QH11: Luật Thi đua, khen thưởng 2003</a>');
    expect(out).toContain(t('option.validity.con-hieu-luc'));
    // Seen from the old law: replaced by the new one, so no longer in force.
    const oldOut = html(
      createElement(DocumentView, { data: old, body: '', others: [law], radio: ctx, today: '2025-06-01' }),
    );
    expect(oldOut).toContain(t('relation.thay-the.inverse'));
    expect(oldOut).toContain(t('option.validity.het-hieu-luc'));
    expect(oldOut).toContain(t('documents.noFullText'));
  });

  test('shows the document read-aloud script with its duration once number, type and date are set', () => {
    const out = html(createElement(DocumentView, { data: law, body, others: [], radio: ctx, today: '2025-06-01' }));
    expect(out).toMatch(/data-seconds="\d+"/);
    expect(out).not.toContain('06/2022/QH15 ngày');
    const draft = html(
      createElement(DocumentView, { data: { number: '08/KH-UBND' }, body: '', others: [], radio: ctx }),
    );
    expect(draft).toContain(t('cms.preview.incomplete'));
  });
});

describe('CampaignView', () => {
  test('shows the status worked out for today, the period and the legal basis with validity', () => {
    const data = {
      title: 'Hè an toàn',
      kind: 'chuyen-de',
      launchedBy: 'UBND phường',
      start: '2025-06-01',
      end: '2025-08-31',
      summary: 'Phòng tránh đuối nước.',
      targetGroups: ['Thiếu nhi'],
      criteria: ['Biết bơi'],
      legalBasis: ['06/2022/QH15'],
    };
    const documents = new Map([
      ['06/2022/QH15', { title: 'Luật Thi đua, khen thưởng', validity: 'con-hieu-luc' as const }],
    ]);
    const out = html(
      createElement(CampaignView, { data, body: 'Nội dung.', documents, radio: ctx, today: '2025-07-01' }),
    );
    expect(out).toContain(t('campaigns.status.active'));
    expect(out).toContain(t('campaigns.periodRange', { start: '01/06/2025', end: '31/08/2025' }));
    expect(out).toContain('<a href="/van-ban/06-2022-qh15/">06/2022/QH15: Luật Thi đua, khen thưởng</a>');
    expect(out).toContain('badge--green');
    const later = html(createElement(CampaignView, { data, body: '', documents, radio: ctx, today: '2025-09-01' }));
    expect(later).toContain(t('campaigns.status.ended'));
  });

  test('draws the steps, registrations and results filled in so far, leaving out half-filled items', () => {
    const data = {
      title: 'Hè an toàn',
      start: '2025-06-01',
      milestones: [
        { kind: 'phat-dong', date: '2025-06-01', title: '', note: '', document: '' },
        { kind: 'so-ket', date: '', title: 'Chưa có ngày' },
        { kind: 'tong-ket', date: '2025-08-31' },
      ],
      registrations: [{ residentialGroup: 'tdp-1', unit: '', targets: ['Dạy bơi cho 50 em'] }, { unit: '' }],
      results: [{ name: 'Chị Hà', honoree: 'chi-ha', form: 'giay-khen', decisionNumber: '25/QĐ-UBND' }, { name: '' }],
    };
    const groups = [{ id: 'tdp-1', name: 'Tổ dân phố số 1' }];
    const out = html(
      createElement(CampaignView, { data, body: '', documents: new Map(), radio: ctx, today: '2025-07-01', groups }),
    );
    expect(out.match(/<li class="timeline__step/g)).toHaveLength(2);
    expect(out).not.toContain('Chưa có ngày');
    expect(out).toContain(t('campaigns.step.current'));
    expect(out).toContain('<th scope="row">Tổ dân phố số 1</th>');
    expect(out.match(/<tr>/g)).toHaveLength(4);
    expect(out).toContain('<a href="/guong-sang/chi-ha/">Chị Hà</a>');
  });
});

describe('BulletinView', () => {
  const entries = new Map([
    [
      'honorees/chi-ha',
      {
        data: { title: 'Chị Hà dạy bơi', summary: 'Chị Hà mở lớp bơi.' },
        body: 'Chị Hà dạy bơi cho trẻ em mỗi sáng Chủ nhật.',
      },
    ],
  ]);
  const data = {
    title: 'Bản tin sáng',
    airDate: '2025-07-28',
    slot: 'sang',
    priority: 'thong-thuong',
    items: [
      { kind: 'guong-sang', honoree: 'chi-ha' },
      { kind: 'thong-bao', heading: 'Lịch tiêm chủng', text: 'Sáng thứ Bảy, trạm y tế tiêm chủng cho trẻ em.' },
    ],
  };

  test('sums the items into a rundown with running times and a total', () => {
    const out = html(createElement(BulletinView, { data, entries, radio: ctx }));
    const seconds = [
      ...out.matchAll(/<tr data-kind="[^"]+" data-seconds="(\d+)" data-start="(\d+)" data-end="(\d+)"/g),
    ].map((m) => m.slice(1).map(Number));
    expect(seconds).toHaveLength(2);
    const [a, b] = seconds as [number[], number[]];
    expect(a[1]).toBe(0);
    expect(b[1]).toBe(a[2]);
    expect(out).toContain(`data-total-seconds="${(a[0] ?? 0) + (b[0] ?? 0)}"`);
    expect(out).toContain('Lịch tiêm chủng');
    expect(out).toContain('<a href="/phat-thanh/guong-sang/chi-ha/">Chị Hà dạy bơi</a>');
    expect(out).toContain(t('radio.weekdayDate', { weekday: t('radio.weekday.1'), date: '28/07/2025' }));
  });

  test('an example bulletin carries the example notice, as on the site, and other bulletins do not', () => {
    const example = html(createElement(BulletinView, { data: { ...data, example: true }, entries, radio: ctx }));
    expect(example).toContain(t('site.exampleNoteEntry'));
    expect(html(createElement(BulletinView, { data, entries, radio: ctx }))).not.toContain(t('site.exampleNoteEntry'));
  });

  test('an item whose entry is not loaded yet says so and counts nothing', () => {
    const out = html(createElement(BulletinView, { data, entries: new Map(), radio: ctx }));
    expect(out).toContain(t('cms.preview.loading'));
  });

  test('itemKey finds the entry an item reads; documents by the slug of their number', () => {
    expect(itemKey({ kind: 'van-ban', document: '98/2023/NĐ-CP' })).toEqual({
      collection: 'documents',
      slug: '98-2023-nd-cp',
    });
    expect(itemKey({ kind: 'thong-bao', text: 'x' })).toBeUndefined();
    expect(itemKey({ kind: 'thong-bao-su-kien', announcement: 'le-khen-thuong' })).toEqual({
      collection: 'announcements',
      slug: 'le-khen-thuong',
    });
  });

  test('an announcement entry item reads the announcement’s script, with its day and time in words', () => {
    const notice = {
      data: { title: 'Lễ khen thưởng', summary: 'Trao giấy khen.', date: '2025-09-15', time: '08:30' },
      body: 'Mời bà con đến dự.',
    };
    const items = [{ kind: 'thong-bao-su-kien', announcement: 'le-khen-thuong' }];
    const out = html(
      createElement(BulletinView, {
        data: { ...data, items },
        entries: new Map([['announcements/le-khen-thuong', notice]]),
        radio: ctx,
      }),
    );
    expect(out).toContain('<a href="/phat-thanh/thong-bao-su-kien/le-khen-thuong/">Lễ khen thưởng</a>');
    expect(out).toContain('tám giờ ba mươi phút, thứ Hai, ngày mười lăm tháng chín');
  });
});

describe('AnnouncementView', () => {
  const data = {
    title: 'Lễ khen thưởng <2025>',
    kind: 'su-kien',
    date: '2025-09-15',
    time: '08:30',
    place: 'Hội trường UBND phường',
    summary: 'Trao giấy khen.',
    campaign: 'he-an-toan',
    expires: '2025-09-15',
    example: true,
  };
  const props = {
    data,
    body: 'Mời **bà con** đến dự.',
    campaignTitles: new Map(),
    documentTitles: new Map(),
    radio: ctx,
  };

  test('shows the facts, the text, the expiry and the script with the day and time in words', () => {
    const out = html(createElement(AnnouncementView, props));
    expect(out).toContain('<h1>Lễ khen thưởng &lt;2025&gt;</h1>');
    expect(out).toContain('8 giờ 30, thứ Hai, ngày 15/09/2025');
    expect(out).toContain(t('site.exampleNoteEntry'));
    expect(out).toContain('<strong>bà con</strong>');
    expect(out).toContain(t('announcements.shownUntil', { date: '15/09/2025' }));
    expect(out).toContain('Thời gian: tám giờ ba mươi phút, thứ Hai, ngày mười lăm tháng chín');
    // A campaign whose title is not loaded yet is named by its id, without a link.
    expect(out).toContain('<dd>he-an-toan</dd>');
  });

  test('a new, empty announcement renders without failing and says what is missing', () => {
    const out = html(createElement(AnnouncementView, { ...props, data: {}, body: '' }));
    expect(out).toContain(t('cms.preview.incomplete'));
  });
});

describe('markdownHtml', () => {
  test('drops what the site would not publish and ids headings as the site does', () => {
    const out = markdownHtml('### Điều 5. Đối tượng\n\n<script>alert(1)</script><b onclick="x()">đậm</b>', 'dieu-5-');
    expect(out).toContain('<h3 id="dieu-5-dieu-5-doi-tuong">');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('onclick');
  });
  test('inline Markdown loses its paragraph', () => {
    expect(inlineHtml('Theo **Điều 80**')).toBe('Theo <strong>Điều 80</strong>');
  });
});

describe('reading half-written entries', () => {
  test('Immutable values are read as plain data; missing values as empty', () => {
    const immutable = { toJS: () => ({ campaigns: ['a', '', 'b'] }) };
    expect(plain(immutable)).toEqual({ campaigns: ['a', '', 'b'] });
    expect(strings(record(immutable), 'campaigns')).toEqual(['a', 'b']);
    expect(record(null)).toEqual({});
  });
  test('a script needs a title, and a rate', () => {
    expect(storyScript({}, 'x', ctx).problem).toBe(t('cms.preview.incomplete'));
    expect(radioFromSettings({ syllablesPerMinute: 0 })).toBeUndefined();
  });
});
