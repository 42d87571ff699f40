/**
 * Graph view (S9) and its list twin (acceptance check 10): opened from the startlån page, focused
 * on startlån; legend counts match what is drawn; toggling a type updates canvas, counts and list;
 * the URL restores the view; no request leaves for a telemetry endpoint.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, screenshot, type BrowserSession } from './browser.ts';
import { baseUrl, graphql } from './explorer.ts';

let session: BrowserSession;

beforeAll(async () => {
  session = await launchBrowser();
});
afterAll(async () => {
  await session.close();
});

async function legendCounts(page: Page): Promise<Record<string, number>> {
  return page.locator('[data-legend-type]').evaluateAll((items) =>
    Object.fromEntries(items.map((item) => [item.getAttribute('data-legend-type') ?? '', Number(/\((\d+)\)/.exec(item.querySelector('.legend-count')?.textContent ?? '')?.[1] ?? NaN)])),
  );
}

async function canvasCounts(page: Page): Promise<{ nodes: number; edges: number }> {
  const canvas = page.locator('.graph-canvas');
  await canvas.waitFor();
  return { nodes: Number(await canvas.getAttribute('data-node-count')), edges: Number(await canvas.getAttribute('data-edge-count')) };
}

describe('graph view and list twin', () => {
  it('opens from the startlån page focused on startlån, and the list shows the same nodes and relations', async () => {
    const page = await session.context.newPage();
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));

    await page.goto(`${baseUrl()}/virkemiddel/startlan`);
    await page.getByRole('link', { name: 'Vis i graf' }).first().click();
    await page.waitForURL(/\/graf\?fokus=startlan/);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Sammenhenger i en graf: Startlån');

    const expected = await graphql<{ neighbourhood: { nodes: { id: string; type: string }[]; edges: { id: string }[] } }>(
      '{ neighbourhood(id: "startlan", depth: 1, limit: 150) { nodes { id type } edges { id } } }',
    );
    const drawn = await canvasCounts(page);
    expect(drawn.nodes).toBe(expected.neighbourhood.nodes.length);
    expect(drawn.edges).toBe(expected.neighbourhood.edges.length);

    // Legend counts add up to what is drawn, type by type.
    const counts = await legendCounts(page);
    const byType: Record<string, number> = {};
    for (const node of expected.neighbourhood.nodes) byType[node.type] = (byType[node.type] ?? 0) + 1;
    expect(counts).toEqual(byType);
    await screenshot(page, 'graph-startlan');

    // Hiding a type (not the focus's) removes its nodes, and the counts follow.
    const hiddenType = Object.keys(byType).find((type) => type !== 'INSTRUMENT') ?? 'ACTOR';
    await page.locator(`#type-${hiddenType}`).click();
    await expect.poll(() => page.url()).toContain(`skjul=${hiddenType}`);
    const expectedNodes = drawn.nodes - (byType[hiddenType] ?? 0);
    await expect.poll(async () => (await canvasCounts(page)).nodes).toBe(expectedNodes);
    const afterToggle = await canvasCounts(page);
    expect((await legendCounts(page))[hiddenType]).toBe(0);

    // The list view shows the same nodes and relations, grouped by relationship type.
    await page.getByLabel('Vis som liste').click();
    await expect.poll(() => page.url()).toContain('visning=liste');
    await page.locator('.graph-list').waitFor();
    const listNodes = await page.locator('[data-node]').count();
    const listEdges = await page.locator('[data-edge]').count();
    expect(listNodes).toBe(afterToggle.nodes);
    expect(listEdges).toBe(afterToggle.edges);
    expect(await page.locator('[data-relation]').count()).toBeGreaterThan(0);
    await screenshot(page, 'graph-startlan-list');

    // Every item is reachable by keyboard: the first link in the list takes focus with Tab.
    await page.locator('#graf-liste').evaluate((element) => (element as HTMLElement).scrollIntoView());
    const firstLink = page.locator('.graph-list a').first();
    await firstLink.focus();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');

    // Reloading restores the same view from the URL.
    await page.reload();
    await page.locator('.graph-list').waitFor();
    expect(await page.locator('[data-node]').count()).toBe(listNodes);
    expect(await page.locator(`#type-${hiddenType}`).isChecked()).toBe(false);

    // Depth 2 is a URL state too.
    await page.getByLabel('2 steg').click();
    await expect.poll(() => page.url()).toContain('dybde=2');

    // Nothing but the explorer's own origin was contacted (no telemetry).
    expect([...origins]).toEqual([baseUrl()]);
    await page.close();
  });
});
