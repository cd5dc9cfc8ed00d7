import { describe, expect, test } from 'vitest';
// Decap's own slug sanitiser, so the file names it writes are checked, not a copy of it.
import { sanitizeSlug } from 'decap-cms-core/dist/esm/lib/urlHelper.js';
// Decap's own expansion of list paths, as its relation widget runs it over each entry found.
import { expandPath } from 'decap-cms-lib-widgets/dist/esm/stringTemplate.js';
import { field } from '../../src/schemas/fields.ts';
import { COLLECTION_NAMES } from '../../src/schemas/index.ts';
import {
  DATE_FORMAT,
  LIST_SUMMARIES,
  decapFields,
  toDecapConfig,
  type DecapField,
  type DecapFilesCollection,
  type DecapFolderCollection,
} from '../../src/schemas/to-decap.ts';
import { DOC_NUMBER_PATTERN, docNumberSlug } from '../../src/lib/legal/doc-number.ts';
import { slugify } from '../../src/lib/text/slug.ts';
import { t } from '../../src/i18n/strings.ts';

const config = toDecapConfig({ backend: { name: 'git-gateway', branch: 'main' }, siteUrl: 'https://example.vn' });

function folder(name: string): DecapFolderCollection {
  const c = config.collections.find((x) => x.name === name);
  if (!c || 'files' in c) throw new Error(`no folder collection ${name}`);
  return c;
}
function settingsFile(name: string) {
  const c = config.collections.find((x): x is DecapFilesCollection => 'files' in x);
  const file = c?.files.find((f) => f.name === name);
  if (!file) throw new Error(`no settings file ${name}`);
  return file;
}
function at(fields: readonly DecapField[], path: string): DecapField {
  const [head, ...rest] = path.split('.');
  const f = fields.find((x) => x.name === head);
  if (!f) throw new Error(`no field ${path}`);
  return rest.length ? at(f.fields ?? [], rest.join('.')) : f;
}
function allFields(fields: readonly DecapField[]): DecapField[] {
  return fields.flatMap((f) => [f, ...allFields(f.fields ?? []), ...(f.field ? [f.field] : [])]);
}

/** What Decap does to a slug template's value (prepareSlug in decap-cms-core), then sanitises. */
function decapFileName(identifier: string): string {
  const prepared = identifier.trim().toLocaleLowerCase().replace(/[']/g, '').replace(/[.]/g, '-');
  return sanitizeSlug(prepared, config.slug);
}

describe('top-level settings', () => {
  test('edits locally through decap-server and publishes through review in production', () => {
    expect(config.local_backend).toBe(true);
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toEqual({ name: 'git-gateway', branch: 'main' });
  });
  test('speaks Vietnamese and links to the site', () => {
    expect(config.locale).toBe('vi');
    expect(config.site_url).toBe('https://example.vn');
  });
  test('uploads shared media to public/images/uploads', () => {
    expect(config.media_folder).toBe('public/images/uploads');
    expect(config.public_folder).toBe('/images/uploads');
  });
  test('leaves the site address out when settings have none', () => {
    const bare = toDecapConfig({ backend: { name: 'git-gateway', branch: 'main' } });
    expect('site_url' in bare).toBe(false);
  });
});

describe('file names', () => {
  test('a document is saved under the slug of its number, the id the build gives it', () => {
    const documents = folder('documents');
    expect(documents.identifier_field).toBe('number');
    expect(documents.slug).toBe('{{number}}');
    for (const number of ['98/2023/NĐ-CP', '06/2022/QH15', '08/KH-UBND', '3424/QĐ-UBND']) {
      expect(decapFileName(number)).toBe(docNumberSlug(number));
    }
    expect(decapFileName('98/2023/NĐ-CP')).toBe('98-2023-nd-cp');
  });
  test('a story is saved under an ASCII slug of its title, the id the build gives it', () => {
    expect(folder('honorees').slug).toBe('{{title}}');
    for (const title of [
      'Bà Nguyễn Thị Hoa mở tủ sách khuyến học',
      'Đội thanh niên tình nguyện – Tổ dân phố số 5',
      'Ông Phạm Văn Thắng: 20 năm "giữ lửa" đường làng',
    ]) {
      expect(decapFileName(title)).toBe(slugify(title));
      expect(decapFileName(title)).toMatch(/^[a-z0-9-]+$/);
    }
  });
  test('folder collections are Markdown with front matter in content/<name>', () => {
    for (const name of COLLECTION_NAMES) {
      const c = folder(name);
      expect(c).toMatchObject({ folder: `content/${name}`, extension: 'md', format: 'frontmatter', create: true });
    }
  });
  test('settings are YAML files in content/settings', () => {
    expect(settingsFile('residential-groups').file).toBe('content/settings/residential-groups.yaml');
  });
});

describe('widgets', () => {
  test('dates are stored as plain YYYY-MM-DD with no time and no timezone shift', () => {
    const published = at(folder('honorees').fields, 'published');
    expect(published).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      date_format: 'DD/MM/YYYY',
      time_format: false,
    });
    expect(DATE_FORMAT).toBe('YYYY-MM-DD');
  });
  test('the document number carries the same pattern as the build, with a Vietnamese message', () => {
    const number = at(folder('documents').fields, 'number');
    expect(number.pattern).toEqual([DOC_NUMBER_PATTERN, t('error.docNumber')]);
    const re = new RegExp(number.pattern?.[0] ?? '');
    expect(re.test('98/2023/NĐ-CP')).toBe(true);
    expect(re.test('8/KH-UBND')).toBe(false);
  });
  test('length limits become patterns that allow exactly the limit', () => {
    const title = at(folder('honorees').fields, 'title');
    const re = new RegExp(title.pattern?.[0] ?? '');
    expect(re.test('ă'.repeat(160))).toBe(true);
    expect(re.test('ă'.repeat(161))).toBe(false);
    expect(title.pattern?.[1]).toBe(t('error.tooLong', { max: 160 }));
  });
  test('long texts use the text widget', () => {
    expect(at(folder('honorees').fields, 'summary').widget).toBe('text');
    expect(at(folder('honorees').fields, 'name').widget).toBe('string');
  });
  test('select options carry Vietnamese labels and ASCII values', () => {
    expect(at(folder('honorees').fields, 'subjectType').options).toEqual([
      { label: 'Cá nhân', value: 'ca-nhan' },
      { label: 'Tập thể', value: 'tap-the' },
      { label: 'Hộ gia đình', value: 'ho-gia-dinh' },
    ]);
  });
  test('residential groups are chosen from the settings file by id, shown by name', () => {
    expect(at(folder('honorees').fields, 'residentialGroup')).toMatchObject({
      widget: 'relation',
      collection: 'settings',
      file: 'residential-groups',
      value_field: 'groups.*.id',
      search_fields: ['groups.*.name'],
      display_fields: ['groups.*.name'],
      multiple: false,
    });
    expect(at(folder('honorees').fields, 'field')).toMatchObject({ file: 'fields', value_field: 'fields.*.id' });
  });
  test('references to documents store the number; others store the file slug', () => {
    expect(at(folder('campaigns').fields, 'legalBasis')).toMatchObject({
      widget: 'relation',
      collection: 'documents',
      value_field: 'number',
      multiple: true,
      required: false,
    });
    expect(at(folder('honorees').fields, 'campaigns')).toMatchObject({
      collection: 'campaigns',
      value_field: '{{slug}}',
      search_fields: ['title'],
    });
  });
  test('a bulletin item picks the story, campaign or document it reads from those collections', () => {
    const items = folder('bulletins').fields;
    expect(at(items, 'items.honoree')).toMatchObject({ widget: 'relation', collection: 'honorees', multiple: false });
    expect(at(items, 'items.campaign')).toMatchObject({ widget: 'relation', collection: 'campaigns' });
    expect(at(items, 'items.document')).toMatchObject({
      widget: 'relation',
      collection: 'documents',
      value_field: 'number',
    });
    expect(at(folder('documents').fields, 'relations.target')).toMatchObject({
      widget: 'relation',
      collection: 'documents',
      value_field: 'number',
      search_fields: ['number', 'title'],
    });
  });
  test('a task reference picks one task from every document’s task list, storing its id', () => {
    for (const name of ['honorees', 'campaigns', 'documents']) {
      const task = at(folder(name).fields, 'task');
      expect(task, name).toMatchObject({
        widget: 'relation',
        collection: 'documents',
        value_field: 'tasks.*.id',
        display_fields: ['number', 'tasks.*.title'],
        multiple: false,
        required: false,
        label: t('field.task'),
        hint: t('hint.task'),
      });
    }
    // Decap pairs the i-th value with the i-th display path of each document it finds.
    const task = at(folder('campaigns').fields, 'task');
    const data = {
      number: '08/KH-UBND',
      tasks: [
        { id: 'tuyen-truyen', title: 'Tuyên truyền' },
        { id: 'khen-thuong', title: 'Khen thưởng' },
      ],
    };
    const get = (path: string) => path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], data);
    const values = expandPath({ data, path: task.value_field ?? '' });
    const options = values.map((path, i) => ({
      value: get(path),
      label: (task.display_fields ?? [])
        .map((d) => {
          const paths = expandPath({ data, path: d });
          return get(paths[i] ?? paths[0] ?? '');
        })
        .join(' '),
    }));
    expect(options).toEqual([
      { value: 'tuyen-truyen', label: '08/KH-UBND Tuyên truyền' },
      { value: 'khen-thuong', label: '08/KH-UBND Khen thưởng' },
    ]);
  });
  test('a collection may word its own task label; a list of tasks is a multiple relation', () => {
    const [own] = decapFields('documents', { tasks: field.list({ id: field.string() }) });
    expect(own?.label).toBe(t('field.documents.tasks'));
    const [many] = decapFields('campaigns', { task: field.task({ required: false, multiple: true }) });
    expect(many).toMatchObject({ widget: 'relation', multiple: true, label: t('field.task') });
  });
  test('a plan’s tasks are a list whose ids carry the slug pattern of the build', () => {
    const tasks = at(folder('documents').fields, 'tasks');
    expect(tasks.widget).toBe('list');
    expect(tasks.summary).toBe('{{fields.title}}');
    const re = new RegExp(at(folder('documents').fields, 'tasks.id').pattern?.[0] ?? '');
    expect(re.test('tuyen-truyen')).toBe(true);
    expect(re.test('tuyên-truyền')).toBe(false);
    expect(re.test('Tuyen truyen')).toBe(false);
  });
  test('an announcement picks its campaign and documents; a bulletin item picks an announcement entry', () => {
    const fields = folder('announcements').fields;
    expect(at(fields, 'campaign')).toMatchObject({ widget: 'relation', collection: 'campaigns', multiple: false });
    expect(at(fields, 'documents')).toMatchObject({ collection: 'documents', value_field: 'number', multiple: true });
    expect(at(folder('bulletins').fields, 'items.announcement')).toMatchObject({
      widget: 'relation',
      collection: 'announcements',
      value_field: '{{slug}}',
      required: false,
    });
  });
  test('an announcement’s times carry the HH:MM pattern with its Vietnamese message; its expiry is a required date', () => {
    const fields = folder('announcements').fields;
    for (const name of ['time', 'endTime']) {
      const f = at(fields, name);
      expect(f).toMatchObject({ widget: 'string', required: false });
      const [source, message] = f.pattern ?? ['', ''];
      expect(message).toBe(t('error.time'));
      expect(new RegExp(source).test('08:30')).toBe(true);
      expect(new RegExp(source).test('8h30')).toBe(false);
    }
    expect(at(fields, 'expires')).toMatchObject({
      widget: 'datetime',
      required: true,
      hint: t('hint.announcements.expires'),
    });
  });
  test('photos are stored beside the story, attachments under public/files', () => {
    expect(folder('honorees')).toMatchObject({ media_folder: 'images', public_folder: './images' });
    expect(folder('campaigns')).toMatchObject({ media_folder: 'images', public_folder: './images' });
    expect('media_folder' in folder('documents')).toBe(false);
    expect(at(folder('documents').fields, 'attachments.file')).toMatchObject({
      widget: 'file',
      media_folder: '/public/files',
      public_folder: '/files',
    });
    expect(at(folder('honorees').fields, 'photo.src')).toMatchObject({ widget: 'image', choose_url: false });
  });
  test('numbers keep their integer type and bounds', () => {
    expect(at(settingsFile('radio').fields, 'syllablesPerMinute')).toMatchObject({
      widget: 'number',
      value_type: 'int',
      min: 100,
      max: 400,
    });
  });
  test('required lists need one item; string lists hold plain strings', () => {
    expect(at(folder('bulletins').fields, 'items')).toMatchObject({ widget: 'list', required: true, min: 1 });
    expect(at(folder('campaigns').fields, 'criteria')).toMatchObject({ widget: 'list', required: false });
    expect(at(folder('campaigns').fields, 'criteria').field).toMatchObject({ widget: 'string' });
    // Open, so each line of text is seen without unfolding it.
    expect(at(folder('campaigns').fields, 'criteria').collapsed).toBe(false);
  });
  test('collapsed list items are summed up by fields that exist in the item', () => {
    const lists = config.collections.flatMap((c) =>
      'files' in c
        ? c.files.flatMap((file) => allFields(file.fields).map((f) => ({ key: file.name, f })))
        : allFields(c.fields).map((f) => ({ key: c.name, f })),
    );
    const summed = lists.filter(({ f }) => f.widget === 'list' && f.summary !== undefined);
    expect(summed.length).toBe(Object.keys(LIST_SUMMARIES).length);
    for (const { f } of summed) {
      const names = [...(f.summary ?? '').matchAll(/\{\{fields\.(\w+)\}\}/g)].map((m) => m[1]);
      expect(names.length, f.name).toBeGreaterThan(0);
      for (const name of names)
        expect(
          f.fields?.map((x) => x.name),
          f.name,
        ).toContain(name);
    }
    expect(at(folder('bulletins').fields, 'items').summary).toContain('{{fields.heading}}');
    expect(at(settingsFile('residential-groups').fields, 'groups').summary).toBe('{{fields.name}}');
  });
  test('lists start empty, even when an item has a boolean with a default', () => {
    expect(at(folder('documents').fields, 'relations')).toMatchObject({ widget: 'list', default: [] });
    expect(at(folder('campaigns').fields, 'criteria')).toMatchObject({ widget: 'list', default: [] });
  });
  test('booleans default to false and are never required', () => {
    expect(at(folder('honorees').fields, 'consent.story')).toMatchObject({
      widget: 'boolean',
      default: false,
      required: false,
    });
  });
  test('fields of an optional object are not required by the form (the save check enforces them)', () => {
    const photo = at(folder('honorees').fields, 'photo');
    expect(photo.required).toBe(false);
    expect(at(folder('honorees').fields, 'photo.src').required).toBe(false);
    expect(at(folder('honorees').fields, 'consent.date').required).toBe(false);
  });
  test('the body is Markdown with a sanitised preview', () => {
    expect(at(folder('documents').fields, 'body')).toMatchObject({ widget: 'markdown', sanitize_preview: true });
  });
});

describe('labels', () => {
  test('collections and fields are labelled in Vietnamese from the strings module', () => {
    expect(folder('honorees').label).toBe(t('cms.honorees'));
    expect(folder('honorees').label_singular).toBe(t('cms.honorees.one'));
    expect(at(folder('honorees').fields, 'published').label).toBe('Ngày đăng');
    expect(at(folder('honorees').fields, 'awards.decisionNumber').hint).toBe(t('hint.honorees.awards.decisionNumber'));
    expect(at(settingsFile('residential-groups').fields, 'groups.id').label).toBe(
      t('field.residential-groups.groups.id'),
    );
  });
  test('no label is empty or left as a technical name', () => {
    for (const c of config.collections) {
      const fields = 'files' in c ? c.files.flatMap((f) => f.fields) : c.fields;
      for (const f of allFields(fields)) {
        expect(f.label.trim(), f.name).not.toBe('');
        if (f.name !== 'item') expect(f.label, f.name).not.toBe(f.name);
      }
    }
  });
  test('a field without a label in the strings module is refused', () => {
    expect(() => decapFields('honorees', { nickname: field.string() })).toThrow('field.honorees.nickname');
  });
});
