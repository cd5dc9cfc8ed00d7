import { describe, expect, test } from 'vitest';
import { registrationsHtml, resultsHtml, timelineHtml, timelineSteps } from '../../src/render/campaign-progress.ts';
import { t } from '../../src/i18n/strings.ts';
import { pieces } from '../support/fragments.ts';

const MILESTONES = [
  { kind: 'phat-dong', date: '2026-03-26', document: '08/KH-UBND' },
  {
    kind: 'so-ket',
    date: '2026-08-28',
    title: 'Sơ kết <giữa đợt>',
    note: 'Kiểm tra & khen thưởng',
    announcement: 'so-ket',
  },
  { kind: 'tong-ket', date: '2026-12-11' },
];

describe('timelineSteps', () => {
  test('gives each milestone its state on the day, its document link and its announcement link', () => {
    const steps = timelineSteps(MILESTONES, '2026-12-05');
    expect(steps.map((s) => s.state)).toEqual(['past', 'current', 'coming']);
    expect(steps[0]?.links).toEqual([
      { href: '/van-ban/08-kh-ubnd/', text: t('campaigns.milestone.document', { number: '08/KH-UBND' }) },
    ]);
    expect(steps[1]?.links).toEqual([{ href: '/thong-bao/so-ket/', text: t('campaigns.milestone.announcement') }]);
    expect(steps[2]?.links).toEqual([]);
  });
});

describe('timelineHtml', () => {
  const html = timelineHtml(timelineSteps(MILESTONES, '2026-12-05')).value;

  test('is an ordered list under a heading, one item with a heading and a <time> per step', () => {
    expect(pieces(html, { tag: 'ol', className: 'timeline' })).toHaveLength(1);
    expect(pieces(html, { tag: 'h3' })).toHaveLength(3);
    expect(pieces(html, { tag: 'time' })).toEqual([
      '<time datetime="2026-03-26">26/03/2026</time>',
      '<time datetime="2026-08-28">28/08/2026</time>',
      '<time datetime="2026-12-11">11/12/2026</time>',
    ]);
  });

  test('writes each state in words and marks only the current step with aria-current', () => {
    for (const state of ['past', 'current', 'coming'] as const)
      expect(pieces(html, { tag: 'li', attrs: { 'data-state': state } })[0]).toContain(t(`campaigns.step.${state}`));
    expect(pieces(html, { tag: 'li', attrs: { 'aria-current': 'step' } })).toHaveLength(1);
    expect(pieces(html, { tag: 'li', attrs: { 'aria-current': 'step' } })[0]).toContain('data-state="current"');
  });

  test("heads a step with its own title, and then names its kind; escapes the editor's text", () => {
    expect(html).toContain('<h3 class="timeline__title">Sơ kết &lt;giữa đợt&gt;</h3>');
    expect(html).toContain(`<span class="timeline__kind">${t('option.milestoneKind.so-ket')}</span>`);
    expect(html).toContain(`<h3 class="timeline__title">${t('option.milestoneKind.tong-ket')}</h3>`);
    expect(html).toContain('Kiểm tra &amp; khen thưởng');
  });

  test('writes nothing without milestones', () => {
    expect(timelineHtml([]).value).toBe('');
  });
});

describe('registrationsHtml', () => {
  test('names a group by its settings name and a unit as written, with the targets as a list', () => {
    const html = registrationsHtml(
      [
        { residentialGroup: 'tdp-1', targets: ['Trồng cây'], date: '2026-04-10' },
        { unit: 'Đoàn Thanh niên', targets: ['Dọn ngõ', 'Trồng hoa'] },
      ],
      [{ id: 'tdp-1', name: 'Tổ dân phố số 1' }],
    ).value;
    expect(pieces(html, { tag: 'th', attrs: { scope: 'row' } }).map((th) => th.replace(/<[^>]+>/g, ''))).toEqual([
      `Tổ dân phố số 1${t('campaigns.registrations.on')} 10/04/2026`,
      'Đoàn Thanh niên',
    ]);
    expect(pieces(html, { tag: 'li' })).toEqual(['<li>Trồng cây</li>', '<li>Dọn ngõ</li>', '<li>Trồng hoa</li>']);
    expect(registrationsHtml([], []).value).toBe('');
  });
});

describe('resultsHtml', () => {
  test('links the story and a decision on the site, and writes a decision number with its date', () => {
    const html = resultsHtml([
      { name: 'Chị Hà', honoree: 'chi-ha', form: 'giay-khen', decision: '129/QĐ-UBND' },
      {
        name: 'Tổ 2',
        form: 'bang-khen',
        title: 'Tập thể xuất sắc',
        decisionNumber: '25/QĐ-UBND',
        decisionDate: '2026-09-10',
      },
    ]).value;
    expect(pieces(html, { tag: 'a' })).toEqual([
      '<a href="/guong-sang/chi-ha/">Chị Hà</a>',
      '<a href="/van-ban/129-qd-ubnd/">129/QĐ-UBND</a>',
    ]);
    expect(html).toContain(
      `${t('campaigns.results.decision')} ${t('campaigns.results.decisionDated', { number: '25/QĐ-UBND' })} <time datetime="2026-09-10">10/09/2026</time>`,
    );
    expect(html).toContain(t('option.awardForm.bang-khen'));
    expect(resultsHtml([]).value).toBe('');
  });
});
