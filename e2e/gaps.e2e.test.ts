/**
 * "Hull over tid" in Chromium: the strategies' periods with the API's counts, every gap the API
 * gives as a row with its reason in words, a reason filter kept in the address, the timeline
 * picture following the table, and zero axe violations at 1280 and 320 px (where the table alone
 * is the view).
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

interface ApiTimeline {
  gapTimeline: {
    periods: { kind: string; strategy: { name: string } | null; targetGroupsWithoutInstrument: number; goalsNotMapped: number; instrumentsWithoutGoal: number }[];
    subjects: { entity: { id: string; name: string }; reason: string; gapAtAsOf: boolean }[];
  };
}
const API = `{ gapTimeline(asOf: "${AS_OF}") {
  periods { kind strategy { name } targetGroupsWithoutInstrument goalsNotMapped instrumentsWithoutGoal }
  subjects { entity { id name } reason gapAtAsOf } } }`;

async function openGaps(page: Page, query = ''): Promise<void> {
  await page.goto(`${baseUrl()}/utforsk/hull?dato=${AS_OF}${query}`);
  await page.locator('table.gap-table tbody tr').first().waitFor({ timeout: 30_000 });
}

const rowIds = (page: Page) => page.locator('table.gap-table tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-gap')));

describe('gaps over time', () => {
  it('summarises each strategy’s period with the API’s counts and lists every gap with its reason', async () => {
    const page = await session.context.newPage();
    await openGaps(page);
    const api = (await graphql<ApiTimeline>(API)).gapTimeline;
    expect(await page.locator('main h1').textContent()).toBe('Hull over tid');
    const periods = await page.locator('[data-periods] li').allTextContents();
    expect(periods).toHaveLength(api.periods.length);
    expect(periods[0]).toContain('Bolig for velferd');
    expect(periods[0]).toContain('(2014–2020)');
    expect(periods[1]).toContain('(2021–2024)');
    expect(periods[2]).toContain('Etter siste strategi (2025)');
    api.periods.forEach((period, i) => {
      expect(periods[i]).toContain(`${period.targetGroupsWithoutInstrument} målgrupper`);
      expect(periods[i]).toContain(`${period.goalsNotMapped} mål som ikke er kartlagt`);
      expect(periods[i]).toContain(`${period.instrumentsWithoutGoal} virkemidler uten mål`);
    });
    expect(await rowIds(page)).toEqual(api.subjects.map((subject) => subject.entity.id));
    const unmapped = api.subjects.find((subject) => subject.reason === 'NOT_MAPPED');
    expect(unmapped).toBeDefined();
    const row = page.locator(`tr[data-gap="${unmapped?.entity.id}"]`);
    expect(await row.locator('td').nth(1).textContent()).toContain('Ikke kartlagt ennå');
    expect(await row.locator('th a').getAttribute('href')).toContain(unmapped?.entity.id);
    expect(await row.locator('td').last().textContent()).toBe(unmapped?.gapAtAsOf ? 'Ja' : 'Nei');
    // The picture has one row per table row.
    expect(await page.locator('[data-chart-row]').count()).toBe(api.subjects.length);
    await page.close();
  });

  it('narrows to one reason, kept in the address, and the picture follows', async () => {
    const page = await session.context.newPage();
    await openGaps(page);
    const api = (await graphql<ApiTimeline>(API)).gapTimeline;
    // The seed graph decides which reasons occur; goals nobody has mapped are there on every date.
    const unmappedIds = api.subjects.filter((subject) => subject.reason === 'NOT_MAPPED').map((subject) => subject.entity.id);
    expect(unmappedIds.length).toBeGreaterThan(0);
    expect(unmappedIds.length).toBeLessThan(api.subjects.length);
    await page.getByRole('checkbox', { name: 'Ikke kartlagt ennå' }).click();
    await page.waitForURL((url) => url.searchParams.get('arsak') === 'NOT_MAPPED');
    await expect.poll(() => page.getByRole('checkbox', { name: 'Ikke kartlagt ennå' }).isChecked(), { timeout: 15_000 }).toBe(true);
    await page.waitForFunction((count) => document.querySelectorAll('table.gap-table tbody tr').length === count, unmappedIds.length);
    expect(await rowIds(page)).toEqual(unmappedIds);
    expect(await page.locator('[data-chart-row]').count()).toBe(unmappedIds.length);
    expect(await page.locator('[data-status]').textContent()).toBe(`Viser ${unmappedIds.length} av ${api.subjects.length} hull.`);
    await page.goBack();
    await page.waitForFunction((count) => document.querySelectorAll('table.gap-table tbody tr').length === count, api.subjects.length);
    await page.close();
  });

  it.each([1280, 320])('has no axe violations at %i px, and the page does not scroll sideways', async (width) => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await openGaps(page);
    const violations = await axeViolations(page);
    await screenshot(page, `gaps-${width}`);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await page.locator('.gap-figure').isVisible()).toBe(width > 640);
    await page.close();
  });
});
