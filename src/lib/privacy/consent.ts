/**
 * Consent rules for stories about people (Civil Code art. 32, Law 91/2025/QH15): what a
 * story shows (name, photo, story) must be covered by the consent record; a minor needs a
 * parent's or guardian's consent, and a child aged 7 or more must agree too.
 */
import { t } from '../../i18n/strings.ts';

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

export interface ConsentProblem {
  field: string;
  message: string;
}

/** Subject types that are about identifiable people and so need consent. */
export const PERSONAL_SUBJECTS: readonly string[] = ['ca-nhan', 'ho-gia-dinh'];

/** Problems that stop a story from being published; empty when it may be published. */
export function consentProblems(story: StoryForConsent): ConsentProblem[] {
  if (!PERSONAL_SUBJECTS.includes(story.subjectType)) return [];
  const c = story.consent;
  if (!c) return [{ field: 'consent', message: t('error.consentMissing') }];
  const problems: ConsentProblem[] = [];
  if (c.withdrawn) problems.push({ field: 'consent.withdrawn', message: t('error.consentWithdrawn', { date: c.withdrawn }) });
  if (!c.story) problems.push({ field: 'consent.story', message: t('error.consentStory') });
  if (story.name.trim() !== '' && !c.name) problems.push({ field: 'consent.name', message: t('error.consentName') });
  if (story.photo && !c.photo) problems.push({ field: 'consent.photo', message: t('error.consentPhoto') });
  if (c.minor) {
    if (c.giver !== 'cha-me' && c.giver !== 'nguoi-giam-ho')
      problems.push({ field: 'consent.giver', message: t('error.consentMinorGiver') });
    if ((c.childAge === undefined || c.childAge >= 7) && !c.childAgreed)
      problems.push({ field: 'consent.childAgreed', message: t('error.consentChild') });
  }
  return problems;
}
