/** /chia-se/<guong-sang|phong-trao>/<id>.jpg: the 1200×630 share image of a story or a campaign, made at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { shareImageEntries, type ShareImageEntry } from '../../../data/share-images.ts';
import { renderShareImage } from '../../../lib/share/image.ts';
import { cacheKey, fileStamp } from '../../../lib/site/cache-key.ts';

export const getStaticPaths = (async () => {
  const entries = await shareImageEntries();
  // The image is drawn from its input alone (and the photo file): the key of the incremental build.
  return entries.map((entry) => ({
    params: { collection: entry.collection, id: entry.id },
    props: { entry },
    cacheKey: cacheKey(entry.input, fileStamp(entry.input.photo)),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ShareImageEntry }> = async ({ props }) =>
  new Response(new Uint8Array(await renderShareImage(props.entry.input)), {
    headers: { 'Content-Type': 'image/jpeg' },
  });
