/**
 * A message for people as a string key and the values it names: src/lib decides what is
 * wrong or what to say, the caller words it (src/i18n/wording/message.ts, `word()`), so lib
 * imports no dictionary. Each module types its keys as a union of literals, and `word()`
 * accepts only keys the dictionaries define, so a misspelt key fails the type check.
 */
export interface Coded<K extends string = string> {
  readonly code: K;
  readonly params?: Readonly<Record<string, string | number>>;
}
