/**
 * Browse pages against the live API: each source says whether anyone checked it (and against
 * what) or only when it was compiled; each instrument detail is shown or marked "Ikke funnet i
 * kildene"; the appeal body stands on its own, apart from who decides; text that falls back to
 * bokmål is marked lang="nb" and announced once. The seed content changes while this is written,
 * so the instruments are picked from the API by shape, never by name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, screenshot, type BrowserSession } from './browser.ts';
import { baseUrl, graphql, openSharedResults, FAMILY_THAT_WANTS_TO_BUY } from './explorer.ts';
import { DETAIL_KIND_NAMES } from '../server/src/vocabulary/index.ts';

type Summary = { id: string };
type InstrumentShape = {
  id: string;
  missingDetails: string[];
  appealBodies: Summary[];
  decidedBy: Summary[];
  sources: { id: string; verified: boolean; urlFlag: string | null }[];
};

const DETAIL_KINDS = Object.values(DETAIL_KIND_NAMES);
const DATE = String.raw`\d{1,2}\. \p{L}+ \d{4}`;

let session: BrowserSession;
let instruments: InstrumentShape[];

beforeAll(async () => {
  session = await launchBrowser();
  const [details, sources] = await Promise.all([
    graphql<{ instruments: { nodes: Omit<InstrumentShape, 'sources'>[] } }>('{ instruments(first: 100) { nodes { id missingDetails appealBodies { id } decidedBy { id } } } }'),
    graphql<{ instruments: { nodes: Pick<InstrumentShape, 'id' | 'sources'>[] } }>('{ instruments(first: 100) { nodes { id sources { id verified urlFlag } } } }'),
  ]);
  const sourcesOf = new Map(sources.instruments.nodes.map((node) => [node.id, node.sources]));
  instruments = details.instruments.nodes.map((node) => ({ ...node, sources: sourcesOf.get(node.id) ?? [] }));
});
afterAll(async () => {
  await session.close();
});

async function openInstrument(page: Page, id: string, query = ''): Promise<void> {
  await page.goto(`${baseUrl()}/virkemiddel/${id}${query}`);
  await page.locator('#slik-soker-du').waitFor({ timeout: 30_000 });
}

describe('sources on an instrument page', () => {
  it('says "Kontrollert … mot …" only for verified sources and "Ikke kontrollert mot kilden (samlet inn …)" otherwise', async () => {
    const instrument = instruments.find((item) => item.sources.some((source) => source.verified) && item.sources.some((source) => !source.verified));
    expect(instrument, 'an instrument citing both a verified and an unverified source').toBeDefined();
    if (!instrument) return;
    const page = await session.context.newPage();
    await openInstrument(page, instrument.id);
    const list = page.locator('main > section.source-list');
    for (const source of instrument.sources) {
      const status = (await list.locator(`li[data-source="${source.id}"] .source-status`).first().textContent()) ?? '';
      if (source.verified) {
        expect(status).toMatch(new RegExp(`^Kontrollert ${DATE} mot (lagret kopi|nettsiden)$`, 'u'));
      } else {
        expect(status).toMatch(new RegExp(`^Ikke kontrollert mot kilden \\(samlet inn ${DATE}\\)$`, 'u'));
      }
    }
    // "sist kontrollert" (the compile date passed off as a check) is gone.
    expect(await page.locator('main').textContent()).not.toContain('sist kontrollert');
    await screenshot(page, 'instrument-sources');
    await page.close();
  });

  it('warns about a source address that is not the publisher’s own page', async () => {
    const instrument = instruments.find((item) => item.sources.some((source) => source.urlFlag));
    if (!instrument) return; // No flagged address in the data today: nothing to warn about.
    const page = await session.context.newPage();
    await openInstrument(page, instrument.id);
    const list = page.locator('main > section.source-list');
    for (const source of instrument.sources) {
      const flag = list.locator(`li[data-source="${source.id}"]`).first().locator('.source-url-flag');
      if (source.urlFlag) {
        expect(await flag.getAttribute('data-url-flag')).toBe(source.urlFlag);
        expect(await flag.textContent()).toMatch(/^Merk: adressen er /);
      } else {
        expect(await flag.count()).toBe(0);
      }
    }
    await page.close();
  });
});

describe('instrument details', () => {
  it('shows each detail kind, or says "Ikke funnet i kildene" for each one the sources do not give', async () => {
    const instrument = instruments.find((item) => item.missingDetails.length > 0 && item.missingDetails.length < DETAIL_KINDS.length);
    expect(instrument, 'an instrument with some details found and some not').toBeDefined();
    if (!instrument) return;
    const page = await session.context.newPage();
    await openInstrument(page, instrument.id);
    const section = page.locator('#slik-soker-du').locator('xpath=..');
    for (const kind of DETAIL_KINDS) {
      const notFound = section.locator(`[data-not-found="${kind}"]`);
      if (instrument.missingDetails.includes(kind)) {
        expect(await notFound.count(), kind).toBe(1);
        expect(await notFound.textContent()).toBe('Ikke funnet i kildene');
      } else {
        expect(await notFound.count(), kind).toBe(0);
        expect(await section.locator(`[data-detail="${kind}"]`).count(), kind).toBeGreaterThan(0);
      }
    }
    for (const heading of ['Hvor søker man', 'Les mer', 'Saksbehandlingstid', 'Klagefrist', 'Klageinstans', 'Dokumenter å ta med']) {
      expect(await section.textContent()).toContain(heading);
    }
    await screenshot(page, 'instrument-details');

    // The same in nynorsk.
    await openInstrument(page, instrument.id, '?sprak=nn');
    const first = instrument.missingDetails[0] ?? 'DOCUMENT';
    expect(await page.locator(`[data-not-found="${first}"]`).textContent()).toBe('Ikkje funne i kjeldene');
    await page.close();
  });

  it('lists the appeal body as its own item, never under who decides', async () => {
    const instrument = instruments.find((item) => item.appealBodies.length > 0 && item.appealBodies.every((body) => !item.decidedBy.some((decider) => decider.id === body.id)));
    expect(instrument, 'an instrument with an appeal body that does not decide the case').toBeDefined();
    if (!instrument) return;
    const page = await session.context.newPage();
    await openInstrument(page, instrument.id);
    const appeal = page.locator('dd[data-item="APPEAL_BODIES"]');
    expect(await appeal.evaluate((element) => element.previousElementSibling?.textContent)).toBe('Klageinstans');
    const appealLinks = await appeal.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    for (const body of instrument.appealBodies) expect(appealLinks.some((href) => href.includes(`/aktor/${body.id}`))).toBe(true);
    const deciderLinks = await page.locator('dd[data-item="DECIDED_BY"] a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    for (const body of instrument.appealBodies) expect(deciderLinks.some((href) => href.includes(`/aktor/${body.id}`))).toBe(false);
    await page.close();
  });
});

/** Rewrites one GraphQL operation's answer in the browser, to show the client's handling of a shape the seed may not have today. */
async function rewriteOperation(page: Page, operation: string, rewrite: (data: Record<string, unknown>) => void): Promise<void> {
  await page.route('**/graphql', async (route) => {
    const body = route.request().postData() ?? '';
    if (!body.includes(`query ${operation}(`)) return route.continue();
    const response = await route.fetch();
    const json = (await response.json()) as { data?: Record<string, unknown> };
    if (json.data) rewrite(json.data);
    await route.fulfill({ response, json });
  });
}

describe('text that falls back to bokmål', () => {
  it('is announced once in nynorsk and marked lang="nb" on an instrument page', async () => {
    const page = await session.context.newPage();
    const instrument = instruments.find((item) => !item.missingDetails.includes('DOCUMENT') && !item.missingDetails.includes('PROCESSING_TIME')) ?? instruments[0];
    if (!instrument) throw new Error('no instruments');
    // What the data gives today: the notice only if something did fall back.
    const today = await graphql<{ instrument: { missingTranslations: string[]; documentsToBring: { fallback: boolean }[] } }>(
      'query($id: String!) { instrument(slug: $id, lang: NN) { missingTranslations documentsToBring { fallback } } }',
      { id: instrument.id },
    );
    await openInstrument(page, instrument.id, '?sprak=nn');
    const fellBack = today.instrument.missingTranslations.length > 0 || today.instrument.documentsToBring.some((document) => document.fallback);
    expect(await page.locator('.fallback-notice').count()).toBe(fellBack ? 1 : 0);

    // A description and a document only in bokmål.
    await rewriteOperation(page, 'InstrumentPage', (data) => {
      const item = data.instrument as { missingTranslations: string[]; description: string | null; documentsToBring: { fallback: boolean }[]; processingTime: { fallback: boolean } | null };
      item.missingTranslations = ['description'];
      item.description ??= 'Berre på bokmål.';
      for (const document of item.documentsToBring) document.fallback = true;
      if (item.processingTime) item.processingTime.fallback = true;
    });
    await openInstrument(page, instrument.id, '?sprak=nn');
    await expect.poll(() => page.locator('.fallback-notice').count()).toBe(1);
    expect(await page.locator('.fallback-notice').textContent()).toBe('Delar av teksten finst berre på bokmål.');
    expect(await page.locator('main p.lead').getAttribute('lang')).toBe('nb');
    const documents = page.locator('li[data-detail="DOCUMENT"] > span');
    for (const lang of await documents.evaluateAll((items) => items.map((item) => item.getAttribute('lang')))) expect(lang).toBe('nb');
    expect(await page.locator('[data-detail="PROCESSING_TIME"] > span[lang="nb"]').count()).toBe(1);
    await screenshot(page, 'instrument-fallback-nn');
    await page.close();
  });

  it('is announced once per result card when a criterion text is in bokmål', async () => {
    const page = await session.context.newPage();
    let changed = '';
    await rewriteOperation(page, 'Situation', (data) => {
      const situation = data.situation as { assessments: { instrumentId: string; criteria: { language: string }[] }[] };
      const assessment = situation.assessments.find((item) => item.criteria.length > 1);
      if (!assessment) return;
      changed = assessment.instrumentId;
      for (const criterion of assessment.criteria) criterion.language = 'NB';
    });
    await openSharedResults(page, FAMILY_THAT_WANTS_TO_BUY, '?sprak=nn');
    expect(changed).not.toBe('');
    const card = page.locator(`article.result-card[data-instrument="${changed}"]`);
    expect(await card.locator('.fallback-notice').count()).toBe(1);
    expect(await card.locator('.fallback-notice').textContent()).toBe('Delar av teksten finst berre på bokmål.');
    expect(await card.locator('.criteria-list [lang="nb"]').count()).toBeGreaterThan(1);
    await page.close();
  });
});

describe('about page', () => {
  it('states how many facts are checked, never the compile date as a check', async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl()}/om`);
    await page.locator('.facts-verified').waitFor({ timeout: 30_000 });
    expect(await page.locator('.facts-verified').textContent()).toMatch(/^[\d\s]+ av [\d\s]+ fakta er kontrollert mot kilden; [\d\s]+ er markert som ukontrollerte\.$/);
    expect(await page.locator('#data').locator('xpath=..').textContent()).toContain('Sist samlet inn fra kildene');
    await page.close();
  });
});
