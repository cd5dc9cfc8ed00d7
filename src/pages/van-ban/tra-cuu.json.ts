/**
 * /van-ban/tra-cuu.json: number, title, type, date and anchors of every document, for the
 * number lookup on /van-ban/ and the search page (src/scripts/document-lookup.ts).
 */
import type { APIRoute } from 'astro';
import { getDocuments } from '../../data/entries.ts';
import { lookupEntries } from '../../data/documents-view.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(lookupEntries(await getDocuments())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
