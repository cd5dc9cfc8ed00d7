/**
 * Read-aloud scripts for previews, from the radio desk's own rules (src/lib/radio/): the
 * preview of an entry shows the script and duration its /phat-thanh/ page will show. Pure.
 */
import {
  announcementScript,
  documentScript,
  entryScript,
  noticeScript,
  radioContext,
  type DocumentLike,
  type RadioContext,
  type Script,
} from '../../src/lib/radio/script.ts';
import { OPTIONS } from '../../src/schemas/options.ts';
import { isPlainDate } from '../../src/lib/dates/plain-date.ts';
import { t } from '../../src/i18n/strings.ts';
import { announcementWhenOf } from './announcement-when.ts';
import { num, optionalText, records, text, type Loose } from './read.ts';

/** The radio settings file (content/settings/radio.yaml) as a reading context; undefined when unusable. */
export function radioFromSettings(settings: Loose | undefined): RadioContext | undefined {
  const rate = settings ? num(settings, 'syllablesPerMinute') : undefined;
  if (!settings || rate === undefined || rate <= 0) return undefined;
  const abbreviations = records(settings, 'abbreviations').flatMap((r) => {
    const abbr = text(r, 'abbr').trim();
    const expansion = text(r, 'expansion').trim();
    return abbr && expansion ? [{ abbr, expansion }] : [];
  });
  const zeroTens = text(settings, 'zeroTens') === 'le' ? 'le' : 'linh';
  return radioContext({ syllablesPerMinute: rate, abbreviations, zeroTens });
}

/** A script, or the reason there is none yet (fields still empty). */
export type ScriptResult = { script: Script; problem?: undefined } | { script?: undefined; problem: string };

function attempt(make: () => Script): ScriptResult {
  try {
    return { script: make() };
  } catch {
    return { problem: t('cms.preview.incomplete') };
  }
}

function noSettings(): ScriptResult {
  return { problem: t('cms.preview.noRadioSettings') };
}

/** A story's or a campaign's script: its hand-written one, or one derived from its title and text. */
export function storyScript(data: Loose, body: string, ctx: RadioContext | undefined): ScriptResult {
  if (!ctx) return noSettings();
  const title = text(data, 'title');
  if (title.trim() === '') return { problem: t('cms.preview.incomplete') };
  return attempt(() =>
    entryScript({ title, summary: text(data, 'summary'), radioScript: optionalText(data, 'radioScript') }, body, ctx),
  );
}

/** A document's script, once its number, type, title and dates are filled in. */
export function documentScriptOf(data: Loose, ctx: RadioContext | undefined): ScriptResult {
  if (!ctx) return noSettings();
  const type = text(data, 'type');
  const issued = text(data, 'issued');
  if (!(OPTIONS.documentType as readonly string[]).includes(type) || !isPlainDate(issued) || !text(data, 'number')) {
    return { problem: t('cms.preview.incomplete') };
  }
  const effective = optionalText(data, 'effective');
  const doc: DocumentLike = {
    number: text(data, 'number'),
    type: type as DocumentLike['type'],
    title: text(data, 'title'),
    subject: text(data, 'subject'),
    issuer: text(data, 'issuer'),
    issued,
    effective: effective && isPlainDate(effective) ? effective : undefined,
    summary: text(data, 'summary'),
  };
  return attempt(() => documentScript(doc, ctx));
}

/** An announcement or event entry's script, once its title and date are filled in. */
export function noticeScriptOf(data: Loose, body: string, ctx: RadioContext | undefined): ScriptResult {
  if (!ctx) return noSettings();
  const title = text(data, 'title');
  const when = announcementWhenOf(data);
  if (title.trim() === '' || !when) return { problem: t('cms.preview.incomplete') };
  return attempt(() =>
    noticeScript(
      { title, summary: text(data, 'summary'), radioScript: optionalText(data, 'radioScript'), ...when },
      body,
      ctx,
    ),
  );
}

/** A free-text announcement of a bulletin. */
export function announcementScriptOf(item: Loose, ctx: RadioContext | undefined): ScriptResult {
  if (!ctx) return noSettings();
  return attempt(() => announcementScript(text(item, 'text'), ctx));
}
