/**
 * The graph explorer (issue 16) in Chromium: expand and collapse through the list twin, and the
 * canvas follows; a path between two entities highlighted and listed in words; the time slider
 * showing IMDi's move between ministries and KDD's earlier name, said in text; PNG and SVG
 * downloads that are real images; a share link that rebuilds the view; axe at 1280 and 320 px.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations, launchBrowser, screenshot, type BrowserSession } from './browser.ts';
import { baseUrl, graphql } from './explorer.ts';

let session: BrowserSession;
// Each change of view is a request to a real server; the first of a kind can take a few seconds on a busy machine.
const WAIT = { timeout: 15_000 };

beforeAll(async () => {
  session = await launchBrowser();
});
afterAll(async () => {
  await session.close();
});

type Neighbourhood = { neighbourhood: { nodes: { id: string; name: string; type: string; inForce: boolean }[] } };
// `neighbourhood` walks relationships in force; the explorer also leaves out entities that have ended by the date.
const NEIGHBOURHOOD = 'query ($id: ID!) { neighbourhood(id: $id, limit: 300) { nodes { id name type inForce } } }';
const inForceIds = (answer: Neighbourhood | undefined) => answer?.neighbourhood.nodes.filter((node) => node.inForce).map((node) => node.id) ?? [];

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`${baseUrl()}/graf?${query}`);
  await page.locator('main h1').filter({ hasText: ':' }).waitFor({ timeout: 30_000 });
}

const canvasNodes = async (page: Page) => Number(await page.locator('.graph-canvas').getAttribute('data-node-count'));
const listIds = (page: Page) => page.locator('[data-node]').evaluateAll((items) => items.map((item) => item.getAttribute('data-node')).sort());

/** Moves the time slider to the last change day on or before `day`, and waits for the view to follow. */
async function slideTo(page: Page, day: string): Promise<string> {
  const days = await page.locator('datalist option').evaluateAll((options) => options.map((option) => option.getAttribute('data-day') ?? ''));
  const index = days.reduce((found, candidate, i) => (candidate <= day ? i : found), 0);
  await page.getByRole('slider', { name: 'Dato i grafen' }).fill(String(index));
  const chosen = days[index] ?? '';
  await page.locator(`output[data-time-value="${chosen}"]`).waitFor();
  return chosen;
}

describe('graph explorer', () => {
  it('expands a neighbour’s neighbours and collapses them again, in the list and on the canvas', async () => {
    const page = await session.context.newPage();
    await open(page, 'fokus=startlan&visning=liste');
    const [startlan, husbanken] = await Promise.all(['startlan', 'husbanken'].map((id) => graphql<Neighbourhood>(NEIGHBOURHOOD, { id })));
    const before = inForceIds(startlan).sort();
    expect(await listIds(page)).toEqual(before);

    await page.getByRole('button', { name: 'Vis naboer: Husbanken' }).click();
    await expect.poll(() => page.url()).toContain('utvid=husbanken');
    const union = [...new Set([...before, ...inForceIds(husbanken)])].sort();
    expect(union.length).toBeGreaterThan(before.length);
    await expect.poll(() => listIds(page), WAIT).toEqual(union);
    expect(await page.locator('[data-node="husbanken"]').getAttribute('data-opened')).toBe('true');
    expect(await page.locator('[data-change-summary] [data-appeared]').textContent()).toContain('Nye i grafen:');

    // The canvas draws the same view.
    await page.getByLabel('Vis som graf').click();
    await expect.poll(() => canvasNodes(page), WAIT).toBe(union.length);
    await screenshot(page, 'graph-explorer-expanded');

    await page.getByLabel('Vis som liste').click();
    await page.getByRole('button', { name: 'Skjul naboer: Husbanken' }).click();
    await expect.poll(() => listIds(page), WAIT).toEqual(before);
    expect(page.url()).not.toContain('utvid=');
    await page.close();
  });

  it('finds the paths between two entities, lists them in words and highlights them', async () => {
    const page = await session.context.newPage();
    await open(page, 'fokus=startlan');
    const nodes = (await graphql<Neighbourhood>(NEIGHBOURHOOD, { id: 'startlan' })).neighbourhood.nodes;
    const from = nodes.find((node) => node.id === 'husbanken');
    const to = nodes.find((node) => node.type === 'TARGET_GROUP');
    if (!from || !to) throw new Error('startlån has no Husbanken or target group neighbour');
    const api = await graphql<{ paths: { nodes: { id: string; name: string }[] }[] }>('query ($from: ID!, $to: ID!) { paths(from: $from, to: $to, first: 3) { nodes { id name } } }', { from: from.id, to: to.id });
    expect(api.paths.length).toBeGreaterThan(0);

    await page.getByLabel('Fra', { exact: true }).selectOption(from.id);
    await page.getByLabel('Til', { exact: true }).selectOption(to.id);
    await page.getByRole('button', { name: 'Finn sti' }).click();
    await expect.poll(() => page.url()).toContain(`sti=${from.id}%2C${to.id}`);
    await expect.poll(() => page.locator('[data-path]').count(), WAIT).toBe(api.paths.length);
    const first = await page.locator('[data-path]').first().textContent();
    for (const node of api.paths[0]?.nodes ?? []) expect(first).toContain(node.name);
    expect(await page.locator('[data-paths] [role="status"]').textContent()).toBe(api.paths.length === 1 ? 'Fant 1 sti.' : `Fant ${api.paths.length} stier.`);
    await screenshot(page, 'graph-explorer-path');
    // Every step of every path is in the view, ended or not.
    await page.getByLabel('Vis som liste').click();
    const steps = [...new Set(api.paths.flatMap((path) => path.nodes.map((node) => node.id)))];
    await expect.poll(() => listIds(page), WAIT).toEqual(expect.arrayContaining(steps));

    await page.getByRole('button', { name: 'Fjern stien' }).click();
    await expect.poll(() => page.locator('[data-paths]').count()).toBe(0);
    await page.close();
  });

  it('slides back in time: IMDi answered to another ministry, and the summary says so', async () => {
    const page = await session.context.newPage();
    await open(page, 'fokus=imdi&visning=liste');
    expect(await listIds(page)).toContain('aid');
    expect(await listIds(page)).not.toContain('bfd');
    const day = await slideTo(page, '2015-06-01');
    await expect.poll(() => page.url()).toContain(`tid=${day}`);
    await expect.poll(() => listIds(page), WAIT).toContain('bfd');
    expect(await listIds(page)).not.toContain('aid');
    const summary = page.locator('[data-change-summary]');
    expect(await summary.locator('[data-left]').textContent()).toContain('Arbeids- og inkluderingsdepartementet');
    expect(await summary.locator('[data-appeared]').textContent()).toContain('Barne-, likestillings- og inkluderingsdepartementet');
    await page.close();
  });

  it('names KDD as it was named on the date, and says it changed', async () => {
    const page = await session.context.newPage();
    await open(page, 'fokus=kdd&visning=liste');
    await slideTo(page, '2016-06-01');
    await expect.poll(() => page.locator('[data-change-summary] [data-renamed="kdd"]').textContent(), WAIT).toBe(
      '«Kommunal- og distriktsdepartementet» heter «Kommunal- og moderniseringsdepartementet» på denne datoen.',
    );
    expect(await page.locator('.graph-list').textContent()).toContain('Kommunal- og moderniseringsdepartementet');
    await page.close();
  });

  it('downloads the view as a PNG and an SVG that are real images', async () => {
    const page = await session.context.newPage();
    await open(page, 'fokus=startlan');
    await page.locator('.graph-canvas canvas').first().waitFor();
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned PNG' }).click()]);
    expect(png.suggestedFilename()).toMatch(/^virkemiddelkart-startlan-\d{4}-\d{2}-\d{2}\.png$/);
    const bytes = readFileSync(await png.path());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(10_000);

    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned SVG' }).click()]);
    expect(svg.suggestedFilename()).toMatch(/\.svg$/);
    const text = readFileSync(await svg.path(), 'utf8');
    const parsed = await page.evaluate((markup) => {
      const document = new DOMParser().parseFromString(markup, 'image/svg+xml');
      return { error: document.querySelector('parsererror') !== null, title: document.querySelector('svg > title')?.textContent ?? '', text: document.documentElement.textContent ?? '' };
    }, text);
    expect(parsed.error).toBe(false);
    expect(parsed.title).toContain('Virkemiddelkart: graf rundt Startlån');
    expect(parsed.text).toContain('Husbanken');
    await page.close();
  });

  it('copies a link that rebuilds the same view', async () => {
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const page = await session.context.newPage();
    await open(page, 'fokus=startlan&visning=liste&utvid=husbanken&skjulrel=TARGETS&avsluttet=1');
    const ids = await listIds(page);
    await page.getByRole('button', { name: 'Kopier lenke' }).click();
    await page.getByText('Lenken er kopiert.', { exact: false }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const copy = await session.context.newPage();
    await copy.goto(link);
    await copy.locator('.graph-list').waitFor();
    expect(await listIds(copy)).toEqual(ids);
    expect(await copy.locator('#rel-TARGETS').count()).toBe(1);
    expect(await copy.locator('#rel-TARGETS').isChecked()).toBe(false);
    expect(await copy.locator('#vis-avsluttet').isChecked()).toBe(true);
    await copy.close();
    await page.close();
  });

  it('opens an old link with what still exists, and says what is gone', async () => {
    const page = await session.context.newPage();
    await open(page, 'fokus=startlan&visning=liste&lagt=bostotte,no-such-entity');
    expect(await listIds(page)).toContain('bostotte');
    expect(await page.getByText('Finnes ikke lenger og er utelatt: no-such-entity.').count()).toBe(1);
    await page.goto(`${baseUrl()}/graf?fokus=no-such-entity`);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Fant ingenting med id «no-such-entity»' }).count(), WAIT).toBe(1);
    expect(await page.getByRole('link', { name: 'startlan' }).count()).toBe(1);
    await page.close();
  });

  it.each([1280, 320])('has no axe violations at %i px, and the page does not scroll sideways', async (width) => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await open(page, 'fokus=startlan&sti=husbanken%2Ckdd');
    await page.locator('[data-path]').first().waitFor();
    if (width > 640) await page.locator('.graph-canvas canvas').first().waitFor();
    // Narrow screens open on the list; the canvas is a click away.
    expect(await page.locator('.graph-list').count()).toBe(width > 640 ? 0 : 1);
    const violations = await axeViolations(page);
    await screenshot(page, `graph-explorer-${width}`);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.close();
  });
});
