/**
 * What a read-aloud script page says about the script before its words: the estimated
 * duration with the syllable count and rate, where the script comes from, the entry it reads
 * (on the site), and a notice listing the abbreviations the dictionary does not know.
 * Rendered by src/pages/phat-thanh/[collection]/[id].astro and by every entry's CMS preview.
 */
import { t } from '../i18n/strings.ts';
import type { Script } from '../lib/radio/script.ts';
import { durationHtml } from './duration.ts';
import { attr, markup, type Html } from './html.ts';
import { summaryListHtml, summaryRowHtml } from './summary-list.ts';

/** The entry a script reads, linked from its page; a preview, which is that entry, gives none. */
export interface ScriptEntryLink {
  href: string;
  title: string;
}

type ScriptFacts = Pick<Script, 'seconds' | 'syllables' | 'handwritten' | 'unknownAbbreviations'>;

/** The facts as a summary list, then the notice (only when an abbreviation is unknown). */
export function scriptSummaryHtml(script: ScriptFacts, rate: number, entry?: ScriptEntryLink): Html {
  const syllables = t('radio.script.syllables', { count: script.syllables, rate });
  const duration = markup`<strong>${durationHtml(script.seconds)}</strong> <span class="secondary">(${syllables})</span>`;
  const source = script.handwritten ? t('radio.script.handwritten') : t('radio.script.derived');
  const link = entry && markup`<a${attr('href', entry.href)}>${entry.title}</a>`;
  const list = script.unknownAbbreviations.join(', ');
  return markup`
    ${summaryListHtml([
      summaryRowHtml(t('radio.script.duration'), duration),
      summaryRowHtml(t('radio.script.source'), source),
      link && summaryRowHtml(t('radio.script.entry'), link),
    ])}
    ${list && markup`<div class="notice no-print"><p>${t('radio.script.unknown', { list })}</p></div>`}`;
}
