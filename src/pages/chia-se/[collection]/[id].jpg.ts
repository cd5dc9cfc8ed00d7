/** /chia-se/<guong-sang|phong-trao>/<id>.jpg: the 1200×630 share image of a story or a campaign, made at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { shareImageEntries, type ShareImageEntry } from '../../../data/share-images.ts';
import { renderShareImage } from '../../../lib/share/image.ts';

export const getStaticPaths = (async () => {
  const entries = await shareImageEntries();
  return entries.map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ShareImageEntry }> = async ({ props }) =>
  new Response(new Uint8Array(await renderShareImage(props.entry.input)), {
    headers: { 'Content-Type': 'image/jpeg' },
  });
