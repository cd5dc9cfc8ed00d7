/**
 * Builds the Pagefind search index through its Node API once Astro has written the site.
 *
 * Only elements marked data-pagefind-body are indexed (story, campaign, document and radio
 * script pages: see src/components/SearchFacets.astro), so list pages, the 404 page and the
 * admin stay out of search. Each page is handed to Pagefind as a copy with folded twins
 * ("thi đua 〔dua〕", src/lib/search/twins.ts), because Pagefind folds tone marks but not đ;
 * the pages served stay as they are.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { addFoldTwins } from '../lib/search/twins.ts';

/**
 * Page parts that are controls, repeated labels or credits, not content: link buttons of legal
 * units, the citation box, radio tools, photo credits, a script's timing table.
 */
const EXCLUDE = [
  'button',
  '.unit-link',
  '.citation-box',
  '.radio-tools',
  '.figure > figcaption',
  '.script-page .summary-list',
  '[data-search-skip]',
];
const BATCH = 64;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** "guong-sang/x/index.html" → "/guong-sang/x/". */
function urlOf(outDir: string, file: string): string {
  const path = relative(outDir, file).split(sep).join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'guong-sang:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi', excludeSelectors: EXCLUDE });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const files = htmlFiles(outDir);
          let count = 0;
          for (let i = 0; i < files.length; i += BATCH) {
            const pages = files
              .slice(i, i + BATCH)
              .map((file) => ({ file, html: readFileSync(file, 'utf8') }))
              .filter((page) => page.html.includes('data-pagefind-body'));
            const added = await Promise.all(
              pages.map(({ file, html }) =>
                index.addHTMLFile({ url: urlOf(outDir, file), content: addFoldTwins(html) }),
              ),
            );
            const failed = added.flatMap((a) => a.errors);
            if (failed.length > 0) throw new Error(`Pagefind indexing failed: ${failed.join('; ')}`);
            count += pages.length;
          }
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          logger.info(`Indexed ${count} pages for search.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
