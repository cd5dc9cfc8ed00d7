/**
 * Which optional routes exist in src/pages, so the navigation and footer link only to
 * pages that are built. Another issue adds /phat-thanh/ and /rss.xml; the links appear
 * by themselves once those files exist.
 */
const radioPages = import.meta.glob(['../pages/phat-thanh/index.astro', '../pages/phat-thanh.astro']);
const rssPages = import.meta.glob(['../pages/rss.xml.ts', '../pages/rss.xml.js']);

export const hasRadioPage = Object.keys(radioPages).length > 0;
export const hasRss = Object.keys(rssPages).length > 0;
