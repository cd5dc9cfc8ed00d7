import { field } from './fields.ts';

/**
 * Settings: one file each under content/settings/. Everything that names this ward lives
 * here, so the next ward forks the repository, edits these files and publishes.
 */

/** content/settings/site.yaml: the site and the ward. */
export const siteFields = {
  /** Name of the site, e.g. "Gương Sáng". */
  siteName: field.string({ maxLength: 60 }),
  /** One-line description of the site, for search engines and share previews. */
  tagline: field.string({ maxLength: 200 }),
  /** Public address of the site, e.g. "https://guongsang.example.vn" (used in the sitemap and feeds). */
  siteUrl: field.url(),
  /** Kind of local unit: "phường", "xã" or "đặc khu" (src/lib/site/unit-kinds.ts). */
  unitKind: field.string({ maxLength: 20 }),
  /** Name of the ward or commune, e.g. "Phùng Chí Kiên". */
  unitName: field.string({ maxLength: 80 }),
  /** Full name of the People's Committee, e.g. "Ủy ban nhân dân phường Phùng Chí Kiên". */
  committeeName: field.string({ maxLength: 160 }),
  /** The same in English, for the English contact page. */
  committeeNameEn: field.string({ maxLength: 160 }),
  /** Province (and former district or town, if useful), e.g. "tỉnh Hưng Yên". */
  province: field.string({ maxLength: 120 }),
  /** Story featured on the home page. */
  featuredStory: field.reference('honorees', { required: false }),
  /** Introduction shown on the about page. */
  about: field.text({ maxLength: 2000 }),
  /** Links to related state portals. */
  portals: field.list({
    /** Name of the portal. */
    label: field.string({ maxLength: 120 }),
    /** Address of the portal. */
    url: field.url(),
  }),
} as const;

/** content/settings/contacts.yaml: how to reach the committee. */
export const contactsFields = {
  /** Postal address in Vietnamese. */
  address: field.string({ maxLength: 300 }),
  /** Postal address in English. */
  addressEn: field.string({ maxLength: 300 }),
  /** Office telephone. */
  phone: field.string({ maxLength: 40 }),
  /** Office e-mail. */
  email: field.string({ maxLength: 120 }),
  /** Office hours in Vietnamese. */
  hours: field.string({ maxLength: 200 }),
  /** Office hours in English. */
  hoursEn: field.string({ maxLength: 200 }),
  /** Offices and people to contact. */
  units: field.list({
    /** Office or role in Vietnamese. */
    name: field.string({ maxLength: 160 }),
    /** Office or role in English. */
    nameEn: field.string({ maxLength: 160 }),
    /** Office telephone of this unit. */
    phone: field.string({ required: false, maxLength: 40 }),
    /** E-mail of this unit. */
    email: field.string({ required: false, maxLength: 120 }),
  }),
} as const;

/** content/settings/residential-groups.yaml: the ward's residential groups (tổ dân phố). */
export const residentialGroupsFields = {
  /** The groups, in the order they are listed. */
  groups: field.list(
    {
      /** Short ASCII identifier used in content and paths, e.g. "tdp-1". */
      id: field.string({ pattern: { source: '^[a-z0-9]+(-[a-z0-9]+)*$', message: 'error.slug' }, maxLength: 60 }),
      /** Name as residents know it, e.g. "Tổ dân phố số 1". */
      name: field.string({ maxLength: 120 }),
    },
    { required: true },
  ),
} as const;

/** content/settings/fields.yaml: fields of achievement. */
export const achievementFieldsFields = {
  /** The fields, in the order they are listed. */
  fields: field.list(
    {
      /** Short ASCII identifier used in content and paths, e.g. "khuyen-hoc". */
      id: field.string({ pattern: { source: '^[a-z0-9]+(-[a-z0-9]+)*$', message: 'error.slug' }, maxLength: 60 }),
      /** Name shown to readers. */
      name: field.string({ maxLength: 120 }),
    },
    { required: true },
  ),
} as const;

/** content/settings/radio.yaml: the radio team's dictionary and speaking rate. */
export const radioFields = {
  /** Reading speed in syllables per minute (news reading is about 200–220). */
  syllablesPerMinute: field.number({ min: 100, max: 400, integer: true }),
  /** How a zero tens digit before a unit is read: 105 "một trăm linh năm" or "một trăm lẻ năm". */
  zeroTens: field.select('zeroTens', { required: false }),
  /** Abbreviations expanded in read-aloud scripts. */
  abbreviations: field.list(
    {
      /** The abbreviation as written, e.g. "UBND". */
      abbr: field.string({ maxLength: 30 }),
      /** How it is read out, e.g. "Ủy ban nhân dân". */
      expansion: field.string({ maxLength: 160 }),
    },
    { required: true },
  ),
} as const;
