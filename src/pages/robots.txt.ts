/** /robots.txt: the CMS is off limits to crawlers; the sitemap is named with the site's address. */
import type { APIRoute } from 'astro';
import { getSettings } from '../data/entries.ts';
import { robotsTxt } from '../lib/site/robots.ts';

export const GET: APIRoute = async () => {
  const { site } = await getSettings();
  return new Response(robotsTxt(site.siteUrl), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
