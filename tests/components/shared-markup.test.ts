/**
 * The site and the CMS previews show the rundown, the pieces of a legal text and a campaign's
 * timeline, registrations and results with one markup: the .astro component rendered through Astro's container API and the React preview
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
import CampaignTimeline from '../../src/components/CampaignTimeline.astro';
import CampaignRegistrations from '../../src/components/CampaignRegistrations.astro';
import CampaignResults from '../../src/components/CampaignResults.astro';
import { CampaignView } from '../../admin/previews/campaign.tsx';
import { timelineSteps } from '../../src/render/campaign-progress.ts';
import { parseMarkdownFile } from '../../src/lib/content/frontmatter.ts';
import type { CampaignData } from '../../src/data/entries.ts';
import { BulletinView } from '../../admin/previews/bulletin.tsx';
import { DocumentView } from '../../admin/previews/document.tsx';
import { radioFromSettings } from '../../admin/previews/radio.ts';
import { renderLegalText } from '../../src/data/legal-text.ts';
import { docNumberSlug } from '../../src/lib/legal/doc-number.ts';
import { allUnits, parseStructure } from '../../src/lib/legal/parse-structure.ts';
import { groupRelations } from '../../src/lib/legal/relations.ts';
import { documentValidities } from '../../src/lib/legal/validities.ts';
import { bulletinItems, scriptTitle } from '../../src/lib/radio/bulletin-item.ts';
import { rundown } from '../../src/lib/radio/rundown.ts';
import { announcementScript, entryScript, radioContext } from '../../src/lib/radio/script.ts';
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
    expect(pieces(cms, table)).toEqual(pieces(site, table));
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
