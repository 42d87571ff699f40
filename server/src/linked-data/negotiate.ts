/**
 * Content negotiation for persistent URIs (RFC 9110 §12.5.1): the representation whose best
 * matching media range in `Accept` has the highest q-value; a more specific range decides for a
 * type (text/turtle;q=0 outweighs a wildcard), q=0 means "not this one", and ties go to the server's order,
 * HTML first, so a browser (or a client that accepts anything) gets the explorer's page.
 */

export type Representation = 'html' | 'turtle' | 'jsonld';

/** Server preference, first wins a tie. */
const OFFERS: ReadonlyArray<{ representation: Representation; type: string; subtype: string }> = [
  { representation: 'html', type: 'text', subtype: 'html' },
  { representation: 'turtle', type: 'text', subtype: 'turtle' },
  { representation: 'jsonld', type: 'application', subtype: 'ld+json' },
  // JSON-LD is JSON: a client that asks for JSON can read it (JSON-LD 1.1 §9).
  { representation: 'jsonld', type: 'application', subtype: 'json' },
];

interface MediaRange {
  type: string;
  subtype: string;
  q: number;
}

function parseAccept(header: string): MediaRange[] {
  return header.split(',').flatMap((part) => {
    const [range = '', ...params] = part.split(';').map((piece) => piece.trim());
    const [type, subtype] = range.toLowerCase().split('/');
    if (!type || !subtype) return [];
    const qParam = params.find((param) => /^q=/i.test(param));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    return Number.isFinite(q) && q >= 0 && q <= 1 ? [{ type, subtype, q }] : [];
  });
}

/** 2 for type/subtype, 1 for type/*, 0 for *\/*, -1 when the range does not cover the offer. */
function specificity(range: MediaRange, offer: { type: string; subtype: string }): number {
  if (range.type === offer.type && range.subtype === offer.subtype) return 2;
  if (range.type === offer.type && range.subtype === '*') return 1;
  if (range.type === '*' && range.subtype === '*') return 0;
  return -1;
}

/** The representation to send, or null when `Accept` admits none of them (406). No header means anything. */
export function negotiate(accept: string | undefined): Representation | null {
  if (accept === undefined || accept.trim() === '') return 'html';
  const ranges = parseAccept(accept);
  let best: { representation: Representation; q: number } | null = null;
  for (const offer of OFFERS) {
    let match: { specificity: number; q: number } | null = null;
    for (const range of ranges) {
      const s = specificity(range, offer);
      if (s >= 0 && (match === null || s > match.specificity)) match = { specificity: s, q: range.q };
    }
    if (match && match.q > 0 && (best === null || match.q > best.q)) best = { representation: offer.representation, q: match.q };
  }
  return best?.representation ?? null;
}

/** `?format=` as a shortcut past negotiation, for links and for people typing a URL. */
export const FORMATS: Readonly<Record<string, Representation>> = { html: 'html', ttl: 'turtle', turtle: 'turtle', jsonld: 'jsonld' };
