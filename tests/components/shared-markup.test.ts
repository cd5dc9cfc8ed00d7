/**
 * The site and the CMS previews draw every shared piece with one markup: the .astro component
 * rendered through Astro's container API and the React preview rendered with
 * react-dom/server, from the same entries, give the same HTML (as a browser parses it) for
 * the legal text (table of contents, units, unit links), the relation list, the bulletin's
 * rundown, facts, notes, item headings and script text, the example notices, a story's facts,
 * awards and the script block of its /phat-thanh/ page, a campaign's facts, criteria, legal
 * basis, status and validity badges, a document's facts (with its validity and reason), source
 * link, unverified notice, citation box, attachments and a plan's tasks, an announcement's
 * facts, and a campaign's timeline, registrations and results. Where the page links a value to
 * a browse page that the preview leaves out, the page's rows are compared by their terms and
 * the markup with the facts the preview knows. The site's side is built from the entries
 * as the build builds it (src/data/legal-text.ts, src/lib/legal/validities.ts,
 * src/lib/radio/bulletin-item.ts, src/data/radio-view.ts).
 */
import { readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, test } from 'vitest';
import DocumentBody from '../../src/components/DocumentBody.astro';
import RelationList from '../../src/components/RelationList.astro';
import PlanTracker from '../../src/components/PlanTracker.astro';
import { trackTasks } from '../../src/lib/plan/tasks.ts';
import Rundown from '../../src/components/Rundown.astro';
import AttachmentList from '../../src/components/AttachmentList.astro';
import AwardList from '../../src/components/AwardList.astro';
import CampaignStatusBadge from '../../src/components/CampaignStatusBadge.astro';
import CitationBox from '../../src/components/CitationBox.astro';
import ExampleNotice from '../../src/components/ExampleNotice.astro';
import ScriptSummary from '../../src/components/ScriptSummary.astro';
import ScriptText from '../../src/components/ScriptText.astro';
import UnverifiedNotice from '../../src/components/UnverifiedNotice.astro';
import ValidityBadge from '../../src/components/ValidityBadge.astro';
import CampaignTimeline from '../../src/components/CampaignTimeline.astro';
import CampaignRegistrations from '../../src/components/CampaignRegistrations.astro';
import CampaignResults from '../../src/components/CampaignResults.astro';
import { CampaignView } from '../../admin/previews/campaign.tsx';
import CampaignFacts from '../../src/components/CampaignFacts.astro';
import CampaignCriteria from '../../src/components/CampaignCriteria.astro';
import CampaignLegalBasis from '../../src/components/CampaignLegalBasis.astro';
import { timelineSteps } from '../../src/render/campaign-progress.ts';
import { parseMarkdownFile } from '../../src/lib/content/frontmatter.ts';
import type { CampaignData } from '../../src/data/entries.ts';
import { BulletinView } from '../../admin/previews/bulletin.tsx';
import BulletinFacts from '../../src/components/BulletinFacts.astro';
import BulletinItemHeading from '../../src/components/BulletinItemHeading.astro';
import BulletinNotes from '../../src/components/BulletinNotes.astro';
import AnnouncementFacts from '../../src/components/AnnouncementFacts.astro';
import { AnnouncementView, factsOf } from '../../admin/previews/announcement.tsx';
import { DocumentView } from '../../admin/previews/document.tsx';
import { HonoreeView } from '../../admin/previews/honoree.tsx';
import StoryFacts from '../../src/components/StoryFacts.astro';
import type { StoryFacts as StoryFactsInput } from '../../src/render/story-facts.ts';
import DocumentFacts from '../../src/components/DocumentFacts.astro';
import DocumentSource from '../../src/components/DocumentSource.astro';
import type { DocumentFacts as DocumentFactsInput } from '../../src/render/document-facts.ts';
import { slugify } from '../../src/lib/text/slug.ts';
import { formatViDate } from '../../src/lib/dates/plain-date.ts';
import { radioFromSettings } from '../../admin/previews/radio.ts';
import { renderLegalText } from '../../src/data/legal-text.ts';
import { campaignStatus } from '../../src/lib/campaigns/status.ts';
import { documentCitation } from '../../src/lib/legal/citation.ts';
import { docNumberSlug } from '../../src/lib/legal/doc-number.ts';
import { allUnits, parseStructure } from '../../src/lib/legal/parse-structure.ts';
import { groupRelations } from '../../src/lib/legal/relations.ts';
import { documentValidities } from '../../src/lib/legal/validities.ts';
import { bulletinItems, scriptTitle } from '../../src/lib/radio/bulletin-item.ts';
import { rundown } from '../../src/lib/radio/rundown.ts';
import { announcementScript, entryScript, noticeScript, radioContext } from '../../src/lib/radio/script.ts';
import { fileKind } from '../../src/lib/site/file-info.ts';
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

describe('bulletin', () => {
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
  const data = {
    title: 'Bản tin sáng',
    airDate: '2025-07-28',
    slot: 'sang' as const,
    priority: 'thong-thuong' as const,
    example: true,
    notes: 'Đọc chậm mục 2, không quá <3 phút> & nhắc lại giờ tiêm.',
    items,
  };

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
  let cms: string;
  beforeAll(() => {
    cms = preview(createElement(BulletinView, { data, entries, radio: radioFromSettings({ ...RADIO }) }));
  });

  test('the rundown table (Rundown) is the same', async () => {
    const site = await container.renderToString(Rundown, { props: { rows, totalSeconds } });
    const table = { tag: 'div', className: 'table-scroll' };
    expect(pieces(site, table)).toHaveLength(1);
    expect(pieces(site, { tag: 'tr', attrs: { 'data-kind': 'thong-bao' } })).toHaveLength(2);
    expect(pieces(site, { tag: 'tr', attrs: { 'data-kind': 'thong-bao-su-kien' } })).toHaveLength(1);
    expect(pieces(cms, table)).toEqual(pieces(site, table));
  });

  test('the words of every item (ScriptText) are the same', async () => {
    // As src/pages/phat-thanh/ban-tin/[id].astro renders them.
    const site = await Promise.all(
      rows.map((row) =>
        container.renderToString(ScriptText, {
          props: { id: `item-${row.position}-text`, paragraphs: row.script.paragraphs },
        }),
      ),
    );
    const text = { tag: 'div', className: 'script-text' };
    const expected = site.flatMap((html) => pieces(html, text));
    expect(expected).toHaveLength(items.length);
    expect(expected.join('')).toContain('<p data-read="">');
    expect(pieces(cms, text)).toEqual(expected);
  });

  test('the facts (BulletinFacts) are the same', async () => {
    // As src/pages/phat-thanh/ban-tin/[id].astro gives them.
    const site = await container.renderToString(BulletinFacts, {
      props: { facts: { airDate: data.airDate, slot: data.slot, priority: data.priority, totalSeconds } },
    });
    const list = { tag: 'dl', className: 'summary-list' };
    expect(pieces(site, { tag: 'div', className: 'summary-list__row' })).toHaveLength(4);
    expect(site).toContain(`<time datetime="${data.airDate}">`);
    expect(site).toContain(t(`option.slot.${data.slot}`));
    expect(pieces(cms, list)).toEqual(pieces(site, list));
  });

  test('the notes (BulletinNotes) are the same', async () => {
    const site = await container.renderToString(BulletinNotes, { props: { notes: data.notes } });
    const section = { tag: 'section', className: 'bulletin-notes' };
    expect(pieces(site, section)).toHaveLength(1);
    expect(site).toContain('&lt;3 phút&gt;');
    expect(pieces(cms, section)).toEqual(pieces(site, section));
  });

  test('the heading of every item (BulletinItemHeading) is the same', async () => {
    const site = await Promise.all(
      rows.map((row) =>
        container.renderToString(BulletinItemHeading, {
          props: { position: row.position, label: row.label, seconds: row.seconds },
        }),
      ),
    );
    const heading = { tag: 'h3' };
    const expected = site.flatMap((html) => pieces(html, heading));
    expect(expected).toHaveLength(items.length);
    expect(expected[0]).toContain('id="item-1"');
    expect(pieces(cms, heading)).toEqual(expected);
  });

  test('the example notice (ExampleNotice, kind "entry") is the same', async () => {
    const site = await container.renderToString(ExampleNotice, { props: { kind: 'entry' } });
    const notice = { tag: 'div', className: 'notice' };
    expect(pieces(site, notice)).toHaveLength(1);
    expect(pieces(cms, notice)).toEqual(pieces(site, notice));
  });
});

describe('story', () => {
  const documentIds = new Set(['25-qd-ubnd']);
  const awards = [
    {
      form: 'giay-khen',
      title: 'Giấy khen "Người tốt, việc tốt"',
      issuer: 'Chủ tịch UBND phường',
      decisionNumber: '25/QĐ-UBND',
      decisionDate: '2025-03-14',
    },
    { form: 'bang-khen', title: 'Bằng khen', issuer: 'UBND tỉnh', decisionNumber: '118/QĐ-UBND' },
    { form: 'bieu-duong', title: 'Biểu dương', issuer: 'MTTQ phường', decisionDate: '2024-12-01' },
    { form: 'bieu-duong', title: 'Biểu dương tại hội nghị', issuer: 'Hội Phụ nữ phường' },
  ];
  const data = {
    title: 'Chị Hà & HTX rau sạch',
    subjectType: 'ca-nhan',
    name: 'Đặng Thu Hà',
    summary: 'Chị Hà cùng HTX trồng rau sạch.',
    residentialGroup: 'tdp-2',
    field: 'kinh-te',
    achievementKind: 'thuong-xuyen',
    published: '2025-06-01',
    example: true,
    awards,
  };
  const body = 'Chị Hà vận động HTX trồng rau sạch, UBND phường hỗ trợ giống.';
  const ctx = radioContext(RADIO);
  let cms: string;
  beforeAll(() => {
    cms = preview(
      createElement(HonoreeView, {
        data,
        body,
        groups: [],
        fields: [],
        campaignTitles: new Map(),
        radio: radioFromSettings({ ...RADIO }),
        documentIds,
      }),
    );
  });

  test('the summary list (StoryFacts) has the same rows as the page and the same markup but the browse links', async () => {
    const groups = [{ id: 'tdp-2', name: 'Tổ dân phố số 2' }];
    const fields = [{ id: 'kinh-te', name: 'Kinh tế <hộ> & HTX' }];
    const withCampaigns = { ...data, campaigns: ['rau-sach', 'chua-co'] };
    const campaignTitles = new Map([['rau-sach', 'Rau sạch cho phố']]);
    const cmsFacts = preview(
      createElement(HonoreeView, {
        data: withCampaigns,
        body,
        groups,
        fields,
        campaignTitles,
        radio: undefined,
        documentIds,
      }),
    );
    // As src/pages/guong-sang/[id].astro gives them (the page lists only campaigns it publishes;
    // the preview shows the id of one whose title it does not know).
    const facts = (links: boolean): StoryFactsInput => {
      const href = (value: string) => (links ? value : undefined);
      return {
        name: data.name,
        subjectType: t(`option.subjectType.${data.subjectType}` as 'option.subjectType.ca-nhan'),
        group: { text: 'Tổ dân phố số 2', href: href(paths.honoreeFacet('to-dan-pho', 'tdp-2')) },
        field: { text: 'Kinh tế <hộ> & HTX', href: href(paths.honoreeFacet('linh-vuc', 'kinh-te')) },
        kind: {
          text: t(`option.achievementKind.${data.achievementKind}` as 'option.achievementKind.thuong-xuyen'),
          href: href(paths.honoreeFacet('loai', data.achievementKind)),
        },
        campaigns: [
          { text: 'Rau sạch cho phố', href: paths.campaign('rau-sach') },
          { text: 'chua-co', href: paths.campaign('chua-co') },
        ],
        published: { date: data.published, href: href(paths.honoreeFacet('nam', '2025')) },
      };
    };
    const site = await container.renderToString(StoryFacts, { props: { facts: facts(false) } });
    const linked = await container.renderToString(StoryFacts, { props: { facts: facts(true) } });
    const list = { tag: 'dl', className: 'summary-list' };
    const term = { tag: 'dt' };
    expect(pieces(linked, term)).toHaveLength(6);
    expect(pieces(linked, { tag: 'a', attrs: { href: paths.honoreeFacet('nam', '2025') } })).toHaveLength(1);
    expect(linked).toContain('Đặng Thu Hà (Cá nhân)');
    expect(pieces(cmsFacts, term).slice(0, 6)).toEqual(pieces(linked, term));
    expect(pieces(cmsFacts, list).slice(0, 1)).toEqual(pieces(site, list));
  });

  test('the award list (AwardList) is the same: linked decision, unlinked decision, date only, nothing', async () => {
    const site = await container.renderToString(AwardList, { props: { awards, documentIds } });
    const list = { tag: 'ul', className: 'award-list' };
    expect(pieces(site, list)).toHaveLength(1);
    expect(pieces(site, { tag: 'a', attrs: { href: '/van-ban/25-qd-ubnd/' } })).toHaveLength(1);
    expect(pieces(site, { tag: 'time', attrs: { datetime: '2024-12-01' } })).toHaveLength(1);
    expect(pieces(cms, list)).toEqual(pieces(site, list));
  });

  test('the example notice (ExampleNotice, kind "story") is the same', async () => {
    const site = await container.renderToString(ExampleNotice, { props: { kind: 'story' } });
    const notice = { tag: 'div', attrs: { 'data-pagefind-ignore': '' } };
    expect(pieces(site, notice)).toHaveLength(1);
    expect(pieces(cms, notice)).toEqual(pieces(site, notice));
  });

  test('the script block of /phat-thanh/guong-sang/<id>/ (ScriptSummary, ScriptText) is the same but the link to the story', async () => {
    // As src/data/radio-view.ts and src/pages/phat-thanh/[collection]/[id].astro make it.
    const script = entryScript(data, body, ctx);
    expect(script.unknownAbbreviations).toEqual(['HTX']);
    const entry = { href: paths.honoree('chi-ha'), title: data.title };
    const site =
      (await container.renderToString(ScriptSummary, { props: { script, rate: ctx.syllablesPerMinute, entry } })) +
      (await container.renderToString(ScriptText, { props: { id: 'script-text', paragraphs: script.paragraphs } }));
    const radio = innerOf(cms, { tag: 'section', attrs: { 'data-preview': 'radio-script' } }) ?? '';
    const row = { tag: 'div', className: 'summary-list__row' };
    const siteRows = pieces(site, row);
    expect(siteRows).toHaveLength(3);
    expect(siteRows[2]).toContain(`<a href="${entry.href}">`);
    expect(pieces(radio, row)).toEqual(siteRows.slice(0, 2));
    for (const query of [
      { tag: 'div', className: 'notice' },
      { tag: 'div', className: 'script-text' },
    ]) {
      expect(pieces(site, query)).toHaveLength(1);
      expect(pieces(radio, query)).toEqual(pieces(site, query));
    }
  });
});

describe('campaign', () => {
  // A campaign that has not started yet, on a basis of one known and one unknown document.
  const today = '2026-01-10';
  const data = {
    title: 'Tết sạch, Tết an toàn 2026',
    kind: 'thuong-xuyen',
    launchedBy: 'Ủy ban nhân dân phường',
    start: '2026-02-01',
    summary: 'Vệ sinh ngõ phố trước Tết.',
    legalBasis: [PLAN.number, '99/KH-UBND'],
  };

  test("the status badge (CampaignStatusBadge) and a basis document's validity (ValidityBadge) are the same", async () => {
    const status = campaignStatus(data, today);
    expect(status).toBe('upcoming');
    const documents = new Map([[PLAN.number, { title: PLAN.title, validity: 'het-hieu-luc-mot-phan' as const }]]);
    const cms = preview(createElement(CampaignView, { data, body: '', documents, radio: undefined, today }));
    const site = [
      await container.renderToString(CampaignStatusBadge, { props: { status } }),
      await container.renderToString(ValidityBadge, { props: { validity: 'het-hieu-luc-mot-phan' } }),
    ].join('');
    const badge = { tag: 'strong', className: 'badge' };
    expect(pieces(site, badge)).toHaveLength(2);
    expect(pieces(cms, badge)).toEqual(pieces(site, badge));
  });

  describe('the facts, criteria and legal basis', () => {
    const full = {
      ...data,
      end: '2026-02-20',
      targetGroups: ['Hộ gia đình', 'Tổ dân phố <số 1> & số 2'],
      criteria: ['Ngõ phố sạch', 'Không đốt "vàng mã" ngoài trời'],
    };
    const documents = new Map([[PLAN.number, { title: PLAN.title, validity: 'con-hieu-luc' as const }]]);
    let cms: string;
    beforeAll(() => {
      cms = preview(createElement(CampaignView, { data: full, body: '', documents, radio: undefined, today }));
    });

    test('the summary list (CampaignFacts) is the same', async () => {
      // As src/pages/phong-trao/[id].astro gives it, for a campaign that carries out no plan task.
      const site = await container.renderToString(CampaignFacts, {
        props: {
          facts: {
            dates: full,
            today,
            kind: full.kind,
            launchedBy: full.launchedBy,
            task: undefined,
            targetGroups: full.targetGroups,
          },
        },
      });
      const list = { tag: 'dl', className: 'summary-list' };
      expect(pieces(site, { tag: 'div', className: 'summary-list__row' })).toHaveLength(5);
      expect(site).toContain(t('campaigns.periodRange', { start: '01/02/2026', end: '20/02/2026' }));
      expect(site).toContain('Tổ dân phố &lt;số 1&gt; &amp; số 2');
      expect(pieces(cms, list).slice(0, 1)).toEqual(pieces(site, list));
    });

    test('the criteria (CampaignCriteria) are the same', async () => {
      const site = await container.renderToString(CampaignCriteria, { props: { criteria: full.criteria } });
      const section = { tag: 'section', attrs: { 'aria-labelledby': 'criteria' } };
      expect(pieces(site, { tag: 'li' })).toHaveLength(2);
      expect(pieces(cms, section)).toEqual(pieces(site, section));
    });

    test('the legal basis (CampaignLegalBasis) is the same: a known document linked with its validity, an unknown one by number', async () => {
      // As src/pages/phong-trao/[id].astro gives it from the documents the site publishes.
      const basis = full.legalBasis.map((number) => ({ number, ...documents.get(number) }));
      const site = await container.renderToString(CampaignLegalBasis, { props: { basis } });
      const section = { tag: 'section', attrs: { 'aria-labelledby': 'legal-basis' } };
      expect(pieces(site, { tag: 'a', attrs: { href: paths.documentByNumber(PLAN.number) } })).toHaveLength(1);
      expect(pieces(site, { tag: 'strong', className: 'badge--green' })).toHaveLength(1);
      expect(pieces(site, { tag: 'li' })[1]).toBe('<li>99/KH-UBND</li>');
      expect(pieces(cms, section)).toEqual(pieces(site, section));
    });
  });
});

describe('document', () => {
  const data = {
    ...LAW,
    unverified: ['Ngày có hiệu lực', 'Người ký <chưa rõ>'],
    source: 'https://vanban.example.vn/luat?so=06&nam="2022"',
    attachments: [
      { file: 'files/luat-06-2022.pdf', label: 'Toàn văn luật & phụ lục' },
      { file: 'files/huong-dan', label: 'Hướng dẫn' },
    ],
  };
  let cms: string;
  beforeAll(() => {
    cms = preview(createElement(DocumentView, { data, body: LAW_BODY, others: [], radio: undefined, today: TODAY }));
  });

  test('the unverified notice (UnverifiedNotice) is the same', async () => {
    const site = await container.renderToString(UnverifiedNotice, {
      props: { items: data.unverified, source: data.source },
    });
    const notice = { tag: 'div', className: 'notice--warning' };
    expect(pieces(site, notice)).toHaveLength(1);
    expect(pieces(cms, notice)).toEqual(pieces(site, notice));
  });

  test('the citation box (CitationBox) is the same, with the hint when the text has units', async () => {
    // As src/pages/van-ban/[id].astro gives it.
    const text = await renderLegalText(LAW_BODY, citable);
    expect(text.hasUnits).toBe(true);
    const site = await container.renderToString(CitationBox, {
      props: { citation: documentCitation(data), withUnits: text.hasUnits },
    });
    const box = { tag: 'div', className: 'citation-box' };
    expect(pieces(site, box)).toHaveLength(1);
    expect(pieces(cms, box)).toEqual(pieces(site, box));
  });

  test('the attachment list (AttachmentList) is the same, for the files as the preview knows them (no size)', async () => {
    const files = data.attachments.map((a) => ({
      href: paths.publicFile(a.file),
      label: a.label,
      kind: fileKind(a.file),
      size: '',
    }));
    const site = await container.renderToString(AttachmentList, { props: { files } });
    const list = { tag: 'ul', className: 'attachment-list' };
    expect(pieces(site, { tag: 'span', className: 'secondary' })).toHaveLength(1);
    expect(pieces(cms, list)).toEqual(pieces(site, list));
  });
});

describe('document facts', () => {
  // As src/data/documents-view.ts and src/pages/van-ban/[id].astro build them: the law in force
  // and the old law it replaced, whose status names and links the law.
  const all = [LAW, OLD_LAW, PLAN].map((data: DocumentFixture) => ({ id: docNumberSlug(data.number), data }));
  const { explained } = documentValidities(
    all.map(({ id, data }) => ({ id, relations: data.relations ?? [], input: data })),
    TODAY,
  );
  const numberOf = (id: string) => all.find((d) => d.id === id)?.data.number;
  /** The facts the page gives for one document, with or without its links to browse pages. */
  const factsOf = (data: DocumentFixture, links: boolean): DocumentFactsInput => {
    const status = explained.get(docNumberSlug(data.number));
    if (!status) throw new Error('validity expected');
    const type = t(`option.documentType.${data.type}` as 'option.documentType.luat');
    const issuer = data.issuer ?? '';
    const text = (name: string) => (typeof data[name] === 'string' ? data[name] : undefined);
    return {
      number: data.number,
      type: { text: type, href: links ? paths.documentFacet('loai', data.type) : undefined },
      issuer: { text: issuer, href: links ? paths.documentFacet('co-quan', slugify(issuer)) : undefined },
      signer: text('signer'),
      signerTitle: text('signerTitle'),
      issued: data.issued,
      effective: text('effective'),
      ends: text('expires') ?? (status.reason.kind === 'terminated' ? status.reason.on : undefined),
      area: text('area') ?? '',
      status: { explained: status, numberOf, today: TODAY },
    };
  };
  const list = { tag: 'dl', className: 'summary-list' };
  const term = { tag: 'dt' };

  test.each([
    ['the law in force', LAW, [OLD_LAW, PLAN]],
    ['the law it replaced, linking the law', OLD_LAW, [LAW, PLAN]],
  ])(
    'the summary list (DocumentFacts) is the same for %s, but the links to browse pages',
    async (_name, data, others) => {
      const cms = preview(createElement(DocumentView, { data, body: '', others, radio: undefined, today: TODAY }));
      const site = await container.renderToString(DocumentFacts, { props: { facts: factsOf(data, false) } });
      const linked = await container.renderToString(DocumentFacts, { props: { facts: factsOf(data, true) } });
      expect(pieces(site, list)).toHaveLength(1);
      expect(pieces(linked, { tag: 'a', attrs: { href: paths.documentFacet('loai', 'luat') } })).toHaveLength(1);
      expect(pieces(site, { tag: 'span', className: 'validity-summary' })).toHaveLength(1);
      // The same rows in the same order as on the page; the same markup but the browse links.
      expect(pieces(cms, term)).toEqual(pieces(linked, term));
      expect(pieces(cms, list).slice(0, 1)).toEqual(pieces(site, list));
    },
  );

  test('the old law’s status names the law that replaced it, linked, and it ends when that takes effect', async () => {
    const site = await container.renderToString(DocumentFacts, { props: { facts: factsOf(OLD_LAW, true) } });
    expect(pieces(site, { tag: 'a', attrs: { href: paths.documentByNumber(LAW.number) } })).toHaveLength(1);
    expect(site).toContain(formatViDate(LAW.effective));
  });

  test('the source link (DocumentSource) is the same and names the site', async () => {
    const source = 'https://vanban.example.vn/luat?so=06&nam="2022"';
    const cms = preview(
      createElement(DocumentView, { data: { ...LAW, source }, body: '', others: [], radio: undefined, today: TODAY }),
    );
    const site = await container.renderToString(DocumentSource, { props: { source } });
    const link = { tag: 'a', attrs: { href: source } };
    expect(site).toContain(t('documents.sourceAt', { host: 'vanban.example.vn' }));
    expect(pieces(site, link)).toHaveLength(1);
    // The unverified notice links the source too when there is something unverified; here there is not.
    expect(pieces(cms, link)).toEqual(pieces(site, link));
  });
});

test('a plan’s tasks (PlanTracker) are drawn the same by the site and the document preview', async () => {
  const tasks = [
    { id: 'tuyen-truyen', title: 'Tuyên truyền "luật" & nghị định', lead: 'Đài Truyền thanh' },
    { id: 'khen-thuong', title: 'Khen thưởng', lead: 'Hội đồng', partners: 'Các tổ dân phố', due: 'Cả năm' },
  ];
  const plan = { ...PLAN, tasks };
  // The preview knows only the plan being edited: the tasks without what was done for each.
  const site = await container.renderToString(PlanTracker, { props: { rows: tasks.map((task) => ({ task })) } });
  expect(site).toContain('id="nhiem-vu-khen-thuong"');
  const cms = preview(
    createElement(DocumentView, { data: plan, body: '', others: [LAW], radio: undefined, today: TODAY }),
  );
  expect(innerOf(cms, { tag: 'section', attrs: { 'data-preview': 'tasks' } })).toBe(
    normalise(`<h2 id="tasks">${t('documents.tasks.preview')}</h2><div>${site}</div>`),
  );
  // The site adds what was done: a count, or the sentence saying nothing is recorded yet.
  const tracked = await container.renderToString(PlanTracker, {
    props: {
      rows: trackTasks(tasks, [
        {
          collection: 'campaigns',
          id: 'a',
          title: 'A',
          date: '2025-01-13',
          href: '/phong-trao/a/',
          task: 'khen-thuong',
        },
      ]),
    },
  });
  expect(tracked).toContain(t('documents.tasks.none'));
  expect(tracked).toContain(t('documents.tasks.count', { count: 1 }));
  expect(tracked).toContain(t('documents.tasks.summary', { count: 2, done: 1, open: 1 }));
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

describe('campaign through its life', () => {
  // Every kind of step, a registration of a group and one of a unit, a result with a story
  // and a decision on the site and one with a decision number; on TODAY one step is past, one
  // current and three coming.
  const { data, body } = parseMarkdownFile(
    readFileSync(new URL('../fixtures/campaigns/life.md', import.meta.url), 'utf8'),
  );
  const campaign = data as unknown as CampaignData;
  const groups = [
    { id: 'tdp-1', name: 'Tổ dân phố số 1' },
    { id: 'tdp-2', name: 'Tổ dân phố số 2' },
  ];
  let cms: string;
  beforeAll(() => {
    cms = preview(
      createElement(CampaignView, { data, body, documents: new Map(), radio: undefined, today: TODAY, groups }),
    );
  });

  test('the timeline (CampaignTimeline) is the same, with its steps past, current and coming', async () => {
    const site = await container.renderToString(CampaignTimeline, {
      props: { steps: timelineSteps(campaign.milestones, TODAY) },
    });
    const section = { tag: 'section', className: 'campaign-timeline' };
    expect(pieces(site, section)).toHaveLength(1);
    expect(pieces(site, { tag: 'li', attrs: { 'data-state': 'past' } })).toHaveLength(1);
    expect(pieces(site, { tag: 'li', attrs: { 'data-state': 'current', 'aria-current': 'step' } })).toHaveLength(1);
    expect(pieces(site, { tag: 'li', attrs: { 'data-state': 'coming' } })).toHaveLength(3);
    expect(pieces(cms, section)).toEqual(pieces(site, section));
  });

  test('the registrations (CampaignRegistrations) are the same, with the group by its name', async () => {
    const site = await container.renderToString(CampaignRegistrations, {
      props: { registrations: campaign.registrations, groups },
    });
    const section = { tag: 'section', className: 'campaign-registrations' };
    expect(pieces(site, section)[0]).toContain('Tổ dân phố số 1');
    expect(pieces(cms, section)).toEqual(pieces(site, section));
  });

  test('the results (CampaignResults) are the same, linking the story and the decision', async () => {
    const site = await container.renderToString(CampaignResults, { props: { results: campaign.results } });
    const section = { tag: 'section', className: 'campaign-results' };
    expect(pieces(site, { tag: 'a', attrs: { href: paths.honoree('ba-a') } })).toHaveLength(1);
    expect(pieces(site, { tag: 'a', attrs: { href: paths.documentByNumber('129/QĐ-UBND') } })).toHaveLength(1);
    expect(pieces(cms, section)).toEqual(pieces(site, section));
  });
});
