/**
 * The message for personal data a story must not show (src/lib/privacy/personal-data.ts finds
 * it): the line, the text, what it looks like, and how to fix it or allow it.
 */
import type { PersonalDataProblem } from '../../lib/privacy/personal-data.ts';
import { t } from '../strings.ts';

/** 'dòng 5: "0912 345 678" trông giống số điện thoại; …' */
export function personalDataMessage(p: Pick<PersonalDataProblem, 'line' | 'text' | 'kind'>): string {
  return t('error.personalData', { line: p.line, text: p.text, kind: t(`privacy.kind.${p.kind}`) });
}
