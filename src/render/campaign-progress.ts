/**
 * A campaign through its life, as the campaign page (src/components/CampaignTimeline.astro,
 * CampaignRegistrations.astro, CampaignResults.astro) and the campaign preview in the CMS
 * (admin/previews/campaign.tsx) both show it:
 *
 * - the timeline: an ordered list of the milestones, each with a heading, its date in a
 *   <time>, its state in words (past, current, coming; the colour only repeats them, and the
 *   current step carries aria-current="step") and its links;
 * - the registrations and the results, as two-column tables with row headers (who; what),
 *   narrow enough for a phone: the registration's date, the award's title and its decision
 *   are secondary lines in those cells.
 */
import { t, tMaybe } from '../i18n/strings.ts';
import { formatViDate } from '../lib/dates/plain-date.ts';
import { stepStates, type StepState } from '../lib/campaigns/timeline.ts';
import { nameOf } from '../lib/site/names.ts';
import { paths } from '../lib/site/paths.ts';
import { badgeHtml, type Tone } from './badge.ts';
import { attr, markup, type Html } from './html.ts';

/** A link shown under a step: its document, its announcement. */
export interface StepLink {
  href: string;
  text: string;
}

/** One milestone as the timeline shows it. */
export interface TimelineStep {
  kind: string;
  date: string;
  state: StepState;
  title?: string | undefined;
  note?: string | undefined;
  links: readonly StepLink[];
}

/** A milestone as it is stored (src/schemas/campaigns.ts). */
export interface MilestoneInput {
  kind: string;
  date: string;
  title?: string | undefined;
  note?: string | undefined;
  document?: string | undefined;
  /** Id of the step's announcement (/thong-bao/<id>/). */
  announcement?: string | undefined;
}

export interface RegistrationInput {
  residentialGroup?: string | undefined;
  unit?: string | undefined;
  targets: readonly string[];
  date?: string | undefined;
}

export interface ResultInput {
  name: string;
  honoree?: string | undefined;
  form: string;
  title?: string | undefined;
  decision?: string | undefined;
  decisionNumber?: string | undefined;
  decisionDate?: string | undefined;
  note?: string | undefined;
}

const STATE_TONES: Readonly<Record<StepState, Tone>> = { past: 'grey', current: 'green', coming: 'blue' };

const kindName = (kind: string) => tMaybe(`option.milestoneKind.${kind}`) ?? kind;

/** The links of a stored milestone: its document, by number, and its announcement. */
export function milestoneLinks(milestone: MilestoneInput): StepLink[] {
  const number = milestone.document?.trim();
  const announcement = milestone.announcement?.trim();
  return [
    ...(number ? [{ href: paths.documentByNumber(number), text: t('campaigns.milestone.document', { number }) }] : []),
    ...(announcement ? [{ href: paths.announcement(announcement), text: t('campaigns.milestone.announcement') }] : []),
  ];
}

/** The stored milestones as steps on `today`. */
export function timelineSteps(milestones: readonly MilestoneInput[], today: string): TimelineStep[] {
  const states = stepStates(milestones, today);
  return milestones.map((m, i) => ({
    kind: m.kind,
    date: m.date,
    state: states[i] ?? 'coming',
    title: m.title,
    note: m.note,
    links: milestoneLinks(m),
  }));
}

function dateHtml(date: string): Html {
  return markup`<time${attr('datetime', date)}>${formatViDate(date)}</time>`;
}

function stepHtml(step: TimelineStep): Html {
  const title = step.title?.trim();
  return markup`
    <li
      ${attr('class', `timeline__step timeline__step--${step.state}`)}
      ${attr('data-state', step.state)}
      ${attr('aria-current', step.state === 'current' ? 'step' : undefined)}
    >
      <h3 class="timeline__title">${title || kindName(step.kind)}</h3>
      <p class="timeline__meta">
        ${title ? markup`<span class="timeline__kind">${kindName(step.kind)}</span> · ` : ''}${dateHtml(step.date)} ${badgeHtml(t(`campaigns.step.${step.state}`), STATE_TONES[step.state])}
      </p>
      ${step.note?.trim() ? markup`<p class="timeline__note">${step.note.trim()}</p>` : ''}
      ${
        step.links.length > 0
          ? markup`<ul class="timeline__links">${step.links.map(
              (link) => markup`<li><a${attr('href', link.href)}>${link.text}</a></li>`,
            )}</ul>`
          : ''
      }
    </li>`;
}

/** The timeline section; nothing when there are no milestones. */
export function timelineHtml(steps: readonly TimelineStep[]): Html {
  if (steps.length === 0) return markup``;
  return markup`
    <section class="campaign-timeline" aria-labelledby="milestones">
      <h2 id="milestones">${t('campaigns.milestones')}</h2>
      <ol class="timeline">${steps.map(stepHtml)}</ol>
    </section>`;
}

/** The registrations section; nothing when nobody registered. */
export function registrationsHtml(
  registrations: readonly RegistrationInput[],
  groups: readonly { id: string; name: string }[],
): Html {
  if (registrations.length === 0) return markup``;
  const who = (r: RegistrationInput) =>
    r.residentialGroup?.trim() ? nameOf(groups, r.residentialGroup.trim()) : (r.unit?.trim() ?? '');
  return markup`
    <section class="campaign-registrations" aria-labelledby="registrations">
      <h2 id="registrations">${t('campaigns.registrations')}</h2>
      <div class="table-scroll">
        <table class="campaign-table">
          <caption class="visually-hidden">${t('campaigns.registrations.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">${t('campaigns.registrations.who')}</th>
              <th scope="col">${t('campaigns.registrations.targets')}</th>
            </tr>
          </thead>
          <tbody>${registrations.map(
            (r) => markup`
              <tr>
                <th scope="row">
                  ${who(r)}
                  ${r.date ? markup`<span class="campaign-table__note">${t('campaigns.registrations.on')} ${dateHtml(r.date)}</span>` : ''}
                </th>
                <td><ul>${r.targets.map((target) => markup`<li>${target}</li>`)}</ul></td>
              </tr>`,
          )}</tbody>
        </table>
      </div>
    </section>`;
}

/** "Quyết định 118/QĐ-UBND ngày 10/07/2025", linked when the decision is a document on the site. */
function decisionHtml(r: ResultInput): Html {
  const document = r.decision?.trim();
  const number = r.decisionNumber?.trim();
  const decision = document
    ? markup`<a${attr('href', paths.documentByNumber(document))}>${document}</a>`
    : number && r.decisionDate
      ? markup`${t('campaigns.results.decisionDated', { number })} ${dateHtml(r.decisionDate)}`
      : number;
  if (!decision) return markup``;
  return markup`<span class="campaign-table__note">${t('campaigns.results.decision')} ${decision}</span>`;
}

/** The results section; nothing before the final review has results. */
export function resultsHtml(results: readonly ResultInput[]): Html {
  if (results.length === 0) return markup``;
  return markup`
    <section class="campaign-results" aria-labelledby="results">
      <h2 id="results">${t('campaigns.results')}</h2>
      <div class="table-scroll">
        <table class="campaign-table">
          <caption class="visually-hidden">${t('campaigns.results.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">${t('campaigns.results.who')}</th>
              <th scope="col">${t('campaigns.results.form')}</th>
            </tr>
          </thead>
          <tbody>${results.map(
            (r) => markup`
              <tr>
                <th scope="row">
                  ${r.honoree?.trim() ? markup`<a${attr('href', paths.honoree(r.honoree.trim()))}>${r.name}</a>` : r.name}
                  ${r.note?.trim() ? markup`<span class="campaign-table__note">${r.note.trim()}</span>` : ''}
                </th>
                <td>
                  ${tMaybe(`option.awardForm.${r.form}`) ?? r.form}
                  ${r.title?.trim() ? markup`<span class="campaign-table__note">${r.title.trim()}</span>` : ''}
                  ${decisionHtml(r)}
                </td>
              </tr>`,
          )}</tbody>
        </table>
      </div>
    </section>`;
}
