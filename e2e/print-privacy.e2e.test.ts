/**
 * Privacy of the print sheet (explorer-ux §5): answers to the sensitive questions (functional
 * ability, refugee status, substance use or mental health) are never printed, whatever they are.
 * The household answers every one of them through the wizard, then opens the print sheet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { nb } from '../client/src/i18n/nb.ts';
import { nn } from '../client/src/i18n/nn.ts';
import { launchBrowser, type BrowserSession } from './browser.ts';
import { baseUrl, nextStep } from './explorer.ts';

let session: BrowserSession;

beforeAll(async () => {
  session = await launchBrowser();
});
afterAll(async () => {
  await session.close();
});

// Listed here rather than taken from the product, so emptying its list of sensitive fields fails too.
const SENSITIVE = ['reducedFunctionalAbility', 'settledRefugee', 'substanceUseOrMentalHealth', 'leavingPrison', 'lawfulResidence'] as const;

/** A household that answers yes to every sensitive question, leaving prison and lawful residence included. */
async function answerEverySensitiveQuestion(page: Page): Promise<void> {
  await page.goto(`${baseUrl()}/situasjon`);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('#sporsmal-municipalityNumber').selectOption('1804');
  await nextStep(page);
  await page.locator('#sporsmal-adults').fill('1');
  await page.locator('#sporsmal-children').fill('0');
  await page.locator('#sporsmal-applicantAge').fill('41');
  await page.locator('input[name="reducedFunctionalAbility"][value="yes"]').check();
  await nextStep(page);
  await page.locator('input[name="housing"][value="TEMPORARY_ACCOMMODATION"]').check();
  await page.locator('input[name="goals"][value="RENT_HOME"]').check();
  await page.locator('input[name="goals"][value="SUPPORT_TO_LIVE"]').check();
  await nextStep(page);
  await nextStep(page);
  await page.locator('input[name="settledRefugee"][value="yes"]').check();
  await page.locator('input[name="leavingPrison"][value="yes"]').check();
  await page.locator('input[name="substanceUseOrMentalHealth"][value="yes"]').check();
  await page.locator('input[name="lawfulResidence"][value="yes"]').check();
  await nextStep(page);
  await page.getByRole('button', { name: 'Vis resultat' }).click();
  await page.locator('[data-group]').first().waitFor();
}

async function printedAnswers(page: Page): Promise<string[]> {
  await page.locator('.print-answers li').first().waitFor();
  return page.locator('.print-answers li').allTextContents();
}

describe('print sheet', () => {
  it('leaves out the answers to sensitive questions, says so, and still prints the other answers', async () => {
    const page = await session.context.newPage();
    await answerEverySensitiveQuestion(page);
    await page.getByRole('button', { name: 'Skriv ut oppsummering' }).click();
    await page.waitForURL(/\/resultat\/utskrift/);
    await page.emulateMedia({ media: 'print' });

    const answers = await printedAnswers(page);
    expect(answers).toContain(`${nb.questions.housing.label} ${nb.housing.TEMPORARY_ACCOMMODATION}`);
    expect(answers).toContain(`${nb.questions.adults.label} 1`);
    for (const field of SENSITIVE) {
      expect(answers.filter((answer) => answer.startsWith(nb.questions[field].label))).toEqual([]);
    }
    const sheet = (await page.locator('.print-sheet').textContent()) ?? '';
    for (const field of SENSITIVE) expect(sheet).not.toContain(nb.questions[field].label);
    expect(sheet).toContain(nb.print.sensitiveLeftOut);

    // The same in nynorsk.
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Nynorsk' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe(nn.print.title);
    const nynorsk = await printedAnswers(page);
    expect(nynorsk).toContain(`${nn.questions.housing.label} ${nn.housing.TEMPORARY_ACCOMMODATION}`);
    const nynorskSheet = (await page.locator('.print-sheet').textContent()) ?? '';
    for (const field of SENSITIVE) expect(nynorskSheet).not.toContain(nn.questions[field].label);
    expect(nynorskSheet).toContain(nn.print.sensitiveLeftOut);
    await page.close();
  });
});
