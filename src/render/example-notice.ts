/**
 * The notice that an entry is a made-up example shipped with the product. Rendered by
 * src/components/ExampleNotice.astro and the CMS previews. Search leaves it out of the index.
 */
import { t } from '../i18n/strings.ts';
import { markup, type Html } from './html.ts';

/** "story" for stories; "entry" for campaigns, bulletins and other entries. */
export type ExampleKind = 'story' | 'entry';

export function exampleNoticeHtml(kind: ExampleKind = 'story'): Html {
  return markup`
    <div class="notice" data-pagefind-ignore>
      <p class="notice__title">${t('site.example')}</p>
      <p>${kind === 'story' ? t('site.exampleNote') : t('site.exampleNoteEntry')}</p>
    </div>`;
}
