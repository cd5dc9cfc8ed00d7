/**
 * Astro's glob() loader with the project's front matter rules: YAML is re-read with the
 * core schema (dates stay plain strings), text is NFC with LF endings, ids come from
 * `entryId`, and schema errors name the file and the field in Vietnamese.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { parseMarkdownFile } from '../lib/content/frontmatter.ts';
import { entryId } from '../lib/content/ids.ts';
import { ContentError, zodIssues } from '../content-pipeline/issues.ts';
import type { CollectionDef } from '../schemas/index.ts';
import { objectSchema, type ZodContext } from '../schemas/to-zod.ts';
import { OPTIONS } from '../schemas/options.ts';

/** Meta-store key of the declaration the kept entries were parsed with. */
const DECLARATION_KEY = 'declaration-digest';

/** A digest of what shapes an entry's parsed data: the collection's declaration and the option lists. */
export function declarationDigest(def: CollectionDef): string {
  return createHash('sha256')
    .update(JSON.stringify([def.fields, def.idFrom ?? null, OPTIONS]))
    .digest('hex');
}

export function checkedGlob(def: CollectionDef, settings: ZodContext['settings']): Loader {
  const inner = glob({
    // Markdown only: content/ is edited through the CMS, and MDX would run an editor's code.
    // An .mdx file there is refused by the content check (src/content-pipeline/read.ts).
    pattern: '**/[^_]*.md',
    base: `./content/${def.name}`,
    generateId: ({ entry, data }) => entryId(def.idFrom, entry, data),
  });
  // One schema for all entries (images are checked as plain paths here): building one per
  // entry cost about a tenth of the content sync at thousands of entries.
  const plainSchema = objectSchema(def.fields, { settings, image: () => z.string() });
  const digest = declarationDigest(def);
  return {
    name: 'checked-glob',
    load: (context) => {
      // glob() keeps the parsed data of every file that did not change since the last build
      // (the content store in the build cache folder), and Astro clears that store only when
      // src/content.config.ts itself changes. The declarations live in src/schemas/, so a
      // changed declaration (a new list field, which parses to []) would leave unchanged
      // files with data parsed by the old one: the kept entries go when the digest changes.
      if (context.meta.get(DECLARATION_KEY) !== digest) {
        context.store.clear();
        context.meta.set(DECLARATION_KEY, digest);
      }
      return inner.load({
        ...context,
        parseData: async (props) => {
          const file = props.filePath ? relative(process.cwd(), props.filePath).split('\\').join('/') : props.id;
          const data = props.filePath ? parseMarkdownFile(await readFile(props.filePath, 'utf8')).data : props.data;
          const plain = plainSchema.safeParse(data);
          if (!plain.success) throw new ContentError(zodIssues(file, plain.error, data, def.fields));
          // The re-read front matter replaces glob()'s own parse, so it stands in for its type.
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      });
    },
  };
}
