import { describe, expect, test } from 'vitest';
import { DOCUMENT_TYPE_NAMES, documentTypeName } from '../../../src/lib/legal/document-types.ts';
import { OPTIONS } from '../../../src/schemas/options.ts';

describe('document type names', () => {
  test('every document type of the CMS select has a name, and no other type', () => {
    expect(Object.keys(DOCUMENT_TYPE_NAMES).sort()).toEqual([...OPTIONS.documentType].sort());
  });
  test('documentTypeName reads a type, and an unknown type as its value', () => {
    expect(documentTypeName('nghi-dinh')).toBe('Nghị định');
    expect(documentTypeName('khac')).toBe('khac');
  });
});
