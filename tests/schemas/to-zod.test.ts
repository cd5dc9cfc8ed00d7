import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { field } from '../../src/schemas/fields.ts';
import { objectSchema, type ZodContext } from '../../src/schemas/to-zod.ts';
import { honoreeFields, documentFields } from '../../src/schemas/index.ts';

const ctx: ZodContext = {
  image: () => z.string(),
  settings: { residentialGroups: ['tdp-1', 'tdp-2'], fields: ['khuyen-hoc'] },
};

const sample = {
  title: field.string({ maxLength: 10 }),
  note: field.string({ required: false }),
  day: field.date(),
  kind: field.select('subjectType'),
  group: field.settingsSelect('residentialGroups'),
  tags: field.stringList(),
  flag: field.boolean(),
  items: field.list({ name: field.string() }),
  refs: field.reference('campaigns', { multiple: true, required: false }),
};

const good = { title: 'Tiêu đề', day: '2025-01-13', kind: 'ca-nhan', group: 'tdp-1' };

describe('objectSchema', () => {
  test('accepts a valid object and fills list and boolean defaults', () => {
    const parsed = objectSchema(sample, ctx).parse(good);
    expect(parsed).toEqual({ ...good, tags: [], flag: false, items: [], refs: [] });
  });

  test('refuses a missing required field', () => {
    const { title: _omit, ...rest } = good;
    const result = objectSchema(sample, ctx).safeParse(rest);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['title']);
  });

  test('refuses an empty required string', () => {
    expect(objectSchema(sample, ctx).safeParse({ ...good, title: '   ' }).success).toBe(false);
  });

  test('refuses an impossible date', () => {
    const result = objectSchema(sample, ctx).safeParse({ ...good, day: '2025-02-30' });
    expect(result.error?.issues[0]?.path).toEqual(['day']);
  });

  test('accepts a Date object for a date field as a plain date', () => {
    const parsed = objectSchema(sample, ctx).parse({ ...good, day: new Date('2025-01-13T00:00:00Z') });
    expect(parsed.day).toBe('2025-01-13');
  });

  test('refuses an option outside the list', () => {
    const result = objectSchema(sample, ctx).safeParse({ ...good, kind: 'nguoi' });
    expect(result.error?.issues[0]?.code).toBe('invalid_value');
  });

  test('refuses a settings value that is not in settings', () => {
    const result = objectSchema(sample, ctx).safeParse({ ...good, group: 'tdp-9' });
    expect(result.error?.issues[0]?.message).toContain('tdp-1, tdp-2');
  });

  test('refuses unknown keys instead of dropping them', () => {
    const result = objectSchema(sample, ctx).safeParse({ ...good, titel: 'typo' });
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  test('enforces the maximum length', () => {
    expect(objectSchema(sample, ctx).safeParse({ ...good, title: 'x'.repeat(11) }).success).toBe(false);
  });

  test('validates the objects inside a list', () => {
    const result = objectSchema(sample, ctx).safeParse({ ...good, items: [{ name: 'a' }, {}] });
    expect(result.error?.issues[0]?.path).toEqual(['items', 1, 'name']);
  });
});

describe('honoree and document schemas', () => {
  test('a document number must match the national format', () => {
    const schema = objectSchema(documentFields, ctx);
    const base = {
      number: '98/2023/NĐ-CP',
      type: 'nghi-dinh',
      title: 'Nghị định',
      subject: 'Quy định chi tiết',
      issuer: 'Chính phủ',
      issued: '2023-12-31',
      area: 'Thi đua, khen thưởng',
      summary: 'Tóm tắt',
    };
    expect(schema.safeParse(base).success).toBe(true);
    const bad = schema.safeParse({ ...base, number: '98/2023/ND CP' });
    expect(bad.error?.issues[0]?.path).toEqual(['number']);
  });

  test('a photo needs alt text', () => {
    const schema = objectSchema(honoreeFields, ctx);
    const base = {
      title: 'Bà A',
      subjectType: 'ca-nhan',
      name: 'Bà A',
      summary: 'Tóm tắt',
      residentialGroup: 'tdp-1',
      field: 'khuyen-hoc',
      achievementKind: 'thuong-xuyen',
      published: '2025-05-01',
      photo: { src: './images/a.jpg' },
    };
    const result = schema.safeParse(base);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['photo.alt']);
  });
});
