/**
 * Typed access to content for pages: the only module that calls getCollection. Types come
 * from the schema declarations, so pages, the CMS and the build share one definition.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Infer } from '../schemas/fields.ts';
import { storyDisplay, type StoryForConsent } from '../lib/privacy/consent.ts';
import { normaliseText } from '../lib/content/frontmatter.ts';
import { byWhen } from '../lib/announcements/rules.ts';
import type {
  announcementFields,
  bulletinFields,
  campaignFields,
  documentFields,
  honoreeFields,
} from '../schemas/index.ts';
import type {
  achievementFieldsFields,
  contactsFields,
  radioFields,
  residentialGroupsFields,
  siteFields,
} from '../schemas/settings.ts';

type EntryCollection = 'honorees' | 'campaigns' | 'documents' | 'bulletins' | 'announcements';

export interface Entry<D> {
  id: string;
  data: D;
  body: string;
  /** Path of the source file, relative to the project root. */
  filePath: string;
  /** The Astro entry, for render(). */
  entry: CollectionEntry<EntryCollection>;
}

export type HonoreeData = Infer<typeof honoreeFields>;
export type CampaignData = Infer<typeof campaignFields>;
export type DocumentData = Infer<typeof documentFields>;
export type BulletinData = Infer<typeof bulletinFields>;
export type AnnouncementData = Infer<typeof announcementFields>;
export type Honoree = Entry<HonoreeData>;
export type Campaign = Entry<CampaignData>;
export type LegalDocument = Entry<DocumentData>;
export type Bulletin = Entry<BulletinData>;
export type Announcement = Entry<AnnouncementData>;

export interface Settings {
  site: Infer<typeof siteFields>;
  contacts: Infer<typeof contactsFields>;
  residentialGroups: Infer<typeof residentialGroupsFields>;
  fields: Infer<typeof achievementFieldsFields>;
  radio: Infer<typeof radioFields>;
}

async function load<D>(name: EntryCollection): Promise<Entry<D>[]> {
  const entries = await getCollection(name);
  return entries.map((entry) => ({
    id: entry.id,
    data: entry.data as D,
    // Astro keeps the body as saved; front matter was normalised when read, the body is here.
    body: normaliseText(entry.body ?? ''),
    filePath: entry.filePath ?? '',
    entry,
  }));
}

const memo = new Map<string, Promise<unknown>>();

/**
 * In a production build entries do not change while pages render, so what is derived from them
 * (a list read, normalised and sorted; the plan tasks' index) is made once, not once per page (at
 * thousands of entries that was most of a document page's time). The dev server reads afresh.
 */
export function buildOnce<T>(key: string, read: () => Promise<T>): Promise<T> {
  if (!import.meta.env.PROD) return read();
  let value = memo.get(key) as Promise<T> | undefined;
  if (!value) {
    value = read();
    memo.set(key, value);
  }
  return value;
}

/** A list made once per build (buildOnce); callers get their own copy of the array. */
async function once<T>(key: string, read: () => Promise<T[]>): Promise<T[]> {
  return [...(await buildOnce(key, read))];
}

/**
 * Stories that may be published, newest first. The content check refuses a story whose
 * consent does not cover it; this also keeps it off the pages in the dev server.
 */
export function getHonorees(): Promise<Honoree[]> {
  return once('honorees', async () =>
    (await load<HonoreeData>('honorees'))
      .filter((h) => storyDisplay(h.data as unknown as StoryForConsent).story)
      .sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id)),
  );
}

/** Campaigns, most recently started first. */
export function getCampaigns(): Promise<Campaign[]> {
  return once('campaigns', async () =>
    (await load<CampaignData>('campaigns')).sort(
      (a, b) => b.data.start.localeCompare(a.data.start) || a.id.localeCompare(b.id),
    ),
  );
}

/** Documents, most recently issued first. */
export function getDocuments(): Promise<LegalDocument[]> {
  return once('documents', async () =>
    (await load<DocumentData>('documents')).sort(
      (a, b) => b.data.issued.localeCompare(a.data.issued) || a.id.localeCompare(b.id),
    ),
  );
}

/** Bulletins, latest air date first. */
export function getBulletins(): Promise<Bulletin[]> {
  return once('bulletins', async () =>
    (await load<BulletinData>('bulletins')).sort(
      (a, b) => b.data.airDate.localeCompare(a.data.airDate) || a.id.localeCompare(b.id),
    ),
  );
}

/**
 * Announcements and events, latest first by their day and time. Which are current and the
 * order the pages list them in come from src/lib/announcements/rules.ts.
 */
export function getAnnouncements(): Promise<Announcement[]> {
  return once('announcements', async () =>
    (await load<AnnouncementData>('announcements')).sort((a, b) => byWhen(b.data, a.data) || a.id.localeCompare(b.id)),
  );
}

/** All settings files, validated. */
export async function getSettings(): Promise<Settings> {
  const entries = await getCollection('settings');
  const byId = Object.fromEntries(entries.map((e) => [e.id, e.data]));
  return byId as unknown as Settings;
}
