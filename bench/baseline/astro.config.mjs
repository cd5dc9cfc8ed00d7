// @ts-check
/**
 * The benchmark's baseline: a bare Astro site over the same generated Markdown as the real
 * site (content folder from BENCH_CONTENT_DIR), with nothing but a list page and one page per
 * entry. bench/run.ts builds it with the project's own astro, in a temporary folder.
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
