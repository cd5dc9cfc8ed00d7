/**
 * The site's rehype plugins, in order, for every place Markdown is rendered: Astro's own
 * pipeline (astro.config.mjs: stories, campaigns) and the legal text renderer
 * (src/data/legal-text.ts: documents, unit by unit). First the editor's HTML is made safe,
 * then all text is put in NFC, then headings get their ASCII ids.
 */
import rehypeAsciiIds from './rehype-ascii-ids.ts';
import rehypeNfc from './rehype-nfc.ts';
import rehypeSafeHtml from './rehype-safe-html.ts';

export const REHYPE_PLUGINS = [rehypeSafeHtml, rehypeNfc, rehypeAsciiIds];
