/**
 * Registers the previews with Decap: one template per collection, each loading what its
 * page needs besides the entry itself (settings lists, the radio dictionary and rate, the
 * entries it refers to) through Decap's getCollection, then drawing the view with the
 * site's own stylesheets. Loaded entries are kept for as long as the preview stays open.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { RadioContext } from '../../src/lib/radio/script.ts';
import { SETTINGS_FILES } from '../../src/schemas/index.ts';
import { SETTINGS_COLLECTION } from '../../src/schemas/to-decap.ts';
import { todayInVietnam } from '../../src/lib/dates/plain-date.ts';
import { docNumberSlug } from '../../src/lib/legal/doc-number.ts';
import { AnnouncementView } from './announcement.tsx';
import { BulletinView, itemKey, type ReadEntry } from './bulletin.tsx';
import { CampaignView } from './campaign.tsx';
import { DocumentView } from './document.tsx';
import { HonoreeView } from './honoree.tsx';
import { radioFromSettings } from './radio.ts';
import { idNames, plain, record, records, strings, text, type Loose } from './read.ts';
import { PREVIEW_STYLES } from './styles.ts';
import { explainedValidity } from './validity.tsx';

/** What Decap hands a preview template (only what these previews use). */
export interface PreviewProps {
  entry: { getIn(path: readonly string[]): unknown };
  getAsset(path: string): unknown;
  getCollection(collection: string, slug?: string): Promise<unknown>;
}

/** The parts of the CMS object used here. */
export interface PreviewRegistry {
  registerPreviewStyle(style: string, options?: { raw: boolean }): void;
  registerPreviewTemplate(name: string, component: (props: PreviewProps) => unknown): void;
}

type Loader = (collection: string, slug?: string) => Promise<unknown>;

/** getCollection with a cache for the life of the preview; failures (no such entry) read as undefined. */
function useLoader(props: PreviewProps): Loader {
  const cache = useRef(new Map<string, Promise<unknown>>());
  const get = useRef(props.getCollection);
  get.current = props.getCollection;
  return useMemo<Loader>(
    () => (collection, slug) => {
      const key = `${collection}/${slug ?? '*'}`;
      let found = cache.current.get(key);
      if (!found) {
        found = get.current(collection, slug).then(plain, () => undefined);
        cache.current.set(key, found);
      }
      return found;
    },
    [],
  );
}

/** The value of `load()`, re-run when `key` changes; undefined until it resolves. */
function useLoaded<T>(load: () => Promise<T>, key: string): T | undefined {
  const [state, setState] = useState<{ key: string; value: T } | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void load().then((value) => {
      if (live) setState({ key, value });
    });
    return () => {
      live = false;
    };
    // Re-run only when what is loaded changes, not on every render.
  }, [key]);
  return state?.key === key ? state.value : undefined;
}

/** The data of a loaded entry (Decap gives { data, slug, path }). */
function dataOf(loaded: unknown): Loose | undefined {
  const value = record(loaded);
  return 'data' in value ? record(value['data']) : undefined;
}

function useSettings(load: Loader) {
  return useLoaded(async () => {
    const [groups, fields, radio] = await Promise.all(
      [SETTINGS_FILES.residentialGroups.name, SETTINGS_FILES.fields.name, SETTINGS_FILES.radio.name].map((file) =>
        load(SETTINGS_COLLECTION, file).then(dataOf),
      ),
    );
    return {
      groups: groups ? idNames(groups, 'groups') : [],
      fields: fields ? idNames(fields, 'fields') : [],
      radio: radioFromSettings(radio) as RadioContext | undefined,
    };
  }, 'settings');
}

/** Front matter of every document (relations and validity need all of them). */
function useDocuments(load: Loader): Loose[] | undefined {
  return useLoaded(async () => {
    const list = await load('documents');
    return Array.isArray(list)
      ? list.flatMap((e: unknown): Loose[] => {
          const data = dataOf(e);
          return data ? [data] : [];
        })
      : [];
  }, 'documents');
}

function entryData(props: PreviewProps): { data: Loose; body: string } {
  const data = record(props.entry.getIn(['data']));
  return { data, body: text(data, 'body') };
}

/** The address the preview frame can load an image from (Decap's asset URL). */
function assetUrl(props: PreviewProps, path: string): string | undefined {
  if (path.trim() === '') return undefined;
  const asset = props.getAsset(path);
  const url = asset === undefined || asset === null ? '' : String(asset);
  return url === '' ? undefined : url;
}

function HonoreePreview(props: PreviewProps) {
  const { data, body } = entryData(props);
  const load = useLoader(props);
  const settings = useSettings(load);
  const ids = strings(data, 'campaigns');
  const titles = useLoaded(
    async () =>
      new Map(
        await Promise.all(
          ids.map(async (id) => [id, text((await load('campaigns', id).then(dataOf)) ?? {}, 'title') || id] as const),
        ),
      ),
    ids.join('|'),
  );
  const documents = useDocuments(load);
  return (
    <HonoreeView
      data={data}
      body={body}
      photoUrl={assetUrl(props, text(record(data['photo']), 'src'))}
      groups={settings?.groups ?? []}
      fields={settings?.fields ?? []}
      campaignTitles={titles ?? new Map()}
      radio={settings?.radio}
      documentIds={new Set((documents ?? []).map((d) => docNumberSlug(text(d, 'number'))))}
    />
  );
}

function CampaignPreview(props: PreviewProps) {
  const { data, body } = entryData(props);
  const load = useLoader(props);
  const settings = useSettings(load);
  const documents = useDocuments(load);
  const today = todayInVietnam();
  const byNumber = new Map(
    (documents ?? []).map((d) => [
      text(d, 'number'),
      { title: text(d, 'title'), validity: explainedValidity(d, today)?.validity },
    ]),
  );
  return (
    <CampaignView
      data={data}
      body={body}
      coverUrl={assetUrl(props, text(record(data['cover']), 'src'))}
      documents={byNumber}
      radio={settings?.radio}
      today={today}
      groups={settings?.groups ?? []}
    />
  );
}

function DocumentPreview(props: PreviewProps) {
  const { data, body } = entryData(props);
  const load = useLoader(props);
  const settings = useSettings(load);
  const documents = useDocuments(load);
  return <DocumentView data={data} body={body} others={documents ?? []} radio={settings?.radio} />;
}

function AnnouncementPreview(props: PreviewProps) {
  const { data, body } = entryData(props);
  const load = useLoader(props);
  const settings = useSettings(load);
  const documents = useDocuments(load);
  const campaign = text(data, 'campaign');
  const campaignTitle = useLoaded(
    async () => (campaign ? text((await load('campaigns', campaign).then(dataOf)) ?? {}, 'title') : ''),
    campaign,
  );
  const documentTitles = new Map((documents ?? []).map((d) => [text(d, 'number'), text(d, 'title')]));
  return (
    <AnnouncementView
      data={data}
      body={body}
      campaignTitles={new Map(campaign && campaignTitle ? [[campaign, campaignTitle]] : [])}
      documentTitles={documentTitles}
      radio={settings?.radio}
    />
  );
}

function BulletinPreview(props: PreviewProps) {
  const { data } = entryData(props);
  const load = useLoader(props);
  const settings = useSettings(load);
  const keys = records(data, 'items').flatMap((item) => itemKey(item) ?? []);
  const entries = useLoaded(
    async () => {
      const loaded = await Promise.all(
        keys.map(async ({ collection, slug }) => {
          const entryData = await load(collection, slug).then(dataOf);
          const read: ReadEntry | undefined = entryData
            ? { data: entryData, body: text(entryData, 'body') }
            : undefined;
          return [`${collection}/${slug}`, read] as const;
        }),
      );
      return new Map(loaded.flatMap(([key, read]) => (read ? [[key, read] as const] : [])));
    },
    keys.map((k) => `${k.collection}/${k.slug}`).join('|'),
  );
  return <BulletinView data={data} entries={entries ?? new Map()} radio={settings?.radio} />;
}

/** Registers the site's stylesheets and a preview template for every folder collection. */
export function registerPreviews(cms: PreviewRegistry): void {
  for (const css of PREVIEW_STYLES) cms.registerPreviewStyle(css, { raw: true });
  cms.registerPreviewTemplate('honorees', HonoreePreview);
  cms.registerPreviewTemplate('campaigns', CampaignPreview);
  cms.registerPreviewTemplate('documents', DocumentPreview);
  cms.registerPreviewTemplate('bulletins', BulletinPreview);
  cms.registerPreviewTemplate('announcements', AnnouncementPreview);
}
