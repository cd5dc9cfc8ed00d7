import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { entryProblems } from '../../src/content-pipeline/entry-rules.ts';
import { t } from '../../src/i18n/strings.ts';

const LAW = {
  number: '06/2022/QH15',
  type: 'luat',
  title: 'Luật Thi đua, khen thưởng',
  subject: 'Thi đua, khen thưởng',
  issuer: 'Quốc hội',
  issued: '2022-06-15',
  effective: '2024-01-01',
  area: 'Thi đua, khen thưởng',
  summary: 'Luật.',
  relations: [],
  attachments: [],
  fullText: true,
  unverified: [],
};

describe('entryProblems', () => {
  test('names a document whose text repeats an article number, on the body', () => {
    const body = readFileSync(new URL('../fixtures/legal/duplicates.md', import.meta.url), 'utf8');
    const problems = entryProblems('documents', LAW, body);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.field === 'body')).toBe(true);
    expect(entryProblems('documents', LAW, '### Điều 1. Một\n\nNội dung.')).toEqual([]);
  });

  test('names a bulletin item that lacks the field its kind needs', () => {
    const items = [
      { kind: 'guong-sang', honoree: 'ba-a' },
      { kind: 'thong-bao-su-kien' },
      { kind: 'thong-bao', heading: 'Lịch tiêm chủng' },
    ];
    expect(entryProblems('bulletins', { items }, '')).toEqual([
      {
        field: 'items[1].announcement',
        message: t('error.bulletinItem', { kind: 'thong-bao-su-kien', field: 'announcement' }),
      },
      { field: 'items[2].text', message: t('error.bulletinItem', { kind: 'thong-bao', field: 'text' }) },
    ]);
  });

  test('names an announcement that expires before its day', () => {
    const problems = entryProblems('announcements', { date: '2026-12-15', expires: '2026-12-10' }, '');
    expect(problems.map((p) => p.field)).toEqual(['expires']);
  });
});
