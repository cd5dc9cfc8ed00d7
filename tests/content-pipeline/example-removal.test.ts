import { describe, expect, test } from 'vitest';
import {
  assetsOf,
  PLAN_TASK,
  planRemovals,
  referenceCleanup,
  type ContentEntry,
  type ReferenceTarget,
} from '../../src/content-pipeline/example-removal.ts';
import { COLLECTIONS, SETTINGS_FILES } from '../../src/schemas/index.ts';
import type { CollectionName } from '../../src/schemas/fields.ts';

function entry(collection: CollectionName, id: string, data: Record<string, unknown>, body = ''): ContentEntry {
  return { collection, file: `content/${collection}/${id}.md`, id, fields: COLLECTIONS[collection].fields, data, body };
}

const site: ContentEntry = {
  collection: undefined,
  file: 'content/settings/site.yaml',
  id: 'site',
  fields: SETTINGS_FILES.site.fields,
  data: { unitName: 'Phùng Chí Kiên', featuredStory: 'chuyen-vi-du' },
  body: '',
};

const law = entry('documents', '06-2022-qh15', { number: '06/2022/QH15', issuer: 'Quốc hội khóa XV' });
const plan08 = entry(
  'documents',
  '08-kh-ubnd',
  {
    number: '08/KH-UBND',
    issuer: 'Ủy ban nhân dân phường Phùng Chí Kiên',
    relations: [{ kind: 'can-cu', target: '06/2022/QH15' }],
    attachments: [{ file: 'files/08-kh-ubnd.pdf', label: 'Toàn văn' }],
  },
  '',
);
const decree = entry('documents', '98-2023-nd-cp', {
  number: '98/2023/NĐ-CP',
  issuer: 'Chính phủ',
  relations: [
    { kind: 'huong-dan', target: '06/2022/QH15' },
    { kind: 'can-cu', target: '08/KH-UBND' },
  ],
});
const wardCampaign = entry('campaigns', 'thi-dua-2025', {
  legalBasis: ['08/KH-UBND', '06/2022/QH15'],
  cover: { src: './images/thi-dua-2025.jpg', alt: 'Hội trường' },
});
const exampleCampaign = entry('campaigns', 'phong-trao-vi-du', {
  example: true,
  legalBasis: ['06/2022/QH15', '08/KH-UBND'],
  cover: { src: './images/chung.jpg', alt: 'Ảnh' },
});
const story = entry(
  'honorees',
  'chuyen-vi-du',
  { example: true, campaigns: ['thi-dua-2025', 'phong-trao-vi-du'], photo: { src: './images/chung.jpg', alt: 'x' } },
  'Ảnh trong bài: ![Lớp học](./images/lop-hoc.jpg) và ![ngoài](https://example.vn/a.jpg)',
);
const realStory = entry('honorees', 'chuyen-that', { campaigns: ['thi-dua-2025'] });
const bulletin = entry('bulletins', 'ban-tin-vi-du', {
  example: true,
  items: [
    { kind: 'van-ban', document: '08/KH-UBND' },
    { kind: 'guong-sang', honoree: 'chuyen-vi-du' },
  ],
});
const onlyPlan = entry('bulletins', 'ban-tin-ke-hoach', {
  example: true,
  items: [{ kind: 'van-ban', document: '08/KH-UBND' }],
});
const all = [site, law, plan08, decree, wardCampaign, exampleCampaign, story, realStory, bulletin, onlyPlan];

const reasons = (choice: 'remove' | 'keep') =>
  Object.fromEntries(planRemovals(all, choice).removed.map((r) => [r.id, r.reason]));

describe('planRemovals', () => {
  test('keeping the examples: the old ward’s records and local documents go, national documents stay', () => {
    expect(reasons('keep')).toEqual({
      '08-kh-ubnd': 'local-document',
      'thi-dua-2025': 'old-ward-record',
      'chuyen-that': 'old-ward-record',
      'ban-tin-ke-hoach': 'nothing-left',
    });
  });

  test('removing the examples: every example goes too, and nothing but national documents is left', () => {
    expect(reasons('remove')).toEqual({
      '08-kh-ubnd': 'local-document',
      'thi-dua-2025': 'old-ward-record',
      'phong-trao-vi-du': 'example',
      'chuyen-vi-du': 'example',
      'chuyen-that': 'old-ward-record',
      'ban-tin-vi-du': 'example',
      'ban-tin-ke-hoach': 'example',
    });
  });

  test('kept entries lose their references to removed ones, and the settings their featured story', () => {
    const keep = planRemovals(all, 'keep').cleanups;
    expect(keep.get(story.file)?.dropped).toEqual([
      { field: 'campaigns[0]', collection: 'campaigns', value: 'thi-dua-2025' },
    ]);
    expect(keep.get(exampleCampaign.file)?.deletions).toEqual([['legalBasis', 1]]);
    expect(keep.get(decree.file)?.deletions).toEqual([['relations', 1]]);
    expect(keep.get(bulletin.file)?.dropped).toEqual([
      { field: 'items[0].document', collection: 'documents', value: '08/KH-UBND' },
    ]);
    expect(keep.has(site.file)).toBe(false);
    const remove = planRemovals(all, 'remove').cleanups;
    expect(remove.get(site.file)?.deletions).toEqual([['featuredStory']]);
    expect([...remove.keys()].sort()).toEqual([decree.file, site.file].sort());
  });

  test('images and attachments go only when no kept entry uses them', () => {
    expect(planRemovals(all, 'keep').unusedAssets).toEqual([
      'content/campaigns/images/thi-dua-2025.jpg',
      'public/files/08-kh-ubnd.pdf',
    ]);
    expect(planRemovals(all, 'remove').unusedAssets).toEqual([
      'content/campaigns/images/chung.jpg',
      'content/campaigns/images/thi-dua-2025.jpg',
      'content/honorees/images/chung.jpg',
      'content/honorees/images/lop-hoc.jpg',
      'public/files/08-kh-ubnd.pdf',
    ]);
  });
});

describe('planRemovals: plan tasks', () => {
  const plan = entry('documents', '08-kh-ubnd', {
    number: '08/KH-UBND',
    issuer: 'Ủy ban nhân dân phường Phùng Chí Kiên',
    tasks: [
      { id: 'tuyen-truyen', title: 'Tuyên truyền', lead: 'Đài Truyền thanh' },
      { id: 'khen-thuong', title: 'Khen thưởng', lead: 'Hội đồng' },
    ],
  });
  const nationalPlan = entry('documents', '99-kh-btc', {
    number: '99/KH-BTC',
    issuer: 'Bộ Tài chính',
    tasks: [{ id: 'tap-huan', title: 'Tập huấn', lead: 'Bộ' }],
  });
  const story = entry('honorees', 'chuyen-vi-du', { example: true, task: 'khen-thuong' });
  const campaign = entry('campaigns', 'phong-trao-vi-du', { example: true, task: 'tap-huan' });
  const decree = entry('documents', '98-2023-nd-cp', {
    number: '98/2023/NĐ-CP',
    issuer: 'Chính phủ',
    task: 'tuyen-truyen',
  });
  const tasksOf = [law, plan, nationalPlan, story, campaign, decree];

  test('kept entries lose the task of a removed plan, and keep a task a kept document declares', () => {
    const { removed, cleanups } = planRemovals(tasksOf, 'keep');
    expect(removed.map((r) => r.id)).toEqual(['08-kh-ubnd']);
    expect(cleanups.get(story.file)).toEqual({
      deletions: [['task']],
      dropped: [{ field: 'task', collection: PLAN_TASK, value: 'khen-thuong' }],
      orphaned: false,
    });
    expect(cleanups.get(decree.file)?.deletions).toEqual([['task']]);
    expect(cleanups.has(campaign.file)).toBe(false);
  });

  test('a task a kept document also declares is not removed with the plan', () => {
    const twin = entry('documents', '99-kh-bnv', {
      number: '99/KH-BNV',
      issuer: 'Bộ Nội vụ',
      tasks: [{ id: 'khen-thuong', title: 'Khen thưởng', lead: 'Bộ' }],
    });
    expect(planRemovals([...tasksOf, twin], 'keep').cleanups.has(story.file)).toBe(false);
  });
});

describe('referenceCleanup', () => {
  const gone = (collection: ReferenceTarget, value: string) => collection === 'campaigns' && value === 'a';
  const fields = COLLECTIONS.honorees.fields;

  test('an optional multiple reference that empties is deleted whole', () => {
    expect(referenceCleanup(fields, { campaigns: ['a'] }, gone)).toEqual({
      deletions: [['campaigns']],
      dropped: [{ field: 'campaigns[0]', collection: 'campaigns', value: 'a' }],
      orphaned: false,
    });
  });

  test('a required list that empties orphans the entry', () => {
    const isGone = () => true;
    const cleanup = referenceCleanup(
      COLLECTIONS.bulletins.fields,
      { items: [{ kind: 'guong-sang', honoree: 'x' }] },
      isGone,
    );
    expect(cleanup.orphaned).toBe(true);
  });

  test('nothing to lose, nothing to do', () => {
    expect(referenceCleanup(fields, { campaigns: ['b'], title: 'a' }, gone)).toEqual({
      deletions: [],
      dropped: [],
      orphaned: false,
    });
  });
});

describe('assetsOf', () => {
  test('lists images beside the entry, images in its body and attachments under public/', () => {
    expect(assetsOf(story)).toEqual(['content/honorees/images/chung.jpg', 'content/honorees/images/lop-hoc.jpg']);
    expect(assetsOf(plan08)).toEqual(['public/files/08-kh-ubnd.pdf']);
  });
});
