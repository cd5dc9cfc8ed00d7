import { paths } from './paths.ts';

/**
 * robots.txt: every crawler may read the site except the CMS under /admin/, and the sitemap
 * is given with the site's public address (content/settings/site.yaml siteUrl), so a forked
 * ward's file names its own address.
 */
export function robotsTxt(siteUrl: string): string {
  const sitemap = new URL(paths.sitemap, siteUrl).href;
  return ['User-agent: *', `Disallow: ${paths.admin}`, '', `Sitemap: ${sitemap}`, ''].join('\n');
}
