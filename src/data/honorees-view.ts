/**
 * Stories with what pages derive from them: the facet values to browse by (with counts and
 * labels), what the consent record lets each page show, and the source file of each photo
 * for the share images. Built from getHonorees(); the rules live in src/lib/honorees/ and
 * src/lib/privacy/.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { getCampaigns, getHonorees, getSettings, type Campaign, type Honoree, type Settings } from './entries.ts';
import { OPTIONS } from '../schemas/options.ts';
import { t } from '../i18n/strings.ts';
import { facetCounts, storiesWith, type FacetOption, type FacetValue } from '../lib/honorees/facets.ts';
import { storyDisplay, type StoryDisplay, type StoryForConsent } from '../lib/privacy/consent.ts';
import { parseMarkdownFile } from '../lib/content/frontmatter.ts';
import { nameOf } from '../lib/site/names.ts';
import { HONOREE_FACETS, type HonoreeFacet } from '../lib/site/paths.ts';

export interface HonoreesView {
  settings: Settings;
  /** Published stories, newest first (getHonorees() leaves out those without consent). */
  stories: Honoree[];
  campaigns: Campaign[];
  groupName: (id: string) => string;
  fieldName: (id: string) => string;
  /** Every value of a facet with its count and label. */
  facet: (facet: HonoreeFacet) => FacetValue[];
  /** Stories with one value of a facet, newest first. */
  storiesWith: (facet: HonoreeFacet, value: string) => Honoree[];
  /** What the consent record lets the site show of a story. */
  display: (story: Honoree) => StoryDisplay;
  /** The name to print for a story: the published name, or "a resident" / "a household". */
  nameOf: (story: Honoree) => string;
}

/** Consent-relevant data of a story, in the shape the privacy rules read. */
export const consentView = (story: Honoree): StoryForConsent => story.data as unknown as StoryForConsent;

function options(facet: HonoreeFacet, settings: Settings, campaigns: Campaign[]): FacetOption[] {
  switch (facet) {
    case 'to-dan-pho':
      return settings.residentialGroups.groups.map((g) => ({ id: g.id, label: g.name }));
    case 'linh-vuc':
      return settings.fields.fields.map((f) => ({ id: f.id, label: f.name }));
    case 'loai':
      return OPTIONS.achievementKind.map((id) => ({ id, label: t(`option.achievementKind.${id}`) }));
    case 'nam':
      return [];
    case 'phong-trao':
      return campaigns.map((c) => ({ id: c.id, label: c.data.title }));
  }
}

let cached: Promise<HonoreesView> | undefined;

/** The view, built once per build (entries do not change while pages render). */
export function getHonoreesView(): Promise<HonoreesView> {
  cached ??= build();
  return cached;
}

async function build(): Promise<HonoreesView> {
  const [settings, stories, campaigns] = await Promise.all([getSettings(), getHonorees(), getCampaigns()]);
  const displays = new Map(stories.map((s) => [s.id, storyDisplay(consentView(s))]));
  const display = (story: Honoree) => displays.get(story.id) ?? storyDisplay(consentView(story));
  const facets = new Map(
    HONOREE_FACETS.map((f) => [
      f,
      facetCounts(
        stories.map((s) => s.data),
        f,
        options(f, settings, campaigns),
      ),
    ]),
  );
  return {
    settings,
    stories,
    campaigns,
    groupName: (id) => nameOf(settings.residentialGroups.groups, id),
    fieldName: (id) => nameOf(settings.fields.fields, id),
    facet: (f) => facets.get(f) ?? [],
    storiesWith: (f, value) => storiesWith(stories, f, value, (s) => s.data),
    display,
    nameOf: (story) =>
      display(story).name ??
      (story.data.subjectType === 'ho-gia-dinh' ? t('honorees.anonymousHousehold') : t('honorees.anonymous')),
  };
}

/**
 * The photo file of an entry on disk, for the share image: the path written in its front
 * matter, resolved beside the entry. Undefined when there is none.
 */
export function photoFileOf(entry: { filePath: string }, field: 'photo' | 'cover'): string | undefined {
  const { data } = parseMarkdownFile(readFileSync(entry.filePath, 'utf8'));
  const image = data[field] as { src?: unknown } | undefined;
  return typeof image?.src === 'string' ? resolve(dirname(entry.filePath), image.src) : undefined;
}
