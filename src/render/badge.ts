/**
 * A short status label (src/components/Badge.astro), and a document's validity as one
 * (ValidityBadge.astro). The colour only repeats what the words say.
 */
import { t } from '../i18n/strings.ts';
import type { Validity } from '../lib/legal/validity.ts';
import { attr, markup, type Html } from './html.ts';

export type Tone = 'green' | 'blue' | 'grey' | 'red' | 'amber';

/** The tone of each validity status. */
export const VALIDITY_TONES: Readonly<Record<Validity, Tone>> = {
  'chua-co-hieu-luc': 'blue',
  'con-hieu-luc': 'green',
  'het-hieu-luc-mot-phan': 'amber',
  'het-hieu-luc': 'red',
};

export function badgeHtml(text: string, tone: Tone = 'grey'): Html {
  return markup`<strong${attr('class', `badge badge--${tone}`)}>${text}</strong>`;
}

export function validityBadgeHtml(validity: Validity): Html {
  return badgeHtml(t(`option.validity.${validity}`), VALIDITY_TONES[validity]);
}
