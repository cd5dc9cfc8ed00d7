/** decap-cms-locales ships no types. The ESM entry is imported directly by the locale test. */
type DecapPhrases = { [key: string]: string | DecapPhrases };

declare module 'decap-cms-locales' {
  export const vi: DecapPhrases;
  export const en: DecapPhrases;
}

declare module 'decap-cms-locales/dist/esm/index.js' {
  export const vi: DecapPhrases;
  export const en: DecapPhrases;
}
