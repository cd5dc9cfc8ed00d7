/**
 * Preview of a story, with the structure of /guong-sang/<id>/ (src/pages/guong-sang/[id].astro
 * and AwardList.astro): title, summary, photo with credit, the facts, the story, the awards,
 * then the read-aloud script of /phat-thanh/guong-sang/<id>/ with its duration.
 */
import { t, tMaybe } from '../../src/i18n/strings.ts';
import { formatViDate } from '../../src/lib/dates/plain-date.ts';
import { nameOf } from '../../src/lib/site/names.ts';
import { paths } from '../../src/lib/site/paths.ts';
import type { RadioContext } from '../../src/lib/radio/script.ts';
import { markdownHtml } from './markdown.ts';
import { ExampleNotice, Html, Page, RadioScript, SummaryList, SummaryRow } from './parts.tsx';
import { storyScript } from './radio.ts';
import { flag, optionalText, record, records, strings, text, type Loose } from './read.ts';

export interface HonoreeViewProps {
  data: Loose;
  body: string;
  /** The photo's address as the preview can load it (Decap's asset URL). */
  photoUrl?: string | undefined;
  groups: readonly { id: string; name: string }[];
  fields: readonly { id: string; name: string }[];
  /** Titles of the story's campaigns, by id, as far as they are known. */
  campaignTitles: ReadonlyMap<string, string>;
  radio: RadioContext | undefined;
}

function option(set: string, value: string): string {
  return value ? (tMaybe(`option.${set}.${value}`) ?? value) : '';
}

export function HonoreeView({ data, body, photoUrl, groups, fields, campaignTitles, radio }: HonoreeViewProps) {
  const photo = record(data['photo']);
  const credit = optionalText(photo, 'credit');
  const campaigns = strings(data, 'campaigns');
  const published = text(data, 'published');
  const awards = records(data, 'awards');
  const script = storyScript(data, body, radio);
  return (
    <Page>
      <article className="detail" data-preview="honorees">
        <h1>{text(data, 'title')}</h1>
        {flag(data, 'example') && <ExampleNotice kind="story" />}
        <p className="lead prose">{text(data, 'summary')}</p>
        {photoUrl && (
          <figure className="figure">
            <img src={photoUrl} alt={text(photo, 'alt')} />
            {credit && <figcaption>{t('honorees.photoCredit', { credit })}</figcaption>}
          </figure>
        )}
        <SummaryList>
          <SummaryRow term={t('honorees.who')}>{text(data, 'name')}</SummaryRow>
          <SummaryRow term={t('honorees.subjectType')}>{option('subjectType', text(data, 'subjectType'))}</SummaryRow>
          <SummaryRow term={t('honorees.group')}>{nameOf(groups, text(data, 'residentialGroup'))}</SummaryRow>
          <SummaryRow term={t('honorees.field')}>{nameOf(fields, text(data, 'field'))}</SummaryRow>
          <SummaryRow term={t('honorees.kind')}>{option('achievementKind', text(data, 'achievementKind'))}</SummaryRow>
          {campaigns.length > 0 && (
            <SummaryRow term={t('honorees.campaigns')}>
              {campaigns.map((id, i) => (
                <span key={id}>
                  {i > 0 && '; '}
                  <a href={paths.campaign(id)}>{campaignTitles.get(id) ?? id}</a>
                </span>
              ))}
            </SummaryRow>
          )}
          <SummaryRow term={t('honorees.published')}>
            <time dateTime={published}>{formatViDate(published)}</time>
          </SummaryRow>
        </SummaryList>
        <Html className="body-text" html={markdownHtml(body)} />
        {awards.length > 0 && (
          <section aria-labelledby="awards">
            <h2 id="awards">{t('honorees.awards')}</h2>
            <ul className="award-list">
              {awards.map((award, i) => {
                const number = optionalText(award, 'decisionNumber');
                const date = optionalText(award, 'decisionDate');
                return (
                  <li key={i}>
                    <p>
                      <strong>{text(award, 'title')}</strong>
                    </p>
                    <p className="secondary small">
                      {option('awardForm', text(award, 'form'))} · {text(award, 'issuer')}
                    </p>
                    {number && (
                      <p className="small">
                        {date
                          ? t('honorees.decisionDated', { number, date: formatViDate(date) })
                          : t('honorees.decision', { number })}
                      </p>
                    )}
                    {!number && date && (
                      <p className="small">
                        <time dateTime={date}>{formatViDate(date)}</time>
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        )}
      </article>
      <RadioScript script={script.script} problem={script.problem} rate={radio?.syllablesPerMinute ?? 0} />
    </Page>
  );
}
