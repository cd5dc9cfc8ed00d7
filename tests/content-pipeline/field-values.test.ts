import { describe, expect, test } from 'vitest';
import { valuesOfKind } from '../../src/content-pipeline/field-values.ts';
import { field, planTaskField } from '../../src/schemas/fields.ts';

const FIELDS = {
  title: field.string(),
  campaign: field.reference('campaigns', { required: false }),
  legalBasis: field.reference('documents', { multiple: true, required: false }),
  task: planTaskField(),
  milestones: field.list({ document: field.reference('documents', { required: false }), note: field.string() }),
  cover: field.object({ credit: field.reference('honorees', { required: false }) }, { required: false }),
};

describe('valuesOfKind', () => {
  const data = {
    title: 'Phong trào',
    campaign: 'he-2025',
    legalBasis: ['08/KH-UBND', 7, '06/2022/QH15'],
    task: 'tuyen-truyen',
    milestones: [{ note: 'Không có văn bản' }, { document: '98/2023/NĐ-CP', note: 'x' }, 'not an item'],
    cover: { credit: 'ba-a' },
  };

  test('finds references at every depth with their dotted paths and collections', () => {
    expect(valuesOfKind(FIELDS, data, 'reference').map((v) => [v.field, v.value, v.descriptor.collection])).toEqual([
      ['campaign', 'he-2025', 'campaigns'],
      ['legalBasis[0]', '08/KH-UBND', 'documents'],
      ['legalBasis[2]', '06/2022/QH15', 'documents'],
      ['milestones[1].document', '98/2023/NĐ-CP', 'documents'],
      ['cover.credit', 'ba-a', 'honorees'],
    ]);
  });

  test('finds task references only when asked for tasks', () => {
    expect(valuesOfKind(FIELDS, data, 'task').map((v) => [v.field, v.value])).toEqual([['task', 'tuyen-truyen']]);
  });

  test('finds nothing in empty data', () => {
    expect(valuesOfKind(FIELDS, {}, 'reference')).toEqual([]);
  });
});
