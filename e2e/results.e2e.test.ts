/**
 * Results (S3) and the printable plan (S4) for the acceptance-test households: an explained
 * startlån card, a combination plan, why-not for a student, the rent-vs-buy comparison and the
 * print sheet (acceptance checks 3, 4, 5 and 6).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, screenshot, type BrowserSession } from './browser.ts';
import { FAMILY_THAT_WANTS_TO_BUY, STUDENT_WITHOUT_CHILDREN, instrumentDocuments, openSharedResults } from './explorer.ts';

let session: BrowserSession;

beforeAll(async () => {
  session = await launchBrowser();
});
afterAll(async () => {
  await session.close();
});

function card(page: Page, instrumentId: string): Locator {
  return page.locator(`article.result-card[data-instrument="${instrumentId}"]`);
}

describe('results for a family that wants to buy', () => {
  it('explains startlån: status in words, criteria met, who decides, how to apply, documents and whether each source was checked', async () => {
    const page = await session.context.newPage();
    await openSharedResults(page, FAMILY_THAT_WANTS_TO_BUY);
    const startlan = card(page, 'startlan');
    await startlan.waitFor();

    // Under Aktuelt or Kan være aktuelt, with the status spelled out.
    const group = await startlan.evaluate((element) => element.closest('[data-group]')?.getAttribute('data-group'));
    expect(['aktuelt', 'kan-vaere-aktuelt']).toContain(group);
    const status = await startlan.getAttribute('data-status');
    expect(await startlan.locator('.status-tag').textContent()).toContain(status === 'LIKELY' ? 'Aktuelt' : 'Kan være aktuelt');

    // "N av M kriterier oppfylt" matches the checklist below it.
    const outcomes = await startlan.locator('.criteria-list li[data-outcome]:not([data-outcome="TO_CHECK"])').evaluateAll((items) => items.map((item) => item.getAttribute('data-outcome')));
    expect(outcomes.length).toBeGreaterThan(0);
    const met = outcomes.filter((outcome) => outcome === 'MET').length;
    expect(await startlan.locator('.criteria-count').textContent()).toBe(`${met} av ${outcomes.length} kriterier oppfylt`);
    // Each criterion says its outcome in words, not only by mark or colour.
    for (const text of await startlan.locator('.criteria-list li .criterion__outcome').allTextContents()) {
      expect(text).toMatch(/^(Oppfylt|Ikke oppfylt|Vet ikke ennå|Saksbehandler sjekker): $/);
    }

    const text = (await startlan.textContent()) ?? '';
    expect(text).toMatch(/Hvem bestemmer:\s*\S*[Kk]ommune/);
    expect(text).toContain('Slik søker du');
    // The document list is the one the data holds for startlån (or says that none was found in the sources).
    const documents = (await instrumentDocuments()).get('startlan') ?? [];
    expect(await startlan.locator('.document-list li').allTextContents()).toEqual(documents);
    if (documents.length === 0) expect(text).toContain('Ikke funnet i kildene');
    // Each source says whether it was checked against the source, or only when it was compiled.
    for (const status of await startlan.locator('.source-list li .source-status').allTextContents()) {
      expect(status).toMatch(/^(Kontrollert \d{1,2}\. \p{L}+ \d{4} mot (lagret kopi|nettsiden)|Ikke kontrollert mot kilden \(samlet inn \d{1,2}\. \p{L}+ \d{4}\))$/u);
    }
    expect(text).not.toContain('sist kontrollert');
    await screenshot(page, 'results-family-buying');
    await page.close();
  });

  it('shows startlån in an ordered plan together with bostøtte or tilskudd til etablering', async () => {
    const page = await session.context.newPage();
    await openSharedResults(page, FAMILY_THAT_WANTS_TO_BUY);
    const plans = page.locator('.combination');
    await plans.first().waitFor();
    const stepLists = await plans.evaluateAll((elements) =>
      elements.map((element) => [...element.querySelectorAll('.chain > li a')].map((link) => link.getAttribute('href') ?? '')),
    );
    const withStartlan = stepLists.filter((steps) => steps.some((href) => href.includes('/virkemiddel/startlan')));
    expect(withStartlan.some((steps) => steps.some((href) => /\/virkemiddel\/(bostotte|tilskudd-etablering)\b/.test(href)))).toBe(true);
    // Each plan says why (rationale) and cites sources.
    const firstPlan = page.locator('.combination', { has: page.locator('a[href*="/virkemiddel/startlan"]') }).first();
    expect(((await firstPlan.locator('.rationales, p').first().textContent()) ?? '').length).toBeGreaterThan(10);
    expect(await firstPlan.textContent()).toContain('Kilder');
    await page.close();
  });

  it('compares renting on with buying with startlån in two columns, without totals', async () => {
    const page = await session.context.newPage();
    await openSharedResults(page, FAMILY_THAT_WANTS_TO_BUY);
    await page.getByRole('button', { name: 'Sammenlign alternativer' }).click();
    const table = page.locator('.compare-table');
    await table.waitFor();
    expect(await table.locator('thead th').allTextContents()).toEqual(['Leie videre', 'Kjøpe med startlån']);
    await expect.poll(() => table.locator('tbody tr').first().locator('td').nth(1).textContent()).toContain('Startlån');
    expect(await table.locator('tbody th').allTextContents()).toEqual(['Aktuelle virkemidler', 'Hvem bestemmer', 'Dokumenter', 'Å tenke på']);
    expect(await table.textContent()).not.toMatch(/\d[\d\s]*kr/);
    await page.close();
  });
});

describe('why not', () => {
  it('says bostøtte is not applicable for a student without children, and names the failed criterion', async () => {
    const page = await session.context.newPage();
    await openSharedResults(page, STUDENT_WITHOUT_CHILDREN);
    const picker = page.getByLabel('Velg et virkemiddel for å se hvorfor det er eller ikke er aktuelt');
    await picker.selectOption('bostotte');
    const answer = page.locator('.why-not__answer [data-instrument="bostotte"]');
    await answer.waitFor();
    expect(await answer.locator('.status-tag').textContent()).toContain('Ikke aktuelt nå');
    const failed = (await answer.textContent()) ?? '';
    expect(failed).toContain('Dette er ikke oppfylt:');
    expect(failed.toLowerCase()).toMatch(/student/);
    await screenshot(page, 'results-why-not-student');
    await page.close();
  });
});

describe('printable plan', () => {
  it('prints date, data version, answers, instruments with next steps, a merged document list and the not-a-decision note', async () => {
    const page = await session.context.newPage();
    await openSharedResults(page, FAMILY_THAT_WANTS_TO_BUY);
    await page.getByRole('button', { name: 'Skriv ut oppsummering' }).click();
    await page.waitForURL(/\/resultat\/utskrift/);
    await page.locator('#aktuelt').waitFor();
    await page.locator('.print-instrument').first().waitFor();
    await page.emulateMedia({ media: 'print' });

    const sheet = (await page.locator('.print-sheet').textContent()) ?? '';
    expect(sheet).toMatch(/Laget \d{1,2}\. \w+ \d{4}/);
    expect(sheet).toMatch(/Dataversjon [0-9a-f]{8}/);
    expect(sheet).toContain('Dette svarte vi');
    expect(sheet).toContain('Bodø');
    expect(sheet).toContain('Startlån');
    expect(sheet).toContain('Dette må dere gjøre nå');
    expect(sheet).toContain('Dette er ikke et vedtak');
    // One merged, de-duplicated checklist of the documents of every instrument on the sheet.
    const shown = await page.locator('.print-instrument').evaluateAll((items) => items.map((item) => item.getAttribute('data-instrument') ?? ''));
    expect(shown).toContain('startlan');
    const byInstrument = await instrumentDocuments();
    const expected = [...new Set(shown.flatMap((id) => byInstrument.get(id) ?? []))];
    const documents = (await page.locator('.checklist li').allTextContents()).map((item) => item.replace('☐ ', ''));
    expect(documents.sort()).toEqual(expected.sort());

    // No navigation or canvas in print.
    expect(await page.locator('header.site-header').isVisible()).toBe(false);
    expect(await page.locator('footer.site-footer').isVisible()).toBe(false);
    expect(await page.locator('canvas').count()).toBe(0);

    // At most three A4 pages.
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(3);
    await screenshot(page, 'print-preview');

    // Works after switching to nynorsk.
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Nynorsk' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Samandrag: bustadsosiale verkemiddel');
    await page.locator('.print-instrument').first().waitFor();
    expect(await page.locator('.print-sheet').textContent()).toContain('Dette er ikkje eit vedtak');
    await page.close();
  });
});
