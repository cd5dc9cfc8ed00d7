/**
 * The build (zod) and the CMS (Decap) are generated from the same declarations; this test
 * reads both generated artefacts and fails on any disagreement, and proves it would fail
 * by altering each side on purpose.
 */
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  SETTINGS_FILES,
  SETTINGS_KEYS,
  type CollectionDef,
} from '../../src/schemas/index.ts';
import type { Fields } from '../../src/schemas/fields.ts';
import { field } from '../../src/schemas/fields.ts';
import { objectSchema } from '../../src/schemas/to-zod.ts';
import {
  decapFields,
  toDecapConfig,
  type DecapCollection,
  type DecapField,
  type DecapFilesCollection,
  type DecapFolderCollection,
} from '../../src/schemas/to-decap.ts';
import { compareFields, zodObjectInfo } from './drift-compare.ts';

const config = toDecapConfig({ backend: { name: 'git-gateway', branch: 'main' }, siteUrl: 'https://example.vn' });
const ctx = { collections: config.collections };

function zodFor(fields: Fields) {
  return zodObjectInfo(
    objectSchema(fields, {
      image: () => z.string(),
      file: () => z.string(),
      settings: { residentialGroups: ['tdp-1'], fields: ['khuyen-hoc'] },
    }),
  );
}

function folder(name: string): DecapFolderCollection {
  const c = config.collections.find((x) => x.name === name);
  if (!c || 'files' in c) throw new Error(`no folder collection ${name}`);
  return c;
}

function settingsCollection(): DecapFilesCollection {
  const c = config.collections.find((x): x is DecapFilesCollection => 'files' in x);
  if (!c) throw new Error('no settings collection');
  return c;
}

/** Decap fields of a collection without the Markdown body, which is not front matter. */
function frontMatterFields(c: DecapFolderCollection): DecapField[] {
  return c.fields.filter((f) => f.name !== 'body');
}

const clone = <T>(value: T): T => structuredClone(value);

function findField(fields: DecapField[], path: string): DecapField {
  const [head, ...rest] = path.split('.');
  const f = fields.find((x) => x.name === head);
  if (!f) throw new Error(`no field ${path}`);
  return rest.length ? findField(f.fields ?? [], rest.join('.')) : f;
}

describe('zod and Decap agree field by field', () => {
  test.each(COLLECTION_NAMES)('collection %s', (name) => {
    const decap = folder(name);
    expect(compareFields('', zodFor(COLLECTIONS[name].fields), frontMatterFields(decap), ctx)).toEqual([]);
  });

  test.each(SETTINGS_KEYS)('settings file %s', (key) => {
    const def = SETTINGS_FILES[key];
    const file = settingsCollection().files.find((f) => f.name === def.name);
    expect(file, `no Decap file for ${def.name}`).toBeDefined();
    expect(compareFields('', zodFor(def.fields), file?.fields ?? [], ctx)).toEqual([]);
  });

  test('every collection and settings file has a Decap counterpart and nothing else', () => {
    const names = config.collections.map((c) => c.name);
    expect(names).toEqual([...COLLECTION_NAMES, 'settings']);
    expect(settingsCollection().files.map((f) => f.file)).toEqual(
      SETTINGS_KEYS.map((k) => `content/settings/${SETTINGS_FILES[k].name}.yaml`),
    );
  });

  test('only collections with a body get a Markdown body field', () => {
    for (const name of COLLECTION_NAMES) {
      const body = folder(name).fields.find((f) => f.name === 'body');
      expect(Boolean(body), name).toBe(COLLECTIONS[name].body);
      if (body) expect(body.widget).toBe('markdown');
      // The CMS asks for a body exactly where the content check refuses an empty one.
      if (body) expect(body.required, name).toBe((COLLECTIONS[name] as CollectionDef).bodyRequired === true);
    }
  });
});

describe('the comparison fails when one side changes', () => {
  const honorees = () => clone(frontMatterFields(folder('honorees')));
  const zodHonorees = zodFor(COLLECTIONS.honorees.fields);
  const mismatches = (decap: DecapField[]) => compareFields('', zodHonorees, decap, ctx);

  test('a select option dropped from the CMS', () => {
    const decap = honorees();
    const f = findField(decap, 'achievementKind');
    f.options = (f.options ?? []).slice(1);
    expect(mismatches(decap)).toEqual([expect.stringMatching(/^achievementKind: options differ/)]);
  });

  test('a required field made optional in the CMS', () => {
    const decap = honorees();
    findField(decap, 'published').required = false;
    expect(mismatches(decap)).toEqual(['published: required is true in zod but false in Decap']);
  });

  test('a field renamed in the CMS', () => {
    const decap = honorees();
    findField(decap, 'summary').name = 'excerpt';
    expect(mismatches(decap)).toEqual(
      expect.arrayContaining(['summary: in zod, missing in Decap', 'excerpt: in Decap, missing in zod']),
    );
  });

  test('a relation pointed at another collection', () => {
    const decap = honorees();
    findField(decap, 'campaigns').collection = 'documents';
    expect(mismatches(decap)).toContain('campaigns: relation to "documents" in Decap, "campaigns" in zod');
  });

  test('a multiple relation made single', () => {
    const decap = honorees();
    findField(decap, 'campaigns').multiple = false;
    expect(mismatches(decap)).toEqual(['campaigns: zod holds a list, Decap one value']);
  });

  test('a task reference storing something other than the task id', () => {
    const decap = honorees();
    findField(decap, 'task').value_field = 'number';
    expect(mismatches(decap)).toEqual(['task: task relation stores "number", not the task id tasks.*.id']);
  });

  test('a task reference showing a field the documents do not have', () => {
    const decap = honorees();
    findField(decap, 'task').display_fields = ['tasks.*.name'];
    expect(mismatches(decap)).toEqual(['task: relation field "tasks.*.name" does not exist in documents']);
  });

  test('a task reference made a list in the CMS only', () => {
    const decap = honorees();
    findField(decap, 'task').multiple = true;
    expect(mismatches(decap)).toEqual(['task: zod holds one value, Decap a list']);
  });

  test('a settings relation reading a list that does not exist', () => {
    const decap = honorees();
    findField(decap, 'residentialGroup').value_field = 'groups.*.code';
    expect(mismatches(decap)).toEqual([expect.stringContaining('relation field "groups.*.code" does not exist')]);
  });

  test('a widget changed', () => {
    const decap = honorees();
    findField(decap, 'published').widget = 'string';
    expect(mismatches(decap)).toContain('published: kind date shown as Decap widget "string"');
  });

  test('a pattern loosened in the CMS', () => {
    const decap = honorees();
    delete findField(decap, 'awards.decisionNumber').pattern;
    expect(
      mismatches(decap).some((m) => m.startsWith('awards.decisionNumber: "8/KH-UBND" is refused by zod but accepted')),
    ).toBe(true);
  });

  test('a nested field changed inside a list', () => {
    const decap = honorees();
    findField(decap, 'awards.form').options?.push({ label: 'Khác', value: 'khac' });
    expect(mismatches(decap)).toEqual([expect.stringMatching(/^awards\.form: options differ/)]);
  });

  test('a field added to the declaration but not to the CMS', () => {
    const changed = { ...COLLECTIONS.honorees.fields, nickname: field.string({ required: false }) };
    expect(compareFields('', zodFor(changed), honorees(), ctx)).toEqual(['nickname: in zod, missing in Decap']);
  });

  test('a declaration whose options, requiredness and limits changed on the zod side only', () => {
    const changed: Fields = {
      ...COLLECTIONS.honorees.fields,
      subjectType: field.select('consentGiver'),
      name: field.string({ maxLength: 10 }),
      published: field.date({ required: false }),
    };
    const result = compareFields('', zodFor(changed), honorees(), ctx);
    expect(result).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^subjectType: options differ/),
        expect.stringMatching(/^name: ".*" is refused by zod but accepted by Decap/),
        'published: required is false in zod but true in Decap',
      ]),
    );
  });

  test('settings files are compared the same way', () => {
    const def = SETTINGS_FILES.radio;
    const decap = clone(decapFields(def.name, def.fields));
    findField(decap, 'syllablesPerMinute').max = 1000;
    expect(compareFields('', zodFor(def.fields), decap, ctx)).toEqual([
      'syllablesPerMinute: max 400 in zod, 1000 in Decap',
    ]);
  });
});

describe('relations resolve to real Decap collections', () => {
  test('every relation field points at a collection, file and fields that exist', () => {
    const problems: string[] = [];
    const walk = (where: string, fields: readonly DecapField[]) => {
      for (const f of fields) {
        if (f.widget === 'relation') {
          const target: DecapCollection | undefined = config.collections.find((c) => c.name === f.collection);
          if (!target) problems.push(`${where}.${f.name}: no collection ${f.collection}`);
          else if ('files' in target && !target.files.some((x) => x.name === f.file))
            problems.push(`${where}.${f.name}: no file ${f.file}`);
        }
        walk(`${where}.${f.name}`, f.fields ?? []);
      }
    };
    for (const c of config.collections) {
      if ('files' in c) for (const file of c.files) walk(`${c.name}/${file.name}`, file.fields);
      else walk(c.name, c.fields);
    }
    expect(problems).toEqual([]);
  });
});
