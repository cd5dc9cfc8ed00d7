import { describe, expect, test } from 'vitest';
import { documentProblems, relationProblems, type FiledDocument } from '../../../src/lib/legal/document-rules.ts';

const decree = {
  number: '98/2023/NĐ-CP',
  type: 'nghi-dinh',
  issued: '2023-12-31',
  effective: '2024-01-01',
  relations: [],
};

describe('documentProblems', () => {
  test('accepts a document whose number fits its type and year', () => {
    expect(documentProblems(decree)).toEqual([]);
    expect(documentProblems({ number: '08/KH-UBND', type: 'ke-hoach', issued: '2025-01-13', relations: [] })).toEqual(
      [],
    );
    expect(
      documentProblems({ number: '3424/QĐ-UBND', type: 'quyet-dinh', issued: '2024-08-13', relations: [] }),
    ).toEqual([]);
  });
  test('names a symbol that does not fit the type', () => {
    expect(documentProblems({ ...decree, number: '98/2023/QĐ-UBND' })).toEqual([
      {
        field: 'number',
        code: 'error.docNumberSymbol',
        params: { symbol: 'QĐ-UBND', type: 'Nghị định', example: '98/2023/NĐ-CP' },
      },
    ]);
  });
  test('asks for the year on normative documents and refuses it on administrative ones', () => {
    expect(documentProblems({ number: '06/QH15', type: 'luat', issued: '2022-06-15', relations: [] })).toEqual([
      { field: 'number', code: 'error.docNumberYearMissing', params: { type: 'Luật', example: '06/2022/QH15' } },
    ]);
    expect(
      documentProblems({ number: '08/2025/KH-UBND', type: 'ke-hoach', issued: '2025-01-13', relations: [] })[0],
    ).toEqual({
      field: 'number',
      code: 'error.docNumberYearExtra',
      params: { type: 'Kế hoạch', example: '08/KH-UBND' },
    });
  });
  test('refuses a year in the number other than the year of issue', () => {
    expect(documentProblems({ ...decree, issued: '2024-01-02' })).toEqual([
      { field: 'number', code: 'error.docNumberYearDiffers', params: { year: 2023, issuedYear: 2024 } },
    ]);
  });
  test('refuses an expiry on or before the start of validity', () => {
    expect(documentProblems({ ...decree, expires: '2024-01-01' })).toEqual([
      { field: 'expires', code: 'error.expiresBeforeStart', params: { expires: '01/01/2024', start: '01/01/2024' } },
    ]);
    expect(documentProblems({ ...decree, effective: undefined, expires: '2023-06-01' })[0]?.field).toBe('expires');
  });
  test('refuses a relation to the document itself, however its number is spelt', () => {
    expect(
      documentProblems({
        ...decree,
        relations: [
          { kind: 'can-cu', target: '06/2022/QH15' },
          { kind: 'thay-the', target: '98/2023/ND-CP' },
        ],
      }),
    ).toEqual([{ field: 'relations[1].target', code: 'error.relationSelf' }]);
  });
  test('reports a repeated article in the body', () => {
    const body = 'Điều 1. Một\n\nĐiều 2. Hai\n\nĐiều 1. Lặp';
    expect(documentProblems(decree, body)).toEqual([
      { field: 'body', code: 'error.duplicateUnit', params: { unit: 'Điều 1', first: 1, line: 5 } },
    ]);
  });
});

describe('relationProblems', () => {
  const law: FiledDocument = {
    file: 'content/documents/06-2022-qh15.md',
    number: '06/2022/QH15',
    type: 'luat',
    issued: '2022-06-15',
    relations: [],
  };
  const guide: FiledDocument = {
    file: 'content/documents/98-2023-nd-cp.md',
    ...decree,
    relations: [{ kind: 'huong-dan', target: '06/2022/QH15' }],
  };

  test('accepts relations stated once, from the newer document', () => {
    expect(relationProblems([law, guide])).toEqual([]);
  });
  test('names both files when two documents state relations about each other', () => {
    const backwards = { ...law, issued: '2023-12-31', relations: [{ kind: 'huong-dan', target: '98/2023/NĐ-CP' }] };
    expect(relationProblems([guide, backwards])).toEqual([
      {
        file: 'content/documents/06-2022-qh15.md',
        field: 'relations[0].target',
        code: 'error.relationBothSides',
        params: {
          kind: { key: 'relation.huong-dan', value: 'huong-dan' },
          number: '98/2023/NĐ-CP',
          otherFile: 'content/documents/98-2023-nd-cp.md',
          otherField: 'relations[0].target',
          otherKind: { key: 'relation.huong-dan', value: 'huong-dan' },
        },
      },
    ]);
  });
  test('names both files when a document relates to one issued after it', () => {
    const replaced = { ...law, relations: [{ kind: 'thay-the', target: '98/2023/NĐ-CP' }] };
    const issues = relationProblems([replaced, { ...guide, relations: [] }]);
    expect(issues).toEqual([
      {
        file: 'content/documents/06-2022-qh15.md',
        field: 'relations[0].target',
        code: 'error.relationToLater',
        params: {
          kind: { key: 'relation.thay-the', value: 'thay-the' },
          number: '98/2023/NĐ-CP',
          otherFile: 'content/documents/98-2023-nd-cp.md',
          otherDate: '31/12/2023',
          date: '15/06/2022',
        },
      },
    ]);
  });
  test('leaves relations to missing documents to the reference check', () => {
    expect(relationProblems([{ ...law, relations: [{ kind: 'can-cu', target: '01/2020/QH14' }] }])).toEqual([]);
  });
});
