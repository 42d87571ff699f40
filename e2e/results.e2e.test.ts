/**
 * Results (S3) and the printable plan (S4) for the acceptance-test households: an explained
 * startlån card, a combination plan, why-not for a student, the rent-vs-buy comparison and the
 * print sheet (acceptance checks 3, 4, 5 and 6).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { launchBrowser, screenshot, type BrowserSession } from './browser.ts';
import { FAMILY_THAT_WANTS_TO_BUY, FAMILY_WITH_EVICTION_NOTICE, LEAVING_PRISON, STUDENT_WITHOUT_CHILDREN, instrumentDocuments, openSharedResults } from './explorer.ts';

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

    // Under what the household asked about (it wants to buy), with the status spelled out.
    const group = await startlan.evaluate((element) => element.closest('[data-group]')?.getAttribute('data-group'));
    expect(group).toBe('spurte-om');
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
    // Who decides is the deciding body only; appeal bodies are "Klage til", never under who decides.
    const decides = (await startlan.locator('.who-decides').textContent()) ?? '';
    expect(decides).not.toMatch(/Klagenemnd|Statsforvalter/);
    expect(text).toContain('Slik søker du');
    expect(text).not.toContain('Ingen registrert');
    expect(text).not.toContain('Ta kontakt med den som bestemmer');
    // A discretionary Aktuelt card says who judges.
    if (status === 'LIKELY' && (await startlan.locator('.judged-by').count()) > 0) {
      expect(await startlan.locator('.judged-by').textContent()).toMatch(/vurderer/);
    }
    // Klarspråk: never "Oppfylt: Oppfylt:", and no formula.
    expect(text).not.toMatch(/(Oppfylt|Ikke oppfylt):\s*(Oppfylt|Ikke oppfylt):/);
    expect(text).not.toMatch(/=\s*\d|\s=\s/);
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
    // Each step says why it is there, next to it; sources by name with links, never raw ids.
    const firstPlan = page.locator('.combination', { has: page.locator('a[href*="/virkemiddel/startlan"]') }).first();
    const reasons = await firstPlan.locator('.step-reason').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(reason.length).toBeGreaterThan(10);
    await expect.poll(() => page.locator('.combination .plan-sources a').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.locator('.combinations').textContent()).not.toMatch(/\bsrc-[a-z0-9-]+/);
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
    // Only alternatives that fit the household: never the re-entry guarantee, Housing First or refugee settlement for this family.
    const listed = (await table.locator('tbody tr').first().textContent()) ?? '';
    for (const name of ['Tilbakeføringsgaranti', 'Housing First', 'Bosetting av flyktninger']) expect(listed).not.toContain(name);
    expect(await table.locator('tbody th').allTextContents()).toEqual(['Aktuelle virkemidler', 'Hvem bestemmer', 'Dokumenter', 'Å tenke på']);
    expect(await table.textContent()).not.toMatch(/\d[\d\s]*kr/);
    await page.close();
  });
});

describe('results for the acceptance households', () => {
  it('starts with what to do now for a family with an eviction notice: title, text, ordered steps and contacts', async () => {
    const page = await session.context.newPage();
    await openSharedResults(page, FAMILY_WITH_EVICTION_NOTICE);
    const actNow = page.locator('.act-now');
    await actNow.waitFor();
    // Before every result group.
    const before = await page.evaluate(() => {
      const block = document.querySelector('.act-now');
      const group = document.querySelector('[data-group]');
      return block !== null && group !== null && (block.compareDocumentPosition(group) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(before).toBe(true);
    expect(await actNow.locator('h3').count()).toBeGreaterThan(0);
    expect(await actNow.locator('ol.notice-steps li').count()).toBeGreaterThan(1);
    expect(await actNow.locator('.notice-contacts a').count()).toBeGreaterThan(0);
    // Municipal rental housing and temporary accommodation stay as fallbacks, not among the unlikely.
    for (const id of ['kommunal-utleiebolig', 'midlertidig-botilbud']) expect(await card(page, id).getAttribute('data-status')).not.toBe('UNLIKELY');
    await screenshot(page, 'results-eviction-notice');
    await page.close();
  });

  it('groups by what was asked and what the facts reveal, with reasons, and says who judges a discretionary Aktuelt', async () => {
    const page = await session.context.newPage();
    await openSharedResults(page, LEAVING_PRISON);
    await page.locator('[data-group="spurte-om"], [data-group="ogsa-aktuelt"]').first().waitFor();
    const groups = await page.locator('[data-group]').evaluateAll((items) => items.map((item) => item.getAttribute('data-group')));
    expect(groups.indexOf('spurte-om') < groups.indexOf('ogsa-aktuelt') || !groups.includes('spurte-om')).toBe(true);
    // Debt advice is indicated by the payment problems, and says why.
    const advice = card(page, 'okonomisk-radgivning');
    expect(await advice.evaluate((element) => element.closest('[data-group]')?.getAttribute('data-group'))).toBe('ogsa-aktuelt');
    expect(await advice.locator('.reasons li').count()).toBeGreaterThan(0);
    // The re-entry guarantee is Aktuelt.
    expect(await card(page, 'tilbakeforingsgaranti').locator('.status-tag').textContent()).toContain('Aktuelt');
    // Every discretionary Aktuelt card names who judges.
    const judged = await page.locator('article.result-card[data-status="LIKELY"] .judged-by').allTextContents();
    for (const text of judged) expect(text).toMatch(/\S+ vurderer saken/);
    // The nursing home is never offered as possible to a 45-year-old leaving prison.
    const nursing = card(page, 'heldogns-omsorg');
    if ((await nursing.count()) > 0) expect(await nursing.getAttribute('data-status')).toBe('UNLIKELY');
    // Status words are the new ones.
    for (const tag of await page.locator('.status-tag').allTextContents()) expect(tag).toMatch(/(Aktuelt|Kan være aktuelt|Lite aktuelt)$/);
    await screenshot(page, 'results-leaving-prison');
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
    expect(await answer.locator('.status-tag').textContent()).toContain('Lite aktuelt');
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
    await page.locator('#neste-steg').waitFor();
    await page.locator('.print-step').first().waitFor();
    await page.emulateMedia({ media: 'print' });

    const sheet = (await page.locator('.print-sheet').textContent()) ?? '';
    expect(sheet).toMatch(/Laget \d{1,2}\. \w+ \d{4}/);
    expect(sheet).toMatch(/Dataversjon [0-9a-f]{8}/);
    expect(sheet).toContain('Dette svarte vi');
    expect(sheet).toContain('Bodø');
    expect(sheet).toContain('Startlån');
    expect(sheet).toContain('Dette må dere gjøre nå');
    expect(sheet).toContain('Dette er ikke et vedtak');
    // One merged, de-duplicated checklist of the documents of every step on the sheet.
    const shown = await page.locator('.print-step').evaluateAll((items) => items.map((item) => item.getAttribute('data-instrument') ?? ''));
    expect(shown).toContain('startlan');
    expect(shown.length).toBeLessThanOrEqual(5);
    const byInstrument = await instrumentDocuments();
    const expected = [...new Set(shown.flatMap((id) => byInstrument.get(id) ?? []))];
    const documents = (await page.locator('.checklist li').allTextContents()).map((item) => item.replace('☐ ', ''));
    expect(documents.sort()).toEqual(expected.sort());

    // No navigation or canvas in print.
    expect(await page.locator('header.site-header').isVisible()).toBe(false);
    expect(await page.locator('footer.site-footer').isVisible()).toBe(false);
    expect(await page.locator('canvas').count()).toBe(0);

    // At most three A4 pages, counted from the PDF's page tree.
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = (await PDFDocument.load(pdf)).getPageCount();
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(3);
    await screenshot(page, 'print-preview');

    // Works after switching to nynorsk.
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Nynorsk' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Samandrag: bustadsosiale verkemiddel');
    await page.locator('.print-step').first().waitFor();
    expect(await page.locator('.print-sheet').textContent()).toContain('Dette er ikkje eit vedtak');
    await page.close();
  });
});
