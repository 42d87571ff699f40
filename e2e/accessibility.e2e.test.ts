/**
 * Automated WCAG 2.1 A/AA scan (axe-core) of every route at 1280 px and at 320 px (reflow), with a
 * screenshot of each for review. Zero violations is the bar. Also checks there is no horizontal
 * scrolling at 320 px outside the graph canvas.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, launchBrowser, screenshot, type BrowserSession } from './browser.ts';
import { baseUrl, graphql, sharedResultsUrl, FAMILY_THAT_WANTS_TO_BUY, FAMILY_WITH_EVICTION_NOTICE, LEAVING_PRISON } from './explorer.ts';
import { encodeAnswers } from '../client/src/situation/share-encoding.ts';

let session: BrowserSession;
let routes: { name: string; path: string; ready: string }[];

beforeAll(async () => {
  session = await launchBrowser();
  const ids = await graphql<{ targetGroups: { nodes: { id: string }[] }; goals: { nodes: { id: string }[] }; strategies: { nodes: { id: string }[] }; legalBases: { nodes: { id: string }[] } }>(
    '{ targetGroups(first: 1) { nodes { id } } goals(first: 1) { nodes { id } } strategies(first: 1) { nodes { id } } legalBases(first: 1) { nodes { id } } }',
  );
  const programmes = await graphql<{ strategies: { nodes: { id: string }[] } }>('{ strategies(first: 1, filter: { strategyKind: PROGRAMME }) { nodes { id } } }');
  const first = (list: { nodes: { id: string }[] }) => list.nodes[0]?.id ?? 'missing';
  const base = baseUrl();
  routes = [
    { name: 'forside', path: `${base}/`, ready: 'main h1' },
    { name: 'veiviser-intro', path: `${base}/situasjon`, ready: 'main h1' },
    ...[1, 2, 3, 4, 5].map((step) => ({ name: `veiviser-steg-${step}`, path: `${base}/situasjon/steg/${step}`, ready: 'form.wizard-form' })),
    { name: 'veiviser-oversikt', path: `${base}/situasjon/oversikt`, ready: '.review-list' },
    { name: 'resultat', path: sharedResultsUrl(FAMILY_THAT_WANTS_TO_BUY), ready: '[data-group]' },
    { name: 'utskrift', path: sharedResultsUrl(FAMILY_THAT_WANTS_TO_BUY).replace('/resultat#', '/resultat/utskrift#'), ready: '.print-step' },
    // The new questions that only show for some answers: the institution kind, eviction, deposit.
    { name: 'veiviser-steg-3-institusjon', path: `${base}/situasjon/steg/3#s=${encodeAnswers(LEAVING_PRISON)}`, ready: '#sporsmal-institution' },
    { name: 'veiviser-steg-4-leier', path: `${base}/situasjon/steg/4#s=${encodeAnswers(FAMILY_WITH_EVICTION_NOTICE)}`, ready: '#sporsmal-monthlyHousingCosts' },
    { name: 'resultat-gjor-dette-na', path: sharedResultsUrl(FAMILY_WITH_EVICTION_NOTICE), ready: '.act-now' },
    { name: 'resultat-lauslating', path: sharedResultsUrl(LEAVING_PRISON), ready: '[data-group]' },
    { name: 'utskrift-gjor-dette-na', path: sharedResultsUrl(FAMILY_WITH_EVICTION_NOTICE).replace('/resultat#', '/resultat/utskrift#'), ready: '.print-step' },
    { name: 'utforsk', path: `${base}/utforsk`, ready: '#virkemidler' },
    { name: 'virkemiddel', path: `${base}/virkemiddel/startlan`, ready: '#fakta' },
    { name: 'aktor', path: `${base}/aktor/husbanken`, ready: '#virkemidler' },
    { name: 'malgruppe', path: `${base}/malgruppe/${first(ids.targetGroups)}`, ready: '#virkemidler' },
    { name: 'mal', path: `${base}/mal/${first(ids.goals)}`, ready: '#virkemidler' },
    { name: 'strategi', path: `${base}/strategi/${first(ids.strategies)}`, ready: '#mal' },
    ...(programmes.strategies.nodes[0] ? [{ name: 'strategi-program', path: `${base}/strategi/${first(programmes.strategies)}`, ready: '#medlemmer' }] : []),
    { name: 'rettsgrunnlag', path: `${base}/rettsgrunnlag/${encodeURIComponent(first(ids.legalBases))}`, ready: '#virkemidler' },
    { name: 'virkemiddel-nynorsk', path: `${base}/virkemiddel/bostotte?sprak=nn`, ready: '#slik-soker-du' },
    { name: 'sok', path: `${base}/sok?q=bost%C3%B8tte`, ready: '.search-hits' },
    // Without `visning` the explorer opens on the canvas when wide and on the list when narrow.
    { name: 'graf', path: `${base}/graf?fokus=startlan`, ready: '.graph-canvas, .graph-list' },
    { name: 'graf-liste', path: `${base}/graf?fokus=startlan&visning=liste`, ready: '.graph-list' },
    { name: 'utvikler', path: `${base}/utvikler`, ready: '.graphiql-host' },
    { name: 'om', path: `${base}/om`, ready: '#data' },
    { name: 'siste-endringer', path: `${base}/siste-endringer`, ready: '[data-page="first"]' },
    { name: 'finnes-ikke', path: `${base}/finnes-ikke`, ready: 'main h1' },
  ];
});
afterAll(async () => {
  await session.close();
});

describe.each([
  { width: 1280, height: 900 },
  { width: 320, height: 800 },
])('at $width px', ({ width, height }) => {
  it('every route has zero WCAG 2.1 A/AA violations and no horizontal scrolling', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width, height });
    const failures: string[] = [];
    for (const route of routes) {
      await page.goto(route.path);
      await page.locator(route.ready).first().waitFor({ timeout: 30_000 });
      await page.waitForTimeout(300);
      const violations = await axeViolations(page);
      if (violations.length > 0) failures.push(`${route.name}:\n${describeViolations(violations)}`);
      // Reflow: the page itself never scrolls sideways (the graph canvas and GraphiQL are excepted).
      if (!route.name.startsWith('graf') && route.name !== 'utvikler') {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 1) failures.push(`${route.name}: scrolls ${overflow}px sideways`);
      }
      await screenshot(page, `${route.name}-${width}`);
    }
    expect(failures, failures.join('\n\n')).toEqual([]);
    await page.close();
    // Every route in one test (about 2 s each on a quiet machine, a screenshot each): a hang guard, not a speed check.
  }, 180_000);
});
