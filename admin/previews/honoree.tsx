/**
 * Preview of a story, with the structure of /guong-sang/<id>/ (src/pages/guong-sang/[id].astro):
 * title, summary, photo with credit, the facts, the story, the awards, then the read-aloud
 * script of /phat-thanh/guong-sang/<id>/ with its duration. The example notice, the facts
 * (src/render/story-facts.ts, as StoryFacts.astro renders them: the same rows without the links
 * to browse pages and the plan task) and the award list are the site's own markup (src/render/).
 */
import { t, tMaybe } from '../../src/i18n/strings.ts';
import { isPlainDate } from '../../src/lib/dates/plain-date.ts';
import { nameOf } from '../../src/lib/site/names.ts';
import { paths } from '../../src/lib/site/paths.ts';
import type { RadioContext } from '../../src/lib/radio/script.ts';
import { awardListHtml, type Award } from '../../src/render/award-list.ts';
import { exampleNoticeHtml } from '../../src/render/example-notice.ts';
import { storyFactsHtml } from '../../src/render/story-facts.ts';
import { markdownHtml } from './markdown.ts';
import { Html, Page, RadioScript } from './parts.tsx';
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
  /** Ids of the documents the site publishes: an award's decision among them is linked. */
  documentIds?: ReadonlySet<string>;
}

function option(set: string, value: string): string {
  return value ? (tMaybe(`option.${set}.${value}`) ?? value) : '';
}

export function HonoreeView({
  data,
  body,
  photoUrl,
  groups,
  fields,
  campaignTitles,
  radio,
  documentIds = new Set(),
}: HonoreeViewProps) {
  const photo = record(data['photo']);
  const credit = optionalText(photo, 'credit');
  const campaigns = strings(data, 'campaigns');
  const published = text(data, 'published');
  const awards = records(data, 'awards').map((award): Award => ({
    form: text(award, 'form'),
    title: text(award, 'title'),
    issuer: text(award, 'issuer'),
    decisionNumber: optionalText(award, 'decisionNumber'),
    decisionDate: optionalText(award, 'decisionDate'),
  }));
  const script = storyScript(data, body, radio);
  const facts = storyFactsHtml({
    name: text(data, 'name'),
    subjectType: option('subjectType', text(data, 'subjectType')),
    group: { text: nameOf(groups, text(data, 'residentialGroup')) },
    field: { text: nameOf(fields, text(data, 'field')) },
    kind: { text: option('achievementKind', text(data, 'achievementKind')) },
    campaigns: campaigns.map((id) => ({ text: campaignTitles.get(id) ?? id, href: paths.campaign(id) })),
    published: isPlainDate(published) ? { date: published } : undefined,
  });
  return (
    <Page>
      <article className="detail" data-preview="honorees">
        <h1>{text(data, 'title')}</h1>
        {flag(data, 'example') && <Html html={exampleNoticeHtml('story')} />}
        <p className="lead prose">{text(data, 'summary')}</p>
        {photoUrl && (
          <figure className="figure">
            <img src={photoUrl} alt={text(photo, 'alt')} />
            {credit && <figcaption>{t('honorees.photoCredit', { credit })}</figcaption>}
          </figure>
        )}
        <Html html={facts} />
        <Html className="body-text" html={markdownHtml(body)} />
        {awards.length > 0 && (
          <section aria-labelledby="awards">
            <h2 id="awards">{t('honorees.awards')}</h2>
            <Html html={awardListHtml(awards, documentIds)} />
          </section>
        )}
      </article>
      <RadioScript script={script.script} problem={script.problem} rate={radio?.syllablesPerMinute ?? 0} />
    </Page>
  );
}
