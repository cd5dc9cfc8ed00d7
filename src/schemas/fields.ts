/**
 * Field descriptors: the one declaration each collection is written in.
 *
 * A collection is an object of named descriptors. `to-zod.ts` turns it into the zod schema
 * Astro validates content with, and `to-decap.ts` into the Decap CMS form, so the build and
 * the CMS always agree on names, required flags, types, options and references. Labels and
 * hints are not written here: they are looked up in the strings module under
 * `field.<collection>.<path>` and `hint.<collection>.<path>`.
 */
import type { OptionSet, OptionValue } from './options.ts';

/** Names of the collections a reference can point at. */
export type CollectionName = 'honorees' | 'campaigns' | 'documents' | 'bulletins' | 'announcements';

/** Lists in the settings files that select fields draw their options from. */
export type SettingsSource = 'residentialGroups' | 'fields';

/** An image as Astro's image() pipeline returns it; a plain path before that pipeline runs. */
export interface ImageRef {
  src: string;
  width: number;
  height: number;
  format: string;
}

interface Base<R extends boolean> {
  /** False when the field may be left out. Lists and booleans are always present. */
  required: R;
}

export interface StringField<R extends boolean = boolean> extends Base<R> {
  kind: 'string';
  /** Regular expression source the value must match, and the strings key of its message. */
  pattern?: { source: string; message: string };
  maxLength?: number;
  /** A longer, multi-line text (Decap "text" widget). */
  multiline?: boolean;
}
export interface MarkdownField<R extends boolean = boolean> extends Base<R> {
  kind: 'markdown';
}
export interface DateField<R extends boolean = boolean> extends Base<R> {
  kind: 'date';
}
export interface UrlField<R extends boolean = boolean> extends Base<R> {
  kind: 'url';
}
export interface NumberField<R extends boolean = boolean> extends Base<R> {
  kind: 'number';
  min?: number;
  max?: number;
  integer?: boolean;
}
export interface BooleanField extends Base<false> {
  kind: 'boolean';
}
export interface SelectField<
  S extends OptionSet = OptionSet,
  R extends boolean = boolean,
  M extends boolean = boolean,
> extends Base<R> {
  kind: 'select';
  options: S;
  multiple: M;
}
export interface SettingsSelectField<R extends boolean = boolean, M extends boolean = boolean> extends Base<R> {
  kind: 'settings-select';
  source: SettingsSource;
  multiple: M;
}
export interface ReferenceField<R extends boolean = boolean, M extends boolean = boolean> extends Base<R> {
  kind: 'reference';
  collection: CollectionName;
  multiple: M;
}
/**
 * A reference to a task a plan document declares (documents' `tasks[].id`): the plan task
 * the entry carries out. Stored as the task's id; resolved by the content check and, in the
 * CMS, offered as a relation over the documents' task lists.
 */
export interface TaskField<R extends boolean = boolean, M extends boolean = boolean> extends Base<R> {
  kind: 'task';
  multiple: M;
}
export interface ImageField<R extends boolean = boolean> extends Base<R> {
  kind: 'image';
}
export interface FileField<R extends boolean = boolean> extends Base<R> {
  kind: 'file';
}
export interface ObjectField<F extends Fields = Fields, R extends boolean = boolean> extends Base<R> {
  kind: 'object';
  fields: F;
}
export interface ListField<F extends Fields = Fields, R extends boolean = boolean> extends Base<R> {
  kind: 'list';
  fields: F;
  /** Largest number of items. */
  max?: number;
}
export interface StringListField<R extends boolean = boolean> extends Base<R> {
  kind: 'string-list';
}

export type Field =
  | StringField
  | MarkdownField
  | DateField
  | UrlField
  | NumberField
  | BooleanField
  | SelectField
  | SettingsSelectField
  | ReferenceField
  | TaskField
  | ImageField
  | FileField
  | ObjectField
  | ListField
  | StringListField;

export type Fields = { readonly [name: string]: Field };

type Req<O> = O extends { required: false } ? false : true;
type Many<O> = O extends { multiple: true } ? true : false;

/** Builders. Every field is required unless `{ required: false }` is passed. */
export const field = {
  string: <const O extends Omit<StringField, 'kind' | 'required'> & { required?: boolean }>(o: O = {} as O) =>
    ({ ...o, kind: 'string', required: (o.required ?? true) as Req<O> }) as StringField<Req<O>>,
  text: <const O extends { required?: boolean; maxLength?: number }>(o: O = {} as O) =>
    ({ ...o, kind: 'string', multiline: true, required: (o.required ?? true) as Req<O> }) as StringField<Req<O>>,
  markdown: <const O extends { required?: boolean }>(o: O = {} as O) =>
    ({ ...o, kind: 'markdown', required: (o.required ?? true) as Req<O> }) as MarkdownField<Req<O>>,
  date: <const O extends { required?: boolean }>(o: O = {} as O) =>
    ({ ...o, kind: 'date', required: (o.required ?? true) as Req<O> }) as DateField<Req<O>>,
  url: <const O extends { required?: boolean }>(o: O = {} as O) =>
    ({ ...o, kind: 'url', required: (o.required ?? true) as Req<O> }) as UrlField<Req<O>>,
  number: <const O extends Omit<NumberField, 'kind' | 'required'> & { required?: boolean }>(o: O = {} as O) =>
    ({ ...o, kind: 'number', required: (o.required ?? true) as Req<O> }) as NumberField<Req<O>>,
  boolean: (): BooleanField => ({ kind: 'boolean', required: false }),
  select: <S extends OptionSet, const O extends { required?: boolean; multiple?: boolean }>(
    options: S,
    o: O = {} as O,
  ) =>
    ({
      ...o,
      kind: 'select',
      options,
      multiple: (o.multiple ?? false) as Many<O>,
      required: (o.required ?? true) as Req<O>,
    }) as SelectField<S, Req<O>, Many<O>>,
  settingsSelect: <const O extends { required?: boolean; multiple?: boolean }>(
    source: SettingsSource,
    o: O = {} as O,
  ) =>
    ({
      ...o,
      kind: 'settings-select',
      source,
      multiple: (o.multiple ?? false) as Many<O>,
      required: (o.required ?? true) as Req<O>,
    }) as SettingsSelectField<Req<O>, Many<O>>,
  reference: <const O extends { required?: boolean; multiple?: boolean }>(collection: CollectionName, o: O = {} as O) =>
    ({
      ...o,
      kind: 'reference',
      collection,
      multiple: (o.multiple ?? false) as Many<O>,
      required: (o.required ?? true) as Req<O>,
    }) as ReferenceField<Req<O>, Many<O>>,
  task: <const O extends { required?: boolean; multiple?: boolean }>(o: O = {} as O) =>
    ({
      ...o,
      kind: 'task',
      multiple: (o.multiple ?? false) as Many<O>,
      required: (o.required ?? true) as Req<O>,
    }) as TaskField<Req<O>, Many<O>>,
  image: <const O extends { required?: boolean }>(o: O = {} as O) =>
    ({ ...o, kind: 'image', required: (o.required ?? true) as Req<O> }) as ImageField<Req<O>>,
  file: <const O extends { required?: boolean }>(o: O = {} as O) =>
    ({ ...o, kind: 'file', required: (o.required ?? true) as Req<O> }) as FileField<Req<O>>,
  object: <const F extends Fields, const O extends { required?: boolean }>(fields: F, o: O = {} as O) =>
    ({ ...o, kind: 'object', fields, required: (o.required ?? true) as Req<O> }) as ObjectField<F, Req<O>>,
  list: <const F extends Fields, const O extends { required?: boolean; max?: number }>(fields: F, o: O = {} as O) =>
    ({ ...o, kind: 'list', fields, required: (o.required ?? false) as Req<O> }) as ListField<F, Req<O>>,
  stringList: <const O extends { required?: boolean }>(o: O = {} as O) =>
    ({ ...o, kind: 'string-list', required: (o.required ?? false) as Req<O> }) as StringListField<Req<O>>,
};

/**
 * The task reference a collection adds with one line, `task: planTaskField()`: the plan task
 * (08/KH-UBND's "tuyen-truyen", …) the entry carries out, optional. One task per entry: the
 * tracker counts each entry once, under the task it was made for. The CMS label and hint are
 * the shared `field.task` / `hint.task` unless the collection words its own.
 */
export const planTaskField = () => field.task({ required: false });

/** The TypeScript type of a value a field holds once validated. */
export type ValueOf<F> = F extends
  | StringField
  | MarkdownField
  | DateField
  | UrlField
  | FileField
  | SettingsSelectField<boolean, false>
  | ReferenceField<boolean, false>
  | TaskField<boolean, false>
  ? string
  : F extends
        SettingsSelectField<boolean, true> | ReferenceField<boolean, true> | TaskField<boolean, true> | StringListField
    ? string[]
    : F extends NumberField
      ? number
      : F extends BooleanField
        ? boolean
        : F extends SelectField<infer S, boolean, infer M>
          ? M extends true
            ? OptionValue<S>[]
            : OptionValue<S>
          : F extends ImageField
            ? ImageRef
            : F extends ListField<infer G>
              ? Infer<G>[]
              : F extends ObjectField<infer G>
                ? Infer<G>
                : never;

type AlwaysPresent<F> = F extends { required: true } | BooleanField | ListField | StringListField ? true : false;

/** The validated data type of a collection declared as `Fields`. */
export type Infer<F extends Fields> = {
  -readonly [K in keyof F as AlwaysPresent<F[K]> extends true ? K : never]: ValueOf<F[K]>;
} & {
  -readonly [K in keyof F as AlwaysPresent<F[K]> extends true ? never : K]?: ValueOf<F[K]> | undefined;
};
