/**
 * An instrument as a cpsv:PublicService with its parts: a contact point, a channel per application
 * page, an evidence type per document to bring, a rule per criterion, a participation per actor
 * link. The mandatory values the graph cannot supply are reported, never made up: a service
 * lacking one is `complete: false` and the catalogue leaves it out (docs/linked-data.md).
 */
import { entityUri } from '../vocabulary/index.ts';
import { isRoleType, OUTPUT_TYPES, ROLES, type RoleType } from './catalog-vocabulary.ts';
import { isPublicOrganisation, mapCriterion, namePropsAt, type MapContext } from './map-entities.ts';
import { CLASS, cpsv, cpsvno, cv, dcatno, dct, foaf, vcard } from './namespaces.ts';
import { iri, langTexts, ResourceBuilder, stringProp, text, type Resource } from './rdf-model.ts';
import type { ReportEntry } from './report.ts';
import type { ServiceRow } from './statements.ts';
import { channelUri, contactPointUri, evidenceTypeUri, outputTypeUri, participationUri, roleUri, serviceUri } from './uris.ts';

type Props = Readonly<Record<string, unknown>>;

export interface ServiceContext extends MapContext {
  /** The catalogue that contains the service, or null when describing it alone (/id/). */
  catalog: string | null;
}

export interface ServiceMapping {
  /** The service first, then its parts. */
  resources: Resource[];
  /** False when a mandatory value is missing: `entries` say which; the catalogue leaves it out. */
  complete: boolean;
  entries: ReportEntry[];
}

const byOrder = (a: Props, b: Props): number => Number(a.order ?? 0) - Number(b.order ?? 0);
const detailsOf = (row: ServiceRow, kind: string): Props[] => row.details.filter((detail) => detail.kind === kind).sort(byOrder);
const urlsOf = (details: readonly Props[]): string[] => details.flatMap((detail) => stringProp(detail, 'url') ?? []);
const unique = (values: readonly string[]): string[] => [...new Set(values)];

/**
 * The competent authority: the public body that makes the individual decision, else the one that
 * administers the scheme. The graph has both roles; funding or delivering does not make a body
 * responsible for the decision.
 */
function competentAuthorities(row: ServiceRow): Props[] {
  const publicIn = (type: RoleType): Props[] => row.roles.filter((role) => role.type === type && isPublicOrganisation(role.props)).map((role) => role.props);
  const deciders = publicIn('DECIDED_BY');
  return deciders.length > 0 ? deciders : publicIn('ADMINISTERED_BY');
}

/**
 * Where to make contact: the instrument's own information and application pages (a page that
 * tells how to apply and whom to ask), else the competent authority's web site.
 */
function contactPages(row: ServiceRow, authorities: readonly Props[]): string[] {
  const ownPages = urlsOf([...detailsOf(row, 'informationPage'), ...detailsOf(row, 'applicationPage')]);
  return unique(ownPages.length > 0 ? ownPages : authorities.flatMap((actor) => stringProp(actor, 'url') ?? []));
}

const kindsOf = (props: Props): string[] => (Array.isArray(props.kinds) ? props.kinds.map(String) : stringProp(props, 'kind') ? [String(props.kind)] : []);

export function mapService(row: ServiceRow, ctx: ServiceContext): ServiceMapping {
  const id = String(row.props.id);
  const uri = serviceUri(ctx.base, id);
  const titles = langTexts(namePropsAt(row.props, row.names, ctx.asOf), 'name');
  const descriptions = langTexts(row.props, 'description');
  const authorities = competentAuthorities(row);
  const outputKinds = kindsOf(row.props).filter((kind) => kind in OUTPUT_TYPES);
  const pages = contactPages(row, authorities);
  const missing = missingValues({ titles: titles.length, descriptions: descriptions.length, authorities: authorities.length, outputKinds: outputKinds.length, pages: pages.length }, row);
  const entries = missing.map(([property, reason]): ReportEntry => ({ uri, id, label: 'Instrument', outcome: 'omitted', property, reason }));

  const parts = partsOf(row, uri, ctx);
  const service = new ResourceBuilder(uri, [CLASS.PublicService])
    .add(dct('title'), titles)
    .add(dct('description'), descriptions)
    .add(dct('identifier'), text(id))
    .add(cv('hasCompetentAuthority'), authorities.map((actor) => iri(entityUri(ctx.base, 'Actor', String(actor.id)))))
    .add(cv('contactPoint'), pages.length > 0 ? iri(contactPointUri(uri)) : null)
    .add(cpsvno('hasOutputType'), outputKinds.map((kind) => iri(outputTypeUri(ctx.base, kind))))
    .add(foaf('homepage'), unique(urlsOf(detailsOf(row, 'informationPage'))).map(iri))
    .add(cv('hasLegalResource'), row.legalBases.map((basis) => iri(entityUri(ctx.base, 'LegalBasis', String(basis.id)))))
    .add(dct('audience'), row.targetGroups.map((group) => iri(entityUri(ctx.base, 'TargetGroup', String(group.id)))))
    .add(cv('isClassifiedBy'), row.goals.map((goal) => iri(entityUri(ctx.base, 'Goal', String(goal.id)))))
    .add(cpsv('follows'), parts.rules.map((rule) => iri(rule.id)))
    .add(cv('hasInputType'), parts.evidence.map((evidence) => iri(evidence.id)))
    .add(cv('hasChannel'), parts.channels.map((channel) => iri(channel.id)))
    .add(cv('hasParticipation'), parts.participations.map((participation) => iri(participation.id)))
    .add(cv('relatedService'), unique(row.related.map((other) => other.id)).map((other) => iri(serviceUri(ctx.base, other))))
    .add(dct('requires'), unique(row.requires.map((other) => other.id)).map((other) => iri(serviceUri(ctx.base, other))));
  if (ctx.catalog) service.addReverse(dcatno('containsService'), ctx.catalog);
  const contactPoint = pages.length > 0 ? [new ResourceBuilder(contactPointUri(uri), [CLASS.ContactPoint]).add(cv('contactPage'), pages.map(iri)).build()] : [];
  return {
    resources: [service.build(), ...contactPoint, ...parts.channels, ...parts.evidence, ...parts.rules, ...parts.participations],
    complete: missing.length === 0,
    entries,
  };
}

interface Counts {
  titles: number;
  descriptions: number;
  authorities: number;
  outputKinds: number;
  pages: number;
}

/** Each mandatory property of cpsv:PublicService the graph gives no value for, with why. */
function missingValues(counts: Counts, row: ServiceRow): Array<[property: string, reason: string]> {
  const missing: Array<[string, string]> = [];
  if (counts.titles === 0) missing.push(['dct:title', 'The instrument has no name.']);
  if (counts.descriptions === 0) missing.push(['dct:description', 'The instrument has no description in the graph.']);
  if (counts.authorities === 0) {
    missing.push(['cv:hasCompetentAuthority', 'No public body decides or administers it in the graph on that date.']);
  }
  if (counts.outputKinds === 0) {
    missing.push(['cpsvno:hasOutputType', `Its kinds (${kindsOf(row.props).join(', ') || 'none'}) name no result it gives: a right, a rule or a political commitment is not one.`]);
  }
  if (counts.pages === 0) {
    missing.push(['cv:contactPoint', 'The graph has no information or application page for it, and its competent authority no web address.']);
  }
  return missing;
}

interface Parts {
  channels: Resource[];
  evidence: Resource[];
  rules: Resource[];
  participations: Resource[];
}

function partsOf(row: ServiceRow, uri: string, ctx: ServiceContext): Parts {
  const channels = detailsOf(row, 'applicationPage')
    .filter((page) => stringProp(page, 'url') !== null)
    .map((page) =>
      new ResourceBuilder(channelUri(uri, String(page.id)), [CLASS.Channel])
        .add(dct('identifier'), text(String(page.id)))
        .add(dct('description'), langTexts(page, 'title'))
        .add(vcard('hasURL'), iri(String(page.url)))
        .build(),
    );
  // The seeds hold one text per document: it names what to bring and is all there is to describe it.
  const evidence = detailsOf(row, 'document').map((document) =>
    new ResourceBuilder(evidenceTypeUri(uri, String(document.id)), [CLASS.EvidenceType])
      .add(dct('identifier'), text(String(document.id)))
      .add(dct('title'), langTexts(document, 'text'))
      .add(dct('description'), langTexts(document, 'text'))
      .build(),
  );
  const rules = [...row.criteria].sort(byOrder).map((criterion) => mapCriterion(criterion, ctx));
  const participations = row.roles
    .filter((role) => isRoleType(role.type))
    .sort((a, b) => a.type.localeCompare(b.type) || String(a.props.id).localeCompare(String(b.props.id)))
    .map((role) => {
      const slug = ROLES[role.type as RoleType].slug;
      const actorId = String(role.props.id);
      return new ResourceBuilder(participationUri(uri, slug, actorId), [CLASS.Participation])
        .add(cv('role'), iri(roleUri(ctx.base, slug)))
        .add(cv('participant'), iri(entityUri(ctx.base, 'Actor', actorId)))
        .build();
    });
  return { channels, evidence, rules, participations };
}
