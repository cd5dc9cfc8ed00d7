/**
 * Content-Security-Policy violations on a Playwright page, as the browser reports them: the
 * `securitypolicyviolation` events of every document the page loads (listened to from an init
 * script, which the policy does not govern) and Chromium's console messages about refused
 * resources (which also cover workers).
 */
import type { Page } from 'playwright-core';

export interface CspWatch {
  /** The violations reported since the last call, one line each; clears the list. */
  take(): Promise<string[]>;
}

const CONSOLE = /Content Security Policy|Refused to (load|execute|apply|connect|create|compile|evaluate|frame)/i;

export async function watchCsp(page: Page): Promise<CspWatch> {
  let seen: string[] = [];
  await page.exposeFunction('__gsReportCsp', (line: string) => {
    seen.push(line);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __gsReportCsp: (line: string) => void }).__gsReportCsp;
      void report(
        `${e.disposition} ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  page.on('console', (message) => {
    if (CONSOLE.test(message.text())) seen.push(`console: ${message.text().slice(0, 300)}`);
  });
  return {
    async take() {
      // Violations are reported asynchronously: give the last ones a moment to arrive.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50))).catch(() => undefined);
      const out = seen;
      seen = [];
      return out;
    },
  };
}
