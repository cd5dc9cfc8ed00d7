/**
 * Chromium for browser tests: Debian's /usr/bin/chromium or CHROME_PATH, driven through
 * playwright-core (which cannot download browsers here).
 *
 * Skip rule: without a Chromium binary, browser tests are reported as skipped with the
 * reason, except under CI=true, where a missing browser fails the run loudly.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export interface ChromiumStatus {
  /** Path of the binary, when one was found. */
  path: string | undefined;
  /** Why there is none, when none was found. */
  missing: string | undefined;
}

export function findChromium(): ChromiumStatus {
  const configured = process.env.CHROME_PATH;
  const path = configured || '/usr/bin/chromium';
  if (existsSync(path)) return { path, missing: undefined };
  const hint = configured
    ? 'CHROME_PATH points to a missing file'
    : 'install it with `apt-get install chromium` or set CHROME_PATH';
  return { path: undefined, missing: `no Chromium at ${path} (${hint})` };
}

/**
 * The reason browser tests are skipped, or undefined when they must run: a browser was found,
 * or CI=true demands one (then launchBrowser() fails with the reason).
 */
export function browserSkipReason(status: ChromiumStatus = findChromium()): string | undefined {
  if (status.path || process.env.CI === 'true') return undefined;
  return `browser tests skipped: ${status.missing}`;
}

export async function launchBrowser(): Promise<Browser> {
  const status = findChromium();
  if (!status.path) {
    throw new Error(
      `Chromium is required for the browser tests${process.env.CI === 'true' ? ' under CI=true' : ''}: ${status.missing}`,
    );
  }
  return chromium.launch({
    executablePath: status.path,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
