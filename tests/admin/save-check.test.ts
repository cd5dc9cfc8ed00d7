import { describe, expect, test } from 'vitest';
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
