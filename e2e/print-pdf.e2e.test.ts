/**
 * The print sheet of issue 12's four acceptance households, printed by Chromium (page.pdf) and
 * measured on the real PDF: the page count is read from the PDF's page tree with pdf-lib (not by a
 * pattern over raw bytes). "Dette må dere gjøre nå" follows the chosen (first) plan's order, and no
 * sensitive answer is printed. pdf-lib cannot extract text (Chromium writes compressed content
 * streams with subset fonts), so the sensitive words are checked in the printed page's text instead.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { launchBrowser, screenshot, type BrowserSession } from './browser.ts';
import { FAMILY_WITH_EVICTION_NOTICE, LEAVING_PRISON, REFUGEE_COUPLE, SINGLE_MOTHER, graphql, openSharedResults } from './explorer.ts';
import { toSituationInput, type Answers } from '../client/src/situation/answers.ts';
import { nb } from '../client/src/i18n/nb.ts';

let session: BrowserSession;

beforeAll(async () => {
  session = await launchBrowser();
});
afterAll(async () => {
  await session.close();
});

// Listed here rather than taken from the product, so shrinking its list of sensitive fields fails too.
const SENSITIVE_LABELS = [
  nb.questions.reducedFunctionalAbility.label,
  nb.questions.substanceUseOrMentalHealth.label,
  nb.questions.settledRefugee.label,
  nb.questions.leavingPrison.label,
  nb.questions.institution.label,
  nb.questions.lawfulResidence.label,
];
const SENSITIVE_ANSWERS = [nb.institution.PRISON, 'fengsel', 'flyktning', 'rus', 'psykisk', 'funksjonsevne', 'lovlig opphold'];

async function firstPlan(answers: Answers): Promise<string[]> {
  const input = toSituationInput(answers);
  const data = await graphql<{ situation: { combinations: { instrumentIds: string[] }[] } }>(
    'query ($input: SituationInput!) { situation(input: $input) { combinations { instrumentIds } } }',
    { input },
  );
  return data.situation.combinations[0]?.instrumentIds ?? [];
}

const HOUSEHOLDS: [string, Answers][] = [
  ['a man of 45 leaving prison with debt and no home', LEAVING_PRISON],
  ['a single mother with one child and a high rent', SINGLE_MOTHER],
  ['a family of five with an eviction notice', FAMILY_WITH_EVICTION_NOTICE],
  ['a settled refugee couple without a deposit', REFUGEE_COUPLE],
];

describe('the print sheet in a real browser', () => {
  it.each(HOUSEHOLDS)('%s: at most 3 A4 pages, steps in plan order, no sensitive answer', async (name, answers) => {
    const page = await session.context.newPage();
    await openSharedResults(page, answers);
    await page.getByRole('button', { name: 'Skriv ut oppsummering' }).click();
    await page.waitForURL(/\/resultat\/utskrift/);
    await page.locator('#neste-steg').waitFor();
    await page.locator('.print-answers li').first().waitFor();
    await page.emulateMedia({ media: 'print' });

    // Steps: the chosen plan's first steps in its order (3 to 5 when there are that many).
    const plan = await firstPlan(answers);
    const steps = await page.locator('.print-step').evaluateAll((items) => items.map((item) => item.getAttribute('data-instrument') ?? ''));
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.length).toBeLessThanOrEqual(5);
    expect(steps.slice(0, Math.min(plan.length, 5))).toEqual(plan.slice(0, 5));
    if (plan.length >= 3) expect(steps.length).toBeGreaterThanOrEqual(3);

    // A document checklist and contact lines with printed addresses.
    expect(await page.locator('#dokumenter').count()).toBe(1);
    expect(await page.locator('.print-contacts li').count()).toBeGreaterThan(0);

    // The act-now notice comes first for the family with an eviction notice.
    if (answers === FAMILY_WITH_EVICTION_NOTICE) expect(await page.locator('.print-sheet .act-now .notice-steps li').count()).toBeGreaterThan(1);

    // No sensitive answer, in what is printed.
    const printed = await page.locator('.print-sheet').evaluate((element) => (element as HTMLElement).innerText);
    for (const label of SENSITIVE_LABELS) expect(printed, name).not.toContain(label);
    const answersPrinted = (await page.locator('.print-answers').innerText()).toLowerCase();
    for (const word of SENSITIVE_ANSWERS) expect(answersPrinted, `${name}: ${word}`).not.toContain(word.toLowerCase());

    // At most three A4 pages, counted from the PDF's page tree.
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const document = await PDFDocument.load(pdf);
    const pages = document.getPageCount();
    expect(pages).toBeGreaterThan(0);
    expect(pages, name).toBeLessThanOrEqual(3);
    console.info(`[print] ${name}: ${pages} A4 page(s), steps ${steps.join(' → ')} (plan ${plan.join(' → ')})`);
    await screenshot(page, `print-${answers.housing?.toLowerCase() ?? 'household'}-${answers.adults}-${answers.children}`);
    await page.close();
  });

  it('keeps the longest sheet (the eviction notice) within 3 pages in nynorsk and English too', async () => {
    const page = await session.context.newPage();
    await openSharedResults(page, FAMILY_WITH_EVICTION_NOTICE);
    await page.getByRole('button', { name: 'Skriv ut oppsummering' }).click();
    await page.waitForURL(/\/resultat\/utskrift/);
    await page.locator('.print-step').first().waitFor();
    for (const [button, heading] of [['Nynorsk', 'Samandrag: bustadsosiale verkemiddel'], ['English', 'Summary: social-housing instruments']] as const) {
      await page.emulateMedia({ media: 'screen' });
      await page.getByRole('button', { name: button }).click();
      await expect.poll(() => page.locator('main h1').textContent()).toBe(heading);
      await page.locator('.print-step').first().waitFor();
      await page.locator('.act-now .notice').first().waitFor();
      await page.emulateMedia({ media: 'print' });
      const pages = (await PDFDocument.load(await page.pdf({ format: 'A4', printBackground: false }))).getPageCount();
      console.info(`[print] eviction notice in ${button}: ${pages} A4 page(s)`);
      expect(pages, button).toBeLessThanOrEqual(3);
    }
    await page.close();
  });
});
