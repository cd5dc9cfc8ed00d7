/**
 * Preview of a bulletin, with the structure of /phat-thanh/ban-tin/<id>/
 * (src/pages/phat-thanh/ban-tin/[id].astro): air date, slot, priority and total duration, the
 * rundown with each item's duration and running time, the notes, and every word to read. The
 * example notice, the facts, the rundown, the notes, the item headings and the script text are
 * the site's own markup (src/render/, as ExampleNotice.astro, BulletinFacts.astro, Rundown.astro,
 * BulletinNotes.astro, BulletinItemHeading.astro and ScriptText.astro render it).
 * Scripts, durations and item names come from src/lib/radio/, as on the site.
 */
import { t } from '../../src/i18n/strings.ts';
import { isPlainDate } from '../../src/lib/dates/plain-date.ts';
import {
  announcementLabel,
  bulletinItemRef,
  scriptTitle,
  type BulletinItemRef,
  type RadioCollection,
  type RundownItem,
} from '../../src/lib/radio/bulletin-item.ts';
import { rundown } from '../../src/lib/radio/rundown.ts';
import { rundownHtml } from '../../src/render/rundown.ts';
import { bulletinFactsHtml, bulletinItemHeadingHtml, bulletinNotesHtml } from '../../src/render/bulletin-page.ts';
import type { RadioContext, Script } from '../../src/lib/radio/script.ts';
import { paths } from '../../src/lib/site/paths.ts';
import { exampleNoticeHtml } from '../../src/render/example-notice.ts';
import { scriptTextHtml } from '../../src/render/script-text.ts';
import { Html, Page } from './parts.tsx';
import { announcementScriptOf, documentScriptOf, noticeScriptOf, storyScript, type ScriptResult } from './radio.ts';
import { flag, optionalText, records, text, type Loose } from './read.ts';

type EntryCollection = 'honorees' | 'campaigns' | 'documents' | 'announcements';

/** The CMS collection of each kind of item that reads an entry. */
const COLLECTION_OF: Readonly<Record<RadioCollection, EntryCollection>> = {
  'guong-sang': 'honorees',
  'phong-trao': 'campaigns',
  'van-ban': 'documents',
  'thong-bao-su-kien': 'announcements',
};

/** An entry a bulletin item reads: its front matter and Markdown body. */
export interface ReadEntry {
  data: Loose;
  body: string;
}

/** The entry a bulletin item reads, by the site's rule (src/lib/radio/bulletin-item.ts). */
function refOf(item: Loose): BulletinItemRef | undefined {
  return bulletinItemRef({
    kind: text(item, 'kind'),
    honoree: text(item, 'honoree'),
    campaign: text(item, 'campaign'),
    document: text(item, 'document'),
    announcement: text(item, 'announcement'),
  });
}

/** Key under which the bulletin preview looks up the entry an item reads. */
export function itemKey(item: Loose): { collection: EntryCollection; slug: string } | undefined {
  const ref = refOf(item);
  return ref && { collection: COLLECTION_OF[ref.kind], slug: ref.id };
}

export interface BulletinViewProps {
  data: Loose;
  /** Entries the items read, by "<collection>/<slug>", as far as they are loaded. */
  entries: ReadonlyMap<string, ReadEntry>;
  radio: RadioContext | undefined;
}

interface ItemView extends RundownItem {
  script: Script | undefined;
  problem: string | undefined;
}

function itemView(item: Loose, entries: ReadonlyMap<string, ReadEntry>, radio: RadioContext | undefined): ItemView {
  const kind = text(item, 'kind');
  const ref = refOf(item);
  const entry = ref ? entries.get(`${COLLECTION_OF[ref.kind]}/${ref.id}`) : undefined;
  let result: ScriptResult;
  let label: string;
  let href: string | undefined;
  if (ref && entry) {
    result =
      ref.kind === 'van-ban'
        ? documentScriptOf(entry.data, radio)
        : ref.kind === 'thong-bao-su-kien'
          ? noticeScriptOf(entry.data, entry.body, radio)
          : storyScript(entry.data, entry.body, radio);
    const title = scriptTitle(ref.kind, { title: text(entry.data, 'title'), number: text(entry.data, 'number') });
    label = title || ref.id;
    href = paths.radioScript(ref.kind, ref.id);
  } else if (ref) {
    result = { problem: t('cms.preview.loading') };
    label = ref.id;
    href = undefined;
  } else {
    result = announcementScriptOf(item, radio);
    label = announcementLabel(optionalText(item, 'heading'), t('option.bulletinItemKind.thong-bao'));
    href = undefined;
  }
  return { kind, label, href, script: result.script, problem: result.problem, seconds: result.script?.seconds ?? 0 };
}

export function BulletinView({ data, entries, radio }: BulletinViewProps) {
  const items = records(data, 'items').map((item) => itemView(item, entries, radio));
  const { rows, totalSeconds } = rundown(items);
  const airDate = text(data, 'airDate');
  const slot = text(data, 'slot');
  const priority = text(data, 'priority');
  const notes = optionalText(data, 'notes');
  const facts = bulletinFactsHtml({
    airDate: isPlainDate(airDate) ? airDate : undefined,
    slot: slot || undefined,
    priority: priority || undefined,
    totalSeconds,
  });
  return (
    <Page>
      <article className="bulletin-page" data-preview="bulletins" data-total-seconds={totalSeconds}>
        <h1>{text(data, 'title')}</h1>
        {flag(data, 'example') && <Html html={exampleNoticeHtml('entry')} />}
        <Html html={facts} />
        <h2 id="rundown">{t('radio.bulletin.rundown')}</h2>
        <Html html={rundownHtml(rows, totalSeconds)} />
        {notes && <Html html={bulletinNotesHtml(notes)} />}
        <section aria-labelledby="full-text" className="bulletin-text">
          <h2 id="full-text">{t('radio.bulletin.fullText')}</h2>
          {rows.map((row) => (
            <section key={row.position} aria-labelledby={`item-${row.position}`}>
              <Html html={bulletinItemHeadingHtml(row)} />
              {row.script ? (
                <Html html={scriptTextHtml(row.script.paragraphs, `item-${row.position}-text`)} />
              ) : (
                <p className="secondary">{row.problem}</p>
              )}
            </section>
          ))}
        </section>
      </article>
    </Page>
  );
}
