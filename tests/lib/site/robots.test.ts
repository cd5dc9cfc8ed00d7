import { describe, expect, test } from 'vitest';
import { robotsTxt } from '../../../src/lib/site/robots.ts';

describe('robotsTxt', () => {
  test('keeps crawlers out of the CMS and names the sitemap with the site address', () => {
    const text = robotsTxt('https://guongsang.example.vn');
    const lines = text.split('\n');
    expect(lines).toContain('User-agent: *');
    expect(lines).toContain('Disallow: /admin/');
    expect(lines).toContain('Sitemap: https://guongsang.example.vn/sitemap-index.xml');
    expect(lines.filter((l) => l.startsWith('Disallow:'))).toEqual(['Disallow: /admin/']);
  });
});
