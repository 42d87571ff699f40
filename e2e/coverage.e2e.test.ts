/**
 * "Dekning" in Chromium: the matrix the API gives, a filter that narrows the rows and is kept in
 * the address, the CSV download parsed and compared with the API's counts, and zero axe
 * violations at 1280 and 320 px with the table scrolling inside its own region.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations, launchBrowser, screenshot, type BrowserSession } from './browser.ts';
import { baseUrl, graphql } from './explorer.ts';
import { parseCsv } from '../client/src/policy/shared/csv.ts';

const AS_OF = '2025-06-01';
let session: BrowserSession;

beforeAll(async () => {
  session = await launchBrowser();
});
afterAll(async () => {
  await session.close();
});

interface ApiMatrix {
  coverageMatrix: { cellCount: number; columns: { entity: { id: string; name: string }; count: number }[]; rows: { instrument: { id: string; name: string }; count: number }[] };
}
const API = `query ($actors: [ID!], $dimension: CoverageDimension) { coverageMatrix(asOf: "${AS_OF}", actors: $actors, dimension: $dimension) {
  cellCount columns { entity { id name } count } rows { instrument { id name } count } } }`;

async function openMatrix(page: Page, query = ''): Promise<void> {
  await page.goto(`${baseUrl()}/utforsk/dekning?dato=${AS_OF}${query}`);
  await page.locator('table.coverage-table tbody tr').first().waitFor({ timeout: 30_000 });
}

const rowIds = (page: Page) => page.locator('table.coverage-table tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row')));

describe('the coverage matrix', () => {
  it('shows the API’s rows and column counts, with cells linking to the instrument', async () => {
    const page = await session.context.newPage();
    await openMatrix(page);
    const api = await graphql<ApiMatrix>(API);
    expect(await page.locator('main h1').textContent()).toBe('Dekning: virkemidler mot målgrupper og mål');
    expect((await rowIds(page)).sort()).toEqual(api.coverageMatrix.rows.map((row) => row.instrument.id).sort());
    for (const column of api.coverageMatrix.columns) expect(await page.locator(`[data-column-count="${column.entity.id}"]`).textContent()).toBe(String(column.count));
    const cell = page.locator('tr[data-row="startlan"] a.coverage-mark').first();
    expect(await cell.getAttribute('href')).toContain('startlan');
    expect(await cell.textContent()).toContain('Startlån – ');
    expect(await page.locator('table.coverage-table caption').textContent()).toContain(`${api.coverageMatrix.rows.length} virkemidler`);
    await page.close();
  });

  it('narrows the rows to one ministry’s instruments, kept in the address, and back', async () => {
    const page = await session.context.newPage();
    await openMatrix(page);
    const before = (await rowIds(page)).length;
    await page.getByLabel('Ansvarlig departement, etat eller kommune').selectOption('kdd');
    await page.waitForURL((url) => url.searchParams.get('aktor') === 'kdd');
    const api = await graphql<ApiMatrix>(API, { actors: ['kdd'] });
    await page.waitForFunction((count) => document.querySelectorAll('table.coverage-table tbody tr').length === count, api.coverageMatrix.rows.length);
    expect(api.coverageMatrix.rows.length).toBeLessThan(before);
    expect(await rowIds(page)).not.toContain('sosialhjelp-boutgifter');
    expect(await page.locator('[data-status]').textContent()).toContain(`Viser ${api.coverageMatrix.rows.length} virkemidler`);
    await page.getByLabel('Lån', { exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('typer') === 'LOAN' && url.searchParams.get('aktor') === 'kdd');
    // The box follows the address, which React renders in a transition a moment after the URL changes.
    await expect.poll(() => page.getByLabel('Lån', { exact: true }).isChecked(), { timeout: 15_000 }).toBe(true);
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('typer') && url.searchParams.get('aktor') === 'kdd');
    expect(await page.getByLabel('Lån', { exact: true }).isChecked()).toBe(false);
    await page.close();
  });

  it('downloads a CSV equal to the API’s counts, with the goals as columns', async () => {
    const page = await session.context.newPage();
    await openMatrix(page, '&kolonner=mal&sorter=antall');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`dekning-mal-${AS_OF}.csv`);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header = [], ...rest] = parseCsv(text);
    const footer = rest.at(-1) ?? [];
    const body = rest.slice(0, -1);
    const api = (await graphql<ApiMatrix>(API, { dimension: 'GOAL' })).coverageMatrix;
    const columnNames = header.slice(2, -1);
    const apiCounts = Object.fromEntries(api.columns.map((column) => [column.entity.name, column.count]));
    expect(Object.fromEntries(columnNames.map((name, index) => [name, Number(footer[index + 2])]))).toEqual(apiCounts);
    expect(Number(footer.at(-1))).toBe(api.cellCount);
    expect(Object.fromEntries(body.map((row) => [row[0], Number(row.at(-1))]))).toEqual(Object.fromEntries(api.rows.map((row) => [row.instrument.name, row.count])));
    // Each row's marks add up to its count, as in the table.
    for (const row of body) expect(row.slice(2, -1).filter((value) => value !== '').length).toBe(Number(row.at(-1)));
    // Sorted by count, as the table is.
    const counts = body.map((row) => Number(row.at(-1)));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await page.close();
  });

  it.each([1280, 320])('has no axe violations at %i px, and the page does not scroll sideways', async (width) => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await openMatrix(page);
    const violations = await axeViolations(page);
    await screenshot(page, `coverage-${width}`);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await page.locator('.coverage-scroll').getAttribute('tabindex')).toBe('0');
    await page.close();
  });
});
