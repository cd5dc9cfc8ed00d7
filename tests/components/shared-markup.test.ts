/**
 * The site and the CMS previews show the rundown and the pieces of a legal text with one
 * markup: the .astro component rendered through Astro's container API and the React preview
 * rendered with react-dom/server, from the same entries, give the same HTML (as a browser
 * parses it) for the rundown, the table of contents, every unit, every unit link and the
 * relation list. The site's side is built from the entries as the build builds it
 * (src/data/legal-text.ts, src/lib/legal/validities.ts, src/lib/radio/bulletin-item.ts).
 */
import { readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, test } from 'vitest';
import DocumentBody from '../../src/components/DocumentBody.astro';
import RelationList from '../../src/components/RelationList.astro';
import Rundown from '../../src/components/Rundown.astro';
import AnnouncementFacts from '../../src/components/AnnouncementFacts.astro';
import { BulletinView } from '../../admin/previews/bulletin.tsx';
import { AnnouncementView, factsOf } from '../../admin/previews/announcement.tsx';
import { DocumentView } from '../../admin/previews/document.tsx';
import { radioFromSettings } from '../../admin/previews/radio.ts';
import { renderLegalText } from '../../src/data/legal-text.ts';
import { docNumberSlug } from '../../src/lib/legal/doc-number.ts';
import { allUnits, parseStructure } from '../../src/lib/legal/parse-structure.ts';
import { groupRelations } from '../../src/lib/legal/relations.ts';
import { documentValidities } from '../../src/lib/legal/validities.ts';
import { bulletinItems, scriptTitle } from '../../src/lib/radio/bulletin-item.ts';
import { rundown } from '../../src/lib/radio/rundown.ts';
import { announcementScript, entryScript, noticeScript, radioContext } from '../../src/lib/radio/script.ts';
import { paths } from '../../src/lib/site/paths.ts';
import { OPTIONS } from '../../src/schemas/options.ts';
import { t } from '../../src/i18n/strings.ts';
import { innerOf, normalise, pieces } from '../support/fragments.ts';
import { LAW, LAW_BODY, OLD_LAW, PLAN, type DocumentFixture } from '../fixtures/legal/documents.ts';
import { RADIO_SETTINGS as RADIO } from '../fixtures/radio/settings.ts';

const TODAY = '2025-06-01';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

function preview(element: Parameters<typeof renderToStaticMarkup>[0]): string {
  return renderToStaticMarkup(element);
}

const fixture = (name: string) => readFileSync(new URL(`../fixtures/legal/${name}.md`, import.meta.url), 'utf8');

/** Texts with every kind of unit: a law, a plan, a decision with its regulation, the CMS editor's Markdown. */
const BODIES: [string, string][] = [
  ['a law (inline)', LAW_BODY],
  ...['normative', 'plan', 'decision-with-regulation', 'markdown-styles', 'duplicates'].map(
    (name): [string, string] => [`fixtures/legal/${name}.md`, fixture(name)],
  ),
];

const citable = { type: LAW.type, number: LAW.number, title: LAW.title, issued: LAW.issued, issuer: LAW.issuer };

describe.each(BODIES)('legal text: %s', (_name, body) => {
  let site: string;
  let cms: string;
  beforeAll(async () => {
    site = await container.renderToString(DocumentBody, {
      props: { text: await renderLegalText(body, citable), level: 3 },
    });
    cms = preview(
      createElement(DocumentView, { data: LAW, body, others: [OLD_LAW, PLAN], radio: undefined, today: TODAY }),
    );
  });

  test('the whole text (DocumentBody) is the same', () => {
    const siteText = pieces(site, { tag: 'div', className: 'legal' });
    expect(siteText).toHaveLength(1);
    expect(pieces(cms, { tag: 'div', className: 'legal' })).toEqual(siteText);
  });

  test('the table of contents (LegalToc) is the same', () => {
    const toc = { tag: 'ol', attrs: { 'aria-labelledby': 'toc-title' } };
    expect(pieces(cms, toc)).toEqual(pieces(site, toc));
  });

  test('every unit (LegalUnit) and its link (UnitLink) is the same', () => {
    const units = allUnits(parseStructure(body));
    expect(units.length).toBeGreaterThan(0);
    for (const query of [
      { tag: 'div', className: 'lu' },
      { tag: 'a', className: 'unit-link' },
    ]) {
      const expected = pieces(site, query);
      expect(expected).toHaveLength(units.length);
      expect(pieces(cms, query)).toEqual(expected);
    }
  });
});

test('the relation list (RelationList) is the same, both directions, with validity', async () => {
  // As src/data/documents-view.ts and src/pages/van-ban/[id].astro build it.
  const documents = [LAW, OLD_LAW, PLAN].map((data: DocumentFixture) => ({ id: docNumberSlug(data.number), data }));
  const { relations, explained } = documentValidities(
    documents.map(({ id, data }) => ({ id, relations: data.relations ?? [], input: data })),
    TODAY,
  );
  const id = docNumberSlug(LAW.number);
  const groups = groupRelations(relations.get(id) ?? { outgoing: [], incoming: [] }, OPTIONS.relationKind);
  const related = new Map(
    documents.map(({ id: other, data }) => [
      other,
      { number: data.number, title: data.title, issued: data.issued, validity: explained.get(other)?.validity },
    ]),
  );
  expect(groups.map((g) => g.direction)).toEqual(['outgoing', 'incoming']);
  const site = await container.renderToString(RelationList, { props: { groups, documents: related } });
  expect(site).toContain('badge--red');
  const cms = preview(
    createElement(DocumentView, { data: LAW, body: '', others: [OLD_LAW, PLAN], radio: undefined, today: TODAY }),
  );
  expect(innerOf(cms, { tag: 'section', attrs: { 'data-preview': 'relations' } })).toBe(
    normalise(`<h2 id="relations">${t('documents.relations')}</h2><div>${site}</div>`),
  );
});

describe('bulletin rundown', () => {
  const honoree = { title: 'Chị Hà dạy bơi', summary: 'Chị Hà mở lớp bơi.' };
  const campaign = { title: 'Hè an toàn <2025>', summary: 'Phòng tránh đuối nước.' };
  const notice = {
    title: 'Lễ tuyên dương <hè 2025>',
    summary: 'Tuyên dương các gương cứu người.',
    date: '2025-08-15',
    time: '08:30',
    place: 'Nhà văn hóa tổ dân phố số 3',
  };
  const entries = new Map<string, { data: typeof honoree & Partial<typeof notice>; body: string }>([
    ['honorees/chi-ha', { data: honoree, body: 'Chị Hà dạy bơi cho trẻ em mỗi sáng Chủ nhật, UBND hỗ trợ.' }],
    ['campaigns/he-an-toan', { data: campaign, body: 'Cả phường cùng tham gia.' }],
    ['announcements/le-tuyen-duong', { data: notice, body: 'Mời các hộ gia đình đến dự.' }],
  ]);
  const items = [
    { kind: 'guong-sang', honoree: 'chi-ha' },
    { kind: 'thong-bao', heading: 'Lịch tiêm chủng', text: 'Sáng thứ Bảy, trạm y tế tiêm chủng cho trẻ em.' },
    { kind: 'phong-trao', campaign: 'he-an-toan' },
    { kind: 'thong-bao', text: 'Mất điện chiều nay.' },
    { kind: 'thong-bao-su-kien', announcement: 'le-tuyen-duong' },
  ];

  test('the rundown table (Rundown) is the same', async () => {
    // As src/data/radio-view.ts builds it from the same entries.
    const ctx = radioContext(RADIO);
    const collection = {
      'guong-sang': 'honorees',
      'phong-trao': 'campaigns',
      'van-ban': 'documents',
      'thong-bao-su-kien': 'announcements',
    } as const;
    const { rows, totalSeconds } = rundown(
      bulletinItems(
        items,
        (ref) => {
          const entry = entries.get(`${collection[ref.kind]}/${ref.id}`);
          if (!entry) throw new Error(`no fixture for ${ref.id}`);
          return {
            title: scriptTitle(ref.kind, entry.data),
            href: paths.radioScript(ref.kind, ref.id),
            script:
              ref.kind === 'thong-bao-su-kien'
                ? noticeScript({ ...notice, ...entry.data }, entry.body, ctx)
                : entryScript(entry.data, entry.body, ctx),
          };
        },
        (text) => announcementScript(text, ctx),
        t('option.bulletinItemKind.thong-bao'),
      ),
    );
    const site = await container.renderToString(Rundown, { props: { rows, totalSeconds } });
    const cms = preview(
      createElement(BulletinView, {
        data: { title: 'Bản tin sáng', airDate: '2025-07-28', items },
        entries,
        radio: radioFromSettings({ ...RADIO }),
      }),
    );
    const table = { tag: 'div', className: 'table-scroll' };
    expect(pieces(site, table)).toHaveLength(1);
    expect(pieces(site, { tag: 'tr', attrs: { 'data-kind': 'thong-bao' } })).toHaveLength(2);
    expect(pieces(site, { tag: 'tr', attrs: { 'data-kind': 'thong-bao-su-kien' } })).toHaveLength(1);
    expect(pieces(cms, table)).toEqual(pieces(site, table));
  });
});

describe('announcement facts', () => {
  const data = {
    title: 'Hội nghị điển hình tiên tiến',
    kind: 'su-kien',
    date: '2025-09-15',
    time: '08:00',
    endTime: '11:30',
    place: 'Hội trường <UBND> phường',
    audience: 'Đại biểu các tổ dân phố & đoàn thể',
    summary: 'Hội nghị biểu dương.',
    campaign: 'hoi-nghi',
    documents: ['06/2022/QH15', '99/KH-UBND'],
    expires: '2025-09-15',
  };
  const campaignTitles = new Map([['hoi-nghi', 'Hội nghị 2020–2025']]);
  const documentTitles = new Map([['06/2022/QH15', 'Luật Thi đua, khen thưởng']]);

  test('the summary list (AnnouncementFacts) is the same, with links and a missing document as text', async () => {
    const facts = factsOf(data, campaignTitles, documentTitles);
    if (!facts) throw new Error('facts expected');
    const site = await container.renderToString(AnnouncementFacts, { props: { facts } });
    const cms = preview(
      createElement(AnnouncementView, {
        data,
        body: '',
        campaignTitles,
        documentTitles,
        radio: radioFromSettings({ ...RADIO }),
      }),
    );
    const list = { tag: 'dl', className: 'summary-list' };
    expect(pieces(site, list)).toHaveLength(1);
    expect(site).toContain('Từ 8 giờ đến 11 giờ 30, thứ Hai, ngày 15/09/2025');
    expect(site).toContain('href="/phong-trao/hoi-nghi/"');
    expect(site).toContain('href="/van-ban/06-2022-qh15/"');
    expect(site).not.toContain('href="/van-ban/99-kh-ubnd/"');
    // The preview's first summary list is the facts; the second is its radio script's.
    expect(pieces(cms, list).slice(0, 1)).toEqual(pieces(site, list));
  });
});
