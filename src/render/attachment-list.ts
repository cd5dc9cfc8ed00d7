/**
 * A document's files, each with its kind and size so people know what they will open.
 * Rendered by src/components/AttachmentList.astro and the document preview.
 */
import { t } from '../i18n/strings.ts';
import { attr, markup, type Html } from './html.ts';

/** One file as the list shows it. */
export interface Attachment {
  href: string;
  label: string;
  /** "PDF"; '' when the name has no extension. */
  kind: string;
  /** "84 KB"; '' when the size is not known. */
  size: string;
}

function meta({ kind, size }: Attachment): string {
  return kind && size ? t('documents.attachmentMeta', { kind, size }) : kind || size;
}

export function attachmentListHtml(files: readonly Attachment[]): Html {
  return markup`
    <ul class="link-list attachment-list">
      ${files.map(
        (f) => markup`
          <li>
            <a${attr('href', f.href)}>${f.label}</a>
            ${meta(f) && markup`<span class="secondary"> (${meta(f)})</span>`}
          </li>`,
      )}
    </ul>`;
}
