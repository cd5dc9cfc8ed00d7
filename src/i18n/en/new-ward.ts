/**
 * The English settings values the new-ward script writes (`newWard.…En`), for the English page.
 * Flat keys, merged with the other dictionaries by src/i18n/strings.ts; `{name}` marks a value
 * filled in by `t()`.
 */
export const newWard = {
  'newWard.committeeNameEn': "People's Committee of {name} {kindEn}",
  'newWard.addressEn':
    "Office of the People's Committee of {name} {kindEn}, {provinceEn} (example address, to be updated by the {kindEnLower})",
} as const;
