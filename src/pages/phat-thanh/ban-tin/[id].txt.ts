/** /phat-thanh/ban-tin/<id>.txt: everything read in a bulletin, in order, as plain UTF-8 text. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRadioView } from '../../../data/radio-view.ts';
import { TXT_HEADERS, toTxt } from '../../../lib/radio/txt.ts';

export const getStaticPaths = (async () => {
  const view = await getRadioView();
  return view.bulletins.map((b) => ({ params: { id: b.bulletin.id }, props: { paragraphs: b.paragraphs } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ paragraphs: string[] }> = ({ props }) =>
  new Response(toTxt(props.paragraphs), { headers: TXT_HEADERS });
