/**
 * The explorer's editing screens in Chromium. Most tests use the main test server, whose graph is
 * read by other tests and never written here: a reader's report ("Meld feil") is the one write,
 * and suggestions are allowed there; a sign-in (the development identity provider's real login
 * form) lives in the server's memory, and the signed-in checks there only read. The editing flow
 * (draft, submit, publish, a conflict) runs against a product server of its own on the scratch
 * Neo4j, emptied and seeded first and emptied again afterwards (test/support/editing-server.ts).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pino from 'pino';
import type { Page, Request } from 'playwright-core';
import { axeViolations, describeViolations, launchBrowser, screenshot, type BrowserSession } from './browser.ts';
import { baseUrl, graphql, tabTo } from './explorer.ts';
import { emptyDatabase } from '../test/support/editing-server.ts';
import { loadConfig } from '../server/src/config.ts';
import { startUp, type Running } from '../server/src/start-up.ts';

let session: BrowserSession;

beforeAll(async () => {
  session = await launchBrowser();
});
afterAll(async () => {
  await session.close();
});

type HistoryAnswer = { history: { nodes: { change: { summary: string } }[] } };

async function openEntity(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl()}${path}`);
  await page.locator('#endringslogg').waitFor({ timeout: 30_000 });
  // The section has settled when it shows entries, the empty text or the failure text.
  await page.waitForFunction(() => {
    const section = document.querySelector('[data-history]');
    return Boolean(section && !/Laster/.test(section.textContent ?? ''));
  });
}

/** The reportProblem requests a page sends, with their variables. */
function captureReports(page: Page): { page: string; entityId: string | null; text: string }[] {
  const sent: { page: string; entityId: string | null; text: string }[] = [];
  page.on('request', (request: Request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const body = request.postDataJSON() as { query?: string; variables?: { input?: { page: string; entityId: string | null; text: string } } } | null;
    if (body?.query?.includes('reportProblem') && body.variables?.input) sent.push(body.variables.input);
  });
  return sent;
}

/** Signs in through the header's "Logg inn" and the development provider's own login form. */
async function signInAs(page: Page, email: string): Promise<void> {
  const before = new URL(page.url());
  await page.locator('header').getByRole('link', { name: 'Logg inn' }).click();
  await page.locator('select#email').waitFor({ timeout: 30_000 });
  await page.selectOption('select#email', email);
  await page.fill('input#password', 'utvikler');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.origin === before.origin && url.pathname === before.pathname, { timeout: 30_000 });
  await page.getByText('Logget inn som').waitFor({ timeout: 30_000 });
}

describe('signed out', () => {
  it('the header offers "Logg inn" that comes back to the same page, and no editing link', async () => {
    const page = await session.context.newPage();
    await openEntity(page, '/virkemiddel/startlan?sprak=nb');
    const signIn = page.locator('header').getByRole('link', { name: 'Logg inn' });
    await signIn.waitFor({ timeout: 15_000 });
    expect(await signIn.getAttribute('href')).toBe(`/auth/login?returnTo=${encodeURIComponent('/virkemiddel/startlan?sprak=nb')}`);
    expect(await page.locator('header').getByRole('button', { name: 'Logg ut' }).count()).toBe(0);
    expect(await page.locator('#endringslogg').locator('xpath=..').getByRole('link', { name: 'Rediger' }).count()).toBe(0);
    await page.close();
  });

  it('the change log shows the published changes of the entity as the API gives them, or says there are none', async () => {
    const page = await session.context.newPage();
    await openEntity(page, '/aktor/husbanken');
    const api = await graphql<HistoryAnswer>('query ($id: ID!) { history(id: $id, first: 20) { nodes { change { summary } } } }', { id: 'husbanken' });
    const section = page.locator('[data-history="husbanken"]');
    expect(await section.getByRole('heading', { level: 2 }).textContent()).toBe('Endringslogg');
    const text = (await section.textContent()) ?? '';
    expect(text).not.toContain('kunne ikke hentes');
    if (api.history.nodes.length === 0) {
      expect(text).toContain('Ingen publiserte endringer ennå.');
    } else {
      expect(await section.locator('.history-list > li').count()).toBe(api.history.nodes.length);
      expect(text).toContain(api.history.nodes[0]!.change.summary);
    }
    await screenshot(page, 'endringslogg-aktor');
    await page.close();
  });

  it('/endringer asks a reader to sign in and shows nothing that needs a role', async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl()}/endringer`);
    await page.locator('main h1').waitFor({ timeout: 30_000 });
    await page.locator('main .edit-sign-in').waitFor({ timeout: 15_000 });
    expect(await page.locator('main h1').textContent()).toBe('Endringer og meldinger');
    expect(await page.locator('main').textContent()).toContain('Logg inn for å se endringer og meldinger');
    expect(await page.locator('main').getByRole('link', { name: 'Logg inn' }).getAttribute('href')).toBe('/auth/login?returnTo=%2Fendringer');
    expect(await page.locator('[data-queue]').count()).toBe(0);
    await page.close();
  });

  it('the editor screen asks a reader to sign in instead of showing forms', async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl()}/rediger/aktor/husbanken`);
    await page.locator('main .edit-sign-in').waitFor({ timeout: 30_000 });
    expect(await page.locator('main form').count()).toBe(0);
    await page.close();
  });
});

describe('"Meld feil"', () => {
  it('sends the page path (no query string), the entity and the text, and shows the receipt', async () => {
    const page = await session.context.newPage();
    const sent = captureReports(page);
    // The report needs nothing of the page's own data: the path and the id come from the address.
    await page.goto(`${baseUrl()}/virkemiddel/bostotte?sprak=nb`);
    await page.locator('footer').getByRole('button', { name: 'Meld feil' }).click();
    const dialog = page.getByRole('dialog', { name: 'Meld fra om en feil' });
    await dialog.waitFor({ timeout: 15_000 });
    expect(await dialog.textContent()).toContain('Ikke skriv personopplysninger');
    expect(await dialog.locator('[data-item="page"]').textContent()).toBe('/virkemiddel/bostotte');
    expect(await dialog.locator('[data-item="entity"]').textContent()).toBe('bostotte');
    await dialog.getByLabel('Hva er feil eller mangler?').fill('Saksbehandlingstiden er endret (e2e-test).');
    await dialog.getByRole('button', { name: 'Send meldingen' }).click();
    // The receipt's heading names the dialog from now on.
    const receipt = page.getByRole('dialog', { name: 'Takk! Vi har fått meldingen.' }).locator('[data-receipt]');
    await receipt.waitFor({ timeout: 15_000 });
    const id = await receipt.getAttribute('data-receipt');
    expect(id).toBeTruthy();
    expect(await receipt.textContent()).toContain(`Saksnummer ${id}, mottatt `);
    expect(sent).toEqual([{ page: '/virkemiddel/bostotte', entityId: 'bostotte', text: 'Saksbehandlingstiden er endret (e2e-test).' }]);
    await screenshot(page, 'meld-feil-kvittering');
    await page.getByRole('dialog').getByRole('button', { name: 'Lukk' }).click();
    await page.waitForFunction(() => !document.querySelector('dialog'));
    await page.close();
  });

  it('works with the keyboard alone: opens, says what is missing, sends, closes with Escape and gives focus back', async () => {
    const page = await session.context.newPage();
    const sent = captureReports(page);
    await page.goto(`${baseUrl()}/situasjon`);
    await page.locator('main h1').waitFor({ timeout: 30_000 });
    await page.locator('footer').getByRole('button', { name: 'Meld feil' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Meld fra om en feil' });
    await dialog.waitFor({ timeout: 15_000 });
    // Focus is inside the dialog (a modal dialog keeps it there).
    await page.waitForFunction(() => Boolean(document.activeElement?.closest('dialog')));
    // Sending nothing: the field says what is missing and has focus.
    await tabTo(page, 'Send meldingen', (element) => element.tag === 'button' && element.text.includes('Send meldingen'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'meld-feil-tekst');
    expect(await page.locator('#meld-feil-tekst').getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.textContent()).toContain('Skriv hva som er feil eller mangler.');
    expect(sent).toEqual([]);
    await page.keyboard.type('Lenken til søknaden virker ikke (e2e-test).');
    await tabTo(page, 'Send meldingen', (element) => element.tag === 'button' && element.text.includes('Send meldingen'));
    await page.keyboard.press('Enter');
    // The receipt's heading takes focus, so a screen reader says the report arrived.
    await page.waitForFunction(() => document.activeElement?.id === 'meld-feil-tittel' && /Takk/.test(document.activeElement.textContent ?? ''), undefined, { timeout: 15_000 });
    expect(sent).toEqual([{ page: '/situasjon', entityId: null, text: 'Lenken til søknaden virker ikke (e2e-test).' }]);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog'));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Meld feil');
    await page.close();
  });
});

describe('accessibility', () => {
  it('has zero WCAG 2.1 A/AA violations on /endringer signed out, an entity page with its change log, and the open "Meld feil" dialog', async () => {
    const page = await session.context.newPage();
    const failures: string[] = [];
    const check = async (name: string) => {
      const violations = await axeViolations(page);
      if (violations.length > 0) failures.push(`${name}:\n${describeViolations(violations)}`);
      await screenshot(page, `redigering-${name}`);
    };
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${baseUrl()}/endringer`);
      await page.locator('main .edit-sign-in').waitFor({ timeout: 30_000 });
      await check(`endringer-${width}`);
      await openEntity(page, '/virkemiddel/startlan');
      await check(`virkemiddel-endringslogg-${width}`);
      await page.locator('footer').getByRole('button', { name: 'Meld feil' }).click();
      await page.getByRole('dialog').waitFor({ timeout: 15_000 });
      // Designsystemet fades the dialog in; axe reads colours, so let the fade finish first. A
      // spinner elsewhere on the page animates forever and is not waited for.
      await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity));
      await check(`meld-feil-${width}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 1) failures.push(`meld-feil-${width}: scrolls ${overflow}px sideways`);
    }
    expect(failures, failures.join('\n\n')).toEqual([]);
    await page.close();
  });
});

describe('signed in (reading only)', () => {
  it('an editor sees name and role in the header, "Rediger" on the entity page and the editor screen with the current version', async () => {
    const context = (await launchBrowser());
    try {
      const page = await context.context.newPage();
      await openEntity(page, '/aktor/husbanken');
      await signInAs(page, 'redaktor@example.org');
      const header = page.locator('header');
      expect(await header.textContent()).toContain('Logget inn som Rita Redaktør');
      expect(await header.textContent()).toContain('skriver endringer');
      await header.getByRole('button', { name: 'Logg ut' }).waitFor();
      const edit = page.locator('[data-history="husbanken"]').getByRole('link', { name: 'Rediger' });
      await edit.waitFor({ timeout: 15_000 });
      const version = await graphql<{ node: { version: number } | null }>('{ node(id: "husbanken") { ... on Entity { version } } }');
      await edit.click();
      await page.waitForURL(/\/rediger\/aktor\/husbanken/);
      await page.locator('[data-item="version"]').waitFor({ timeout: 30_000 });
      expect(await page.locator('main h1').textContent()).toContain('Rediger: ');
      expect(await page.locator('[data-item="version"]').textContent()).toBe(String(version.node?.version));
      // Every operation's form is labelled; the facts form is the first one shown.
      for (const label of ['Fakta og tekster', 'Nytt navn fra en dato', 'Avslutt fra en dato', 'Legg til en relasjon', 'Avslutt en relasjon', 'Legg til en ny kilde']) {
        expect(await page.getByRole('radio', { name: label }).count(), label).toBe(1);
      }
      expect(await page.getByLabel('Beskrivelse (Bokmål)').count()).toBe(1);
      const violations = await axeViolations(page);
      await screenshot(page, 'rediger-aktor');
      expect(violations, describeViolations(violations)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/** Today in Norway, as the API's dates are. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());

/** Makes a new draft on the editor screen; it becomes the chosen one. */
async function newDraft(page: Page, title: string, reason: string): Promise<void> {
  const details = page.locator('details.edit-new-draft');
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) await details.locator('summary').click();
  await page.getByLabel('Tittel på utkastet').fill(title);
  await page.getByLabel('Hvorfor endringene trengs').fill(reason);
  await page.getByRole('button', { name: 'Lag utkastet' }).click();
  await page.getByText(`Utkastet «${title}» er laget og valgt.`).waitFor({ timeout: 15_000 });
  await page.waitForFunction((wanted) => document.querySelector<HTMLSelectElement>('#utkast-valg')?.selectedOptions[0]?.textContent?.startsWith(wanted), title);
}

/** Adds the filled-in change and waits for the status message, which takes focus. */
async function addChange(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Legg til i utkastet' }).click();
  await page.waitForFunction(() => document.activeElement?.classList.contains('edit-status') && /Lagt til i utkastet/.test(document.activeElement.textContent ?? ''), undefined, { timeout: 15_000 });
  return (await page.locator('.edit-status[role="status"]').last().textContent()) ?? '';
}

/** Opens the chosen draft's page and sends it for review; returns its address. */
async function submitDraft(page: Page, title: string): Promise<string> {
  await page.getByRole('link', { name: `Se utkastet «${title}»` }).first().click();
  await page.locator('.change-item').first().waitFor({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Send til kontroll' }).click();
  await page.waitForFunction(() => document.activeElement?.classList.contains('edit-outcome') && /Sendt til kontroll/.test(document.activeElement.textContent ?? ''), undefined, { timeout: 15_000 });
  await page.locator('[data-status="SUBMITTED"]').waitFor({ timeout: 15_000 });
  expect(await page.locator('[data-status]').first().textContent()).toBe('Sendt til kontroll');
  return page.url();
}

describe('editing flow on a writable server', () => {
  let running: Running;
  const scratch = () => inject('scratchNeo4j');

  beforeAll(async () => {
    await emptyDatabase(scratch());
    const { uri, username, password } = scratch();
    // The real product process (what npm start runs): it seeds the empty graph, serves the built
    // explorer and signs in against the development identity provider.
    const config = loadConfig({ NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password, PORT: '0', NODE_ENV: 'test', LOG_LEVEL: 'warn', VMK_SIGN_IN_RATE_LIMIT: '1000' });
    running = await startUp(config, pino({ level: 'silent' }), () => undefined);
  });
  afterAll(async () => {
    await running?.stop();
    await emptyDatabase(scratch());
  });

  it('an editor drafts a rename and submits it; a reviewer publishes it; the page shows the new name and the change log entry; a second change drafted on the old version is refused as a conflict', async () => {
    const editorBrowser = await launchBrowser();
    const reviewerBrowser = await launchBrowser();
    let readerBrowser: BrowserSession | undefined;
    try {
      const editor = await editorBrowser.context.newPage();
      await editor.goto(`${running.url}/aktor/kdd`);
      await editor.locator('[data-history="kdd"]').waitFor({ timeout: 30_000 });
      const named = await fetch(`${running.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ node(id: "kdd") { ... on Entity { name } } }' }) });
      const oldName = ((await named.json()) as { data: { node: { name: string } } }).data.node.name;
      await signInAs(editor, 'redaktor@example.org');
      await editor.locator('[data-history="kdd"]').getByRole('link', { name: 'Rediger' }).click();
      await editor.locator('[data-item="version"]').waitFor({ timeout: 30_000 });
      expect(await editor.locator('[data-item="version"]').textContent()).toBe('1');

      // Draft 1: a new name from today.
      await newDraft(editor, 'Nytt navn på departementet', 'Departementet har fått nytt navn.');
      await editor.getByRole('radio', { name: 'Nytt navn fra en dato' }).check();
      // Sending an empty form: the error summary takes focus and names every missing field.
      await editor.getByRole('button', { name: 'Legg til i utkastet' }).click();
      await editor.waitForFunction(() => document.activeElement?.classList.contains('edit-error-summary'));
      const summary = (await editor.locator('.edit-error-summary').textContent()) ?? '';
      for (const field of ['Nytt navn gjelder fra', 'Nytt navn (Bokmål)', 'Begrunnelse', 'Kilder som støtter endringen']) expect(summary).toContain(field);
      expect(await editor.locator('#navn-reason').getAttribute('aria-invalid')).toBe('true');
      await editor.getByLabel('Nytt navn gjelder fra').fill(today);
      await editor.getByLabel('Nytt navn (Bokmål)', { exact: true }).fill('Bolig- og distriktsdepartementet');
      await editor.getByLabel('Nytt navn (Nynorsk)', { exact: true }).fill('Bustad- og distriktsdepartementet');
      await editor.getByLabel('Nytt navn (English)', { exact: true }).fill('Ministry of Housing and Rural Affairs');
      await editor.getByLabel('Begrunnelse').fill('Navnet er endret ved kongelig resolusjon.');
      await editor.locator('#navn-sourceIds').check();
      expect(await addChange(editor)).toContain('Bolig- og distriktsdepartementet');
      await screenshot(editor, 'rediger-navn-lagt-til');
      const editorViolations = await axeViolations(editor);
      expect(editorViolations, describeViolations(editorViolations)).toEqual([]);

      // Draft 2, also against version 1: a new description.
      await newDraft(editor, 'Ny beskrivelse', 'Beskrivelsen er utdatert.');
      await editor.getByRole('radio', { name: 'Fakta og tekster' }).check();
      await editor.getByLabel('Beskrivelse (Bokmål)', { exact: true }).fill('Departementet for bolig og distrikt (e2e).');
      await editor.getByLabel('Begrunnelse').fill('Ny oppgavefordeling.');
      await editor.locator('#fakta-sourceIds').check();
      await addChange(editor);
      const second = await submitDraft(editor, 'Ny beskrivelse');

      // Back to draft 1: its page shows the diff in words, then it is sent for review.
      await editor.goto(`${running.url}/endringer`);
      await editor.getByRole('link', { name: 'Nytt navn på departementet' }).click();
      await editor.locator('.change-item').first().waitFor({ timeout: 15_000 });
      const diff = editor.locator('table[data-record="kdd"]');
      expect(await diff.locator('tr[data-field="name_nb"] td').allTextContents()).toEqual([oldName, 'Bolig- og distriktsdepartementet']);
      expect(await diff.locator('tr[data-field="name_nb"] th').textContent()).toBe('Navn (Bokmål)');
      const changeSetViolations = await axeViolations(editor);
      expect(changeSetViolations, describeViolations(changeSetViolations)).toEqual([]);
      await editor.getByRole('button', { name: 'Send til kontroll' }).click();
      await editor.locator('[data-status="SUBMITTED"]').waitFor({ timeout: 15_000 });
      const first = editor.url();
      // The author cannot publish their own changes.
      expect(await editor.getByRole('button', { name: 'Godkjenn og publiser' }).count()).toBe(0);

      // The reviewer publishes the rename.
      const reviewer = await reviewerBrowser.context.newPage();
      await reviewer.goto(first);
      await reviewer.locator('main .edit-sign-in').waitFor({ timeout: 30_000 });
      await signInAs(reviewer, 'kontrollor@example.org');
      await reviewer.getByRole('button', { name: 'Godkjenn og publiser' }).click();
      await reviewer.waitForFunction(() => document.activeElement?.classList.contains('edit-outcome') && /Publisert/.test(document.activeElement.textContent ?? ''), undefined, { timeout: 30_000 });
      await reviewer.locator('[data-status="PUBLISHED"]').waitFor({ timeout: 15_000 });

      // The description was drafted against version 1, which is gone: refused, with the entity and its version.
      await reviewer.goto(second);
      await reviewer.getByRole('button', { name: 'Godkjenn og publiser' }).click();
      const conflict = reviewer.locator('[data-conflict]');
      await conflict.waitFor({ timeout: 30_000 });
      expect(await conflict.textContent()).toContain('Noen andre har endret det samme');
      expect(await conflict.textContent()).toContain('kdd er nå versjon 2');
      await screenshot(reviewer, 'endringer-konflikt');
      // Rejecting needs a note; with one, the author is told.
      await reviewer.getByRole('button', { name: 'Avvis endringene' }).click();
      await reviewer.waitForFunction(() => document.activeElement?.id === 'vurdering-merknad');
      await reviewer.getByLabel('Merknad').fill('Skrevet mot en eldre versjon; skriv den på nytt.');
      await reviewer.getByRole('button', { name: 'Avvis endringene' }).click();
      await reviewer.locator('[data-status="REJECTED"]').waitFor({ timeout: 15_000 });

      // The review queue: nothing waits any more; the readers' reports can be closed there.
      await reviewer.goto(`${running.url}/endringer`);
      await reviewer.locator('[data-queue="SUBMITTED"]').getByText('Ingen akkurat nå.').waitFor({ timeout: 15_000 });
      await reviewer.getByRole('heading', { name: 'Meldinger fra lesere' }).waitFor();
      const queueViolations = await axeViolations(reviewer);
      expect(queueViolations, describeViolations(queueViolations)).toEqual([]);

      // A reader sees the new name and the change in the log.
      readerBrowser = await launchBrowser();
      const page = await readerBrowser.context.newPage();
      await page.goto(`${running.url}/aktor/kdd`);
      await page.locator('.history-list li').first().waitFor({ timeout: 30_000 });
      expect(await page.locator('main h1').textContent()).toContain('Bolig- og distriktsdepartementet');
      const entry = (await page.locator('.history-list li').first().textContent()) ?? '';
      expect(entry).toContain('Bolig- og distriktsdepartementet');
      expect(entry).toContain('Skrevet av Rita Redaktør, godkjent av Kari Kontrollør');
      expect(entry).not.toContain('@example.org');
      await screenshot(page, 'aktor-etter-publisering');
    } finally {
      await editorBrowser.close();
      await reviewerBrowser.close();
      await readerBrowser?.close();
    }
  });
});
