/**
 * Everything the radio desk (/phat-thanh/) shows: one read-aloud script per story, campaign,
 * document and announcement, and each bulletin's rundown. Built once per build from the entries and the
 * radio settings; the reading rules live in src/lib/radio/.
 */
import {
  getAnnouncements,
  getBulletins,
  getCampaigns,
  getDocuments,
  getHonorees,
  getSettings,
  type Bulletin,
  type Campaign,
} from './entries.ts';
import { docNumberSlug } from '../lib/legal/doc-number.ts';
import { paths } from '../lib/site/paths.ts';
import { t } from '../i18n/strings.ts';
import {
  announcementScript,
  documentScript,
  entryScript,
  noticeScript,
  radioContext,
  type Script,
} from '../lib/radio/script.ts';
import { rundown, type RundownRow } from '../lib/radio/rundown.ts';
import { bulletinItems, scriptTitle, type RadioCollection, type RundownItem } from '../lib/radio/bulletin-item.ts';
import type { OptionValue } from '../schemas/options.ts';

export type { RadioCollection } from '../lib/radio/bulletin-item.ts';
export const RADIO_COLLECTIONS: readonly RadioCollection[] = [
  'guong-sang',
  'phong-trao',
  'van-ban',
  'thong-bao-su-kien',
];

export interface ScriptEntry {
  collection: RadioCollection;
  id: string;
  /** Title as written, for people. */
  title: string;
  /** Date to sort and show: published, started, issued, or the announcement's day. */
  date: string;
  script: Script;
  /** The entry's own page. */
  entryHref: string;
  href: string;
  txtHref: string;
  /** Campaigns the script belongs to: its own, those it is part of, or those it is the legal basis of. */
  campaigns: string[];
}

export interface BulletinItemView extends RundownItem {
  kind: OptionValue<'bulletinItemKind'>;
  script: Script;
}

export interface BulletinView {
  bulletin: Bulletin;
  rows: RundownRow<BulletinItemView>[];
  totalSeconds: number;
  href: string;
  txtHref: string;
  /** Every paragraph read, in order (the .txt file). */
  paragraphs: string[];
}

export interface RadioView {
  syllablesPerMinute: number;
  /** Newest first. */
  scripts: ScriptEntry[];
  scriptOf: (collection: RadioCollection, id: string) => ScriptEntry;
  /** Latest air date first. */
  bulletins: BulletinView[];
  campaigns: Campaign[];
}

let cached: Promise<RadioView> | undefined;

/** The radio desk's data, computed once per build. */
export function getRadioView(): Promise<RadioView> {
  cached ??= build();
  return cached;
}

async function build(): Promise<RadioView> {
  const [settings, honorees, campaigns, documents, bulletins, announcements] = await Promise.all([
    getSettings(),
    getHonorees(),
    getCampaigns(),
    getDocuments(),
    getBulletins(),
    getAnnouncements(),
  ]);
  const ctx = radioContext(settings.radio);
  const entry = (collection: RadioCollection, id: string, title: string, date: string) => ({
    collection,
    id,
    title,
    date,
    href: paths.radioScript(collection, id),
    txtHref: paths.radioScriptTxt(collection, id),
  });
  const basisOf = (docId: string) =>
    campaigns.filter((c) => (c.data.legalBasis ?? []).some((n) => docNumberSlug(n) === docId)).map((c) => c.id);
  const scripts: ScriptEntry[] = [
    ...honorees.map((h) => ({
      ...entry('guong-sang', h.id, h.data.title, h.data.published),
      script: entryScript(h.data, h.body, ctx),
      entryHref: paths.honoree(h.id),
      campaigns: h.data.campaigns ?? [],
    })),
    ...campaigns.map((c) => ({
      ...entry('phong-trao', c.id, c.data.title, c.data.start),
      script: entryScript(c.data, c.body, ctx),
      entryHref: paths.campaign(c.id),
      campaigns: [c.id],
    })),
    ...documents.map((d) => ({
      ...entry('van-ban', d.id, scriptTitle('van-ban', d.data), d.data.issued),
      script: documentScript(d.data, ctx),
      entryHref: paths.document(d.id),
      campaigns: basisOf(d.id),
    })),
    ...announcements.map((a) => ({
      ...entry('thong-bao-su-kien', a.id, a.data.title, a.data.date),
      script: noticeScript(a.data, a.body, ctx),
      entryHref: paths.announcement(a.id),
      campaigns: a.data.campaign ? [a.data.campaign] : [],
    })),
  ].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'vi'));
  const byKey = new Map(scripts.map((s) => [`${s.collection}/${s.id}`, s]));
  const scriptOf = (collection: RadioCollection, id: string): ScriptEntry => {
    const found = byKey.get(`${collection}/${id}`);
    if (!found) throw new Error(`No script for ${collection}/${id}`);
    return found;
  };

  const bulletinViews = bulletins.map((bulletin): BulletinView => {
    const items: BulletinItemView[] = bulletinItems(
      bulletin.data.items,
      (ref) => scriptOf(ref.kind, ref.id),
      (text) => announcementScript(text, ctx),
      t('option.bulletinItemKind.thong-bao'),
    );
    const { rows, totalSeconds } = rundown(items);
    return {
      bulletin,
      rows,
      totalSeconds,
      href: paths.bulletin(bulletin.id),
      txtHref: paths.bulletinTxt(bulletin.id),
      paragraphs: items.flatMap((i) => i.script.paragraphs),
    };
  });

  return {
    syllablesPerMinute: settings.radio.syllablesPerMinute,
    scripts,
    scriptOf,
    bulletins: bulletinViews,
    campaigns,
  };
}
