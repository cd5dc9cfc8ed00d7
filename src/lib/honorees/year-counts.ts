import { yearOf } from '../dates/plain-date.ts';

/**
 * Counts for the home page: stories published in a year, and how many of them are about
 * people or households and how many about collectives.
 */

export interface StoryForCount {
  published: string;
  subjectType: string;
}

export interface YearCounts {
  stories: number;
  people: number;
  collectives: number;
}

export function yearCounts(stories: readonly StoryForCount[], year: number): YearCounts {
  const inYear = stories.filter((s) => yearOf(s.published) === year);
  const collectives = inYear.filter((s) => s.subjectType === 'tap-the').length;
  return { stories: inYear.length, people: inYear.length - collectives, collectives };
}
