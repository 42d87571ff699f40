/** The Atom writer escapes every text and drops characters XML cannot carry. */
import { describe, expect, it } from 'vitest';
import { xml2js } from 'xml-js';
import { escapeXml, renderAtom } from './atom.ts';

describe('renderAtom', () => {
  it('writes well-formed XML whatever the texts hold', () => {
    const nasty = 'A & B <script>alert("x")</script> \u0007 ]]>';
    const xml = renderAtom({
      id: 'http://localhost/feeds/changes.atom',
      title: nasty,
      subtitle: nasty,
      updated: '2026-12-02T10:00:00.000Z',
      lang: 'nb',
      author: 'Virkemiddelkart',
      links: [{ rel: 'self', href: 'http://localhost/feeds/changes.atom?lang=nb&since=2026-12-01', type: 'application/atom+xml' }],
      entries: [{ id: 'urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e', title: nasty, updated: '2026-12-02T10:00:00.000Z', published: '2026-12-02T10:00:00.000Z', links: [{ rel: 'alternate', href: 'http://localhost/id/instrument/startlan' }], authors: [nasty], categories: [{ term: 'instrument', label: nasty }], summary: nasty, content: nasty }],
    });
    expect(() => xml2js(xml)).not.toThrow();
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('\u0007');
    expect(xml).toContain('lang=nb&amp;since=2026-12-01');
  });

  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeXml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});
