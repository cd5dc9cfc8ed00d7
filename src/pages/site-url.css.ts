/**
 * /site-url.css: the site's address as a CSS custom property, for the print stylesheet, which
 * prints site-relative links in full (src/styles/print.css). A file rather than a style
 * attribute, so the Content-Security-Policy needs no 'unsafe-inline'; BaseLayout links it for
 * print only, so it never delays the page on screen.
 */
import type { APIRoute } from 'astro';
import { getSettings } from '../data/entries.ts';

export const GET: APIRoute = async ({ site }) => {
  const origin = (site ?? new URL((await getSettings()).site.siteUrl)).origin;
  return new Response(`:root {\n  --site-url: ${JSON.stringify(origin)};\n}\n`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
};
