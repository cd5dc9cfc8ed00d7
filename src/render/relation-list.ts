/**
 * A document's relations to other documents, both directions, grouped by kind, with their
 * date and status. Rendered by src/components/RelationList.astro and the document preview.
 */
import { t, tMaybe } from '../i18n/strings.ts';
import { formatViDate } from '../lib/dates/plain-date.ts';
import type { RelationGroup } from '../lib/legal/relations.ts';
import type { Validity } from '../lib/legal/validity.ts';
import { paths } from '../lib/site/paths.ts';
import { validityBadgeHtml } from './badge.ts';
import { attr, markup, trusted, type Html } from './html.ts';

/** What the list shows of the other document. */
export interface RelatedDocument {
  number: string;
  title: string;
  issued?: string | undefined;
  validity?: Validity | undefined;
}

/** "Thay thế", or seen from the other side "Bị thay thế bởi"; the kind itself when it has no name. */
export function relationGroupLabel(group: RelationGroup): string {
  const key = group.direction === 'outgoing' ? `relation.${group.kind}` : `relation.${group.kind}.inverse`;
  return tMaybe(key) ?? group.kind;
}

function itemHtml(otherId: string, note: string | undefined, other: RelatedDocument | undefined): Html {
  const name =
    other &&
    markup`<a${attr('href', paths.document(otherId))}>${t('documents.titleLine', { number: other.number, title: other.title })}</a>`;
  const issued = other?.issued && formatViDate(other.issued);
  return markup`
    <li>
      ${name || otherId}
      ${issued && markup`<span class="secondary small"> · ${t('documents.relatedMeta', { date: issued })}</span>`}
      ${other?.validity && markup` ${validityBadgeHtml(other.validity)}`}
      ${note && markup`<span class="relation-list__note secondary small">${note}</span>`}
    </li>`;
}

/** Each group: its heading (h3, or h4 under a lower section) and its list. */
export function relationListHtml(
  groups: readonly RelationGroup[],
  documents: ReadonlyMap<string, RelatedDocument>,
  level: 3 | 4 = 3,
): Html {
  const tag = trusted(`h${level}`);
  return markup`${groups.map(
    (group) => markup`
      <${tag} class="relation-group__title">${relationGroupLabel(group)}</${tag}>
      <ul class="link-list relation-list">
        ${group.links.map((link) => itemHtml(link.otherId, link.note, documents.get(link.otherId)))}
      </ul>`,
  )}`;
}
