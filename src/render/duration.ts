/**
 * A duration as the radio desk shows it. Used by the rundown, a script's facts and the
 * bulletin pages, on the site and in the CMS previews.
 */
import { formatDuration } from '../i18n/wording/duration.ts';
import { isoDuration } from '../lib/radio/duration.ts';
import { attr, markup, type Html } from './html.ts';

/** "1 phút 20 giây" in a <time> that carries the ISO 8601 duration. */
export function durationHtml(seconds: number): Html {
  return markup`<time${attr('datetime', isoDuration(seconds))}>${formatDuration(seconds)}</time>`;
}
