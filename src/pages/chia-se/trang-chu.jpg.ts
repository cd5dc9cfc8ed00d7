/** /chia-se/trang-chu.jpg: the share image of every page that has no image of its own. */
import type { APIRoute } from 'astro';
import { defaultShareImage } from '../../data/share-images.ts';
import { renderShareImage } from '../../lib/share/image.ts';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await renderShareImage(await defaultShareImage())), {
    headers: { 'Content-Type': 'image/jpeg' },
  });
