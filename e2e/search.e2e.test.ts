/**
 * "Søk" in Chromium: typing an everyday word shows bostøtte with why it matched, a facet narrows
 * the list and is kept in the address, nothing found offers words that find something, the count
 * is announced, and zero axe violations at 1280 and 320 px without sideways scrolling.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations, launchBrowser, screenshot, type BrowserSession } from './browser.ts';
import { baseUrl, graphql } from './explorer.ts';

let session: BrowserSession;

beforeAll(async () => {
  session = await launchBrowser();
});
afterAll(async () => {
  await session.close();
});

async function waitForResults(page: Page): Promise<void> {
  await page.locator('[data-search-status]').filter({ hasText: /treff|results/ }).waitFor({ timeout: 30_000 });
}

const hitIds = (page: Page): Promise<(string | null)[]> => page.locator('.search-hits > li').evaluateAll((items) => items.map((item) => item.getAttribute('data-hit')));

describe('the search page', () => {
  it('finds bostøtte for "hjelp til husleie" typed in the search box, and says why', async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl()}/sok`);
    await page.getByLabel('Hva leter du etter?').fill('hjelp til husleie');
    await page.getByLabel('Hva leter du etter?').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'hjelp til husleie');
    await waitForResults(page);
    const first = page.locator('.search-hits > li').first();
    expect(await first.getAttribute('data-hit')).toBe('bostotte');
    expect(await first.locator('[data-why]').textContent()).toBe('Treff på «husleie», et søkeord for Bostøtte');
    expect(await page.locator('[role="status"][aria-live="polite"]').textContent()).toMatch(/^\d+ treff på «hjelp til husleie»/);
    expect(await page.locator('main').textContent()).toContain('Søkte etter «husleie»');
    await page.close();
  });

  it('explains in nynorsk and English too', async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl()}/sok?q=hjelp+til+husleige&sprak=nn`);
    await waitForResults(page);
    expect(await page.locator('.search-hits > li [data-why]').first().textContent()).toBe('Treff på «husleige», eit søkjeord for Bustøtte');
    await page.goto(`${baseUrl()}/sok?q=help+with+rent&sprak=en`);
    await waitForResults(page);
    expect(await page.locator('.search-hits > li [data-why]').first().textContent()).toBe('Matched «rent», a search term for Housing allowance');
    await page.close();
  });

  it('narrows the list with a facet checkbox, kept in the address, counts as the API gives them', async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl()}/sok?q=bolig`);
    await waitForResults(page);
    const api = await graphql<{ searchResults: { totalCount: number; facets: { types: { value: string; count: number }[] } } }>('{ searchResults(text: "bolig") { totalCount facets { types { value count } } } }');
    const instruments = api.searchResults.facets.types.find((type) => type.value === 'INSTRUMENT')?.count ?? 0;
    const checkbox = page.locator('[data-facet="types"]').getByRole('checkbox', { name: /^Virkemiddel/ });
    expect(await page.locator('[data-facet="types"] label').filter({ hasText: /^Virkemiddel/ }).textContent()).toContain(`(${instruments})`);
    // A click, not check(): the box follows the address, which React renders in a transition a moment later.
    await checkbox.click();
    await page.waitForURL((url) => url.searchParams.get('type') === 'INSTRUMENT');
    await expect.poll(() => checkbox.isChecked(), { timeout: 15_000 }).toBe(true);
    await page.waitForFunction((n) => document.querySelectorAll('.search-hits > li').length === n, Math.min(instruments, 20));
    expect(instruments).toBeLessThan(api.searchResults.totalCount);
    // The list may already hold 20 hits before and after the choice: wait for the count to change.
    await expect.poll(() => page.locator('[role="status"]').textContent(), { timeout: 15_000 }).toContain(`${instruments} treff på «bolig»`);
    expect(await page.locator('[data-facet="types"]').getByRole('checkbox', { name: /^Virkemiddel/ }).isChecked()).toBe(true);
    await page.close();
  });

  it('offers everyday words that find something when nothing is found', async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl()}/sok?q=qwxzyv`);
    await page.locator('[data-no-results]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[role="status"]').textContent()).toBe('Ingen treff på «qwxzyv».');
    await page.locator('[data-no-results]').getByRole('link', { name: '«depositum»' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'depositum');
    await waitForResults(page);
    await expect.poll(async () => (await hitIds(page))[0], { timeout: 15_000 }).toBe('depositumsgaranti');
    await page.close();
  });

  it.each([1280, 320])('has no axe violations at %i px, with hits and facets, without sideways scrolling', async (width) => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${baseUrl()}/sok?q=husleie&type=INSTRUMENT`);
    await waitForResults(page);
    const violations = await axeViolations(page);
    await screenshot(page, `search-${width}`);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.goto(`${baseUrl()}/sok?q=qwxzyv`);
    await page.locator('[data-no-results]').waitFor({ timeout: 30_000 });
    const empty = await axeViolations(page);
    expect(empty, describeViolations(empty)).toEqual([]);
    await page.close();
  });
});
