/**
 * Preview of a campaign, with the structure of /phong-trao/<id>/ (src/pages/phong-trao/[id].astro):
 * title, summary, cover, status worked out from the dates today, kind, launcher, period,
 * the timeline of its steps marked past, current or coming today, target groups, criteria, legal
 * basis with each document's validity, the text, the registrations and the results (the
 * timeline and the two tables in the site's own markup, src/render/campaign-progress.ts), then
 * the read-aloud script with its duration. The example notice, the facts, the criteria and the
 * legal basis are the site's own markup too (src/render/campaign-facts.ts, as CampaignFacts.astro,
 * CampaignCriteria.astro and CampaignLegalBasis.astro render it); the preview leaves out the plan
 * task, whose title is in another entry.
 */
import { t } from '../../src/i18n/strings.ts';
import { isPlainDate, todayInVietnam } from '../../src/lib/dates/plain-date.ts';
import type { RadioContext } from '../../src/lib/radio/script.ts';
import type { Validity } from '../../src/lib/legal/validity.ts';
import { exampleNoticeHtml } from '../../src/render/example-notice.ts';
import { campaignCriteriaHtml, campaignFactsHtml, legalBasisHtml } from '../../src/render/campaign-facts.ts';
import {
  registrationsHtml,
  resultsHtml,
  timelineSteps,
  timelineHtml,
  type MilestoneInput,
  type RegistrationInput,
  type ResultInput,
} from '../../src/render/campaign-progress.ts';
import { markdownHtml } from './markdown.ts';
import { Html, Page, RadioScript } from './parts.tsx';
import { storyScript } from './radio.ts';
import { flag, optionalText, record, records, strings, text, type Loose } from './read.ts';

export interface CampaignViewProps {
  data: Loose;
  body: string;
  coverUrl?: string | undefined;
  /** Title and validity of the documents of the legal basis, by number, as far as they are known. */
  documents: ReadonlyMap<string, { title: string; validity?: Validity | undefined }>;
  radio: RadioContext | undefined;
  /** The day the status is worked out for (today in Vietnam). */
  today?: string;
  /** The residential groups of the settings, for the registrations' names. */
  groups?: readonly { id: string; name: string }[];
}

/** Milestones with a kind and a real date, as far as the form is filled in. */
function milestonesOf(data: Loose): MilestoneInput[] {
  return records(data, 'milestones').flatMap((m) => {
    const kind = text(m, 'kind');
    const date = text(m, 'date');
    if (!kind || !isPlainDate(date)) return [];
    return [
      {
        kind,
        date,
        title: optionalText(m, 'title'),
        note: optionalText(m, 'note'),
        document: optionalText(m, 'document'),
        announcement: optionalText(m, 'announcement'),
      },
    ];
  });
}

function registrationsOf(data: Loose): RegistrationInput[] {
  return records(data, 'registrations').flatMap((r) => {
    const residentialGroup = optionalText(r, 'residentialGroup');
    const unit = optionalText(r, 'unit');
    if (!residentialGroup && !unit) return [];
    const date = optionalText(r, 'date');
    return [
      { residentialGroup, unit, targets: strings(r, 'targets'), date: date && isPlainDate(date) ? date : undefined },
    ];
  });
}

function resultsOf(data: Loose): ResultInput[] {
  return records(data, 'results').flatMap((r) => {
    const name = text(r, 'name');
    if (!name) return [];
    const decisionDate = optionalText(r, 'decisionDate');
    return [
      {
        name,
        honoree: optionalText(r, 'honoree'),
        form: text(r, 'form'),
        title: optionalText(r, 'title'),
        decision: optionalText(r, 'decision'),
        decisionNumber: optionalText(r, 'decisionNumber'),
        decisionDate: decisionDate && isPlainDate(decisionDate) ? decisionDate : undefined,
        note: optionalText(r, 'note'),
      },
    ];
  });
}

export function CampaignView({
  data,
  body,
  coverUrl,
  documents,
  radio,
  today = todayInVietnam(),
  groups = [],
}: CampaignViewProps) {
  const cover = record(data['cover']);
  const start = text(data, 'start');
  const end = optionalText(data, 'end');
  const dates = isPlainDate(start) ? { start, end: end && isPlainDate(end) ? end : undefined } : undefined;
  const script = storyScript(data, body, radio);
  const facts = campaignFactsHtml({
    dates,
    today,
    kind: text(data, 'kind'),
    launchedBy: text(data, 'launchedBy'),
    targetGroups: strings(data, 'targetGroups'),
  });
  const criteria = strings(data, 'criteria');
  const basis = strings(data, 'legalBasis').map((number) => ({ number, ...documents.get(number) }));
  return (
    <Page>
      <article className="detail" data-preview="campaigns">
        <h1>{text(data, 'title')}</h1>
        {flag(data, 'example') && <Html html={exampleNoticeHtml('entry')} />}
        <p className="lead prose">{text(data, 'summary')}</p>
        {coverUrl && (
          <figure className="figure">
            <img src={coverUrl} alt={text(cover, 'alt')} />
          </figure>
        )}
        <Html html={facts} />
        <Html html={timelineHtml(timelineSteps(milestonesOf(data), today))} />
        {criteria.length > 0 && <Html html={campaignCriteriaHtml(criteria)} />}
        {basis.length > 0 && <Html html={legalBasisHtml(basis)} />}
        {body.trim() !== '' && (
          <section aria-labelledby="content">
            <h2 id="content">{t('campaigns.content')}</h2>
            <Html className="body-text" html={markdownHtml(body)} />
          </section>
        )}
        <Html html={registrationsHtml(registrationsOf(data), groups)} />
        <Html html={resultsHtml(resultsOf(data))} />
      </article>
      <RadioScript script={script.script} problem={script.problem} rate={radio?.syllablesPerMinute ?? 0} />
    </Page>
  );
}
