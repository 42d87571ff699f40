/**
 * Performance budget of the built explorer (client/dist): what the first page costs, and what
 * all routes together cost, in gzip. GraphiQL (Monaco, its workers, Prettier) is a lazily loaded
 * developer page and is reported separately; it is never part of a citizen's or caseworker's load.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allChunks, DIST, initialChunks, totalKb } from './bundle-budget.ts';

describe('bundle budget', () => {
  it('keeps the initial route within 120 KB of gzipped JavaScript (issue 13)', () => {
    const initial = initialChunks();
    expect(initial.length).toBeGreaterThan(0);
    expect(totalKb(initial)).toBeLessThanOrEqual(120);
  });

  it('leaves the nynorsk and English dictionaries and the other pages\' GraphQL documents out of the first load', () => {
    const initial = initialChunks();
    expect(initial.some((file) => /^assets\/(nn|en)-/.test(file))).toBe(false);
    // The front page and shell need one document (the footer's data version); the wizard's
    // `SituationCount` travels with the wizard's chunks, not with everyone (vite.config.ts splits them).
    const code = initial.map((file) => readFileSync(path.join(DIST, file), 'utf8')).join('\n');
    expect(code).toContain('FooterDataVersion');
    expect(code).not.toContain('SituationCount');
  });

  it('keeps all routes together within 350 KB of gzipped JavaScript, and GraphiQL and cytoscape out of the first load', () => {
    const { app, developerTool } = allChunks();
    expect(totalKb(app)).toBeLessThanOrEqual(350);
    expect(developerTool.some((file) => /GraphiQLHost-/.test(file))).toBe(true);
    const initial = initialChunks();
    expect(initial.some((file) => /GraphCanvas-|GraphiQLHost-|monaco/.test(file))).toBe(false);
  });
});
