/**
 * Fills the `{name}` placeholders of a user-facing string: the one rule for the build, the CMS
 * and the browser scripts. A placeholder without a value is a programming error (the caller
 * forgot a value), so it throws, naming the placeholder and the string, instead of showing
 * "{name}" or nothing to a reader.
 */
export type FillValues = Readonly<Record<string, string | number>>;

export function fill(template: string, values: FillValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for {${name}} in "${template}"`);
    return String(value);
  });
}
