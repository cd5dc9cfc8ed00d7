/**
 * Decap's Vietnamese phrases, completed from the CMS interface dictionary: every key
 * "cms.ui.<decap phrase path>" there fills or replaces that phrase, so the CMS shows no
 * English where Decap's own translation has gaps ("Add", "Bold", …).
 */
import { cmsUi as strings } from '../src/i18n/vi/cms-ui.ts';

export const DECAP_PHRASE_PREFIX = 'cms.ui.';

type Phrases = { [key: string]: string | Phrases };

/** The project's phrases as [Decap path, text] pairs. */
export function projectPhrases(): [string[], string][] {
  return Object.entries(strings).flatMap(([key, text]) =>
    key.startsWith(DECAP_PHRASE_PREFIX)
      ? [[key.slice(DECAP_PHRASE_PREFIX.length).split('.'), text] as [string[], string]]
      : [],
  );
}

/** A copy of Decap's `base` phrases with the project's phrases laid over them. */
export function withProjectPhrases(base: Readonly<Phrases>): Phrases {
  const out = structuredClone(base) as Phrases;
  for (const [path, text] of projectPhrases()) {
    let node = out;
    for (const step of path.slice(0, -1)) {
      const next = node[step];
      node = typeof next === 'object' ? next : (node[step] = {});
    }
    node[path[path.length - 1] ?? ''] = text;
  }
  return out;
}
