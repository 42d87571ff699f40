/**
 * "Departement" in Chromium: the index of ministries in force, one ministry's instruments grouped
 * by administering body, printing without controls, and zero axe violations at 1280 and 320 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations, launchBrowser, screenshot, type BrowserSession } from './browser.ts';
import { baseUrl, graphql } from './explorer.ts';

const AS_OF = '2025-06-01';
let session: BrowserSession;

beforeAll(async () => {
  session = await launchBrowser();
});
afterAll(async () => {
  await session.close();
});

async function openMinistry(page: Page, id: string): Promise<void> {
  await page.goto(`${baseUrl()}/utforsk/departement/${id}?dato=${AS_OF}`);
  await page.locator('[data-administrator]').first().waitFor({ timeout: 30_000 });
}

describe('the ministry view', () => {
  it('lists the ministries in force and opens one', async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl()}/utforsk/departement?dato=${AS_OF}`);
    await page.locator('.ministry-index a').first().waitFor({ timeout: 30_000 });
    const api = await graphql<{ ministries: { id: string }[] }>(`{ ministries(asOf: "${AS_OF}") { id } }`);
    expect(await page.locator('.ministry-index a').count()).toBe(api.ministries.length);
    await page.getByRole('link', { name: /Kommunal- og distriktsdepartementet/ }).click();
    await page.waitForURL((url) => url.pathname === '/utforsk/departement/kdd' && url.searchParams.get('dato') === AS_OF);
    await page.locator('[data-administrator]').first().waitFor();
    expect(await page.locator('main h1').textContent()).toBe('Kommunal- og distriktsdepartementet');
    await page.close();
  });

  it('groups KDD’s instruments by administering body: Husbanken administers startlån and bostøtte', async () => {
    const page = await session.context.newPage();
    await openMinistry(page, 'kdd');
    const husbanken = page.locator('[data-administrator="husbanken"]');
    const ids = await husbanken.locator('[data-instrument]').evaluateAll((items) => items.map((item) => item.getAttribute('data-instrument')));
    expect(ids).toEqual(expect.arrayContaining(['startlan', 'bostotte']));
    expect(await husbanken.locator('h3').textContent()).toContain('Husbanken');
    const startlan = husbanken.locator('[data-instrument="startlan"]');
    expect(await startlan.textContent()).toContain('Departementet finansierer eller eier det');
    expect(await startlan.textContent()).toContain('Husbanken forvalter (underlagt departementet)');
    expect(await page.locator('[data-summary]').textContent()).toMatch(/^\d+ virkemidler i kraft, \d+ av dem finansierer departementet selv\.$/);
    await page.close();
  });

  it('prints without controls, with the date and the data version, links as text', async () => {
    const page = await session.context.newPage();
    await openMinistry(page, 'kdd');
    const version = await graphql<{ dataVersion: { checksum: string } }>('{ dataVersion { checksum } }');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(false);
    expect(await page.locator('header').first().isVisible()).toBe(false);
    const meta = page.locator('.ministry-meta');
    expect(await meta.isVisible()).toBe(true);
    expect(await meta.textContent()).toContain('Per 1. juni 2025');
    expect(await meta.textContent()).toContain(version.dataVersion.checksum);
    const link = page.locator('[data-instrument="startlan"] h4 a');
    expect(await link.evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe('none');
    await page.emulateMedia({ media: 'screen' });
    expect(await page.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(true);
    await page.close();
  });

  it.each([1280, 320])('has no axe violations at %i px on the index and a ministry, without sideways scrolling', async (width) => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${baseUrl()}/utforsk/departement?dato=${AS_OF}`);
    await page.locator('.ministry-index a').first().waitFor({ timeout: 30_000 });
    const indexViolations = await axeViolations(page);
    expect(indexViolations, describeViolations(indexViolations)).toEqual([]);
    await openMinistry(page, 'kdd');
    const violations = await axeViolations(page);
    await screenshot(page, `ministry-${width}`);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.close();
  });
});
