/**
 * An announcement's or event's facts: its kind, when (day of the week, date and time in
 * Vietnamese form), where, for whom, its campaign and its documents. Rendered by
 * src/components/AnnouncementFacts.astro on /thong-bao/<id>/ and by the announcement preview.
 */
import { t, tMaybe } from '../i18n/strings.ts';
import { formatViDate, weekdayOf } from '../lib/dates/plain-date.ts';
import { paths } from '../lib/site/paths.ts';
import type { TaskLink } from '../lib/plan/tasks.ts';
import { attr, markup, type Html } from './html.ts';
import { planTaskRowHtml } from './plan-task-row.ts';
import { summaryListHtml, summaryRowHtml as row } from './summary-list.ts';

/** When an announcement happens, as stored: plain dates and HH:MM times. */
export interface AnnouncementWhen {
  date: string;
  time?: string | undefined;
  endDate?: string | undefined;
  endTime?: string | undefined;
}

export interface AnnouncementFacts extends AnnouncementWhen {
  kind: string;
  place?: string | undefined;
  audience?: string | undefined;
  /** The campaign it belongs to: its id, and its title when known. */
  campaign?: { id: string; title?: string | undefined } | undefined;
  /** Its documents by number, with their titles when known. */
  documents: readonly { number: string; title?: string | undefined }[];
  /** The plan task it carries out, when a plan declares it. */
  task?: TaskLink | undefined;
}

/** "08:30" → "8 giờ 30", "14:00" → "14 giờ". */
export function timeText(time: string): string {
  const [hour = '', minute = ''] = time.split(':');
  const h = String(Number(hour));
  return minute === '00' ? t('announcements.hour', { hour: h }) : t('announcements.hourMinute', { hour: h, minute });
}

/** "thứ Hai, ngày 14/12/2026". */
export function dayText(date: string): string {
  return t('announcements.day', {
    weekday: tMaybe(`announcements.weekday.${weekdayOf(date)}`) ?? '',
    date: formatViDate(date),
  });
}

/**
 * "8 giờ 30, thứ Hai, ngày 14/12/2026"; "Từ 8 giờ đến 11 giờ 30, thứ Hai, ngày 14/12/2026";
 * "Từ thứ Hai, ngày 14/12/2026 đến thứ Tư, ngày 16/12/2026".
 */
export function whenText(when: AnnouncementWhen): string {
  const at = (date: string, time: string | undefined) =>
    time ? t('announcements.at', { time: timeText(time), day: dayText(date) }) : dayText(date);
  if (when.endDate && when.endDate !== when.date)
    return t('announcements.range', { start: at(when.date, when.time), end: at(when.endDate, when.endTime) });
  if (when.time && when.endTime)
    return t('announcements.sameDay', {
      start: timeText(when.time),
      end: timeText(when.endTime),
      day: dayText(when.date),
    });
  return at(when.date, when.time);
}

/** The summary list of the announcement page. */
export function announcementFactsHtml(facts: AnnouncementFacts): Html {
  const { campaign, documents } = facts;
  const campaignLink =
    campaign &&
    (campaign.title ? markup`<a${attr('href', paths.campaign(campaign.id))}>${campaign.title}</a>` : campaign.id);
  const documentLinks =
    documents.length > 0 &&
    markup`<ul class="link-list">${documents.map(
      (doc) =>
        markup`<li>${
          doc.title
            ? markup`<a${attr('href', paths.documentByNumber(doc.number))}>${t('documents.titleLine', { number: doc.number, title: doc.title })}</a>`
            : doc.number
        }</li>`,
    )}</ul>`;
  return summaryListHtml([
    row(t('announcements.kind'), tMaybe(`option.announcementKind.${facts.kind}`) ?? facts.kind),
    row(
      t('announcements.when'),
      markup`<time${attr('datetime', facts.time ? `${facts.date}T${facts.time}` : facts.date)}>${whenText(facts)}</time>`,
    ),
    facts.place && row(t('announcements.place'), facts.place),
    facts.audience && row(t('announcements.audience'), facts.audience),
    campaignLink && row(t('announcements.campaign'), campaignLink),
    documentLinks && row(t('announcements.documents'), documentLinks),
    facts.task && planTaskRowHtml(facts.task),
  ]);
}
