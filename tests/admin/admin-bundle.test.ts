import { describe, expect, test } from 'vitest';
import {
  adminCopyId,
  adminOnly,
  isAdminCopy,
  isolationProblems,
  packageOf,
} from '../../src/integrations/admin-bundle.ts';

describe('which modules belong to the CMS bundle only', () => {
  const graph: Record<string, { isEntry: boolean; importedIds: string[]; dynamicallyImportedIds: string[] }> = {
    '/p/src/pages/admin/index.astro?astro&type=script': {
      isEntry: true,
      importedIds: ['/p/admin/cms.ts'],
      dynamicallyImportedIds: [],
    },
    '/p/admin/cms.ts': {
      isEntry: false,
      importedIds: ['/p/node_modules/decap-cms-app/index.js', '/p/src/i18n/strings.ts'],
      dynamicallyImportedIds: [],
    },
    '/p/node_modules/decap-cms-app/index.js': {
      isEntry: false,
      importedIds: [],
      dynamicallyImportedIds: ['/p/node_modules/codemirror/mode/sql.js'],
    },
    '/p/node_modules/codemirror/mode/sql.js': { isEntry: false, importedIds: [], dynamicallyImportedIds: [] },
    '/p/src/pages/tim-kiem.astro?astro&type=script': {
      isEntry: true,
      importedIds: ['/p/src/i18n/strings.ts'],
      dynamicallyImportedIds: [],
    },
    '/p/src/i18n/strings.ts': { isEntry: false, importedIds: [], dynamicallyImportedIds: [] },
  };
  const only = adminOnly(
    Object.keys(graph),
    (id) => graph[id],
    (id) => id.includes('/src/pages/admin/'),
  );

  test('includes Decap and what it loads later', () => {
    expect([...only]).toEqual(
      expect.arrayContaining([
        '/p/admin/cms.ts',
        '/p/node_modules/decap-cms-app/index.js',
        '/p/node_modules/codemirror/mode/sql.js',
      ]),
    );
  });
  test('leaves out modules public pages use too', () => {
    expect(only.has('/p/src/i18n/strings.ts')).toBe(false);
    expect(only.has('/p/src/pages/tim-kiem.astro?astro&type=script')).toBe(false);
  });
});

test('packageOf finds the package folder of a file, scoped or not', () => {
  expect(packageOf('/p/node_modules/@jsquash/webp/codec/enc/webp_enc.wasm')).toBe('/p/node_modules/@jsquash/webp');
  expect(packageOf('/p/node_modules/decap-cms-core/dist/esm/index.js')).toBe('/p/node_modules/decap-cms-core');
  expect(packageOf('/p/src/pages/index.astro')).toBeUndefined();
});

describe('adminCopyId', () => {
  test("gives a project script the CMS's own id, still ending in its extension", () => {
    expect(adminCopyId('/p/src/lib/legal/citation.ts', '/p')).toBe('/p/src/lib/legal/citation.ts?gs-admin&lang.ts');
    expect(isAdminCopy('/p/src/lib/legal/citation.ts?gs-admin&lang.ts')).toBe(true);
    expect(isAdminCopy('/p/src/lib/legal/citation.ts')).toBe(false);
  });
  test('leaves packages, styles, virtual and query ids alone', () => {
    for (const id of [
      '/p/node_modules/react/index.js',
      '/p/src/styles/base.css',
      '/p/src/styles/base.css?inline',
      '\0vite/preload-helper.js',
      '/elsewhere/x.ts',
    ]) {
      expect(adminCopyId(id, '/p'), id).toBeUndefined();
    }
  });
});

describe('isolationProblems', () => {
  const file = (fileName: string, imports: string[] = [], text = '') => ({ fileName, imports, moduleIds: [], text });
  test('accepts admin chunks that import only admin files, and public files that never mention them', () => {
    expect(
      isolationProblems([
        file('admin/cms/cms.A.js', ['admin/cms/chunk.B.js']),
        file('admin/cms/chunk.B.js'),
        file('_astro/page.C.js', ['_astro/paths.D.js']),
        file('_astro/paths.D.js'),
      ]),
    ).toEqual([]);
  });
  test('names an admin chunk that imports a public chunk, and its modules', () => {
    const problems = isolationProblems([
      file('admin/cms/cms.A.js', ['_astro/citation.E.js']),
      { fileName: '_astro/citation.E.js', imports: [], moduleIds: ['/p/src/lib/legal/citation.ts'], text: '' },
    ]);
    expect(problems).toEqual([
      'admin/cms/cms.A.js imports the public file _astro/citation.E.js (/p/src/lib/legal/citation.ts)',
    ]);
  });
  test('names a public file that refers to the admin folder', () => {
    expect(isolationProblems([file('_astro/page.C.js', [], 'import("/admin/cms/cms.A.js")')])).toEqual([
      'the public file _astro/page.C.js refers to admin/cms/',
    ]);
  });
});
