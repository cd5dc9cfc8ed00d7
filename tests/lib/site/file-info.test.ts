import { describe, expect, test } from 'vitest';
import { fileKind, formatFileSize } from '../../../src/lib/site/file-info.ts';

describe('fileKind', () => {
  test('names common kinds and upper-cases others', () => {
    expect(fileKind('files/08-kh-ubnd.pdf')).toBe('PDF');
    expect(fileKind('/files/a.DOCX')).toBe('Word');
    expect(fileKind('files/a.odp?x=1')).toBe('ODP');
    expect(fileKind('files/khong-duoi')).toBe('');
  });
});

describe('formatFileSize', () => {
  test('writes sizes with a decimal comma and binary units', () => {
    expect(formatFileSize(512)).toBe('512 byte');
    expect(formatFileSize(5000)).toBe('4,9 KB');
    expect(formatFileSize(86_234)).toBe('84 KB');
    expect(formatFileSize(3_400_000)).toBe('3,2 MB');
    expect(formatFileSize(-1)).toBe('');
  });
});
