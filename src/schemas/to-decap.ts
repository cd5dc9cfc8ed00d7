/**
 * Turns the collection registry into the Decap CMS configuration, so the CMS form is made
 * from the same field declarations as the zod schemas Astro validates content with.
 * Pure: no Decap import, no file system; admin/config.ts supplies the run-time options.
 *
 * Labels, hints and option labels come from the strings module: a field without a label
 * there is an error, so a new field cannot reach the CMS unlabelled.
 */
import type { CollectionName, Field, Fields } from './fields.ts';
import { COLLECTIONS, COLLECTION_NAMES, SETTINGS_FILES, SETTINGS_KEYS, type CollectionDef } from './index.ts';
import { OPTIONS } from './options.ts';
import { t, tMaybe, type StringKey } from '../i18n/strings.ts';

export type DecapWidget =
  | 'string'
  | 'text'
  | 'markdown'
  | 'datetime'
  | 'number'
  | 'boolean'
  | 'select'
  | 'relation'
  | 'image'
  | 'file'
  | 'object'
  | 'list';

/** One Decap field. Only the options this project uses are typed. */
export interface DecapField {
  name: string;
  label: string;
  widget: DecapWidget;
  required: boolean;
  hint?: string;
  /** [regular expression source, message shown when the value does not match]. */
  pattern?: [string, string];
  default?: boolean | string | [];
  // datetime
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  // number
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  step?: number;
  // select
  options?: { label: string; value: string }[];
  multiple?: boolean;
  // relation
  collection?: string;
  file?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  // image and file
  media_folder?: string;
  public_folder?: string;
  choose_url?: boolean;
  // markdown
  sanitize_preview?: boolean;
  // object and list
  fields?: DecapField[];
  field?: DecapField;
  collapsed?: boolean;
  summary?: string;
  label_singular?: string;
}

export interface DecapFolderCollection {
  name: CollectionName;
  label: string;
  label_singular: string;
  folder: string;
  extension: 'md';
  format: 'frontmatter';
  create: true;
  slug: string;
  identifier_field: string;
  summary: string;
  sortable_fields: string[];
  media_folder?: string;
  public_folder?: string;
  fields: DecapField[];
}

export interface DecapFile {
  name: string;
  label: string;
  file: string;
  fields: DecapField[];
}

export interface DecapFilesCollection {
  name: 'settings';
  label: string;
  format: 'yml';
  editor: { preview: boolean };
  files: DecapFile[];
}

export type DecapCollection = DecapFolderCollection | DecapFilesCollection;

/** Where the CMS saves in production. Filled from the environment, never a secret. */
export type DecapBackend =
  | { name: 'git-gateway'; branch: string }
  | {
      name: 'github' | 'gitlab' | 'gitea' | 'forgejo' | 'bitbucket';
      repo: string;
      branch: string;
      /** OAuth helper (GitHub, Bitbucket) or the git server's own address (GitLab, Gitea, Forgejo). */
      base_url?: string;
      auth_endpoint?: string;
      /** API address of a self-hosted GitLab, Gitea or Forgejo. */
      api_root?: string;
      /** Browser login without a server (PKCE): the OAuth application's public client ID. */
      auth_type?: 'pkce';
      app_id?: string;
    };

/**
 * Backends with which Decap offers its editorial workflow (draft → in review → ready).
 * Decap's Gitea backend saves directly; with it, review happens as a pull request (README).
 */
export const WORKFLOW_BACKENDS: readonly DecapBackend['name'][] = [
  'git-gateway',
  'github',
  'gitlab',
  'forgejo',
  'bitbucket',
];

export interface DecapConfig {
  backend: DecapBackend;
  /** Draft → in review → ready before anything is published, where the backend offers it. */
  publish_mode?: 'editorial_workflow';
  /** decap-server on this computer, used only when /admin/ is opened on localhost. */
  local_backend: true | { url: string };
  locale: 'vi';
  site_url?: string;
  display_url?: string;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  collections: DecapCollection[];
}

export interface DecapOptions {
  backend: DecapBackend;
  /** Public address of the site (settings/site.yaml siteUrl). */
  siteUrl?: string | undefined;
  /** decap-server's API address when it is not Decap's default (http://localhost:8081/api/v1). */
  localBackendUrl?: string | undefined;
}

/** Name of the Decap files collection holding the settings files. */
export const SETTINGS_COLLECTION = 'settings';

/** Lists in the settings files that settings-select fields draw from: file name and list key. */
export const SETTINGS_SOURCES = {
  residentialGroups: { file: SETTINGS_FILES.residentialGroups.name, list: 'groups' },
  fields: { file: SETTINGS_FILES.fields.name, list: 'fields' },
} as const;

/** Same rule as the zod url schema in to-zod.ts (the drift test checks they agree). */
export const URL_PATTERN = '^https?:\\/\\/\\S+$';

/** Stored format of date fields: plain calendar dates, as the build expects. */
export const DATE_FORMAT = 'YYYY-MM-DD';

/**
 * What a collapsed list item shows, by "<strings namespace>.<list path>": the fields that tell
 * items apart. Without it Decap shows the first field, often a code ("van-ban", "tdp-1").
 */
export const LIST_SUMMARIES: Readonly<Record<string, string>> = {
  'honorees.awards': '{{fields.title}}',
  'campaigns.milestones': '{{fields.date}} {{fields.title}}',
  'campaigns.registrations': '{{fields.residentialGroup}}{{fields.unit}}',
  'campaigns.results': '{{fields.name}}',
  'documents.relations': '{{fields.target}}',
  'documents.attachments': '{{fields.label}}',
  'documents.tasks': '{{fields.title}}',
  'bulletins.items':
    '{{fields.heading}}{{fields.honoree}}{{fields.campaign}}{{fields.document}}{{fields.announcement}}',
  'site.portals': '{{fields.label}}',
  'contacts.units': '{{fields.name}}',
  'residential-groups.groups': '{{fields.name}}',
  'fields.fields': '{{fields.name}}',
  'radio.abbreviations': '{{fields.abbr}}: {{fields.expansion}}',
};

/** Images of stories and campaigns live beside the entries: content/<collection>/images/. */
const ENTRY_MEDIA = { media_folder: 'images', public_folder: './images' } as const;
/** Attachments (document PDFs) are served as they are from public/files/. */
const FILE_MEDIA = { media_folder: '/public/files', public_folder: '/files' } as const;

function label(key: string): string {
  const value = tMaybe(key);
  if (value === undefined)
    throw new Error(
      `Missing CMS label: add "${key}" to src/i18n/vi/cms-form.ts (labels, hints, options) or vi/cms-ui.ts (collections)`,
    );
  return value;
}

function withHint<T extends DecapField>(field: T, key: string): T {
  const hint = tMaybe(key);
  return hint === undefined ? field : { ...field, hint };
}

/** A pattern for a string field: its own regular expression and/or its length limit. */
function stringPattern(f: Extract<Field, { kind: 'string' }>): [string, string] | undefined {
  const own = f.pattern ? ([f.pattern.source, t(f.pattern.message as StringKey)] as const) : undefined;
  if (f.maxLength === undefined) return own ? [own[0], own[1]] : undefined;
  const lengthRule = `(?=[\\s\\S]{0,${f.maxLength}}$)`;
  const tooLong = t('error.tooLong', { max: f.maxLength });
  if (!own) return [`^${lengthRule}`, tooLong];
  return [`^${lengthRule}(?:${own[0]})`, `${own[1]}; ${tooLong}`];
}

function relationTo(
  collection: CollectionName,
): Pick<DecapField, 'collection' | 'value_field' | 'search_fields' | 'display_fields'> {
  const def: CollectionDef = COLLECTIONS[collection];
  if (collection === 'documents') {
    // References to documents store the document number, not the file name.
    return {
      collection,
      value_field: 'number',
      search_fields: ['number', 'title'],
      display_fields: ['number', 'title'],
    };
  }
  return { collection, value_field: '{{slug}}', search_fields: [def.titleField], display_fields: [def.titleField] };
}

/**
 * A task reference: a relation over every document's task list (Decap 3 expands the `*` of a
 * list path in value, search and display fields, one option per task), storing the task's id
 * and showing the plan's number and the task as the plan words it.
 */
export const TASK_RELATION = {
  collection: 'documents',
  value_field: 'tasks.*.id',
  search_fields: ['tasks.*.title', 'tasks.*.id'],
  display_fields: ['number', 'tasks.*.title'],
} as const satisfies Pick<DecapField, 'collection' | 'value_field' | 'search_fields' | 'display_fields'>;

/** Strings keys of a field's label and hint: task references share one unless worded per collection. */
function labelKeys(key: string, path: string, f: Field): { label: string; hint: string } {
  const own = { label: `field.${key}.${path}`, hint: `hint.${key}.${path}` };
  if (f.kind !== 'task' || tMaybe(own.label) !== undefined) return own;
  return { label: 'field.task', hint: 'hint.task' };
}

/**
 * The Decap field for one declared field. `key` is the strings namespace (collection name
 * or settings file name), `path` the dotted path of the field; `inOptionalObject` marks
 * fields inside an optional object, which Decap must not require (see below).
 */
export function decapField(key: string, path: string, name: string, f: Field, inOptionalObject = false): DecapField {
  const keys = labelKeys(key, path, f);
  const base = {
    name,
    label: label(keys.label),
    // Decap validates every child of an object even when the object itself is optional
    // and left empty (decap-cms#7748), which would make a photo or a consent record
    // mandatory. Those children are optional in the form; the save check in
    // admin/save-check.ts runs the zod schema and refuses a half-filled object.
    required: f.required && !inOptionalObject,
  };
  const out = ((): DecapField => {
    switch (f.kind) {
      case 'string': {
        const pattern = stringPattern(f);
        return { ...base, widget: f.multiline ? 'text' : 'string', ...(pattern ? { pattern } : {}) };
      }
      case 'markdown':
        return { ...base, widget: 'markdown', sanitize_preview: true };
      case 'date':
        // The picker stays in the editor's local time: the value is stored as the plain
        // YYYY-MM-DD the editor picked. picker_utc would shift "now" before 07:00 in Vietnam.
        return {
          ...base,
          widget: 'datetime',
          format: DATE_FORMAT,
          date_format: 'DD/MM/YYYY',
          time_format: false,
        };
      case 'url':
        return { ...base, widget: 'string', pattern: [URL_PATTERN, t('error.url')] };
      case 'number':
        return {
          ...base,
          widget: 'number',
          value_type: f.integer ? 'int' : 'float',
          ...(f.integer ? { step: 1 } : {}),
          ...(f.min !== undefined ? { min: f.min } : {}),
          ...(f.max !== undefined ? { max: f.max } : {}),
        };
      case 'boolean':
        return { ...base, widget: 'boolean', required: false, default: false };
      case 'select':
        return {
          ...base,
          widget: 'select',
          multiple: f.multiple,
          options: OPTIONS[f.options].map((value) => ({ label: label(`option.${f.options}.${value}`), value })),
        };
      case 'settings-select': {
        const source = SETTINGS_SOURCES[f.source];
        return {
          ...base,
          widget: 'relation',
          collection: SETTINGS_COLLECTION,
          file: source.file,
          value_field: `${source.list}.*.id`,
          search_fields: [`${source.list}.*.name`],
          display_fields: [`${source.list}.*.name`],
          multiple: f.multiple,
          options_length: 500,
        };
      }
      case 'reference':
        return { ...base, widget: 'relation', ...relationTo(f.collection), multiple: f.multiple, options_length: 50 };
      case 'task':
        return {
          ...base,
          widget: 'relation',
          ...TASK_RELATION,
          search_fields: [...TASK_RELATION.search_fields],
          display_fields: [...TASK_RELATION.display_fields],
          multiple: f.multiple,
          options_length: 100,
        };
      case 'image':
        return { ...base, widget: 'image', choose_url: false };
      case 'file':
        return { ...base, widget: 'file', choose_url: false, ...FILE_MEDIA };
      case 'object':
        return {
          ...base,
          widget: 'object',
          collapsed: !f.required,
          fields: decapFields(key, f.fields, path, inOptionalObject || !f.required),
        };
      case 'list':
        return {
          ...base,
          widget: 'list',
          collapsed: true,
          // Without an explicit empty default, Decap starts a new entry with one item
          // whenever a subfield has a default (a boolean), e.g. an empty document relation.
          default: [],
          ...(f.required ? { min: 1 } : {}),
          ...(f.max !== undefined ? { max: f.max } : {}),
          ...(LIST_SUMMARIES[`${key}.${path}`] ? { summary: LIST_SUMMARIES[`${key}.${path}`] } : {}),
          fields: decapFields(key, f.fields, path, inOptionalObject),
        };
      case 'string-list':
        return {
          ...base,
          widget: 'list',
          // Each item is one line of text: shown open, so the texts themselves are visible.
          collapsed: false,
          default: [],
          ...(f.required ? { min: 1 } : {}),
          field: { name: 'item', label: base.label, widget: 'string', required: true },
        };
    }
  })();
  return withHint(out, keys.hint);
}

/** Decap fields for a declaration; `prefix` is the dotted path of the parent field. */
export function decapFields(key: string, fields: Fields, prefix = '', inOptionalObject = false): DecapField[] {
  return Object.entries(fields).map(([name, f]) =>
    decapField(key, prefix ? `${prefix}.${name}` : name, name, f, inOptionalObject),
  );
}

function hasKind(fields: Fields, kind: Field['kind']): boolean {
  return Object.values(fields).some(
    (f) => f.kind === kind || ((f.kind === 'object' || f.kind === 'list') && hasKind(f.fields, kind)),
  );
}

/** The folder collection for content/<name>/. */
export function decapFolderCollection(def: CollectionDef): DecapFolderCollection {
  const fields = decapFields(def.name, def.fields);
  if (def.body) {
    fields.push(
      withHint(
        {
          name: 'body',
          label: label(`field.${def.name}.body`),
          widget: 'markdown',
          required: def.bodyRequired === true,
          sanitize_preview: true,
        },
        `hint.${def.name}.body`,
      ),
    );
  }
  const identifier = def.idFrom ?? def.titleField;
  const dates = Object.entries(def.fields)
    .filter(([, f]) => f.kind === 'date')
    .map(([n]) => n);
  return {
    name: def.name,
    label: label(`cms.${def.name}`),
    label_singular: label(`cms.${def.name}.one`),
    folder: `content/${def.name}`,
    extension: 'md',
    format: 'frontmatter',
    create: true,
    // The file name is the slug of the identifier: ASCII, no diacritics (top-level `slug`),
    // so "98/2023/NĐ-CP" is saved as 98-2023-nd-cp.md, the id the build gives it.
    slug: `{{${identifier}}}`,
    identifier_field: identifier,
    summary:
      def.titleField !== 'title' && 'title' in def.fields
        ? `{{${def.titleField}}} · {{title}}`
        : `{{${def.titleField}}}`,
    sortable_fields: [...new Set([def.titleField, ...dates.slice(0, 1)])],
    ...(hasKind(def.fields, 'image') ? ENTRY_MEDIA : {}),
    fields,
  };
}

/** The files collection with one file per settings file under content/settings/. */
export function decapSettingsCollection(): DecapFilesCollection {
  return {
    name: SETTINGS_COLLECTION,
    label: label('cms.settings'),
    format: 'yml',
    editor: { preview: false },
    files: SETTINGS_KEYS.map((key) => {
      const def = SETTINGS_FILES[key];
      return {
        name: def.name,
        label: label(`cms.settings.${key}`),
        file: `content/settings/${def.name}.yaml`,
        fields: decapFields(def.name, def.fields),
      };
    }),
  };
}

/** The whole Decap configuration (without `load_config_file`, which admin/cms.ts adds). */
export function toDecapConfig(options: DecapOptions): DecapConfig {
  return {
    backend: options.backend,
    ...(WORKFLOW_BACKENDS.includes(options.backend.name) ? { publish_mode: 'editorial_workflow' as const } : {}),
    // On localhost the CMS talks to decap-server (npm start / npm run cms) and edits content/.
    // decap-server in file mode offers only direct saving, so Decap drops the workflow there;
    // production backends (git-gateway, GitHub, GitLab, Gitea) keep it.
    local_backend: options.localBackendUrl ? { url: options.localBackendUrl } : true,
    locale: 'vi',
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    media_folder: 'public/images/uploads',
    public_folder: '/images/uploads',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      ...COLLECTION_NAMES.map((name) => decapFolderCollection(COLLECTIONS[name])),
      decapSettingsCollection(),
    ],
  };
}
