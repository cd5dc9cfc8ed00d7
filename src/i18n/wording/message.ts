/**
 * Words a coded message from src/lib (src/lib/text/message.ts): looks its key up and fills
 * its values, as `t()` does.
 */
import type { Coded } from '../../lib/text/message.ts';
import { t, type StringKey } from '../strings.ts';

/** The text of a coded message; its key must be one the dictionaries define. */
export function word(message: Coded<StringKey>): string {
  return t(message.code, message.params ?? {});
}
