/**
 * Documents in the real production build: a relation stated from both sides, or one that
 * points at a document issued later, stops the build and names both files; and the built
 * document pages carry the legal structure's anchors (Điều 80 khoản 3 of the law, sections
 * I–III of the seed plan) with a link for each, and the lookup data lists them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { docNumberSlug } from '../../src/lib/legal/doc-number.ts';
import type { LookupEntry } from '../../src/lib/legal/lookup.ts';
import { contentProblems, editFrontmatter, entriesOf } from '../support/content.ts';
import { parseHtml } from '../support/html.ts';
import { copyProject, PROJECT_ROOT, removeProject, runBuild } from '../support/project.ts';
import { assertSiteBuilt } from '../support/site.ts';

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies.splice(0)) removeProject(dir);
});

function cleanCopy(): string {
  const root = copyProject();
  copies.push(root);
  expect(contentProblems(root), 'the shipped content must be valid before a test breaks it').toBe('');
  return root;
}

/** A document that states a relation to another one in the shipped content, with that one. */
function relatedPair(root: string) {
  const docs = entriesOf(root, 'documents');
  for (const doc of docs) {
    const relations = (doc.data.relations ?? []) as { kind: string; target: string }[];
    for (const relation of relations) {
      const other = docs.find((d) => d.id === docNumberSlug(relation.target));
      if (other) return { doc, other, relation };
    }
  }
  throw new Error('the shipped content has no relation between two documents');
}

describe('a contradicting relation fails the build naming both files', () => {
  test('the older document states the inverse relation back', async () => {
    const root = cleanCopy();
    const { doc, other } = relatedPair(root);
    editFrontmatter(root, other.file, (yaml) => {
      const item = { kind: 'thay-the', target: String(doc.data.number) };
      if (yaml.has('relations')) yaml.addIn(['relations'], yaml.createNode(item));
      else yaml.set('relations', [item]);
    });
    const result = await runBuild(root);
    expect(result.code, result.output).not.toBe(0);
    const lines = result.output.split('\n').filter((l) => l.includes(other.file) && l.includes(doc.file));
    expect(lines.length, `a line naming ${other.file} and ${doc.file}:\n${result.output}`).toBeGreaterThan(0);
    expect(existsSync(join(root, 'dist')), 'a failed build publishes nothing').toBe(false);
  });
});

describe('document pages in the shared build', () => {
  const dist = () => {
    const site = inject('site');
    assertSiteBuilt(site);
    return site.dir;
  };
  const page = (id: string) => parseHtml(readFileSync(join(dist(), 'van-ban', id, 'index.html'), 'utf8'));

  test('the law has anchors and link buttons for Điều 80 and its clauses 2 and 3', () => {
    const els = page(docNumberSlug('06/2022/QH15'));
    for (const id of ['chuong-iv', 'dieu-80', 'dieu-80-khoan-2', 'dieu-80-khoan-3']) {
      expect(
        els.filter((e) => e.attrs['id'] === id),
        id,
      ).toHaveLength(1);
      expect(
        els.some((e) => e.tag === 'a' && e.attrs['href'] === `#${id}` && 'data-citation' in e.attrs),
        id,
      ).toBe(true);
    }
    const button = els.find((e) => e.tag === 'a' && e.attrs['href'] === '#dieu-80-khoan-3' && e.attrs['data-citation']);
    expect(button?.attrs['data-citation']).toBe('Điều 80 khoản 3 Luật Thi đua, khen thưởng số 06/2022/QH15');
  });

  test('the seed plan has sections I–III with their items as anchors', () => {
    const ids = new Set(page(docNumberSlug('08/KH-UBND')).flatMap((e) => (e.attrs['id'] ? [e.attrs['id']] : [])));
    for (const id of ['muc-i', 'muc-i-1', 'muc-i-2', 'muc-ii', 'muc-ii-1', 'muc-ii-9', 'muc-iii', 'muc-iii-4'])
      expect(ids.has(id), id).toBe(true);
  });

  test('the lookup data lists every document with its anchors', () => {
    const data = JSON.parse(readFileSync(join(dist(), 'van-ban', 'tra-cuu.json'), 'utf8')) as LookupEntry[];
    expect(data.map((d) => d.id).sort()).toEqual(
      entriesOf(PROJECT_ROOT, 'documents')
        .map((d) => d.id)
        .sort(),
    );
    expect(data.find((d) => d.number === '06/2022/QH15')?.anchors).toContain('dieu-80-khoan-3');
  });
});
