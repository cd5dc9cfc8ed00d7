import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdownFile } from '../../src/lib/content/frontmatter.ts';
import {
  blankOptionalPaths,
  checkEntry,
  declarationFor,
  EntryRefused,
  imagePathFixes,
  nfcFixes,
  prepareEntry,
  problemsMessage,
  withoutPaths,
} from '../../admin/save-check.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { decapFolderCollection } from '../../src/schemas/to-decap.ts';
import { t } from '../../src/i18n/strings.ts';

/** A collective's story as Decap hands it over: untouched optional fields hold '' or false. */
function collectiveStory(): Record<string, unknown> {
  return {
    title: 'Tổ bảo vệ an ninh trật tự tổ dân phố số 2',
    subjectType: 'tap-the',
    name: 'Tổ bảo vệ an ninh trật tự',
    summary: 'Mười năm giữ bình yên cho khu phố.',
    residentialGroup: 'tdp-2',
    field: 'an-ninh-trat-tu',
    achievementKind: 'thuong-xuyen',
    awards: [{ form: 'giay-khen', title: 'Giấy khen', decisionNumber: '', decisionDate: '', issuer: 'UBND phường' }],
    campaigns: [],
    photo: { src: '', alt: '', credit: '' },
    consent: {
      givenBy: '',
      giver: '',
      date: '',
      name: false,
      photo: false,
      story: false,
      minor: false,
      childAgreed: false,
    },
    published: '2025-05-01',
    example: false,
    radioScript: '',
    body: 'Câu chuyện.',
  };
}

describe('empty optional values', () => {
  test('are removed before saving, including untouched optional objects', () => {
    const paths = blankOptionalPaths(COLLECTIONS.honorees.fields, collectiveStory());
    expect(paths).toEqual(
      expect.arrayContaining([
        ['photo'],
        ['consent'],
        ['radioScript'],
        ['awards', 0, 'decisionNumber'],
        ['awards', 0, 'decisionDate'],
      ]),
    );
    expect(paths).toContainEqual(['campaigns']);
    expect(paths).not.toContainEqual(['title']);
    expect(paths).not.toContainEqual(['example']);
  });
  test('the cleaned entry keeps everything else', () => {
    const data = collectiveStory();
    const cleaned = withoutPaths(data, [['photo'], ['awards', 0, 'decisionDate']]);
    expect(cleaned['photo']).toBeUndefined();
    expect((cleaned['awards'] as Record<string, unknown>[])[0]).not.toHaveProperty('decisionDate');
    expect(data['photo']).toBeDefined();
  });
  test('a collective story saved with blank optional fields passes', () => {
    expect(prepareEntry('honorees', 'to-bao-ve', collectiveStory()).problems).toEqual([]);
  });
});

describe('what the build would refuse is refused on save', () => {
  test('a half-filled photo names the missing field in Vietnamese', () => {
    const data = { ...collectiveStory(), photo: { src: 'images/a.jpg', alt: '', credit: '' } };
    const { problems } = prepareEntry('honorees', 'x', data);
    expect(problems).toEqual([
      { field: 'photo.alt', label: 'Ảnh › Mô tả ảnh (cho người không xem được ảnh)', message: t('error.empty') },
    ]);
  });
  test('a story about a person without consent is refused', () => {
    const data = { ...collectiveStory(), subjectType: 'ca-nhan' };
    const { problems } = prepareEntry('honorees', 'x', data);
    expect(problems.map((p) => p.field)).toEqual(['consent']);
    expect(problemsMessage(problems)).toContain(t('error.consentMissing'));
    expect(problemsMessage(problems).startsWith(t('cms.saveRefused'))).toBe(true);
  });
  test('a phone number in the story body is refused with its line, unless privacyOverride allows it', () => {
    const data = { ...collectiveStory(), body: 'Tổ trực mỗi đêm.\nGọi anh Hùng: 0912 345 678.' };
    const { problems } = prepareEntry('honorees', 'x', data);
    expect(problems).toEqual([
      {
        field: 'body',
        label: t('field.honorees.body'),
        message: t('error.personalData', { line: 2, text: '0912 345 678', kind: t('privacy.kind.phone') }),
      },
    ]);
    const allowed = { ...data, privacyOverride: { allow: ['0912 345 678'], reason: 'Số trực của tổ, công khai' } };
    expect(prepareEntry('honorees', 'x', allowed).problems).toEqual([]);
  });
  test('an untouched privacy override is dropped before saving', () => {
    const data = { ...collectiveStory(), privacyOverride: { allow: [], reason: '' } };
    const { removed, problems } = prepareEntry('honorees', 'x', data);
    expect(removed).toContainEqual(['privacyOverride']);
    expect(problems).toEqual([]);
  });
  test('an impossible date is refused', () => {
    const data = { ...collectiveStory(), published: '2025-02-30' };
    expect(prepareEntry('honorees', 'x', data).problems.map((p) => p.field)).toEqual(['published']);
  });
  test('a required list left empty is kept so the check can name it', () => {
    const bulletin = {
      title: 'Bản tin sáng',
      airDate: '2025-06-01',
      slot: 'sang',
      priority: 'thong-thuong',
      items: [],
    };
    expect(blankOptionalPaths(COLLECTIONS.bulletins.fields, bulletin)).toEqual([]);
    expect(prepareEntry('bulletins', 'x', bulletin).problems.map((p) => p.field)).toEqual(['items']);
  });
  test('an announcement whose expiry precedes its date is refused, naming the field in Vietnamese', () => {
    const announcement = {
      title: 'Lễ khen thưởng',
      kind: 'su-kien',
      date: '2026-12-15',
      time: '',
      endDate: '',
      endTime: '',
      place: '',
      audience: '',
      summary: 'Trao giấy khen.',
      campaign: '',
      documents: [],
      expires: '2026-12-10',
      example: false,
      radioScript: '',
      body: '',
    };
    const { removed, problems } = prepareEntry('announcements', 'le-khen-thuong', announcement);
    expect(removed).toContainEqual(['time']);
    expect(problems).toEqual([
      {
        field: 'expires',
        label: t('field.announcements.expires'),
        message: t('error.announcementExpires', { expires: '10/12/2026', date: '15/12/2026' }),
      },
    ]);
    expect(() => checkEntry('announcements', 'le-khen-thuong', announcement)).toThrow(EntryRefused);
    expect(prepareEntry('announcements', 'x', { ...announcement, expires: '2026-12-15' }).problems).toEqual([]);
    // A field format error is named first; the date rules run on entries whose fields are valid.
    expect(prepareEntry('announcements', 'x', { ...announcement, time: '8:00' }).problems.map((p) => p.field)).toEqual([
      'time',
    ]);
  });
  test('settings files are checked by file name', () => {
    expect(declarationFor('settings', 'residential-groups')?.key).toBe('residential-groups');
    const { problems } = prepareEntry('settings', 'residential-groups', { groups: [{ id: 'Tổ 1', name: 'Tổ 1' }] });
    expect(problems).toEqual([
      { field: 'groups[0].id', label: 'Tổ dân phố › Mã (không dấu, ví dụ tdp-1)', message: t('error.slug') },
    ]);
  });
  test('choices from settings lists are left to the CMS, which only offers existing ids', () => {
    expect(prepareEntry('honorees', 'x', { ...collectiveStory(), residentialGroup: 'tdp-99' }).problems).toEqual([]);
  });
  test('unknown collections are not checked', () => {
    expect(prepareEntry('other', 'x', {})).toEqual({ removed: [], replaced: [], problems: [] });
  });
});

describe('image paths', () => {
  test('a picture uploaded beside the story is written as ./images/…', () => {
    const data = { ...collectiveStory(), photo: { src: 'images/anh.jpg', alt: 'Ảnh' } };
    expect(imagePathFixes(COLLECTIONS.honorees.fields, data)).toEqual([[['photo', 'src'], './images/anh.jpg']]);
    expect(prepareEntry('honorees', 'x', data).replaced).toEqual([[['photo', 'src'], './images/anh.jpg']]);
  });
  test('paths already relative, absolute or remote are left alone', () => {
    for (const src of ['./images/a.jpg', '../images/a.jpg', '/images/uploads/a.jpg', 'https://x.vn/a.jpg']) {
      expect(imagePathFixes(COLLECTIONS.honorees.fields, { photo: { src } })).toEqual([]);
    }
  });
});

describe('text in NFC', () => {
  const decomposed = 'Chị Đặng Thu Hà dạy bơi'.normalize('NFD');
  test('decomposed text anywhere in the entry, body and lists included, is rewritten in NFC', () => {
    const data = { title: decomposed, criteria: ['ok', decomposed], body: `Câu chuyện ${decomposed}`.normalize('NFD') };
    expect(nfcFixes(data)).toEqual([
      [['title'], decomposed.normalize('NFC')],
      [['criteria', 1], decomposed.normalize('NFC')],
      [['body'], `Câu chuyện ${decomposed}`.normalize('NFC')],
    ]);
  });
  test('text already in NFC is left alone', () => {
    expect(nfcFixes({ title: 'Chị Hà', n: 3, ok: true })).toEqual([]);
  });
  test('prepareEntry replaces decomposed text and still checks the entry', () => {
    const data = { ...collectiveStory(), title: decomposed };
    const { replaced, problems } = prepareEntry('honorees', 'x', data);
    expect(replaced).toContainEqual([['title'], decomposed.normalize('NFC')]);
    expect(problems).toEqual([]);
  });
});

/** A story about a person, with a photo and a consent record that covers it. */
function personalStoryWithPhoto(): Record<string, unknown> {
  return {
    ...collectiveStory(),
    subjectType: 'ca-nhan',
    name: 'Đặng Thu Hà',
    photo: { src: 'images/anh.jpg', alt: 'Chị Hà dạy bơi', credit: '' },
    consent: {
      givenBy: 'Đặng Thu Hà',
      giver: 'ban-than',
      date: '2025-05-20',
      name: true,
      photo: true,
      story: true,
      minor: false,
      childAgreed: false,
    },
  };
}

describe('checkEntry, the check behind both preSave and prePublish', () => {
  test('returns the prepared entry when the build would accept it', () => {
    const data = personalStoryWithPhoto();
    expect(checkEntry('honorees', 'x', data)).toEqual(prepareEntry('honorees', 'x', data));
  });
  test('throws EntryRefused naming the field when the consent does not cover the photo', () => {
    const data = personalStoryWithPhoto();
    (data['consent'] as Record<string, unknown>)['photo'] = false;
    let refused: unknown;
    try {
      checkEntry('honorees', 'x', data);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(EntryRefused);
    const error = refused as EntryRefused;
    expect(error.problems.map((p) => p.field)).toEqual(['consent.photo']);
    const line = `${t('field.honorees.consent')} › ${t('field.honorees.consent.photo')}: ${t('error.consentPhoto')}`;
    expect(error.message).toBe(`${t('cms.saveRefused')}\n• ${line}`);
    // Decap prints String(error) into its notice: the message alone, without "Error: ".
    expect(String(error)).toBe(error.message);
  });
  test('checks the entry as it is stored on a branch (./images/…, no blank values) the same way', () => {
    const stored = personalStoryWithPhoto();
    stored['photo'] = { src: './images/anh.jpg', alt: 'Chị Hà dạy bơi' };
    delete stored['radioScript'];
    expect(checkEntry('honorees', 'x', stored).problems).toEqual([]);
    (stored['consent'] as Record<string, unknown>)['photo'] = false;
    expect(() => checkEntry('honorees', 'x', stored)).toThrow(t('error.consentPhoto'));
  });
  test('unknown collections pass unchecked', () => {
    expect(checkEntry('other', 'x', { anything: '' }).problems).toEqual([]);
  });
});

describe('plan tasks: the CMS refuses what the build refuses (tests/fixtures/plan-tasks/)', () => {
  /** A fixture's front matter and body as Decap hands them over. */
  const entry = (name: string): Record<string, unknown> => {
    const { data, body } = parseMarkdownFile(readFileSync(join('tests/fixtures/plan-tasks', name), 'utf8'));
    return { ...data, body };
  };
  /** The task ids the /admin/ page would render for a site holding 12/KH-UBND. */
  const site = {
    planTasks: [
      {
        file: 'content/documents/12-kh-ubnd.md',
        number: '12/KH-UBND',
        tasks: [{ id: 'tuyen-truyen' }, { id: 'khen-thuong' }],
      },
    ],
  };

  test('a campaign naming a declared task is saved', () => {
    expect(prepareEntry('campaigns', 'x', entry('phong-trao-dung-nhiem-vu.md'), site).problems).toEqual([]);
  });

  test('a campaign naming a task no document declares is refused with the valid ids', () => {
    expect(prepareEntry('campaigns', 'x', entry('phong-trao-nhiem-vu-la.md'), site).problems).toEqual([
      {
        field: 'task',
        label: t('field.task'),
        message: t('error.taskUnknown', { id: 'tong-ket', ids: 'tuyen-truyen, khen-thuong' }),
      },
    ]);
  });

  test('a plan repeating another document’s task id is refused, naming that document', () => {
    const [problem, ...rest] = prepareEntry('documents', '15-kh-ubnd', entry('15-kh-ubnd.md'), site).problems;
    expect(rest).toEqual([]);
    expect(problem).toEqual({
      field: 'tasks[1].id',
      label: `${t('field.documents.tasks')} › ${t('field.documents.tasks.id')}`,
      message: t('error.taskDuplicate', {
        id: 'khen-thuong',
        otherFile: 'content/documents/12-kh-ubnd.md',
        otherField: 'tasks[1].id',
      }),
    });
  });

  test('a plan saved again is compared with the other documents, not with its published self', () => {
    expect(prepareEntry('documents', '12-kh-ubnd', entry('12-kh-ubnd.md'), site).problems).toEqual([]);
  });

  test('a plan whose number is being corrected is not compared with its own published tasks', () => {
    const renumbered = { ...entry('12-kh-ubnd.md'), number: '13/KH-UBND' };
    expect(prepareEntry('documents', '12-kh-ubnd', renumbered, site).problems).toEqual([]);
    // Saved as a new document, the same tasks clash with the published plan's.
    expect(prepareEntry('documents', '13-kh-ubnd', renumbered, site).problems.map((p) => p.field)).toEqual([
      'tasks[0].id',
      'tasks[1].id',
    ]);
  });

  test('a task id repeated within one plan is refused even without the site’s tasks', () => {
    const plan = entry('12-kh-ubnd.md');
    const tasks = plan['tasks'] as Record<string, unknown>[];
    plan['tasks'] = [...tasks, { ...tasks[0], title: 'Lặp lại' }];
    expect(prepareEntry('documents', '12-kh-ubnd', plan).problems.map((p) => p.field)).toEqual(['tasks[2].id']);
  });

  test('a task id that is not a slug is refused', () => {
    expect(prepareEntry('documents', '16-kh-ubnd', entry('16-kh-ubnd.md'), site).problems).toEqual([
      {
        field: 'tasks[0].id',
        label: `${t('field.documents.tasks')} › ${t('field.documents.tasks.id')}`,
        message: t('error.taskId'),
      },
    ]);
  });

  test('checkEntry throws EntryRefused for an unknown task, as preSave and prePublish do', () => {
    expect(() => checkEntry('campaigns', 'x', entry('phong-trao-nhiem-vu-la.md'), site)).toThrow(EntryRefused);
  });

  test('a task left empty in the form is dropped, not refused', () => {
    const data = { ...entry('phong-trao-dung-nhiem-vu.md'), task: '' };
    const prepared = prepareEntry('campaigns', 'x', data, site);
    expect(prepared.removed).toContainEqual(['task']);
    expect(prepared.problems).toEqual([]);
  });
});

describe('a campaign through its life', () => {
  /**
   * A campaign fixture (tests/fixtures/campaigns/) as Decap hands it over: every optional field
   * of each milestone, registration and result present, blank when the form left it empty.
   */
  function decapCampaign(name: string): Record<string, unknown> {
    const raw = readFileSync(new URL(`../fixtures/campaigns/${name}.md`, import.meta.url), 'utf8');
    const { data, body } = parseMarkdownFile(raw);
    const blanks = (list: unknown, keys: string[]) =>
      (list as Record<string, unknown>[]).map((item) => ({ ...Object.fromEntries(keys.map((k) => [k, ''])), ...item }));
    return {
      ...data,
      end: data['end'] ?? '',
      legalBasis: [],
      cover: { src: '', alt: '' },
      radioScript: '',
      milestones: blanks(data['milestones'], ['title', 'note', 'document']),
      registrations: blanks(data['registrations'], ['residentialGroup', 'unit', 'date']),
      results: blanks(data['results'], ['honoree', 'title', 'decision', 'decisionNumber', 'decisionDate', 'note']),
      body,
    };
  }

  test('milestones, registrations and results that keep the rules are saved without their blank values', () => {
    const { removed, problems } = prepareEntry('campaigns', 'x', decapCampaign('life'));
    expect(problems).toEqual([]);
    expect(removed).toContainEqual(['registrations', 1, 'residentialGroup']);
    expect(removed).toContainEqual(['results', 0, 'decisionNumber']);
  });

  test('a milestone dated before the one above it is refused, naming the step and its date in Vietnamese', () => {
    expect(() => checkEntry('campaigns', 'x', decapCampaign('bad/milestones-out-of-order'))).toThrow(EntryRefused);
    expect(prepareEntry('campaigns', 'x', decapCampaign('bad/milestones-out-of-order')).problems).toEqual([
      {
        field: 'milestones[2].date',
        label: `${t('field.campaigns.milestones')} › ${t('field.campaigns.milestones.date')}`,
        message: t('error.milestoneDateOrder', {
          date: '01/02/2025',
          previous: t('option.milestoneKind.han-dang-ky'),
          previousDate: '28/02/2025',
        }),
      },
    ]);
  });

  test('an interim review after the end, a registration of both a group and a unit and a result without a decision are refused', () => {
    for (const [name, field, message] of [
      ['bad/milestone-after-end', 'milestones[3].date', undefined],
      ['bad/registration-group-and-unit', 'registrations[1].unit', t('error.registrationWhoBoth')],
      ['bad/result-without-decision', 'results[0].decision', t('error.resultDecisionMissing')],
    ] as const) {
      const { problems } = prepareEntry('campaigns', 'x', decapCampaign(name));
      expect(
        problems.map((p) => p.field),
        name,
      ).toEqual([field]);
      if (message) expect(problems[0]?.message).toBe(message);
    }
  });

  test('a residential group and a story are chosen from lists of what exists, as in every other form', () => {
    // The save check leaves settings ids and references to the form's relation widgets (see
    // "choices from settings lists" above); the build names them (tests/content-pipeline/check.test.ts).
    const form = decapFolderCollection(COLLECTIONS.campaigns);
    const sub = (list: string, name: string) =>
      form.fields.find((f) => f.name === list)?.fields?.find((f) => f.name === name);
    expect(sub('registrations', 'residentialGroup')).toMatchObject({
      widget: 'relation',
      collection: 'settings',
      file: 'residential-groups',
      value_field: 'groups.*.id',
    });
    expect(sub('results', 'honoree')).toMatchObject({ widget: 'relation', collection: 'honorees' });
    expect(sub('milestones', 'kind')?.options?.map((o) => o.label)).toEqual([
      'Phát động',
      'Hạn đăng ký thi đua',
      'Sơ kết',
      'Tổng kết',
      'Lễ tôn vinh, khen thưởng',
    ]);
  });
});

describe('rules on one entry, as the build has them (src/content-pipeline/entry-rules.ts)', () => {
  test('a bulletin item without the entry or text its kind needs is refused', () => {
    const bulletin = {
      title: 'Bản tin sáng',
      airDate: '2026-12-07',
      slot: 'sang',
      priority: 'thong-thuong',
      items: [{ kind: 'thong-bao-su-kien', announcement: '' }],
    };
    expect(prepareEntry('bulletins', '2026-12-07-sang', bulletin).problems).toEqual([
      {
        field: 'items[0].announcement',
        label: expect.any(String),
        message: t('error.bulletinItem', { kind: 'thong-bao-su-kien', field: 'announcement' }),
      },
    ]);
  });

  test('a document whose text repeats an article number is refused on its text', () => {
    const { data } = parseMarkdownFile(readFileSync('content/documents/06-2022-qh15.md', 'utf8'));
    const body = readFileSync('tests/fixtures/legal/duplicates.md', 'utf8');
    const problems = prepareEntry('documents', '06-2022-qh15', { ...data, body }).problems;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.field)).toEqual(problems.map(() => 'body'));
  });
});
