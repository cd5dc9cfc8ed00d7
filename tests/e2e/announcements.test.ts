/**
 * A resident at a desk (1280 wide) reading the ward's announcements and events in Chromium, on
 * the shared production build: the home page lists exactly the announcements current on the
 * day of the build, soonest first; its first link is reached with the keyboard, with visible
 * focus, and followed with Enter; the section is in the HTML with JavaScript off; the
 * announcement page shows when, where and its links, and its campaign lists it back; the
 * radio script reads the day, date and time in words. axe-core finds no WCAG 2.x A/AA violation.
 *
 * Expectations come from content/announcements/ and the build's "today" (todayInVietnam).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { browserSkipReason } from '../support/browser.ts';
import { entriesOf } from '../support/content.ts';
import { PROJECT_ROOT } from '../support/project.ts';
import { DESK, SHOTS, useSite } from '../support/visit.ts';
import { todayInVietnam } from '../../src/lib/dates/plain-date.ts';
import { orderAnnouncements, type AnnouncementDates } from '../../src/lib/announcements/rules.ts';
import { readPeriod } from '../../src/lib/radio/time-words.ts';

const skip = browserSkipReason();

const announcements = entriesOf(PROJECT_ROOT, 'announcements').map((e) => ({
  id: e.id,
  data: e.data as unknown as AnnouncementDates & { title: string; campaign?: string; place?: string },
}));
const { current, past } = orderAnnouncements(announcements, todayInVietnam());

if (skip) test(skip, (ctx) => ctx.skip(skip));

/** The ids of the announcements the home page lists, in order. */
function homeIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-home-announcements] [data-announcement]', (cards) =>
    cards.map((c) => c.getAttribute('data-announcement') ?? ''),
  );
}

describe.skipIf(skip !== undefined)('a resident reading announcements', () => {
  const site = useSite({ context: DESK, offSiteGuard: true });

  test('the content has current and past announcements to check', () => {
    expect(current.length, 'an announcement current today').toBeGreaterThan(0);
    expect(past.length, 'an announcement already expired').toBeGreaterThan(0);
  });

  test('the home page lists only the current announcements, soonest first, and passes axe', async () => {
    const page = await site.open('/');
    const section = page.locator('section[data-home-announcements]');
    expect(await section.locator('h2').innerText()).toBe('Thông báo, sự kiện');
    expect(await homeIds(page)).toEqual(current.map((a) => a.id));
    for (const a of past) expect(await section.locator(`a[href="/thong-bao/${a.id}/"]`).count(), a.id).toBe(0);
    expect(await section.locator('a[href="/thong-bao/"]').count(), 'a link to all announcements').toBe(1);
    await page.screenshot({ path: join(SHOTS, 'home-announcements.png') });
    expect(await axeViolations(page)).toEqual([]);
    expect(site.problems).toEqual([]);
  });

  test('the first current announcement is reached with Tab, with visible focus, and followed with Enter', async () => {
    const first = current[0];
    if (!first) return;
    const page = await site.open('/');
    const href = `/thong-bao/${first.id}/`;
    let reached: { href: string | null; outline: boolean } | undefined;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const style = el ? getComputedStyle(el) : undefined;
        return {
          href: el?.getAttribute('href') ?? null,
          outline:
            !!style &&
            ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none'),
        };
      });
      if (f.href === href) reached = f;
    }
    expect(reached, `${href} reached with Tab`).toBeDefined();
    expect(reached?.outline, 'the focused link shows its focus').toBe(true);
    await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').innerText()).toBe(first.data.title);
    expect(site.problems).toEqual([]);
  });

  test('with JavaScript off the home page has the same section and list', async () => {
    const noScript = await site.newContext({ ...DESK, javaScriptEnabled: false });
    const page = await site.open('/', noScript);
    expect(await page.locator('section[data-home-announcements] h2').count()).toBe(1);
    expect(await homeIds(page)).toEqual(current.map((a) => a.id));
    const list = await site.open('/thong-bao/', noScript);
    const listed = await list.$$eval('[data-announcement]', (cards) =>
      cards.map((c) => c.getAttribute('data-announcement') ?? ''),
    );
    expect(listed).toEqual([...current, ...past].map((a) => a.id));
    expect(site.problems).toEqual([]);
  });

  test('an announcement page shows when and where, links its campaign, which lists it back, and passes axe', async () => {
    const withCampaign =
      current.find((a) => a.data.campaign && a.data.time) ?? announcements.find((a) => a.data.campaign);
    expect(withCampaign, 'an announcement linked to a campaign').toBeDefined();
    if (!withCampaign) return;
    const page = await site.open(`/thong-bao/${withCampaign.id}/`);
    const when = page.locator('.summary-list__row', { hasText: 'Thời gian' }).locator('dd');
    const shown = await when.innerText();
    const [y, m, d] = withCampaign.data.date.split('-');
    expect(shown).toContain(`ngày ${d}/${m}/${y}`);
    expect(shown).toMatch(/(thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật)/);
    if (withCampaign.data.time) expect(shown).toContain(`${Number(withCampaign.data.time.slice(0, 2))} giờ`);
    expect(await when.locator('time').getAttribute('datetime')).toMatch(new RegExp(`^${withCampaign.data.date}`));
    if (withCampaign.data.place) expect(await page.locator('main').innerText()).toContain(withCampaign.data.place);
    const campaignHref = `/phong-trao/${withCampaign.data.campaign}/`;
    expect(await axeViolations(page)).toEqual([]);
    await Promise.all([page.waitForURL(`**${campaignHref}`), page.locator(`main a[href="${campaignHref}"]`).click()]);
    expect(await page.locator(`#announcements ~ ul a[href="/thong-bao/${withCampaign.id}/"]`).count()).toBe(1);
    expect(site.problems).toEqual([]);
  });

  test('search finds announcements and filters them under their own collection label', async () => {
    // Filters alone list entries (no query): the collection filter, as the search page's link would give it.
    const filter = new URLSearchParams({ 'chuyen-muc': 'Thông báo, sự kiện' });
    const page = await site.open(`/tim-kiem/?${filter}`);
    await page.waitForFunction(() => document.querySelector('#search-facets fieldset') !== null);
    await page.waitForFunction(() => {
      const list = document.getElementById('search-results');
      return list !== null && !list.hasAttribute('aria-busy') && list.querySelector('a') !== null;
    });
    const label = page.locator('fieldset[data-facet="chuyen-muc"] label', { hasText: /^Thông báo, sự kiện \(\d+\)$/ });
    expect(Number(/\((\d+)\)/.exec(await label.innerText())?.[1])).toBe(announcements.length);
    const paths = await page.$$eval('#search-results > li a[href]', (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(paths.length).toBeGreaterThan(0);
    expect(
      paths.every((p) => p.startsWith('/thong-bao/')),
      paths.join(', '),
    ).toBe(true);
    expect(site.problems).toEqual([]);
  });

  test.each(announcements.map((a) => [a.id, a] as const))(
    'searching for the title of %s finds it first, though its weight is lowered',
    async (id, announcement) => {
      const page = await site.open(`/tim-kiem/?${new URLSearchParams({ q: announcement.data.title })}`);
      await page.waitForFunction(() => {
        const status = document.getElementById('search-status')?.textContent ?? '';
        const list = document.getElementById('search-results');
        return status !== '' && !/…$/.test(status) && list !== null && !list.hasAttribute('aria-busy');
      });
      const first = await page.locator('#search-results > li a[href]').first().getAttribute('href');
      expect(new URL(first ?? '', site.base).pathname).toBe(`/thong-bao/${id}/`);
      expect(site.problems).toEqual([]);
    },
  );

  test('the radio script reads the day, the date and the time in words', async () => {
    const timed = announcements.find((a) => a.data.time);
    expect(timed, 'an announcement with a time').toBeDefined();
    if (!timed) return;
    const page = await site.open(`/phat-thanh/thong-bao-su-kien/${timed.id}/`);
    const words = await page.locator('#script-text').innerText();
    expect(words).toContain(readPeriod(timed.data));
    expect(words).toMatch(/ giờ /);
    expect(words).not.toMatch(/\d/);
    const txt = await (await fetch(`${site.base}/phat-thanh/thong-bao-su-kien/${timed.id}.txt`)).text();
    expect(txt).toContain(readPeriod(timed.data));
    expect(await axeViolations(page)).toEqual([]);
    expect(site.problems).toEqual([]);
  });
});
