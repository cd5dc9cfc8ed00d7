/**
 * Reading times in words for people. src/lib/radio/duration.ts computes the seconds and splits
 * them (durationParts); the words come from the site dictionary.
 */
import { durationParts } from '../../lib/radio/duration.ts';
import { t } from '../strings.ts';

/** A duration in words: "45 giây", "2 phút", "1 phút 20 giây". */
export function formatDuration(seconds: number): string {
  const { min, sec } = durationParts(seconds);
  if (min === 0) return t('radio.duration.seconds', { sec });
  if (sec === 0) return t('radio.duration.minutes', { min });
  return t('radio.duration.minutesSeconds', { min, sec });
}
