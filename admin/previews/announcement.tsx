/**
 * Preview of an announcement or event, with the structure of /thong-bao/<id>/
 * (src/pages/thong-bao/[id].astro): title, summary, the facts (the site's own markup,
 * src/render/announcement.ts, as AnnouncementFacts.astro renders it), the text, how long it
 * stays on the home page, then the read-aloud script with the day and time in words.
 */
import { t } from '../../src/i18n/strings.ts';
import { formatViDate, isPlainDate } from '../../src/lib/dates/plain-date.ts';
import type { RadioContext } from '../../src/lib/radio/script.ts';
import { announcementFactsHtml, type AnnouncementFacts } from '../../src/render/announcement.ts';
import { exampleNoticeHtml } from '../../src/render/example-notice.ts';
import { announcementWhenOf } from './announcement-when.ts';
import { markdownHtml } from './markdown.ts';
import { Html, Page, RadioScript } from './parts.tsx';
import { noticeScriptOf } from './radio.ts';
import { flag, optionalText, strings, text, type Loose } from './read.ts';

export interface AnnouncementViewProps {
  data: Loose;
  body: string;
  /** Titles of the campaign and documents it names, as far as they are loaded. */
  campaignTitles: ReadonlyMap<string, string>;
  documentTitles: ReadonlyMap<string, string>;
  radio: RadioContext | undefined;
}

/** The facts as the site shows them, once the date is a real date; undefined before. */
export function factsOf(
  data: Loose,
  campaignTitles: ReadonlyMap<string, string>,
  documentTitles: ReadonlyMap<string, string>,
): AnnouncementFacts | undefined {
  const when = announcementWhenOf(data);
  if (!when) return undefined;
  const campaign = optionalText(data, 'campaign');
  return {
    kind: text(data, 'kind'),
    ...when,
    campaign: campaign ? { id: campaign, title: campaignTitles.get(campaign) } : undefined,
    documents: strings(data, 'documents').map((number) => ({ number, title: documentTitles.get(number) })),
  };
}

export function AnnouncementView({ data, body, campaignTitles, documentTitles, radio }: AnnouncementViewProps) {
  const facts = factsOf(data, campaignTitles, documentTitles);
  const expires = text(data, 'expires');
  const script = noticeScriptOf(data, body, radio);
  return (
    <Page>
      <article className="detail" data-preview="announcements">
        <h1>{text(data, 'title')}</h1>
        {flag(data, 'example') && <Html html={exampleNoticeHtml('entry')} />}
        <p className="lead prose">{text(data, 'summary')}</p>
        {facts ? (
          <Html html={announcementFactsHtml(facts)} />
        ) : (
          <p className="secondary">{t('cms.preview.incomplete')}</p>
        )}
        {body.trim() !== '' && (
          <section aria-labelledby="content">
            <h2 id="content">{t('announcements.content')}</h2>
            <Html className="body-text" html={markdownHtml(body)} />
          </section>
        )}
        {isPlainDate(expires) && (
          <p className="secondary small">{t('announcements.shownUntil', { date: formatViDate(expires) })}</p>
        )}
      </article>
      <RadioScript script={script.script} problem={script.problem} rate={radio?.syllablesPerMinute ?? 0} />
    </Page>
  );
}
