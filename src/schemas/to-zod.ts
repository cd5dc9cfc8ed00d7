/**
 * Turns a field declaration into a zod schema. Astro-specific pieces (the image() helper)
 * are passed in, so the same function serves src/content.config.ts and the content check.
 */
import { z } from 'zod';
import type { Field, Fields } from './fields.ts';
import { OPTIONS } from './options.ts';
import { isPlainDate } from '../lib/dates/plain-date.ts';
import { TASK_ID_MAX_LENGTH, TASK_ID_PATTERN } from '../lib/plan/tasks.ts';
import { t, type StringKey } from '../i18n/strings.ts';

export interface ZodContext {
  /** Schema for an image path; Astro's image() during the build. */
  image: () => z.ZodType;
  /** Schema for a file path (attachments). */
  file?: () => z.ZodType;
  /** Ids allowed in select fields fed from the settings files. */
  settings: { residentialGroups: readonly string[]; fields: readonly string[] };
}

/** Metadata attached to every generated schema, read by the drift test. */
export interface FieldMeta {
  kind: Field['kind'];
  required: boolean;
  options?: readonly string[];
  collection?: string;
  multiple?: boolean;
}

const plainDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().refine(isPlainDate, { message: t('error.date') }),
);

function fieldSchema(f: Field, ctx: ZodContext): z.ZodType {
  switch (f.kind) {
    case 'string': {
      let s = z.string().trim();
      if (f.required) s = s.min(1, { message: t('error.empty') });
      if (f.maxLength) s = s.max(f.maxLength, { message: t('error.tooLong', { max: f.maxLength }) });
      if (f.pattern) s = s.regex(new RegExp(f.pattern.source), { message: t(f.pattern.message as StringKey) });
      return s;
    }
    case 'markdown':
      return z.string();
    case 'date':
      return plainDate;
    case 'url':
      return z.string().regex(/^https?:\/\/\S+$/, { message: t('error.url') });
    case 'number': {
      let n = f.integer ? z.number().int() : z.number();
      if (f.min !== undefined) n = n.min(f.min);
      if (f.max !== undefined) n = n.max(f.max);
      return n;
    }
    case 'boolean':
      return z.boolean().default(false);
    case 'select':
      return many(z.enum(OPTIONS[f.options] as unknown as [string, ...string[]]), f.multiple);
    case 'settings-select':
      return many(oneOf(ctx.settings[f.source]), f.multiple);
    case 'reference':
      return many(
        z
          .string()
          .trim()
          .min(1, { message: t('error.empty') }),
        f.multiple,
      );
    case 'task':
      // Whether a document declares the task is a rule across entries (the content check).
      return many(
        z
          .string()
          .trim()
          .max(TASK_ID_MAX_LENGTH, { message: t('error.tooLong', { max: TASK_ID_MAX_LENGTH }) })
          .regex(new RegExp(TASK_ID_PATTERN), { message: t('error.taskId') }),
        f.multiple,
      );
    case 'image':
      return ctx.image();
    case 'file':
      return ctx.file ? ctx.file() : z.string();
    case 'object':
      return objectSchema(f.fields, ctx);
    case 'list': {
      let list = z.array(objectSchema(f.fields, ctx));
      if (f.required) list = list.min(1, { message: t('error.emptyList') });
      if (f.max) list = list.max(f.max);
      return list.default([]);
    }
    case 'string-list': {
      let list = z.array(
        z
          .string()
          .trim()
          .min(1, { message: t('error.empty') }),
      );
      if (f.required) list = list.min(1, { message: t('error.emptyList') });
      return list.default([]);
    }
  }
}

function oneOf(values: readonly string[]): z.ZodType {
  return z.string().refine((v) => values.includes(v), {
    message: t('error.notInSettings', { values: values.join(', ') }),
  });
}

function many(schema: z.ZodType, multiple: boolean): z.ZodType {
  return multiple ? z.array(schema).default([]) : schema;
}

function meta(f: Field): FieldMeta {
  const m: FieldMeta = { kind: f.kind, required: f.required };
  if (f.kind === 'select') m.options = OPTIONS[f.options];
  if (f.kind === 'reference') m.collection = f.collection;
  if (f.kind === 'task') m.collection = 'documents:tasks';
  if (f.kind === 'settings-select') m.collection = `settings:${f.source}`;
  if ('multiple' in f) m.multiple = f.multiple;
  return m;
}

/** Whether a field's schema depends on the per-entry image or file helpers. */
function usesFiles(f: Field): boolean {
  if (f.kind === 'image' || f.kind === 'file') return true;
  return (f.kind === 'object' || f.kind === 'list') && Object.values(f.fields).some(usesFiles);
}

/**
 * Field schemas that do not depend on the entry, per field and settings. Astro asks for an
 * entry's schema once per entry (its image() helper resolves against the entry's file), and
 * building every field afresh each time was most of the content sync at thousands of entries.
 */
const stable = new WeakMap<Field, WeakMap<ZodContext['settings'], z.ZodType>>();

function memberSchema(f: Field, ctx: ZodContext): z.ZodType {
  const build = () => {
    const s = fieldSchema(f, ctx).meta({ gsField: meta(f) });
    return f.required || f.kind === 'boolean' || f.kind === 'list' || f.kind === 'string-list' ? s : s.optional();
  };
  if (usesFiles(f)) return build();
  const bySettings = stable.get(f) ?? new WeakMap<ZodContext['settings'], z.ZodType>();
  stable.set(f, bySettings);
  let schema = bySettings.get(ctx.settings);
  if (!schema) {
    schema = build();
    bySettings.set(ctx.settings, schema);
  }
  return schema;
}

/** The strict zod object for a field declaration; unknown keys are refused, not dropped. */
export function objectSchema(fields: Fields, ctx: ZodContext) {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, f] of Object.entries(fields)) shape[name] = memberSchema(f, ctx);
  return z.strictObject(shape);
}
