/** How many stories a list page shows (keeps list pages light on phones). */
export const STORIES_PER_PAGE = 24;
