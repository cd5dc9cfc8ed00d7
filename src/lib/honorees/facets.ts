/**
 * Browsing stories by residential group, field, kind of achievement, year and campaign: which
 * values a story has for each way of browsing, the stories with one value, and every value
 * with its count, in the order readers expect (settings order; newest year first).
 */
import { yearOf } from '../dates/plain-date.ts';
import type { HonoreeFacet } from '../site/paths.ts';

export interface StoryForFacets {
  residentialGroup: string;
  field: string;
  achievementKind: string;
  published: string;
  campaigns?: readonly string[] | undefined;
}

export interface FacetOption {
  id: string;
  label: string;
}

export interface FacetValue extends FacetOption {
  count: number;
}

/** The values a story has for one facet (a story can belong to several campaigns). */
export function facetValuesOf(story: StoryForFacets, facet: HonoreeFacet): string[] {
  switch (facet) {
    case 'to-dan-pho':
      return [story.residentialGroup];
    case 'linh-vuc':
      return [story.field];
    case 'loai':
      return [story.achievementKind];
    case 'nam':
      return [String(yearOf(story.published))];
    case 'phong-trao':
      return [...new Set(story.campaigns ?? [])];
  }
}

/** The stories (in the given order) that have `value` for `facet`. */
export function storiesWith<T>(
  stories: readonly T[],
  facet: HonoreeFacet,
  value: string,
  dataOf: (story: T) => StoryForFacets,
): T[] {
  return stories.filter((s) => facetValuesOf(dataOf(s), facet).includes(value));
}

/**
 * Every value of a facet with its number of stories: the known options first, in their
 * order (zero counts included, so a residential group without stories still has its page),
 * then any other value the stories use. Years have no options: the years with stories,
 * newest first.
 */
export function facetCounts(
  stories: readonly StoryForFacets[],
  facet: HonoreeFacet,
  options: readonly FacetOption[],
): FacetValue[] {
  const counts = new Map<string, number>();
  for (const story of stories) {
    for (const value of facetValuesOf(story, facet)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const known = options.map((o) => ({ ...o, count: counts.get(o.id) ?? 0 }));
  const knownIds = new Set(options.map((o) => o.id));
  const others = [...counts]
    .filter(([id]) => !knownIds.has(id))
    .map(([id, count]) => ({ id, label: id, count }))
    .sort((a, b) => (facet === 'nam' ? b.id.localeCompare(a.id) : a.id.localeCompare(b.id)));
  return [...known, ...others];
}

/** Lower-cases the first letter of a label for use inside a sentence ("Khuyến học" → "khuyến học"). */
export function inSentence(label: string): string {
  return label.charAt(0).toLocaleLowerCase('vi') + label.slice(1);
}
