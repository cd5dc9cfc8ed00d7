import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { field } from '../../src/schemas/fields.ts';
import { objectSchema } from '../../src/schemas/to-zod.ts';
import { fieldPath, formatIssues, zodIssues } from '../../src/content-pipeline/issues.ts';

const fields = {
  title: field.string(),
  kind: field.select('subjectType'),
  photo: field.object({ alt: field.string() }, { required: false }),
};
const schema = objectSchema(fields, { image: () => z.string(), settings: { residentialGroups: [], fields: [] } });

function issuesFor(data: Record<string, unknown>) {
  const result = schema.safeParse(data);
  if (result.success) throw new Error('expected a failure');
  return zodIssues('content/honorees/a.md', result.error, data, fields);
}

describe('zodIssues', () => {
  test('says a required field is missing', () => {
    expect(issuesFor({ kind: 'ca-nhan' })).toEqual([
      { file: 'content/honorees/a.md', field: 'title', message: 'thiếu trường bắt buộc' },
    ]);
  });

  test('lists the allowed values for a wrong option', () => {
    const [issue] = issuesFor({ title: 'A', kind: 'x' });
    expect(issue?.field).toBe('kind');
    expect(issue?.message).toContain('ca-nhan, tap-the, ho-gia-dinh');
  });

  test('names an unknown field and lists the valid ones at that level', () => {
    const [issue] = issuesFor({ title: 'A', kind: 'ca-nhan', photo: { alt: 'x', atl: 'y' } });
    expect(issue?.field).toBe('photo.atl');
    expect(issue?.message).toContain('"atl"');
    expect(issue?.message).toContain('alt');
  });
});

describe('fieldPath', () => {
  test('writes list indexes in brackets', () => {
    expect(fieldPath(['awards', 0, 'decisionDate'])).toBe('awards[0].decisionDate');
  });
});

describe('formatIssues', () => {
  test('puts file and field before each message', () => {
    const text = formatIssues([{ file: 'content/x.md', field: 'title', message: 'thiếu' }]);
    expect(text).toContain('content/x.md › title: thiếu');
  });
});
