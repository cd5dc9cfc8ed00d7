/**
 * Runs the content check (src/content-pipeline/check.ts) before a build renders anything, so
 * bad content stops the build with the file, the field and what would be right. During
 * `astro dev` the same problems are logged instead, so editing can go on.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../content-pipeline/check.ts';
import { ContentError, formatIssues } from '../content-pipeline/issues.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'guong-sang:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const started = performance.now();
        const { issues } = checkContent(fileURLToPath(config.root));
        // Read by the bench's per-phase breakdown (bench/lib/breakdown.ts).
        logger.info(`Content checked in ${Math.round(performance.now() - started)} ms.`);
        if (issues.length === 0) return;
        if (command === 'build') throw new ContentError(issues);
        logger.warn(formatIssues(issues));
      },
    },
  };
}
