import { describe, expect, test } from 'vitest';
// The ESM build: the package's main entry is a browser-only bundle.
import { en, vi } from 'decap-cms-locales/dist/esm/index.js';
import { projectPhrases, withProjectPhrases } from '../../admin/locale.ts';

type Phrases = { [key: string]: string | Phrases };

function lookup(phrases: Phrases, path: readonly string[]): string | Phrases | undefined {
  let node: string | Phrases | undefined = phrases;
  for (const step of path) node = typeof node === 'object' ? node[step] : undefined;
  return node;
}

function leaves(phrases: Phrases, prefix: string[] = []): string[][] {
  return Object.entries(phrases).flatMap(([k, v]) =>
    typeof v === 'string' ? [[...prefix, k]] : leaves(v, [...prefix, k]),
  );
}

describe('Decap phrases in Vietnamese', () => {
  test('every project phrase names a phrase Decap has', () => {
    const unknown = projectPhrases().filter(([path]) => typeof lookup(en, path) !== 'string');
    expect(unknown.map(([path]) => path.join('.'))).toEqual([]);
  });
  test('project phrases keep Decap placeholders', () => {
    for (const [path, text] of projectPhrases()) {
      const placeholders = (String(lookup(en, path)).match(/%\{\w+\}/g) ?? []).sort();
      expect((text.match(/%\{\w+\}/g) ?? []).sort(), path.join('.')).toEqual(placeholders);
    }
  });
  test('fill the gaps of the editing widgets', () => {
    const merged = withProjectPhrases(vi);
    expect(lookup(merged, ['editor', 'editorWidgets', 'list', 'add'])).toBe('Thêm %{item}');
    expect(lookup(merged, ['editor', 'editorWidgets', 'markdown', 'bold'])).toBe('Chữ đậm');
    expect(lookup(merged, ['auth', 'login'])).toBe(lookup(vi, ['auth', 'login']));
    const missing = leaves(en)
      .filter((p) => ['editorWidgets', 'collectionTop', 'mediaLibraryCard'].some((part) => p.includes(part)))
      .filter((p) => lookup(merged, p) === undefined);
    expect(missing.map((p) => p.join('.'))).toEqual([]);
  });
  test('leave no English phrase anywhere, the editorial workflow and its notes included', () => {
    const merged = withProjectPhrases(vi);
    expect(
      leaves(en)
        .filter((p) => typeof lookup(merged, p) !== 'string')
        .map((p) => p.join('.')),
    ).toEqual([]);
    expect(lookup(merged, ['workflow', 'workflowList', 'inReviewHeader'])).toBe('Đang xét duyệt');
    expect(lookup(merged, ['editor', 'editorToolbar', 'status'])).toBe('Trạng thái: %{status}');
  });
});
