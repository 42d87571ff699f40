/**
 * The explorer runs under the server's Content-Security-Policy without a single violation: the
 * wizard and results, the print view, the graph view, an entity page and the GraphiQL page (issue
 * 10 §4). Violations are caught both as console messages and as securitypolicyviolation events.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserSession } from './browser.ts';
import { FAMILY_THAT_WANTS_TO_BUY, baseUrl, sharedResultsUrl } from './explorer.ts';

let session: BrowserSession;

beforeAll(async () => {
  session = await launchBrowser();
});
afterAll(async () => {
  await session.close();
});

const routes = (): { name: string; url: string; ready: string }[] => [
  { name: 'front page', url: `${baseUrl()}/`, ready: 'main h1' },
  { name: 'wizard', url: `${baseUrl()}/situasjon/steg/1`, ready: 'form.wizard-form' },
  { name: 'results', url: sharedResultsUrl(FAMILY_THAT_WANTS_TO_BUY), ready: '[data-group]' },
  { name: 'print view', url: sharedResultsUrl(FAMILY_THAT_WANTS_TO_BUY).replace('/resultat#', '/resultat/utskrift#'), ready: '.print-instrument' },
  { name: 'instrument page', url: `${baseUrl()}/virkemiddel/startlan`, ready: '#fakta' },
  { name: 'graph view', url: `${baseUrl()}/graf?fokus=startlan`, ready: '.graph-canvas' },
  { name: 'GraphiQL page', url: `${baseUrl()}/utvikler`, ready: '.graphiql-host .monaco-editor' },
];

describe('Content-Security-Policy', () => {
  it('is sent with the explorer and breaks none of its pages', async () => {
    const page = await session.context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => violations.push(`${page.url()}: page error ${error.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });

    for (const route of routes()) {
      const response = await page.goto(route.url);
      expect(response?.headers()['content-security-policy'], route.name).toContain("frame-ancestors 'none'");
      await page.locator(route.ready).first().waitFor({ timeout: 30_000 });
      await page.waitForTimeout(500);
    }
    expect(violations).toEqual([]);
    await page.close();
  });
});
