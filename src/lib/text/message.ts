/**
 * A message for people as a string key and the values it names: src/lib decides what is
 * wrong or what to say, the caller words it (src/i18n/wording/message.ts, `word()`), so lib
 * imports no dictionary. Each module types its keys as a union of literals, and `word()`
 * accepts only keys the dictionaries define, so a misspelt key fails the type check. A value
 * may itself be a label or a coded message, worded in its place.
 */
export interface Coded<K extends string = string> {
  readonly code: K;
  readonly params?: Readonly<Record<string, string | number | Label | Coded>>;
}

/**
 * A value that reads by its label in the dictionaries when there is one ("Hướng dẫn" for the
 * relation kind huong-dan), else as it is.
 */
export interface Label {
  readonly key: string;
  readonly value: string;
}

/** The label of a value under `prefix` ("relation." + "huong-dan"). */
export function labelOf(prefix: string, value: string): Label {
  return { key: `${prefix}${value}`, value };
}
