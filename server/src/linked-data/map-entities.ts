/**
 * Entities other than instruments as CPSV-AP-NO resources: actors as organisations, legal bases as
 * legal resources, target groups and goals as concepts, criteria as rules; and, for /id/ only,
 * sources and strategies, which the profile has no place for. Pure functions of a row.
 */
import { inForceAt } from '../modules/entity/read-fields.ts';
import { entityUri, type EntityLabel } from '../vocabulary/index.ts';
import { CLASS, DOCUMENT_CLASS, dct, foaf, NORWAY, rdfs, skos } from './namespaces.ts';
import { iri, langTexts, ResourceBuilder, stringProp, text, type Resource } from './rdf-model.ts';
import type { ReportEntry } from './report.ts';

type Props = Readonly<Record<string, unknown>>;

export interface MapContext {
  base: string;
  asOf: string;
}

/** The props an entity's name is read from on `asOf`: the name period in force then (the latest to start), else its current name. */
export function namePropsAt(props: Props, names: readonly Props[], asOf: string): Props {
  const inForce = names.filter((period) => inForceAt(period, asOf));
  inForce.sort((a, b) => String(b.validFrom ?? '').localeCompare(String(a.validFrom ?? '')));
  return inForce[0] ?? props;
}

const idOf = (props: Props): string => String(props.id);

/** Kinds of actor that are public bodies; `other` (a private builder, a health trust's clinic) the graph does not say. */
const PUBLIC_KINDS = new Set(['ministry', 'directorate', 'agency', 'municipality', 'municipal_service', 'county_governor', 'appeal_body']);

/**
 * Whether an actor can be a cv:PublicOrganisation: a public kind, and a coverage area the graph
 * supports. A national body or a municipal role (no `municipalityNumber`: every municipality's
 * office of that kind) covers Norway; one municipality would need its own area's URI, which the
 * graph does not hold, and then it is a foaf:Agent only (reported).
 */
export function isPublicOrganisation(props: Props): boolean {
  return PUBLIC_KINDS.has(String(props.kind)) && stringProp(props, 'municipalityNumber') === null;
}

export interface ActorMapping {
  resource: Resource;
  entries: ReportEntry[];
}

export function mapActor(props: Props, names: readonly Props[], ctx: MapContext): ActorMapping {
  const id = idOf(props);
  const uri = entityUri(ctx.base, 'Actor', id);
  const publicBody = isPublicOrganisation(props);
  const titles = langTexts(namePropsAt(props, names, ctx.asOf), 'name');
  const builder = new ResourceBuilder(uri, publicBody ? [CLASS.PublicOrganisation, CLASS.Agent] : [CLASS.Agent])
    .add(dct('title'), titles)
    .add(dct('identifier'), text(id))
    .add(foaf('homepage'), stringProp(props, 'url') ? iri(String(props.url)) : null);
  if (publicBody) builder.add(skos('prefLabel'), titles).add(dct('spatial'), iri(NORWAY));
  const entries: ReportEntry[] = publicBody ? [] : [notPublic(uri, id, props)];
  return { resource: builder.build(), entries };
}

function notPublic(uri: string, id: string, props: Props): ReportEntry {
  const reason = PUBLIC_KINDS.has(String(props.kind))
    ? `One municipality (${String(props.municipalityNumber)}): dct:spatial needs its area's URI, which the graph does not hold; exported as a foaf:Agent.`
    : 'Its kind is "other": the graph does not say it is a public body; exported as a foaf:Agent, so it can take part in a service but not be its competent authority.';
  return { uri, id, label: 'Actor', outcome: 'incomplete', property: 'cv:PublicOrganisation', reason };
}

/** A legal basis: its Lovdata reference as the identifier where the graph has one, and its page (Lovdata, anchored at the section) as rdfs:seeAlso. */
export function mapLegalBasis(props: Props, names: readonly Props[], ctx: MapContext): Resource {
  const id = idOf(props);
  const url = stringProp(props, 'url');
  return new ResourceBuilder(entityUri(ctx.base, 'LegalBasis', id), [CLASS.LegalResource])
    .add(dct('title'), langTexts(namePropsAt(props, names, ctx.asOf), 'name'))
    .add(dct('identifier'), text(stringProp(props, 'reference') ?? id))
    .add(rdfs('seeAlso'), url ? iri(url) : null)
    .build();
}

/** A target group or goal as a skos:Concept; `withDefinition` adds its description (for /id/). */
export function mapConcept(label: 'TargetGroup' | 'Goal', props: Props, names: readonly Props[], ctx: MapContext, withDefinition = false): Resource {
  return new ResourceBuilder(entityUri(ctx.base, label, idOf(props)), [CLASS.Concept])
    .add(skos('prefLabel'), langTexts(namePropsAt(props, names, ctx.asOf), 'name'))
    .add(skos('definition'), withDefinition ? langTexts(props, 'description') : null)
    .build();
}

/** An eligibility criterion as a cpsv:Rule the service follows: the profile's place for the rules of a service. */
export function mapCriterion(props: Props, ctx: MapContext): Resource {
  const id = idOf(props);
  return new ResourceBuilder(entityUri(ctx.base, 'Criterion', id), [CLASS.Rule]).add(dct('identifier'), text(id)).add(dct('description'), langTexts(props, 'text')).build();
}

/** A source or strategy, for /id/ only: a document with its title and web page. */
export function mapDocument(label: 'Source' | 'Strategy', props: Props, names: readonly Props[], ctx: MapContext): Resource {
  const id = idOf(props);
  const title = stringProp(props, 'title');
  const url = stringProp(props, 'url');
  return new ResourceBuilder(entityUri(ctx.base, label, id), [DOCUMENT_CLASS])
    .add(dct('title'), title ? text(title) : langTexts(namePropsAt(props, names, ctx.asOf), 'name'))
    .add(dct('description'), langTexts(props, 'description'))
    .add(dct('identifier'), text(id))
    .add(rdfs('seeAlso'), url ? iri(url) : null)
    .build();
}

/** Maps one entity row of any label but Instrument (which map-service.ts maps). */
export function mapEntity(label: Exclude<EntityLabel, 'Instrument'>, props: Props, names: readonly Props[], ctx: MapContext, forDescription = false): ActorMapping {
  switch (label) {
    case 'Actor':
      return mapActor(props, names, ctx);
    case 'LegalBasis':
      return { resource: mapLegalBasis(props, names, ctx), entries: [] };
    case 'TargetGroup':
    case 'Goal':
      return { resource: mapConcept(label, props, names, ctx, forDescription), entries: [] };
    case 'Criterion':
      return { resource: mapCriterion(props, ctx), entries: [] };
    case 'Source':
    case 'Strategy':
      return { resource: mapDocument(label, props, names, ctx), entries: [] };
  }
}
