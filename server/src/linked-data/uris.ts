/**
 * IRIs of what the catalogue describes besides the entities. An entity's IRI is its persistent URI
 * (`entityUri`, /id/{slug}/{id}); a part of one that has no identity of its own (an instrument's
 * contact point, channel, documents, participations) is a fragment of its owner's URI, and the
 * catalogue's own vocabulary (output types, roles, its publisher and contact point) are fragments
 * of the catalogue's URI. A fragment is never sent to the server, so each resolves to the document
 * of its owner, which describes it. The profile asks for IRIs (sh:nodeKind sh:IRI) for all of them,
 * so there are no blank nodes.
 */
import { labelRange, orderKeys } from '../seed/order-keys.ts';
import { catalogUri, entityUri, type EntityLabel } from '../vocabulary/index.ts';

const fragment = (owner: string, name: string): string => `${owner}#${encodeURIComponent(name)}`;

export const serviceUri = (base: string, id: string): string => entityUri(base, 'Instrument', id);
export const contactPointUri = (owner: string): string => fragment(owner, 'contact-point');
export const channelUri = (service: string, detailId: string): string => fragment(service, `channel-${detailId}`);
export const evidenceTypeUri = (service: string, detailId: string): string => fragment(service, `evidence-${detailId}`);
export const participationUri = (service: string, role: string, actorId: string): string => fragment(service, `participation-${role}-${actorId}`);

export const publisherUri = (base: string): string => fragment(catalogUri(base), 'publisher');
export const catalogContactPointUri = (base: string): string => contactPointUri(catalogUri(base));
export const outputTypeUri = (base: string, kind: string): string => fragment(catalogUri(base), `output-type-${kind}`);
export const roleUri = (base: string, role: string): string => fragment(catalogUri(base), `role-${role}`);

export interface KeyRange {
  low: string;
  high: string;
}

/** Every entity of a label, in id order. */
export const wholeLabel = (label: EntityLabel): KeyRange => labelRange(label);

/**
 * The order-id range holding exactly one entity, so /id/ reads it with the same statement the
 * export streams: just below its key (the last character one lower, then the highest one) to just
 * above it (the key and the lowest character). Ids are slugs, so nothing else falls between.
 */
export function exactId(label: EntityLabel, id: string): KeyRange {
  const key = orderKeys(label, { id }).orderId;
  const last = key.charCodeAt(key.length - 1);
  return { low: `${key.slice(0, -1)}${String.fromCharCode(last - 1)}\uffff`, high: `${key}\u0000` };
}
