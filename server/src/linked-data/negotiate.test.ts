import { describe, expect, it } from 'vitest';
import { negotiate } from './negotiate.ts';

describe('negotiate', () => {
  it.each([
    [undefined, 'html'],
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'html'],
    ['*/*', 'html'],
    ['text/turtle', 'turtle'],
    ['application/ld+json', 'jsonld'],
    ['application/json', 'jsonld'],
    ['text/*', 'html'],
    ['text/html;q=0.5, text/turtle', 'turtle'],
    ['application/ld+json;q=0.9, text/turtle;q=0.8, */*;q=0.1', 'jsonld'],
    // A more specific range decides for its type: turtle refused, anything else welcome.
    ['text/turtle;q=0, */*', 'html'],
    ['text/html;q=0, text/turtle;q=0.2, */*;q=0.5', 'jsonld'],
    ['TEXT/TURTLE', 'turtle'],
  ] as const)('Accept %s → %s', (accept, expected) => {
    expect(negotiate(accept)).toBe(expected);
  });

  it.each(['image/png', 'text/html;q=0, text/turtle;q=0, application/*;q=0', 'application/xml'])('admits nothing for %s', (accept) => {
    expect(negotiate(accept)).toBeNull();
  });
});
