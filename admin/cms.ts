/**
 * The CMS in the browser: Decap, bundled from npm by Astro/Vite with the site (no CDN),
 * in Vietnamese, configured from the generated config, with previews drawn like the site's
 * pages. Loaded only by /admin/.
 */
import CMS from 'decap-cms-app';
import type { CmsConfig } from 'decap-cms-core';
import { vi } from 'decap-cms-locales';
import { cmsConfig, type CmsOptions } from './config.ts';
import { withProjectPhrases } from './locale.ts';
import { localBackendUrl } from './local-backend.ts';
import { registerPreviews, type PreviewRegistry } from './previews/index.tsx';
import { checkEntry, type PreparedEntry } from './save-check.ts';

/** Options the /admin/ page renders into <script type="application/json" id="cms-options">. */
function readOptions(): CmsOptions {
  const text = document.getElementById('cms-options')?.textContent;
  if (!text) throw new Error('The /admin/ page has no #cms-options element');
  return JSON.parse(text) as CmsOptions;
}

/** The parts of Decap's Immutable entry the save check uses. */
interface ImmutableData {
  toJS(): unknown;
  deleteIn(path: readonly (string | number)[]): ImmutableData;
  setIn(path: readonly (string | number)[], value: unknown): ImmutableData;
}

CMS.registerLocale('vi', withProjectPhrases(vi));
// Decap's own typings of these two are narrower than what it accepts (raw CSS, function components).
registerPreviews(CMS as unknown as PreviewRegistry);

const options = readOptions();

/** The fields of Decap's Immutable entry the check reads. */
interface ImmutableEntry {
  get(key: 'collection' | 'slug' | 'data'): unknown;
}

/** checkEntry (admin/save-check.ts) on a Decap entry: its prepared form, or EntryRefused. */
function checkDecapEntry(entry: ImmutableEntry): { data: ImmutableData; prepared: PreparedEntry } {
  const data = entry.get('data') as ImmutableData;
  const prepared = checkEntry(
    String(entry.get('collection')),
    String(entry.get('slug') ?? ''),
    data.toJS() as Record<string, unknown>,
    { planTasks: options.planTasks },
  );
  return { data, prepared };
}

// Before every save: drop empty optional values, write image paths as ./images/…, store
// text in NFC, and refuse what the build would refuse.
// Decap shows the thrown message in its "could not save" notice.
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const checked = checkDecapEntry(entry);
    let data = checked.data;
    const { prepared } = checked;
    for (const path of prepared.removed) data = data.deleteIn(path);
    for (const [path, value] of prepared.replaced) data = data.setIn(path, value);
    return data;
  },
});

// Before a draft is published (editorial workflow; with direct saving, right after preSave):
// the same check on the entry as it stands on its branch, which may never have gone through
// preSave. Throwing stops Decap before it merges; it shows the message in its "could not
// publish" notice. Returns nothing: publishing writes no data of its own.
CMS.registerEventListener({
  name: 'prePublish',
  handler: ({ entry }) => {
    checkDecapEntry(entry);
  },
});

// Our config types cover only the options this project uses; Decap's are wider.
const config = {
  load_config_file: false,
  ...cmsConfig(options, localBackendUrl(window.location, options.localBackendPort)),
} as unknown as CmsConfig;
CMS.init({ config });
