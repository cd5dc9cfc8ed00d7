/**
 * Page budgets: Lighthouse (its default mobile preset: a mid-range phone, simulated slow 4G
 * and 4× CPU slowdown) on pages of a built site served from localhost, in Debian's Chromium
 * (CHROME_PATH, /usr/bin/chromium by default). Each page is measured `runs` times and the
 * median of each category score is kept.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result as LighthouseResult } from 'lighthouse';
import { serveStatic } from '../../scripts/lib/static-server.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface PageScores {
  name: string;
  path: string;
  /** Median score of each category, 0 to 1. */
  median: Record<Category, number>;
  /** Every run's scores, in order. */
  runs: Record<Category, number>[];
  /** Median of the main timings, in milliseconds (and CLS unitless). */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
  /** Audits that failed (score below 1) in the median-performance run, by id, with their titles. */
  failed: { id: string; title: string; score: number | null }[];
}

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

export async function lighthousePages(
  dist: string,
  pages: readonly { name: string; path: string }[],
  runs: number,
  progress: (message: string) => void = () => {},
): Promise<PageScores[]> {
  const { server, url } = await serveStatic(dist, 0);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
  });
  try {
    const results: PageScores[] = [];
    for (const page of pages) {
      const lhrs: LighthouseResult[] = [];
      for (let i = 0; i < runs; i += 1) {
        progress(`Lighthouse ${page.name} ${i + 1}/${runs}`);
        const result = await lighthouse(`${url}${page.path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
        if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${page.path}: ${result.lhr.runtimeError.message}`);
        lhrs.push(result.lhr);
      }
      const scores = lhrs.map(
        (lhr) =>
          Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? 0])) as Record<Category, number>,
      );
      const metric = (id: string) => median(lhrs.map((lhr) => lhr.audits[id]?.numericValue ?? 0));
      const byPerformance = [...lhrs].sort(
        (a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0),
      );
      const typical = byPerformance[Math.floor(byPerformance.length / 2)];
      const weighted = new Set(
        CATEGORIES.flatMap((c) =>
          (typical?.categories[c]?.auditRefs ?? []).filter((r) => r.weight > 0).map((r) => r.id),
        ),
      );
      results.push({
        name: page.name,
        path: page.path,
        median: Object.fromEntries(CATEGORIES.map((c) => [c, median(scores.map((s) => s[c]))])) as Record<
          Category,
          number
        >,
        runs: scores,
        metrics: {
          fcp: Math.round(metric('first-contentful-paint')),
          lcp: Math.round(metric('largest-contentful-paint')),
          tbt: Math.round(metric('total-blocking-time')),
          cls: Number(metric('cumulative-layout-shift').toFixed(3)),
          si: Math.round(metric('speed-index')),
        },
        failed: Object.values(typical?.audits ?? {})
          .filter((a) => weighted.has(a.id) && a.score !== null && a.score < 1)
          .map((a) => ({ id: a.id, title: a.title, score: a.score })),
      });
    }
    return results;
  } finally {
    chrome.kill();
    server.close();
  }
}
