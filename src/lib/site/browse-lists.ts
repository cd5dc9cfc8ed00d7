import { paths } from './paths.ts';

/**
 * The lists a visitor can browse without searching, in the order every page shows them: the
 * first items of the primary navigation, the "see the lists" links of /tim-kiem/ and of the
 * 404 page. Each label is a string key the page words with t().
 */
export const BROWSE_LISTS = [
  { section: 'honorees', label: 'nav.honorees', href: paths.honorees },
  { section: 'campaigns', label: 'nav.campaigns', href: paths.campaigns },
  { section: 'documents', label: 'nav.documents', href: paths.documents },
  { section: 'announcements', label: 'nav.announcements', href: paths.announcements },
] as const satisfies readonly { section: string; label: `nav.${string}`; href: string }[];
