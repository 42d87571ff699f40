/**
 * Privacy (explorer-ux §5, acceptance check 7): the answers leave the browser only inside the
 * `situation` query's POST body, never in a URL, never in storage unless the user opts in; the share
 * link warns first and carries the answers only after `#`; "Slett svarene" empties everything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { launchBrowser, screenshot, type BrowserSession } from './browser.ts';
import { baseUrl, openSharedResults, FAMILY_THAT_WANTS_TO_BUY, nextStep } from './explorer.ts';

let session: BrowserSession;

beforeAll(async () => {
  session = await launchBrowser();
});
afterAll(async () => {
  await session.close();
});

// Distinctive answers, so any leak is easy to spot in URLs, bodies and storage.
const INCOME = '487123';
const AGE = '57';

async function storageContents(page: Page): Promise<string> {
  return page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }));
}

async function answerWizard(page: Page): Promise<void> {
  await page.goto(`${baseUrl()}/situasjon`);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('#sporsmal-municipalityNumber').selectOption('1804');
  await nextStep(page);
  await page.locator('#sporsmal-adults').fill('2');
  await page.locator('#sporsmal-children').fill('2');
  await page.locator('#sporsmal-applicantAge').fill(AGE);
  await nextStep(page);
  await page.locator('input[name="housing"][value="RENTING_PRIVATE"]').check();
  await page.locator('input[name="goals"][value="BUY_HOME"]').check();
  await nextStep(page);
  await page.locator('#sporsmal-annualHouseholdIncome').fill(INCOME);
  await page.locator('input[name="bankLoanRefused"][value="yes"]').check();
  await nextStep(page);
  await page.locator('input[name="substanceUseOrMentalHealth"][value="declined"]').check();
  await nextStep(page);
  await page.getByRole('button', { name: 'Vis resultat' }).click();
  await page.locator('[data-group]').first().waitFor();
}

describe('privacy of the answers', () => {
  it('sends the answers only in the situation query body, and stores nothing', async () => {
    const page = await session.context.newPage();
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    await answerWizard(page);

    const carriesAnswers = (text: string) => text.includes(INCOME) || text.includes('RENTING_PRIVATE') || text.includes('"bankLoanRefused":true');
    const situationRequests = requests.filter((request) => (request.postData() ?? '').includes('query Situation'));
    expect(situationRequests.length).toBeGreaterThan(0);
    for (const request of situationRequests) {
      expect(request.method()).toBe('POST');
      expect(request.url()).toBe(`${baseUrl()}/graphql`);
    }
    for (const request of requests) {
      expect(carriesAnswers(decodeURIComponent(request.url())), request.url()).toBe(false);
      const body = request.postData() ?? '';
      if (carriesAnswers(body)) expect(body).toMatch(/query Situation(Count)?\(/);
    }
    // Nothing in browser storage, and nothing in the address bar.
    const storage = await storageContents(page);
    expect(storage).not.toContain(INCOME);
    expect(storage).toBe('{"local":{},"session":{}}');
    expect(page.url()).not.toContain(INCOME);
    await page.close();
  });

  it('warns before making a share link whose answers sit only after #, and the link reproduces the results', async () => {
    const page = await session.context.newPage();
    await answerWizard(page);
    const firstNames = await page.locator('.result-card h3').allTextContents();

    await page.getByRole('button', { name: 'Kopier lenke' }).click();
    const warning = page.locator('.share-warning');
    expect(await warning.textContent()).toContain('Lenken inneholder svarene. Del den bare med noen du stoler på.');
    expect(await page.locator('.share-result').count()).toBe(0);
    await page.getByRole('button', { name: 'Jeg forstår, lag lenken' }).click();
    const link = await page.getByLabel('Lenke med svarene').inputValue();
    const [beforeHash, fragment] = link.split('#');
    expect(beforeHash).toBe(`${baseUrl()}/resultat`);
    expect(fragment).toMatch(/^s=/);

    // A fresh browser (like a private window) opening the link shows the same results.
    const other = await launchBrowser();
    try {
      const fresh = await other.context.newPage();
      const sent: string[] = [];
      fresh.on('request', (request) => sent.push(request.url()));
      await fresh.goto(link);
      await fresh.locator('[data-group]').first().waitFor().catch(async (error: unknown) => {
        await screenshot(fresh, 'privacy-shared-link-failure');
        throw error;
      });
      expect(await fresh.locator('.result-card h3').allTextContents()).toEqual(firstNames);
      expect(sent.every((url) => !url.includes('#') && !url.includes(fragment ?? '~'))).toBe(true);
      // The fragment is taken out of the address bar once read.
      expect(fresh.url()).not.toContain('#s=');
    } finally {
      await other.close();
    }
    await page.close();
  });

  it('keeps answers in storage only when the user opts in, and "Slett svarene" empties the wizard and storage', async () => {
    const page = await session.context.newPage();
    await openSharedResults(page, FAMILY_THAT_WANTS_TO_BUY);
    expect(await storageContents(page)).toBe('{"local":{},"session":{}}');

    await page.goto(`${baseUrl()}/situasjon/oversikt`).catch(() => undefined);
    // A reload loses the in-memory answers: that is the default promise.
    await expect.poll(() => page.locator('main').textContent()).toContain('Ikke besvart');

    await openSharedResults(page, FAMILY_THAT_WANTS_TO_BUY);
    await page.getByRole('link', { name: 'Endre svar' }).click();
    await page.getByLabel('Husk svarene på denne maskinen').check();
    await expect.poll(() => storageContents(page)).toContain('virkemiddelkart.svar');
    await page.reload();
    await expect.poll(() => page.locator('main').textContent()).toContain('Bodø');

    await page.getByRole('button', { name: 'Slett svarene' }).first().click();
    await page.waitForURL(/\/situasjon$/);
    await expect.poll(() => page.locator('main').textContent()).toContain('Svarene er slettet.');
    expect(await storageContents(page)).toBe('{"local":{},"session":{}}');
    await page.getByRole('button', { name: 'Start' }).click();
    expect(await page.locator('#sporsmal-municipalityNumber').inputValue()).toBe('');
    await page.close();
  });
});
