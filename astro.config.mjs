// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import contentCheck from './src/integrations/content-check.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import adminBundle from './src/integrations/admin-bundle.ts';
import securityHeaders from './src/integrations/headers.ts';
import { unified } from '@astrojs/markdown-remark';
import { REHYPE_PLUGINS } from './src/lib/text/markdown-plugins.ts';
import { astroCacheDir } from './src/lib/site/cache-dir.ts';

/** The site's public address comes from settings, so a forked ward only edits content. */
function siteUrl() {
  try {
    const site = parse(readFileSync('content/settings/site.yaml', 'utf8'));
    return typeof site?.siteUrl === 'string' ? site.siteUrl : undefined;
  } catch {
    return undefined;
  }
}

export default defineConfig({
  site: siteUrl(),
  trailingSlash: 'always',
  // Four pages at a time: a share image waits on sharp's threads, so with one page at a time a
  // 2-core machine sat half idle through most of a large build (bench: 5,000 entries 368 s -> 239 s).
  build: { format: 'directory', concurrency: 4 },
  integrations: [
    contentCheck(),
    mdx(),
    sitemap({ filter: (page) => !page.includes('/admin/') && !page.includes('/404') }),
    pagefindIndex(),
    adminBundle(),
    // Last: hashes whatever inline code the pages ended up with into dist/_headers.
    securityHeaders(),
  ],
  // Editors' HTML in Markdown is sanitised, then headings get ASCII ids (đ → d), e.g. #dieu-24-khen-thuong.
  markdown: { processor: unified({ rehypePlugins: REHYPE_PLUGINS }) },
  devToolbar: { enabled: false },
  // The search worker (src/scripts/search-worker.ts) is an ES module: it imports Pagefind.
  vite: { worker: { format: 'es' } },
  // Astro's content store and incremental build live in the project's one build cache folder
  // (src/lib/site/cache-dir.ts), which the deploy pipelines restore and save.
  cacheDir: astroCacheDir(process.cwd()),
  // Rebuilds copy unchanged pages from the last build (the cache folder): pages with many
  // per-entry copies return a cacheKey of what they show (src/lib/site/cache-key.ts).
  experimental: { incrementalBuild: true },
});
