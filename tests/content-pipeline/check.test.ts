import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../src/content-pipeline/check.ts';
import { t } from '../../src/i18n/strings.ts';

let root: string;

function write(path: string, text: string) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

const campaign = `---
title: Phong trào A
kind: thuong-xuyen
launchedBy: UBND phường
start: 2025-01-01
summary: Tóm tắt
legalBasis: ['06/2022/QH15']
---
Nội dung`;

const law = `---
number: 06/2022/QH15
type: luat
title: Luật Thi đua, khen thưởng
subject: Luật Thi đua, khen thưởng
issuer: Quốc hội
issued: 2022-06-15
area: Thi đua, khen thưởng
summary: Tóm tắt
---
`;

function story(extra: string) {
  return `---
title: Bà A giúp hàng xóm
subjectType: ca-nhan
name: Bà A
summary: Tóm tắt
residentialGroup: tdp-1
field: khuyen-hoc
achievementKind: thuong-xuyen
published: 2025-05-01
${extra}
---
Câu chuyện`;
}

const consent = `consent:
  givenBy: Bà A
  giver: ban-than
  date: 2025-04-01
  name: true
  story: true`;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'gs-check-'));
  cpSync('content/settings', join(root, 'content/settings'), { recursive: true });
  write(
    'content/settings/site.yaml',
    'siteName: A\ntagline: B\nsiteUrl: https://a.example\nunitKind: phường\nunitName: A\ncommitteeName: UBND phường A\ncommitteeNameEn: A\nprovince: tỉnh B\nabout: C\n',
  );
  write('content/campaigns/phong-trao-a.md', campaign);
  write('content/documents/06-2022-qh15.md', law);
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

const summary = () => checkContent(root).issues.map((i) => `${i.file} › ${i.field}`);

describe('checkContent', () => {
  test('passes valid content', () => {
    write('content/honorees/ba-a.md', story(`${consent}\ncampaigns: [phong-trao-a]`));
    expect(checkContent(root).issues).toEqual([]);
  });

  test('names a reference to a missing campaign', () => {
    write('content/honorees/ba-a.md', story(`${consent}\ncampaigns: [khong-co]`));
    expect(summary()).toEqual(['content/honorees/ba-a.md › campaigns[0]']);
  });

  test('names a reference to a missing document by number', () => {
    write('content/campaigns/phong-trao-a.md', campaign.replace('06/2022/QH15', '99/2023/NĐ-CP'));
    const [issue] = checkContent(root).issues;
    expect(issue).toMatchObject({ file: 'content/campaigns/phong-trao-a.md', field: 'legalBasis[0]' });
    expect(issue?.message).toContain('99/2023/NĐ-CP');
  });

  test('names both files when two documents state relations about each other', () => {
    const decree = law
      .replace('06/2022/QH15', '98/2023/NĐ-CP')
      .replace('type: luat', 'type: nghi-dinh')
      .replace('issued: 2022-06-15', 'issued: 2023-12-31\nrelations:\n  - kind: huong-dan\n    target: 06/2022/QH15');
    write('content/documents/98-2023-nd-cp.md', decree);
    expect(checkContent(root).issues).toEqual([]);
    write(
      'content/documents/06-2022-qh15.md',
      law.replace('area:', 'relations:\n  - kind: huong-dan\n    target: 98/2023/NĐ-CP\narea:'),
    );
    const issues = checkContent(root).issues;
    expect(issues.map((i) => `${i.file} › ${i.field}`)).toEqual([
      'content/documents/06-2022-qh15.md › relations[0].target',
      'content/documents/06-2022-qh15.md › relations[0].target',
    ]);
    expect(issues.every((i) => i.message.includes('content/documents/98-2023-nd-cp.md'))).toBe(true);
  });

  test('names a document number that does not fit its type', () => {
    write('content/documents/06-2022-qh15.md', law.replace('type: luat', 'type: ke-hoach'));
    expect(summary()).toEqual([
      'content/documents/06-2022-qh15.md › number',
      'content/documents/06-2022-qh15.md › number',
    ]);
  });

  test('names an announcement whose expiry precedes its date, with the field and the dates', () => {
    const bad = readFileSync('tests/fixtures/announcements/het-hien-thi-truoc-ngay.md', 'utf8');
    write('content/announcements/het-hien-thi-truoc-ngay.md', bad);
    const issues = checkContent(root).issues;
    expect(issues).toEqual([
      {
        file: 'content/announcements/het-hien-thi-truoc-ngay.md',
        field: 'expires',
        message: t('error.announcementExpires', { expires: '10/12/2026', date: '15/12/2026' }),
      },
    ]);
    write(
      'content/announcements/het-hien-thi-truoc-ngay.md',
      bad.replace('expires: 2026-12-10', 'expires: 2026-12-15'),
    );
    expect(checkContent(root).issues).toEqual([]);
  });

  test('names an announcement time that is not HH:MM and a reference to a missing campaign', () => {
    const bad = readFileSync('tests/fixtures/announcements/het-hien-thi-truoc-ngay.md', 'utf8')
      .replace("time: '08:00'", "time: '8h'\ncampaign: khong-co")
      .replace('expires: 2026-12-10', 'expires: 2026-12-15');
    write('content/announcements/sai-gio.md', bad);
    expect(summary()).toEqual(['content/announcements/sai-gio.md › time']);
    write('content/announcements/sai-gio.md', bad.replace("time: '8h'", "time: '08:00'"));
    expect(summary()).toEqual(['content/announcements/sai-gio.md › campaign']);
  });

  test('names a bulletin item of an announcement entry without its announcement', () => {
    write(
      'content/bulletins/ban-tin.md',
      '---\ntitle: Bản tin\nairDate: 2026-12-07\nslot: sang\npriority: thong-thuong\nitems:\n  - kind: thong-bao-su-kien\n---\n',
    );
    expect(summary()).toEqual(['content/bulletins/ban-tin.md › items[0].announcement']);
  });

  test('names a person story without consent', () => {
    write('content/honorees/ba-a.md', story(''));
    expect(summary()).toEqual(['content/honorees/ba-a.md › consent']);
  });

  test('names two documents with the same number', () => {
    write('content/documents/luat-copy.md', law);
    expect(summary()).toEqual(['content/documents/luat-copy.md › number']);
  });

  test('names a missing image, relative to the entry', () => {
    write('content/honorees/ba-a.md', story(`${consent}\n  photo: true\nphoto:\n  src: ./images/none.jpg\n  alt: Ảnh`));
    expect(summary()).toEqual(['content/honorees/ba-a.md › photo.src']);
  });

  test('names a missing settings file', () => {
    rmSync(join(root, 'content/settings/radio.yaml'));
    expect(summary()).toEqual(['content/settings/radio.yaml › ']);
  });

  test('names an unknown residential group and lists the known ones', () => {
    write('content/honorees/ba-a.md', story(consent).replace('tdp-1', 'tdp-99'));
    const [issue] = checkContent(root).issues;
    expect(issue?.field).toBe('residentialGroup');
    expect(issue?.message).toContain('tdp-1');
  });

  test('names a story and a campaign with an empty body, and lets a document have none', () => {
    write('content/honorees/ba-a.md', story(consent).replace(/Câu chuyện$/, ' \n\n'));
    write('content/campaigns/phong-trao-a.md', campaign.replace(/Nội dung$/, ''));
    const issues = checkContent(root).issues;
    expect(issues.map((i) => `${i.file} › ${i.field}`)).toEqual([
      'content/honorees/ba-a.md › body',
      'content/campaigns/phong-trao-a.md › body',
    ]);
    expect(issues[0]?.message).toBe(t('error.emptyBody'));
  });

  test('refuses an .mdx file in a collection folder and says to use .md', () => {
    write('content/honorees/ba-a.mdx', story(consent));
    const issues = checkContent(root).issues;
    expect(issues).toEqual([{ file: 'content/honorees/ba-a.mdx', field: '', message: t('error.mdxInCms') }]);
    expect(issues[0]?.message).toContain('.md');
  });
});

describe('checkContent: plan tasks', () => {
  const fixture = (name: string) => readFileSync(join('tests/fixtures/plan-tasks', name), 'utf8');
  const plan = () => write('content/documents/12-kh-ubnd.md', fixture('12-kh-ubnd.md'));

  test('accepts a plan’s tasks and entries naming them', () => {
    plan();
    write('content/campaigns/phong-trao-dung-nhiem-vu.md', fixture('phong-trao-dung-nhiem-vu.md'));
    write(
      'content/honorees/ba-a.md',
      story(`${consent}
task: tuyen-truyen`),
    );
    expect(checkContent(root).issues).toEqual([]);
  });

  test('names an entry whose task no document declares, with the valid ids', () => {
    plan();
    write('content/campaigns/phong-trao-nhiem-vu-la.md', fixture('phong-trao-nhiem-vu-la.md'));
    expect(checkContent(root).issues).toEqual([
      {
        file: 'content/campaigns/phong-trao-nhiem-vu-la.md',
        field: 'task',
        message: t('error.taskUnknown', { id: 'tong-ket', ids: 'tuyen-truyen, khen-thuong' }),
      },
    ]);
  });

  test('says so when no document declares any task', () => {
    write('content/campaigns/phong-trao-dung-nhiem-vu.md', fixture('phong-trao-dung-nhiem-vu.md'));
    expect(checkContent(root).issues).toEqual([
      {
        file: 'content/campaigns/phong-trao-dung-nhiem-vu.md',
        field: 'task',
        message: t('error.taskNone', { id: 'khen-thuong' }),
      },
    ]);
  });

  test('names a task id declared by two documents, pointing at the other', () => {
    plan();
    write('content/documents/15-kh-ubnd.md', fixture('15-kh-ubnd.md'));
    // Documents are read in file-name order: the later declaration is the one named.
    expect(checkContent(root).issues).toEqual([
      {
        file: 'content/documents/15-kh-ubnd.md',
        field: 'tasks[1].id',
        message: t('error.taskDuplicate', {
          id: 'khen-thuong',
          otherFile: 'content/documents/12-kh-ubnd.md',
          otherField: 'tasks[1].id',
        }),
      },
    ]);
  });

  test('names a task id that is not a slug, and a task reference that is not one either', () => {
    write('content/documents/16-kh-ubnd.md', fixture('16-kh-ubnd.md'));
    write(
      'content/honorees/ba-a.md',
      story(`${consent}
task: Khen thưởng`),
    );
    const issues = checkContent(root).issues;
    expect(issues.map((i) => `${i.file} › ${i.field}`)).toEqual([
      'content/honorees/ba-a.md › task',
      'content/documents/16-kh-ubnd.md › tasks[0].id',
    ]);
    for (const issue of issues) expect(issue.message).toBe(t('error.taskId'));
  });
});

describe('checkContent: a campaign through its life', () => {
  const fixture = (name: string) => readFileSync(new URL(`../fixtures/campaigns/${name}.md`, import.meta.url), 'utf8');
  const file = 'content/campaigns/qua-cac-buoc.md';

  /** The story and the decision the fixture's results refer to, and the campaign itself. */
  function install(name: string) {
    write('content/honorees/ba-a.md', story(consent));
    write('content/documents/129-qd-ubnd.md', fixture('129-qd-ubnd'));
    write(file, fixture(name));
  }

  test('passes milestones, registrations and results that keep the rules', () => {
    install('life');
    expect(checkContent(root).issues).toEqual([]);
  });

  test('names a milestone dated before the one above it and says to keep them in time order', () => {
    install('bad/milestones-out-of-order');
    expect(checkContent(root).issues).toEqual([
      {
        file,
        field: 'milestones[2].date',
        message: t('error.milestoneDateOrder', {
          date: '01/02/2025',
          previous: t('option.milestoneKind.han-dang-ky'),
          previousDate: '28/02/2025',
        }),
      },
    ]);
  });

  test('names an interim review after the end of the campaign', () => {
    install('bad/milestone-after-end');
    const issues = checkContent(root).issues;
    expect(issues.map((i) => `${i.file} › ${i.field}`)).toEqual([`${file} › milestones[3].date`]);
    expect(issues[0]?.message).toContain('31/12/2025');
    expect(issues[0]?.message).toContain(t('option.milestoneKind.tong-ket'));
  });

  test('names a registration of a residential group that is not in the settings, listing the known ones', () => {
    install('bad/unknown-residential-group');
    const issues = checkContent(root).issues;
    expect(issues.map((i) => `${i.file} › ${i.field}`)).toEqual([`${file} › registrations[0].residentialGroup`]);
    expect(issues[0]?.message).toContain('tdp-1, tdp-2');
  });

  test('names a registration of both a residential group and a unit', () => {
    install('bad/registration-group-and-unit');
    expect(checkContent(root).issues).toEqual([
      { file, field: 'registrations[1].unit', message: t('error.registrationWhoBoth') },
    ]);
  });

  test('names a result whose story does not exist, by its field', () => {
    install('bad/result-missing-story');
    expect(checkContent(root).issues).toEqual([
      {
        file,
        field: 'results[1].honoree',
        message: t('error.missingEntry', { id: 'khong-co-cau-chuyen', collection: 'honorees' }),
      },
    ]);
  });

  test('names a result without a decision', () => {
    install('bad/result-without-decision');
    expect(checkContent(root).issues).toEqual([
      { file, field: 'results[0].decision', message: t('error.resultDecisionMissing') },
    ]);
  });

  test('names a milestone document and a result decision that are not on the site', () => {
    install('life');
    rmSync(join(root, 'content/documents/129-qd-ubnd.md'));
    write(file, fixture('life').replace('document: 06/2022/QH15', 'document: 99/2023/NĐ-CP'));
    expect(summary()).toEqual([`${file} › milestones[0].document`, `${file} › results[0].decision`]);
  });

  test('names a milestone whose announcement does not exist', () => {
    install('life');
    write(
      file,
      fixture('life').replace('document: 06/2022/QH15', 'document: 06/2022/QH15\n    announcement: khong-co'),
    );
    expect(checkContent(root).issues).toEqual([
      {
        file,
        field: 'milestones[0].announcement',
        message: t('error.missingEntry', { id: 'khong-co', collection: 'announcements' }),
      },
    ]);
  });
});
