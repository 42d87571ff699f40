/**
 * "Siste endringer" in Chromium: the list the API gives, the type filter, the Atom subscribe links
 * (on the page, in the document head, on an entity page), zero axe violations at 1280 and 320 px;
 * and, on a product server of its own on the scratch Neo4j, a change published while the page is
 * open that appears at the top without a reload and without the page asking again.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pino from 'pino';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations, launchBrowser, screenshot, type BrowserSession } from './browser.ts';
import { baseUrl, graphql } from './explorer.ts';
import { emptyDatabase } from '../test/support/editing-server.ts';
import { postGraphQLAs, signIn, type SignedIn } from '../test/support/sign-in.ts';
import { loadConfig } from '../server/src/config.ts';
import { startUp, type Running } from '../server/src/start-up.ts';

let session: BrowserSession;

beforeAll(async () => {
  session = await launchBrowser();
});
afterAll(async () => {
  await session.close();
});

/** Opens the page and waits until its first page of entries (or the empty text) is there. */
async function openChanges(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('main h1').waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => Boolean(document.querySelector('[data-page="first"]') || /Ingen publiserte endringer/.test(document.querySelector('main')?.textContent ?? '')), undefined, { timeout: 30_000 });
}

describe('Siste endringer on the main server', () => {
  it('lists the changes the API gives, newest first, with the Atom links on the page and in the head', async () => {
    const page = await session.context.newPage();
    await openChanges(page, `${baseUrl()}/siste-endringer`);
    const api = await graphql<{ changes: { nodes: { id: string; recordCount: number | null }[] } }>('{ changes(first: 20) { nodes { id recordCount } } }');
    expect(await page.locator('main h1').textContent()).toBe('Siste endringer');
    expect(await page.locator('[data-page="first"] > li').evaluateAll((items) => items.map((item) => item.getAttribute('data-change')))).toEqual(api.changes.nodes.map((node) => node.id));
    const imported = api.changes.nodes.find((node) => node.recordCount !== null);
    if (imported) expect(await page.locator('main').textContent()).toContain(`${imported.recordCount} oppføringer importert`);
    const subscribe = page.getByRole('link', { name: 'Abonner på endringene (Atom)' });
    expect(await subscribe.getAttribute('href')).toBe('/feeds/changes.atom');
    expect(await subscribe.getAttribute('type')).toBe('application/atom+xml');
    expect(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe('/feeds/changes.atom');
    const feed = await fetch(`${baseUrl()}/feeds/changes.atom`);
    expect(feed.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    await feed.body?.cancel();
    expect(await page.locator('header nav').getByRole('link', { name: 'Siste endringer' }).getAttribute('href')).toBe('/siste-endringer');
    await page.close();
  });

  it('filters by type in the address, with that type\'s feed to subscribe to', async () => {
    const page = await session.context.newPage();
    await openChanges(page, `${baseUrl()}/siste-endringer`);
    await page.getByLabel('Vis endringer i').selectOption('INSTRUMENT');
    await page.waitForURL((url) => url.searchParams.get('type') === 'INSTRUMENT');
    await page.waitForFunction(() => document.querySelector('a[type="application/atom+xml"]')?.getAttribute('href') === '/feeds/instrument.atom');
    const api = await graphql<{ changes: { nodes: { id: string }[] } }>('{ changes(types: [INSTRUMENT], first: 20) { nodes { id } } }');
    await page.waitForFunction(() => Boolean(document.querySelector('[data-page="first"]') || /Ingen publiserte endringer/.test(document.querySelector('main')?.textContent ?? '')));
    if (api.changes.nodes.length === 0) expect(await page.locator('main').textContent()).toContain('Ingen publiserte endringer ennå.');
    else expect(await page.locator('[data-page="first"] > li').count()).toBe(api.changes.nodes.length);
    expect(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe('/feeds/instrument.atom');
    await page.close();
  });

  it('every entity page links to its own feed, and names it in the head', async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl()}/virkemiddel/startlan`);
    const link = page.getByRole('link', { name: 'Abonner på endringer', exact: true });
    await link.waitFor({ timeout: 30_000 });
    expect(await link.getAttribute('href')).toBe('/feeds/instrument/startlan.atom');
    expect(await link.getAttribute('type')).toBe('application/atom+xml');
    expect(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe('/feeds/instrument/startlan.atom');
    const feed = await fetch(`${baseUrl()}/feeds/instrument/startlan.atom`);
    expect(feed.status).toBe(200);
    await feed.body?.cancel();
    await page.goto(`${baseUrl()}/aktor/husbanken?sprak=en`);
    const english = page.getByRole('link', { name: 'Subscribe to changes', exact: true });
    await english.waitFor({ timeout: 30_000 });
    expect(await english.getAttribute('href')).toBe('/feeds/actor/husbanken.atom');
    await page.close();
  });

  it.each([1280, 320])('has zero WCAG 2.1 A/AA violations and no sideways scrolling at %d px', async (width) => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await openChanges(page, `${baseUrl()}/siste-endringer`);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await screenshot(page, `siste-endringer-${width}`);
    await page.close();
  });
});

describe('live updates on a writable server', () => {
  let running: Running;
  let editor: SignedIn;
  let reviewer: SignedIn;
  const scratch = () => inject('scratchNeo4j');

  beforeAll(async () => {
    await emptyDatabase(scratch());
    const { uri, username, password } = scratch();
    // The product process npm start runs: it seeds the empty graph and serves the built explorer.
    const config = loadConfig({ NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password, PORT: '0', NODE_ENV: 'test', LOG_LEVEL: 'warn', VMK_SIGN_IN_RATE_LIMIT: '1000' });
    running = await startUp(config, pino({ level: 'silent' }), () => undefined);
    [editor, reviewer] = await Promise.all([signIn(running.url, 'redaktor@example.org'), signIn(running.url, 'kontrollor@example.org')]);
  });
  afterAll(async () => {
    await running?.stop();
    await emptyDatabase(scratch());
  });

  async function as<T>(who: SignedIn, query: string, variables: Record<string, unknown>): Promise<T> {
    const { body } = await postGraphQLAs<T>(running.url, who, query, variables);
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }

  /** Drafts, submits and publishes a new description of startlan through the editing API. */
  async function publishDescription(description: string, reason: string): Promise<void> {
    const version = await fetch(`${running.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ node(id: "startlan") { ... on Entity { version } } }' }) });
    const baseVersion = ((await version.json()) as { data: { node: { version: number } } }).data.node.version;
    const { createChangeSet } = await as<{ createChangeSet: { id: string } }>(editor, 'mutation($input: CreateChangeSetInput!) { createChangeSet(input: $input) { id } }', { input: { title: 'Startlån: ny beskrivelse', reason: 'Retningslinjene er endret' } });
    await as(editor, 'mutation($cs: ID!, $basis: ChangeBasis!, $facts: FactsInput!) { updateFacts(changeSetId: $cs, basis: $basis, facts: $facts) { id } }', {
      cs: createChangeSet.id,
      basis: { entityId: 'startlan', baseVersion, reason, sourceIds: ['src-s2'] },
      facts: { description: { nb: description } },
    });
    await as(editor, 'mutation($id: ID!) { submitChangeSet(id: $id) { id } }', { id: createChangeSet.id });
    await as(reviewer, 'mutation($id: ID!) { publishChangeSet(id: $id) { id } }', { id: createChangeSet.id });
  }

  it('puts a change published while the page is open at the top, announced, without a reload or another request for the list', async () => {
    const page = await session.context.newPage();
    const listRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && (request.postData() ?? '').includes('ChangeFeed')) listRequests.push(request.url());
    });
    // The stream's answer arrives once the server has registered the subscription.
    const streamOpen = page.waitForResponse((response) => response.url().endsWith('/graphql/stream') && response.status() === 200, { timeout: 30_000 });
    await openChanges(page, `${running.url}/siste-endringer`);
    await streamOpen;
    await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    const requestsBefore = listRequests.length;
    await publishDescription('Startlån er et lån fra kommunen (e2e).', 'Nye retningslinjer (e2e)');
    const arrived = page.locator('[data-page="live"] > li[data-entity="startlan"]');
    await arrived.waitFor({ timeout: 30_000 });
    expect(await arrived.textContent()).toContain('Nye retningslinjer (e2e)');
    expect(await page.locator('main ol > li').first().getAttribute('data-entity')).toBe('startlan');
    await page.waitForFunction(() => /Ny endring publisert: Startlån/.test(document.querySelector('[data-live-announcement]')?.textContent ?? ''));
    expect(await page.locator('[data-live-announcement]').getAttribute('aria-live')).toBe('polite');
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(listRequests.length).toBe(requestsBefore);
    // The entry links to the instrument's page and shows the diff on request.
    expect(await arrived.getByRole('link', { name: 'Startlån', exact: true }).getAttribute('href')).toBe('/virkemiddel/startlan');
    await arrived.locator('summary').click();
    expect(await arrived.locator('ins').allTextContents()).toContain('Startlån er et lån fra kommunen (e2e).');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshot(page, 'siste-endringer-live');
    await page.close();
  }, 120_000);
});
