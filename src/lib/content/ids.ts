import { slugify } from '../text/slug.ts';
import { docNumberSlug } from '../legal/doc-number.ts';

/**
 * The id (and URL segment) of an entry: the slug of the field named by `idFrom` when the
 * collection has one (documents use their number), otherwise the slug of the file name.
 */
export function entryId(idFrom: string | undefined, entryPath: string, data: Record<string, unknown>): string {
  const source = idFrom ? data[idFrom] : undefined;
  if (typeof source === 'string' && source.trim() !== '') {
    return idFrom === 'number' ? docNumberSlug(source) : slugify(source);
  }
  const base = entryPath.split('/').pop() ?? entryPath;
  return slugify(base.replace(/\.(md|mdx)$/i, ''));
}
