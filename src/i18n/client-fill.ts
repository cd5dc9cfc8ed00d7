/**
 * `fill` (src/i18n/fill.ts) for browser scripts, typed by the template: a template read as
 * its literal type (ClientStrings in src/i18n/client-strings.ts) must be given a value for
 * each of its `{name}` placeholders, or the script does not compile. Templates without
 * placeholders take no values. At run time it is `fill`, which still throws on a missing value.
 */
import { fill, type FillValues } from './fill.ts';

/** The names of the `{name}` placeholders in a template's literal type. */
export type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The values a template needs: one per placeholder (more are allowed from a variable). */
export type ValuesFor<T extends string> = { readonly [N in Placeholders<T>]: string | number };

/** The values argument: required with the placeholders' names, none without; free for a plain string. */
export type FillArgs<T extends string> = string extends T
  ? [values?: FillValues]
  : [Placeholders<T>] extends [never]
    ? []
    : [values: ValuesFor<T>];

export function fillIn<T extends string>(template: T, ...values: FillArgs<T>): string {
  return fill(template, values[0]);
}
