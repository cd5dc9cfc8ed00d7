/**
 * Neighbours of a story: the stories before and after it in the published order, and a few
 * related stories that share its residential group or a campaign.
 */

export interface StoryForRelated {
  id: string;
  residentialGroup: string;
  campaigns?: readonly string[] | undefined;
}

/** Previous (newer) and next (older) story in `ordered` (newest first). */
export function neighbours<T extends { id: string }>(ordered: readonly T[], id: string): { prev?: T; next?: T } {
  const i = ordered.findIndex((s) => s.id === id);
  if (i === -1) return {};
  const result: { prev?: T; next?: T } = {};
  const prev = ordered[i - 1];
  const next = ordered[i + 1];
  if (prev) result.prev = prev;
  if (next) result.next = next;
  return result;
}

/**
 * Up to `limit` other stories sharing a campaign or the residential group, those sharing
 * both first, otherwise in the given order.
 */
export function relatedStories<T extends StoryForRelated>(story: StoryForRelated, all: readonly T[], limit = 3): T[] {
  const campaigns = new Set(story.campaigns ?? []);
  const score = (other: T) =>
    (other.residentialGroup === story.residentialGroup ? 1 : 0) +
    ((other.campaigns ?? []).some((c) => campaigns.has(c)) ? 1 : 0);
  return all
    .filter((other) => other.id !== story.id)
    .map((other, index) => ({ other, index, score: score(other) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((x) => x.other);
}
