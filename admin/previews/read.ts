/**
 * Reading an entry while an editor is still writing it: any field may be empty, half-typed
 * or missing, so previews read values through these helpers instead of trusting the schema
 * types. Pure.
 */

export type Loose = Readonly<Record<string, unknown>>;

/** The parts of Decap's Immutable values previews read. */
interface Immutable {
  toJS(): unknown;
}

function isImmutable(value: unknown): value is Immutable {
  return typeof value === 'object' && value !== null && typeof (value as Partial<Immutable>).toJS === 'function';
}

/** Plain JavaScript from a Decap value (Immutable Map or List, or already plain). */
export function plain(value: unknown): unknown {
  return isImmutable(value) ? value.toJS() : value;
}

/** A record from anything: {} for what is not an object. */
export function record(value: unknown): Loose {
  const v = plain(value);
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Loose) : {};
}

/** The text of a field, trimmed of nothing; '' when it is not text. */
export function text(data: Loose, name: string): string {
  const v = data[name];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

/** An optional text field: undefined when empty. */
export function optionalText(data: Loose, name: string): string | undefined {
  const v = text(data, name);
  return v.trim() === '' ? undefined : v;
}

/** A list of records (awards, relations, bulletin items). */
export function records(data: Loose, name: string): Loose[] {
  const v = plain(data[name]);
  return Array.isArray(v) ? v.map(record) : [];
}

/** A list of strings (target groups, campaign ids, legal basis numbers). */
export function strings(data: Loose, name: string): string[] {
  const v = plain(data[name]);
  if (typeof v === 'string') return v.trim() === '' ? [] : [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];
}

/** A boolean field: only `true` counts. */
export function flag(data: Loose, name: string): boolean {
  return data[name] === true;
}

/** A number field, or undefined. */
export function num(data: Loose, name: string): number | undefined {
  const v = data[name];
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** Settings lists of { id, name } (residential groups, fields of achievement). */
export function idNames(data: Loose, name: string): { id: string; name: string }[] {
  return records(data, name).flatMap((r) => {
    const id = text(r, 'id');
    return id ? [{ id, name: text(r, 'name') || id }] : [];
  });
}
