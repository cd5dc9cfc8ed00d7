/**
 * Consent rules for stories about people (Civil Code art. 32, Law 91/2025/QH15): what a
 * story shows (name, photo, story) must be covered by the consent record; a minor needs a
 * parent's or guardian's consent, and a child aged 7 or more must agree too.
 */
import type { Coded } from '../text/message.ts';

export interface ConsentRecord {
  givenBy: string;
  giver: string;
  date: string;
  name: boolean;
  photo: boolean;
  story: boolean;
  minor: boolean;
  childAge?: number | undefined;
  childAgreed: boolean;
  withdrawn?: string | undefined;
}

export interface StoryForConsent {
  subjectType: string;
  name: string;
  photo?: unknown;
  consent?: ConsentRecord | undefined;
}

/** What a consent problem says, as a string key the caller words (word() in src/i18n/wording/). */
export type ConsentCode =
  | 'error.consentMissing'
  | 'error.consentWithdrawn'
  | 'error.consentStory'
  | 'error.consentName'
  | 'error.consentPhoto'
  | 'error.consentMinorGiver'
  | 'error.consentChild';

export interface ConsentProblem extends Coded<ConsentCode> {
  field: string;
}

/** Subject types that are about identifiable people and so need consent. */
export const PERSONAL_SUBJECTS: readonly string[] = ['ca-nhan', 'ho-gia-dinh'];

/** Problems that stop a story from being published; empty when it may be published. */
export function consentProblems(story: StoryForConsent): ConsentProblem[] {
  if (!PERSONAL_SUBJECTS.includes(story.subjectType)) return [];
  const c = story.consent;
  if (!c) return [{ field: 'consent', code: 'error.consentMissing' }];
  const problems: ConsentProblem[] = [];
  if (c.withdrawn)
    problems.push({ field: 'consent.withdrawn', code: 'error.consentWithdrawn', params: { date: c.withdrawn } });
  if (!c.story) problems.push({ field: 'consent.story', code: 'error.consentStory' });
  if (story.name.trim() !== '' && !c.name) problems.push({ field: 'consent.name', code: 'error.consentName' });
  if (story.photo && !c.photo) problems.push({ field: 'consent.photo', code: 'error.consentPhoto' });
  if (c.minor) {
    if (c.giver !== 'cha-me' && c.giver !== 'nguoi-giam-ho')
      problems.push({ field: 'consent.giver', code: 'error.consentMinorGiver' });
    if ((c.childAge === undefined || c.childAge >= 7) && !c.childAgreed)
      problems.push({ field: 'consent.childAgreed', code: 'error.consentChild' });
  }
  return problems;
}

export interface StoryDisplay {
  /** The name to print, or undefined when the story must not name the person (show "a resident"). */
  name: string | undefined;
  /** Whether the photo may be shown (on the page, on cards, in the share image and the feeds). */
  photo: boolean;
  /** Whether the story may be published at all. */
  story: boolean;
}

/**
 * What the consent record lets the site show. Collectives need no consent; for a person or
 * a household only what the record covers is shown, and nothing once consent is withdrawn.
 * The content check refuses a story that asks for more, so this is the second line of defence.
 */
export function storyDisplay(story: StoryForConsent): StoryDisplay {
  const name = story.name.trim() === '' ? undefined : story.name;
  if (!PERSONAL_SUBJECTS.includes(story.subjectType)) return { name, photo: Boolean(story.photo), story: true };
  const c = story.consent;
  if (!c || c.withdrawn || !c.story) return { name: undefined, photo: false, story: false };
  const minorBlocked =
    c.minor && consentProblems(story).some((p) => p.field === 'consent.giver' || p.field === 'consent.childAgreed');
  if (minorBlocked) return { name: undefined, photo: false, story: false };
  return { name: c.name ? name : undefined, photo: Boolean(story.photo) && c.photo, story: true };
}
