/**
 * Words a coded message from src/lib (src/lib/text/message.ts): looks its key up and fills
 * its values, as `t()` does.
 */
import type { Coded, Label } from '../../lib/text/message.ts';
import { t, tMaybe, type StringKey } from '../strings.ts';

/**
 * The text of a coded message; its key must be one the dictionaries define. A value given as a
 * label reads by its label, or as it is when the dictionaries have none; a value given as a
 * coded message is worded in its place.
 */
export function word(message: Coded<StringKey>): string {
  const values = Object.fromEntries(
    Object.entries(message.params ?? {}).map(([name, v]) => [name, typeof v === 'object' ? valueText(v) : v]),
  );
  return t(message.code, values);
}

function valueText(v: Label | Coded): string {
  if (!('code' in v)) return tMaybe(v.key) ?? v.value;
  if (tMaybe(v.code) === undefined) throw new Error(`Unknown string key: ${v.code}`);
  return word(v as Coded<StringKey>);
}
