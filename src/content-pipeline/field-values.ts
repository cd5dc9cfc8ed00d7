/**
 * The text values an entry holds in the fields of one kind (references to entries, plan-task
 * references), found through its collection's declaration, nested objects and list items
 * included, each with the dotted path it sits at ("relations[1].target"): what the content
 * check and the task rules read, so a new collection or a nested field needs no change there.
 */
import type { Field, Fields } from '../schemas/fields.ts';
import { fieldPath } from './issues.ts';

export interface FieldValue<K extends Field['kind']> {
  /** Dotted path of the value, e.g. "legalBasis[0]". */
  field: string;
  value: string;
  /** The declaration of the field holding it. */
  descriptor: Extract<Field, { kind: K }>;
}

export function valuesOfKind<K extends Field['kind']>(
  fields: Fields,
  data: Record<string, unknown>,
  kind: K,
  path: PropertyKey[] = [],
): FieldValue<K>[] {
  const out: FieldValue<K>[] = [];
  for (const [name, f] of Object.entries(fields)) {
    const value = data[name];
    if (value === undefined || value === null) continue;
    if (f.kind === kind) {
      const values = Array.isArray(value) ? value : [value];
      values.forEach((v, i) => {
        if (typeof v === 'string')
          out.push({
            field: fieldPath(Array.isArray(value) ? [...path, name, i] : [...path, name]),
            value: v,
            descriptor: f as Extract<Field, { kind: K }>,
          });
      });
    } else if (f.kind === 'object' && typeof value === 'object') {
      out.push(...valuesOfKind(f.fields, value as Record<string, unknown>, kind, [...path, name]));
    } else if (f.kind === 'list' && Array.isArray(value)) {
      value.forEach((item, i) => {
        if (item && typeof item === 'object')
          out.push(...valuesOfKind(f.fields, item as Record<string, unknown>, kind, [...path, name, i]));
      });
    }
  }
  return out;
}
