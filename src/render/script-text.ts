/**
 * The words to read, one paragraph each, in large type for reading aloud (every paragraph
 * carries data-read for the radio desk's tools). Rendered by src/components/ScriptText.astro
 * and the CMS previews.
 */
import { attr, markup, type Html } from './html.ts';

/** `id` names the block for the copy and listen tools; a preview gives none. */
export function scriptTextHtml(paragraphs: readonly string[], id?: string): Html {
  return markup`
    <div class="script-text"${attr('id', id)} lang="vi">
      ${paragraphs.map((p) => markup`<p data-read>${p}</p>`)}
    </div>`;
}
