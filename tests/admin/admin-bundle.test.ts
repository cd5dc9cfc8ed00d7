import { describe, expect, test } from 'vitest';
import { adminOnly, packageOf } from '../../src/integrations/admin-bundle.ts';

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
