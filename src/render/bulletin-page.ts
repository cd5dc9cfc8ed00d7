/**
 * A bulletin page's own pieces around its rundown: the facts (air date, slot, priority, total
 * duration), the notes, and the heading of each item's words. Rendered by
 * src/components/BulletinFacts.astro, BulletinNotes.astro and BulletinItemHeading.astro on
 * /phat-thanh/ban-tin/<id>/ and by the bulletin preview.
 */
import { t, tMaybe } from '../i18n/strings.ts';
import { formatDuration } from '../i18n/wording/duration.ts';
import { formatViDate, weekdayOf } from '../lib/dates/plain-date.ts';
import { durationHtml } from './duration.ts';
import { attr, markup, type Html } from './html.ts';
import { summaryListHtml, summaryRowHtml as row } from './summary-list.ts';

export interface BulletinFacts {
  /** The air date (a plain date); the CMS leaves it out until the form holds a real date. */
  airDate?: string | undefined;
  /** The slot and priority option values; the CMS leaves out one not chosen yet. */
  slot?: string | undefined;
  priority?: string | undefined;
  /** The sum of the items' durations. */
  totalSeconds: number;
}

/** An option's label, or the value itself when it is not one (an unfinished CMS form). */
function option(set: string, value: string): string {
  return tMaybe(`option.${set}.${value}`) ?? value;
}

/** The summary list under the bulletin's title. */
export function bulletinFactsHtml({ airDate, slot, priority, totalSeconds }: BulletinFacts): Html {
  const airDateText = (date: string) =>
    t('radio.weekdayDate', {
      weekday: t(`radio.weekday.${weekdayOf(date)}` as 'radio.weekday.0'),
      date: formatViDate(date),
    });
  return summaryListHtml([
    airDate &&
      row(t('radio.bulletin.airDate'), markup`<time${attr('datetime', airDate)}>${airDateText(airDate)}</time>`),
    slot && row(t('radio.bulletin.slot'), option('slot', slot)),
    priority && row(t('radio.bulletin.priority'), option('priority', priority)),
    row(t('radio.bulletin.total'), markup`<strong>${durationHtml(totalSeconds)}</strong>`),
  ]);
}

/** The notes for whoever reads the bulletin on air. */
export function bulletinNotesHtml(notes: string): Html {
  return markup`
    <section aria-labelledby="notes" class="bulletin-notes">
      <h2 id="notes">${t('radio.bulletin.notes')}</h2>
      <p>${notes}</p>
    </section>`;
}

/** The heading over one item's words: "1. Gương sáng: … (1 phút 20 giây)". */
export function bulletinItemHeadingHtml(item: { position: number; label: string; seconds: number }): Html {
  return markup`<h3${attr('id', `item-${item.position}`)}>${t('radio.bulletin.itemHeading', { position: item.position, label: item.label })}<span class="secondary"> (${formatDuration(item.seconds)})</span></h3>`;
}
