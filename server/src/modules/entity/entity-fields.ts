/**
 * Field resolvers shared by every entity type, and by summaries and links. All of them read the
 * projection that the root field fetched; none of them queries the database.
 */
import type { Direction, LinkType } from '../../generated/graphql.ts';
import type { EntityModel, LinkModel, NamePeriodModel, SourceModel, SummaryModel } from './entity-model.ts';
import { LABEL_TYPES } from '../../vocabulary/index.ts';
import { abbreviationOf, confidenceOf, inForceAt, labelOf, linksOf, nameOf, sourcesOf, str, summaryOf, textOf, upper, versionOf } from './read-fields.ts';

/** Text fields besides the name that may fall back to bokmål, checked for `missingTranslations`. */
const TRANSLATED_FIELDS = ['description', 'howToApply', 'note', 'noLegalBasisNote', 'whyNot'];

export const entityFields = {
  id: (model: EntityModel) => String(model.record.props.id),
  version: (model: EntityModel) => versionOf(model.record.props),
  type: (model: EntityModel) => LABEL_TYPES[labelOf(model.record.labels)],
  name: (model: EntityModel) => nameOf(model.record, model.scope).text,
  abbreviation: (model: EntityModel) => abbreviationOf(model.record, model.scope.asOf),
  description: (model: EntityModel) => textOf(model.record.props, 'description', model.scope.lang)?.text ?? null,
  validFrom: (model: EntityModel) => str(model.record.props.validFrom),
  validTo: (model: EntityModel) => str(model.record.props.validTo),
  inForce: (model: EntityModel) => inForceAt(model.record.props, model.scope.asOf),
  confidence: (model: EntityModel) => confidenceOf(model.record.props.confidence),
  note: (model: EntityModel) => textOf(model.record.props, 'note', model.scope.lang)?.text ?? null,
  sources: (model: EntityModel): SourceModel[] => sourcesOf(model.record.props, model.sourceIndex).map((props) => ({ props })),
  missingTranslations: (model: EntityModel) => {
    if (model.scope.lang === 'NB') return [];
    const fallbacks = TRANSLATED_FIELDS.filter((field) => textOf(model.record.props, field, model.scope.lang)?.fallback);
    return nameOf(model.record, model.scope).fallback ? ['name', ...fallbacks] : fallbacks;
  },
  links: (model: EntityModel, args: { types?: LinkType[] | null; direction?: Direction | null }): LinkModel[] =>
    linksOf(model.record.links, args.types, args.direction).map((link) => ({ scope: model.scope, link, sourceIndex: model.sourceIndex })),
};

export const summaryFields = {
  id: (model: SummaryModel) => String(model.node.props.id),
  type: (model: SummaryModel) => LABEL_TYPES[labelOf(model.node.labels)],
  name: (model: SummaryModel) => nameOf(model.node, model.scope).text,
  abbreviation: (model: SummaryModel) => abbreviationOf(model.node, model.scope.asOf),
  kind: (model: SummaryModel) => str(model.node.props.kind),
  validFrom: (model: SummaryModel) => str(model.node.props.validFrom),
  validTo: (model: SummaryModel) => str(model.node.props.validTo),
  inForce: (model: SummaryModel) => inForceAt(model.node.props, model.scope.asOf),
};

export const linkFields = {
  type: (model: LinkModel) => model.link.type as LinkType,
  direction: (model: LinkModel) => model.link.direction,
  entity: (model: LinkModel) => summaryOf(model.link.node, model.scope),
  validFrom: (model: LinkModel) => str(model.link.props.validFrom),
  validTo: (model: LinkModel) => str(model.link.props.validTo),
  confidence: (model: LinkModel) => confidenceOf(model.link.props.confidence),
  rationale: (model: LinkModel) => textOf(model.link.props, 'rationale', model.scope.lang)?.text ?? null,
  relationId: (model: LinkModel) => str(model.link.props.id),
  note: (model: LinkModel) => textOf(model.link.props, 'note', model.scope.lang)?.text ?? null,
  sources: (model: LinkModel): SourceModel[] => sourcesOf(model.link.props, model.sourceIndex).map((props) => ({ props })),
};

export const sourceFields = {
  id: (model: SourceModel) => String(model.props.id),
  version: (model: SourceModel) => versionOf(model.props),
  title: (model: SourceModel) => String(model.props.title),
  publisher: (model: SourceModel) => String(model.props.publisher),
  url: (model: SourceModel) => String(model.props.url),
  compiledOn: (model: SourceModel) => String(model.props.compiledOn),
  verification: (model: SourceModel) => {
    const verifiedOn = str(model.props.verifiedOn);
    if (!verifiedOn) return null;
    return {
      verifiedOn,
      against: model.props.verifiedAgainst === 'live_page' ? ('LIVE_PAGE' as const) : ('STORED_COPY' as const),
      copy: str(model.props.verifiedCopy),
      copyDate: str(model.props.verifiedCopyDate),
      readUrl: str(model.props.verifiedUrl),
      note: str(model.props.verificationNote_en) ?? str(model.props.verificationNote_nb),
    };
  },
  verified: (model: SourceModel) => str(model.props.verifiedOn) !== null,
  urlFlag: (model: SourceModel) => {
    const flag = str(model.props.urlFlag);
    return flag ? (upper(flag) as 'DOCUMENT_COPY' | 'MIRROR' | 'STAGING_HOST' | 'MUNICIPAL_COPY') : null;
  },
  checkedOn: (model: SourceModel) => str(model.props.verifiedOn),
  confidence: (model: SourceModel) => confidenceOf(model.props.confidence),
  note: (model: SourceModel) => str(model.props.note_en) ?? str(model.props.note_nb),
};

export const namePeriodFields = {
  name: (model: NamePeriodModel) => textOf(model.props, 'name', model.scope.lang)?.text ?? '',
  abbreviation: (model: NamePeriodModel) => str(model.props.abbreviation),
  validFrom: (model: NamePeriodModel) => str(model.props.validFrom),
  validTo: (model: NamePeriodModel) => str(model.props.validTo),
  sources: (model: NamePeriodModel): SourceModel[] => sourcesOf(model.props, model.sourceIndex).map((props) => ({ props })),
};

/** The names an entity had before (or besides) its current `name`, oldest first. */
export function nameHistory(model: EntityModel): NamePeriodModel[] {
  const periods = [...model.record.names].sort((a, b) => String(a.validFrom ?? '').localeCompare(String(b.validFrom ?? '')));
  return periods.map((props) => ({ scope: model.scope, props, sourceIndex: model.sourceIndex }));
}
