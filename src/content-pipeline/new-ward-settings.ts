/**
 * The settings files of a new ward (`npm run new-ward`): content/settings/site.yaml gets the
 * unit's kind, name, committee names (Vietnamese and English, from ward-names.ts), province and public address; contacts.yaml a placeholder address. Both
 * speak of the ward itself, so the old ward's name and its kind as a word of its own are
 * replaced in the rest of their text (tagline, introduction, offices, e-mail addresses); the
 * other settings files only have the old name replaced, if they have it at all. Every other
 * line stays as it was written.
 */
import { UNIT_KIND_EN } from '../lib/site/unit-kinds.ts';
import type { DataPath } from './example-removal.ts';
import type { NewWardOptions } from './new-ward-options.ts';
import {
  committeeNameEn,
  committeeNameVi,
  placeholderAddressEn,
  placeholderAddressVi,
} from '../lib/content/ward-names.ts';
import { provinceEn, renameUnitKind, renameWard, type NameRename } from '../lib/content/ward-name.ts';
import { deleteYamlPaths, setYamlValues } from '../lib/content/yaml-edit.ts';

/** The new committee's name: "Ủy ban nhân dân xã Tân Phong". */
export function committeeName(options: Pick<NewWardOptions, 'unitKind' | 'unitName'>): string {
  return committeeNameVi(`${options.unitKind} ${options.unitName}`);
}

/** The values of site.yaml that are written whole. */
function siteValues(options: NewWardOptions): Record<string, string> {
  return {
    unitKind: options.unitKind,
    unitName: options.unitName,
    committeeName: committeeName(options),
    committeeNameEn: committeeNameEn(options.unitName, UNIT_KIND_EN[options.unitKind]),
    province: options.province,
    siteUrl: options.siteUrl,
  };
}

/** The values of contacts.yaml that are written whole: the placeholder address, in both languages. */
function contactsValues(options: NewWardOptions): Record<string, string> {
  const kindEn = UNIT_KIND_EN[options.unitKind];
  return {
    address: placeholderAddressVi(`${options.unitKind} ${options.unitName}`, options.province, options.unitKind),
    addressEn: placeholderAddressEn(options.unitName, kindEn, provinceEn(options.province)),
  };
}

export interface SettingsRewrite {
  options: NewWardOptions;
  /** The old ward's unit kind, replaced as a word in site.yaml and contacts.yaml. */
  oldKind: string;
  /** The old ward's name forms and what they become (ward-name.ts). */
  renames: readonly NameRename[];
  /** Keys to delete, such as a featured story that is removed. */
  deletions: readonly DataPath[];
}

/** The new text of settings file `id` ("site", "contacts", "radio", …) whose text is `raw`. */
export function settingsText(id: string, raw: string, rewrite: SettingsRewrite): string {
  const { options, oldKind, renames, deletions } = rewrite;
  const aboutTheWard = id === 'site' || id === 'contacts';
  let text = renameWard(raw, renames).text;
  if (aboutTheWard) text = renameUnitKind(text, oldKind, options.unitKind).text;
  text = deleteYamlPaths(text, deletions);
  const values = id === 'site' ? siteValues(options) : id === 'contacts' ? contactsValues(options) : {};
  return setYamlValues(text, values);
}
