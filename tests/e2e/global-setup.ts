/**
 * Global setup of the `e2e` project: makes sure the shared production build exists (built
 * once per run, see tests/support/site.ts), serves dist/ with the project's own static
 * server on a free port, and provides its URL to the browser tests as `inject('siteUrl')`.
 * Says up front when the browser tests will be skipped (no Chromium, not under CI=true).
 */
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { browserSkipReason, findChromium } from '../support/browser.ts';
import { ensureSiteBuilt } from '../support/site.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromium = findChromium();
  const skip = browserSkipReason(chromium);
  if (skip) console.warn(`[tests] ${skip}`);
  else if (!chromium.path) console.error(`[tests] CI=true and ${chromium.missing}: the browser tests will fail.`);
  const site = await ensureSiteBuilt();
  project.provide('site', site);
  const { server, url } = await serveStatic(site.dir, 0);
  project.provide('siteUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
