/**
 * The one entry to every user-facing string: the dictionaries, split by reader and language
 * (vi/site, vi/cms-form, vi/cms-ui, vi/errors, vi/new-ward, en/site), merged into
 * one flat set of keys that `t()` looks up. No key is defined in two dictionaries
 * (tests/i18n/dictionaries.test.ts).
 */
import { site as enSite } from './en/site.ts';
import { fill, type FillValues } from './fill.ts';
import { cmsForm } from './vi/cms-form.ts';
import { cmsUi } from './vi/cms-ui.ts';
import { errors } from './vi/errors.ts';
import { newWard } from './vi/new-ward.ts';
import { site } from './vi/site.ts';

/** Each dictionary by its path under src/i18n/, for tests and tools that read one reader's keys. */
export const dictionaries = {
  'vi/site': site,
  'vi/cms-form': cmsForm,
  'vi/cms-ui': cmsUi,
  'vi/errors': errors,
  'vi/new-ward': newWard,
  'en/site': enSite,
} as const;

export const strings = { ...site, ...cmsForm, ...cmsUi, ...errors, ...newWard, ...enSite } as const;

export type StringKey = keyof typeof strings;

/**
 * Looks up a string and fills its `{name}` placeholders (src/i18n/fill.ts: a missing value
 * throws). Without values it returns the template itself, for a browser script to fill later.
 * Throws on an unknown key.
 */
export function t(key: StringKey, params?: FillValues): string {
  const template: string | undefined = strings[key];
  if (template === undefined) throw new Error(`Unknown string key: ${key}`);
  return params === undefined ? template : fill(template, params);
}

/** Looks up a string by a key built at run time; undefined when it does not exist. */
export function tMaybe(key: string): string | undefined {
  return (strings as Record<string, string>)[key];
}
