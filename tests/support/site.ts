/**
 * The one production build of the real project that a whole test run shares.
 *
 * Global setups (tests/build/global-setup.ts, tests/e2e/global-setup.ts) run in Vitest's
 * main process, one after the other. Each calls ensureSiteBuilt(); the first call runs
 * `node scripts/build.ts` in the project root (so dist/ is exactly what `npm run build`
 * publishes) and keeps its promise on globalThis, so a second project in the same run gets
 * the same result instead of building again. Tests receive the result through
 * `inject('site')`.
 *
 * GS_REUSE_DIST=1 skips the build when dist/index.html already exists (for quick local
 * iteration on tests only; never set in CI).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, runBuild } from './project.ts';

export interface SharedSite {
  /** Absolute path of the built site (the project's dist/). */
  dir: string;
  /** True when the build exited with code 0. */
  ok: boolean;
  /** Exit code and output of the build, for failure messages. */
  code: number | null;
  output: string;
  /** Build time in milliseconds; 0 when an existing dist/ was reused. */
  ms: number;
  reused: boolean;
}

declare module 'vitest' {
  export interface ProvidedContext {
    site: SharedSite;
    /** Base URL of the static server started by the e2e global setup. */
    siteUrl: string;
  }
}

const KEY = Symbol.for('guong-sang.tests.shared-site');
type Holder = { [KEY]?: Promise<SharedSite> };

async function build(): Promise<SharedSite> {
  const dir = join(PROJECT_ROOT, 'dist');
  if (process.env.GS_REUSE_DIST === '1' && existsSync(join(dir, 'index.html'))) {
    return { dir, ok: true, code: 0, output: 'GS_REUSE_DIST=1: reused the existing dist/', ms: 0, reused: true };
  }
  const { code, output, ms } = await runBuild(PROJECT_ROOT);
  const site = { dir, ok: code === 0, code, output, ms, reused: false };
  console.log(`[tests] shared site build: ${site.ok ? 'ok' : `FAILED (exit ${code})`} in ${(ms / 1000).toFixed(1)} s`);
  return site;
}

/** Builds the real site once per test run (per Vitest process) and returns the result. */
export function ensureSiteBuilt(): Promise<SharedSite> {
  const holder = globalThis as Holder;
  holder[KEY] ??= build();
  return holder[KEY];
}

/** Fails with the build output when the shared build did not succeed. */
export function assertSiteBuilt(site: SharedSite): void {
  if (!site.ok) {
    throw new Error(
      `The production build of the real content failed (exit ${site.code}):\n${site.output.slice(-6000)}`,
    );
  }
}
