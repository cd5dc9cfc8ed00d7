/**
 * The site and the CMS previews show the rundown and the pieces of a legal text with one
 * markup: the .astro component rendered through Astro's container API and the React preview
 * rendered with react-dom/server, from the same entries, give the same HTML (as a browser
 * parses it) for the rundown, the table of contents, every unit, every unit link and the
 * relation list. The site's side is built from the entries as the build builds it
 * (src/data/legal-text.ts, src/lib/legal/validities.ts, src/lib/radio/bulletin-item.ts).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, test } from 'vitest';
import DocumentBody from '../../src/components/DocumentBody.astro';
import RelationList from '../../src/components/RelationList.astro';
import Rundown from '../../src/components/Rundown.astro';
import { BulletinView } from '../../admin/previews/bulletin.tsx';
import { DocumentView } from '../../admin/previews/document.tsx';
import { radioFromSettings } from '../../admin/previews/radio.ts';
import { renderLegalText } from '../../src/data/legal-text.ts';
import { docNumberSlug } from '../../src/lib/legal/doc-number.ts';
import { groupRelations } from '../../src/lib/legal/relations.ts';
import { documentValidities } from '../../src/lib/legal/validities.ts';
import { bulletinItems, scriptTitle } from '../../src/lib/radio/bulletin-item.ts';
import { rundown } from '../../src/lib/radio/rundown.ts';
import { announcementScript, entryScript, radioContext } from '../../src/lib/radio/script.ts';
import { paths } from '../../src/lib/site/paths.ts';
import { OPTIONS } from '../../src/schemas/options.ts';
import { t } from '../../src/i18n/strings.ts';
import { innerOf, normalise, pieces, type Query } from '../support/fragments.ts';

const RADIO = {
  syllablesPerMinute: 200,
  zeroTens: 'linh',
  abbreviations: [{ abbr: 'UBND', expansion: 'Ủy ban nhân dân' }],
};
const TODAY = '2025-06-01';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

function preview(element: Parameters<typeof renderToStaticMarkup>[0]): string {
  return renderToStaticMarkup(element);
}

describe('legal text', () => {
  const law = {
    number: '06/2022/QH15',
    type: 'luat',
    title: 'Luật Thi đua, khen thưởng',
    subject: 'Luật Thi đua, khen thưởng',
    issuer: 'Quốc hội',
    issued: '2022-06-15',
    effective: '2024-01-01',
    area: 'Thi đua, khen thưởng',
    summary: 'Luật quy định về thi đua, khen thưởng.',
    fullText: true,
    relations: [{ kind: 'thay-the', target: '15/2003/QH11', note: 'Thay thế luật năm 2003 & các luật sửa đổi.' }],
  };
  const old = { number: '15/2003/QH11', type: 'luat', title: 'Luật Thi đua, khen thưởng 2003', issued: '2003-11-26' };
  const plan = {
    number: '08/KH-UBND',
    type: 'ke-hoach',
    title: 'Kế hoạch thi đua năm 2025',
    issuer: 'UBND phường',
    issued: '2025-01-13',
    relations: [{ kind: 'can-cu', target: '06/2022/QH15' }],
  };
  const body = [
    'Luật này được Quốc hội thông qua "ngày 15/06/2022".',
    '',
    '## Chương I',
    '',
    '### Điều 1. Phạm vi điều chỉnh',
    '',
    'Luật này quy định về **thi đua** <script>alert(1)</script>.',
    '',
    '#### Ghi chú',
    '',
    'Một đoạn có tiêu đề riêng.',
    '',
    '### Điều 2. Hình thức',
    '',
    '1. Khen thưởng gồm:',
    '',
    'a) Giấy khen của _Chủ tịch_ UBND;',
    '',
    'đ) Bằng khen.',
    '',
    '## Chương II. Tổ chức thi đua',
    '',
    '### Điều 3',
    '',
    'Không có tiêu đề.',
  ].join('\n');
  const citable = { type: law.type, number: law.number, title: law.title, issued: law.issued, issuer: law.issuer };

  let site: string;
  let cms: string;
  beforeAll(async () => {
    site = await container.renderToString(DocumentBody, {
      props: { text: await renderLegalText(body, citable), level: 3 },
    });
    cms = preview(
      createElement(DocumentView, { data: law, body, others: [old, plan], radio: undefined, today: TODAY }),
    );
  });

  test('the whole text (DocumentBody) is the same', () => {
    const siteText = pieces(site, { tag: 'div', className: 'legal' });
    expect(siteText).toHaveLength(1);
    expect(pieces(cms, { tag: 'div', className: 'legal' })).toEqual(siteText);
  });

  const PIECES: [string, Query, number][] = [
    ['the table of contents (LegalToc)', { tag: 'ol', attrs: { 'aria-labelledby': 'toc-title' } }, 1],
    ['every unit (LegalUnit)', { tag: 'div', className: 'lu' }, 8],
    ['every unit link (UnitLink)', { tag: 'a', className: 'unit-link' }, 8],
    ['the compact unit links', { tag: 'a', className: 'unit-link--compact' }, 3],
  ];
  test.each(PIECES)('%s is the same', (_name, query, count) => {
    const expected = pieces(site, query);
    expect(expected).toHaveLength(count);
    expect(pieces(cms, query)).toEqual(expected);
  });

  test('the relation list (RelationList) is the same, both directions, with validity', async () => {
    // As src/data/documents-view.ts and src/pages/van-ban/[id].astro build it.
    const documents = [law, old, plan].map((d) => ({ id: docNumberSlug(d.number), data: d }));
    const { relations, explained } = documentValidities(
      documents.map(({ id, data }) => ({ id, relations: data.relations ?? [], input: data })),
      TODAY,
    );
    const id = docNumberSlug(law.number);
    const groups = groupRelations(relations.get(id) ?? { outgoing: [], incoming: [] }, OPTIONS.relationKind);
    const related = new Map(
      documents.map(({ id: other, data }) => [
        other,
        { number: data.number, title: data.title, issued: data.issued, validity: explained.get(other)?.validity },
      ]),
    );
    expect(groups.map((g) => g.direction)).toEqual(['outgoing', 'incoming']);
    const siteList = await container.renderToString(RelationList, { props: { groups, documents: related } });
    expect(siteList).toContain('badge--red');
    expect(innerOf(cms, { tag: 'section', attrs: { 'data-preview': 'relations' } })).toBe(
      normalise(`<h2 id="relations">${t('documents.relations')}</h2><div>${siteList}</div>`),
    );
  });
});

describe('bulletin rundown', () => {
  const honoree = { title: 'Chị Hà dạy bơi', summary: 'Chị Hà mở lớp bơi.' };
  const campaign = { title: 'Hè an toàn <2025>', summary: 'Phòng tránh đuối nước.' };
  const entries = new Map([
    ['honorees/chi-ha', { data: honoree, body: 'Chị Hà dạy bơi cho trẻ em mỗi sáng Chủ nhật, UBND hỗ trợ.' }],
    ['campaigns/he-an-toan', { data: campaign, body: 'Cả phường cùng tham gia.' }],
  ]);
  const items = [
    { kind: 'guong-sang', honoree: 'chi-ha' },
    { kind: 'thong-bao', heading: 'Lịch tiêm chủng', text: 'Sáng thứ Bảy, trạm y tế tiêm chủng cho trẻ em.' },
    { kind: 'phong-trao', campaign: 'he-an-toan' },
    { kind: 'thong-bao', text: 'Mất điện chiều nay.' },
  ];

  test('the rundown table (Rundown) is the same', async () => {
    // As src/data/radio-view.ts builds it from the same entries.
    const ctx = radioContext(RADIO);
    const collection = { 'guong-sang': 'honorees', 'phong-trao': 'campaigns', 'van-ban': 'documents' } as const;
    const { rows, totalSeconds } = rundown(
      bulletinItems(
        items,
        (ref) => {
          const entry = entries.get(`${collection[ref.kind]}/${ref.id}`);
          if (!entry) throw new Error(`no fixture for ${ref.id}`);
          return {
            title: scriptTitle(ref.kind, entry.data),
            href: paths.radioScript(ref.kind, ref.id),
            script: entryScript(entry.data, entry.body, ctx),
          };
        },
        (text) => announcementScript(text, ctx),
      ),
    );
    const site = await container.renderToString(Rundown, { props: { rows, totalSeconds } });
    const cms = preview(
      createElement(BulletinView, {
        data: { title: 'Bản tin sáng', airDate: '2025-07-28', items },
        entries,
        radio: radioFromSettings(RADIO),
      }),
    );
    const table = { tag: 'div', className: 'table-scroll' };
    expect(pieces(site, table)).toHaveLength(1);
    expect(pieces(site, { tag: 'tr', attrs: { 'data-kind': 'thong-bao' } })).toHaveLength(2);
    expect(pieces(cms, table)).toEqual(pieces(site, table));
  });
});
