/** /phat-thanh/<collection>/<id>.txt: the script of one entry as plain UTF-8 text. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRadioView } from '../../../data/radio-view.ts';
import { TXT_HEADERS, toTxt } from '../../../lib/radio/txt.ts';
import { cacheKey } from '../../../lib/site/cache-key.ts';

export const getStaticPaths = (async () => {
  const view = await getRadioView();
  return view.scripts.map((s) => ({
    params: { collection: s.collection, id: s.id },
    props: { paragraphs: s.script.paragraphs },
    cacheKey: cacheKey(s.script.paragraphs),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ paragraphs: string[] }> = ({ props }) =>
  new Response(toTxt(props.paragraphs), { headers: TXT_HEADERS });
