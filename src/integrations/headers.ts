/**
 * Writes dist/_headers (security headers and Content-Security-Policy, src/lib/site/security-headers.ts)
 * once Astro and the other integrations have written the site, so it sees their output.
 *
 * Keeps the public pages free of inline code where Astro decides: scripts are always emitted
 * as files (Astro would otherwise inline small ones) and stylesheets are always linked. What
 * remains inline (a component's `<script is:inline>`, an island's loader) is hashed into the
 * policy. A style="…" attribute cannot be allowed without 'unsafe-inline' and is reported.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADMIN_PATH, formatHeadersFile, headerRules, inlineHashesOf } from '../lib/site/security-headers.ts';

const SCRIPT_FILE = /\.m?js$/;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'guong-sang:headers',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          build: { inlineStylesheets: 'never' },
          // false: never inline a script; undefined: Vite's default limit for other assets.
          vite: { build: { assetsInlineLimit: (file: string) => (SCRIPT_FILE.test(file) ? false : undefined) } },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const withStyleAttributes: string[] = [];
        for (const file of htmlFiles(outDir)) {
          const url = `/${relative(outDir, file).split(sep).join('/')}`;
          if (url.startsWith(ADMIN_PATH)) continue;
          const found = inlineHashesOf(readFileSync(file, 'utf8'));
          found.scripts.forEach((h) => scripts.add(h));
          found.styles.forEach((h) => styles.add(h));
          if (found.styleAttributes > 0) withStyleAttributes.push(url);
        }
        if (withStyleAttributes.length > 0) {
          logger.warn(
            `style="…" attributes are blocked by the Content-Security-Policy; use a class instead (${withStyleAttributes.slice(0, 5).join(', ')}${withStyleAttributes.length > 5 ? ', …' : ''})`,
          );
        }
        const entries = readdirSync(outDir, { withFileTypes: true }).map((e) =>
          e.isDirectory() ? `${e.name}/` : e.name,
        );
        const rules = headerRules(entries, { scripts: [...scripts].sort(), styles: [...styles].sort() });
        const comment =
          'Security headers for static hosts (Netlify, Cloudflare Pages). Written by the build:\ndo not edit. nginx: see docs/nginx.conf.';
        writeFileSync(join(outDir, '_headers'), formatHeadersFile(rules, comment));
        logger.info(`_headers written: ${scripts.size} inline script(s) and ${styles.size} inline style(s) hashed.`);
      },
    },
  };
}
