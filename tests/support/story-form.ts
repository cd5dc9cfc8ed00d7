/**
 * Filling in a new good-deed story (collection `honorees`) in Decap as an editor does: a
 * person's story with a photo uploaded through the media library and a consent record,
 * whose photo switch the caller chooses. Settings choices are picked by their names.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import sharp from 'sharp';
import { choose, expand, field, switchOn, typeSettled } from './cms.ts';
import { t } from '../../src/i18n/strings.ts';

export interface StoryInput {
  title: string;
  name: string;
  summary: string;
  published: string;
  /** Absolute path of the picture to upload. */
  photo: string;
  alt: string;
  credit: string;
  /** Whether the consent record covers the photo. */
  consentPhoto: boolean;
  body: string;
}

/** The residential group and achievement field a story is filed under: the copy's first ones. */
export function storyChoices(copy: string): {
  group: { id: string; name: string };
  area: { id: string; name: string };
} {
  const read = (file: string) => parse(readFileSync(join(copy, 'content/settings', file), 'utf8')) as unknown;
  const { groups } = read('residential-groups.yaml') as { groups: { id: string; name: string }[] };
  const { fields } = read('fields.yaml') as { fields: { id: string; name: string }[] };
  const group = groups[0];
  const area = fields[0];
  if (!group || !area) throw new Error('the copy has no residential group or no achievement field');
  return { group, area };
}

/** A JPEG of one colour, for uploading. */
export async function makePhoto(file: string, background: string): Promise<string> {
  await sharp({ create: { width: 900, height: 600, channels: 3, background } })
    .jpeg()
    .toFile(file);
  return file;
}

/** Fills the new-story form that is open in `page`. Saving is left to the caller. */
export async function fillStory(page: Page, copy: string, story: StoryInput): Promise<void> {
  const { group, area } = storyChoices(copy);
  await field(page, t('field.honorees.title')).fill(story.title);
  await choose(page, t('field.honorees.subjectType'), t('option.subjectType.ca-nhan'));
  await field(page, t('field.honorees.name')).fill(story.name);
  await field(page, t('field.honorees.summary')).fill(story.summary);
  await choose(page, t('field.honorees.residentialGroup'), group.name);
  await choose(page, t('field.honorees.field'), area.name);
  await choose(page, t('field.honorees.achievementKind'), t('option.achievementKind.thuong-xuyen'));
  await field(page, t('field.honorees.published')).fill(story.published);

  await expand(page, t('field.honorees.photo'));
  await page.getByText('Chọn một hình').first().click();
  await page.locator('input[type=file]').first().setInputFiles(story.photo);
  await page.getByText(basename(story.photo)).first().waitFor();
  await page.getByRole('button', { name: t('cms.ui.mediaLibrary.mediaLibraryModal.chooseSelected') }).click();
  await field(page, t('field.honorees.photo.alt')).fill(story.alt);
  await field(page, t('field.honorees.photo.credit')).fill(story.credit);

  await expand(page, t('field.honorees.consent'));
  await field(page, t('field.honorees.consent.givenBy')).fill(story.name);
  await choose(page, t('field.honorees.consent.giver'), t('option.consentGiver.ban-than'));
  await field(page, t('field.honorees.consent.date')).fill(story.published);
  await switchOn(page, t('field.honorees.consent.name'));
  await switchOn(page, t('field.honorees.consent.story'));
  if (story.consentPhoto) await switchOn(page, t('field.honorees.consent.photo'));

  const editor = page.locator('[data-slate-editor=true]').first();
  await editor.click();
  await typeSettled(page, story.body, () => editor.innerText());
}
