/**
 * axe-core for browser tests, injected in a way the site's Content-Security-Policy does not
 * block: evaluated through the DevTools protocol rather than added as an inline <script>,
 * which the policy (rightly) refuses. Pages run under their real policy while being audited.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from './project.ts';

/** WCAG 2.2 level A and AA, as axe tags them. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(join(PROJECT_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Makes `window.axe` available on the page that is open now (again after each navigation). */
export async function injectAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  await page.evaluate(AXE_SOURCE);
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** axe's violations of `tags` on the open page, one readable line each. */
export async function axeViolations(page: Page, tags: readonly string[] = AXE_TAGS): Promise<string[]> {
  await injectAxe(page);
  const violations = await page.evaluate(async (runOnly) => {
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: runOnly }, resultTypes: ['violations'] });
    return result.violations;
  }, tags as string[]);
  return (violations as AxeViolation[]).map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes
        .slice(0, 4)
        .map(
          (n) => `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, ' ').trim()}]` : ''}`,
        )
        .join('; ')}${v.nodes.length > 4 ? `; … ${v.nodes.length - 4} more` : ''}`,
  );
}
