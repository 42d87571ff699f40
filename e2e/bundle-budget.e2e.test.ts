/**
 * Performance budget of the built explorer (client/dist): what the first page costs, and what
 * all routes together cost, in gzip. GraphiQL (Monaco, its workers, Prettier) is a lazily loaded
 * developer page and is reported separately; it is never part of a citizen's or caseworker's load.
 */
import { describe, expect, it } from 'vitest';
import { allChunks, initialChunks, totalKb } from './bundle-budget.ts';

describe('bundle budget', () => {
  it('keeps the initial route within 150 KB of gzipped JavaScript', () => {
    const initial = initialChunks();
    expect(initial.length).toBeGreaterThan(0);
    expect(totalKb(initial)).toBeLessThanOrEqual(150);
  });

  it('keeps all routes together within 350 KB of gzipped JavaScript, and GraphiQL and cytoscape out of the first load', () => {
    const { app, developerTool } = allChunks();
    expect(totalKb(app)).toBeLessThanOrEqual(350);
    expect(developerTool.some((file) => /GraphiQLHost-/.test(file))).toBe(true);
    const initial = initialChunks();
    expect(initial.some((file) => /GraphCanvas-|GraphiQLHost-|monaco/.test(file))).toBe(false);
  });
});
