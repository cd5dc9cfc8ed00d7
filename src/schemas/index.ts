/**
 * The registry of collections and settings files: where each one lives in content/ and
 * which field declaration describes it. Everything else (Astro, Decap, the content check)
 * reads from here.
 */
import type { CollectionName, Fields } from './fields.ts';
import { honoreeFields } from './honorees.ts';
import { campaignFields } from './campaigns.ts';
import { documentFields } from './documents.ts';
import { bulletinFields } from './bulletins.ts';
import { announcementFields } from './announcements.ts';
import {
  achievementFieldsFields,
  contactsFields,
  radioFields,
  residentialGroupsFields,
  siteFields,
} from './settings.ts';

export interface CollectionDef {
  /** Collection name, also its folder under content/. */
  name: CollectionName;
  /** The field declaration for the front matter. */
  fields: Fields;
  /** Collections whose entries are Markdown with a body carry `true`. */
  body: boolean;
  /** True when an entry must have a body: a story or campaign with nothing to read is refused. */
  bodyRequired?: boolean;
  /** Field whose value gives the entry its id and path: the file name when absent. */
  idFrom?: string;
  /** Field holding the entry's display title. */
  titleField: string;
}

export const COLLECTIONS = {
  honorees: { name: 'honorees', fields: honoreeFields, body: true, bodyRequired: true, titleField: 'title' },
  campaigns: { name: 'campaigns', fields: campaignFields, body: true, bodyRequired: true, titleField: 'title' },
  documents: { name: 'documents', fields: documentFields, body: true, idFrom: 'number', titleField: 'number' },
  bulletins: { name: 'bulletins', fields: bulletinFields, body: false, titleField: 'title' },
  announcements: { name: 'announcements', fields: announcementFields, body: true, titleField: 'title' },
} as const satisfies Record<CollectionName, CollectionDef>;

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

export interface SettingsFileDef {
  /** Name of the settings file without extension, under content/settings/. */
  name: string;
  fields: Fields;
}

export const SETTINGS_FILES = {
  site: { name: 'site', fields: siteFields },
  contacts: { name: 'contacts', fields: contactsFields },
  residentialGroups: { name: 'residential-groups', fields: residentialGroupsFields },
  fields: { name: 'fields', fields: achievementFieldsFields },
  radio: { name: 'radio', fields: radioFields },
} as const satisfies Record<string, SettingsFileDef>;

export type SettingsKey = keyof typeof SETTINGS_FILES;
export const SETTINGS_KEYS = Object.keys(SETTINGS_FILES) as SettingsKey[];

export { honoreeFields, campaignFields, documentFields, bulletinFields, announcementFields };
