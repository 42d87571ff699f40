/**
 * What the explorer tests share: the server under test, the acceptance-test household
 * (explorer-ux §8), and small steps a user takes. Answers are given through the UI; the share
 * encoding is used only to open a page with answers already in memory, as a shared link would.
 */
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { encodeAnswers } from '../client/src/situation/share-encoding.ts';
import { EMPTY_ANSWERS, type Answers } from '../client/src/situation/answers.ts';

export function baseUrl(): string {
  return inject('baseUrl');
}

/** 2 adults, 2 children, renting privately, wants to buy, lowest income, bank has refused, Bodø. */
export const FAMILY_THAT_WANTS_TO_BUY: Answers = {
  ...EMPTY_ANSWERS,
  municipalityNumber: '1804',
  adults: '2',
  children: '2',
  applicantAge: '35',
  annualHouseholdIncome: '300000',
  housing: 'RENTING_PRIVATE',
  goals: ['BUY_HOME'],
  tri: { bankLoanRefused: 'yes', canServiceLoan: 'yes', student: 'no' },
};

/** A student living alone without children, renting privately, who wants lower housing costs. */
export const STUDENT_WITHOUT_CHILDREN: Answers = {
  ...EMPTY_ANSWERS,
  municipalityNumber: '5001',
  adults: '1',
  children: '0',
  applicantAge: '22',
  annualHouseholdIncome: '120000',
  housing: 'RENTING_PRIVATE',
  goals: ['LOWER_HOUSING_COSTS'],
  tri: { student: 'yes' },
};

/** The URL a "Kopier lenke" link would have for these answers. */
export function sharedResultsUrl(answers: Answers, query = ''): string {
  return `${baseUrl()}/resultat${query}#s=${encodeAnswers(answers)}`;
}

export async function openSharedResults(page: Page, answers: Answers, query = ''): Promise<void> {
  await page.goto(sharedResultsUrl(answers, query));
  await page.locator('[data-group]').first().waitFor({ timeout: 30_000 });
}

/** Presses Tab until the focused element satisfies `matches` (by accessible text or id); fails after `limit` presses. */
export async function tabTo(page: Page, description: string, matches: (element: { tag: string; id: string; text: string; type: string; value: string }) => boolean, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return null;
      const input = element as HTMLInputElement;
      const label = element.id ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent ?? '' : '';
      return { tag: element.tagName.toLowerCase(), id: element.id, text: `${element.textContent ?? ''} ${label}`.trim(), type: input.type ?? '', value: input.value ?? '' };
    });
    if (focused && matches(focused)) return;
  }
  throw new Error(`Tab never reached ${description}`);
}

/** The focused element shows a visible focus indicator (outline or box-shadow). */
export async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    return outline || shadow;
  });
}

/** Asks the API directly (as a developer would), to compare what the page shows with the data. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Each instrument's documents to bring (their texts), as the API gives them. */
export async function instrumentDocuments(): Promise<Map<string, string[]>> {
  const data = await graphql<{ instruments: { nodes: { id: string; documentsToBring: { text: string | null }[] }[] } }>(
    '{ instruments(first: 100) { nodes { id documentsToBring { text } } } }',
  );
  return new Map(data.instruments.nodes.map((node) => [node.id, node.documentsToBring.map((document) => document.text ?? '')]));
}

/** Issue 12's acceptance households (the same as test/situation-acceptance.int.test.ts), as the wizard would hold them. */
export const LEAVING_PRISON: Answers = {
  ...EMPTY_ANSWERS,
  municipalityNumber: '0301',
  adults: '1',
  children: '0',
  applicantAge: '45',
  housing: 'INSTITUTION',
  institution: 'PRISON',
  goals: ['RENT_HOME'],
  tri: { leavingPrison: 'yes', paymentProblems: 'yes', substanceUseOrMentalHealth: 'yes' },
};

export const SINGLE_MOTHER: Answers = {
  ...EMPTY_ANSWERS,
  municipalityNumber: '1804',
  adults: '1',
  children: '1',
  applicantAge: '34',
  annualHouseholdIncome: '280000',
  monthlyHousingCosts: '14000',
  housing: 'RENTING_PRIVATE',
  goals: ['RENT_HOME'],
};

export const FAMILY_WITH_EVICTION_NOTICE: Answers = {
  ...EMPTY_ANSWERS,
  municipalityNumber: '4601',
  adults: '2',
  children: '3',
  applicantAge: '41',
  housing: 'RENTING_PRIVATE',
  goals: ['KEEP_HOME'],
  tri: { evictionOrArrears: 'yes', reducedFunctionalAbility: 'yes' },
};

export const REFUGEE_COUPLE: Answers = {
  ...EMPTY_ANSWERS,
  municipalityNumber: '5001',
  adults: '2',
  children: '0',
  applicantAge: '29',
  annualHouseholdIncome: '150000',
  housing: 'RENTING_PRIVATE',
  goals: ['RENT_HOME'],
  tri: { settledRefugee: 'yes', hasDepositMoney: 'no', lawfulResidence: 'yes' },
};

/**
 * Presses Neste and waits until the next step has settled: the address has changed and its H1 has
 * taken focus (the app moves focus there after each navigation). Answering before then can land a
 * click on a page that is still being replaced.
 */
export async function nextStep(page: Page): Promise<void> {
  const before = page.url();
  await page.getByRole('button', { name: 'Neste' }).click();
  await page.waitForFunction((previous) => window.location.href !== previous && document.activeElement?.tagName === 'H1', before);
}
