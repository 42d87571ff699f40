/**
 * An instrument's details (pages, processing time, appeal deadline, documents) from the
 * projection the root field read: one InstrumentDetail node per sourced fact, absent when the
 * sources consulted do not give it.
 */
import { DETAIL_KIND_NAMES, INSTRUMENT_DETAIL_KINDS, type DetailKindName, type InstrumentDetailKind } from '../../vocabulary/index.ts';
import type { EntityModel, InstrumentDetailModel, SourceModel } from './entity-model.ts';
import { confidenceOf, sourcesOf, str, textOf } from './read-fields.ts';

const kindName = (kind: InstrumentDetailKind): DetailKindName => DETAIL_KIND_NAMES[kind];

function detailsOf(model: EntityModel, kind: InstrumentDetailKind): InstrumentDetailModel[] {
  return (model.record.details ?? [])
    .filter((props) => props.kind === kind)
    .sort((a, b) => Number(a.order ?? 0) - Number(b.order ?? 0))
    .map((props) => ({ scope: model.scope, props, sourceIndex: model.sourceIndex }));
}

/** The one detail of a kind, or null: "not found in the sources". */
export const singleDetail = (kind: InstrumentDetailKind) => (model: EntityModel): InstrumentDetailModel | null => detailsOf(model, kind)[0] ?? null;

export const documentsToBring = (model: EntityModel): InstrumentDetailModel[] => detailsOf(model, 'document');

/** Plain document texts, for the deprecated `documents` field. */
export const documentTexts = (model: EntityModel): string[] => documentsToBring(model).map((detail) => textOf(detail.props, 'text', model.scope.lang)?.text ?? '');

export function missingDetails(model: EntityModel): DetailKindName[] {
  return INSTRUMENT_DETAIL_KINDS.filter((kind) => detailsOf(model, kind).length === 0).map(kindName);
}

export const instrumentDetailFields = {
  kind: (model: InstrumentDetailModel) => kindName((str(model.props.kind) ?? 'document') as InstrumentDetailKind),
  text: (model: InstrumentDetailModel) => textOf(model.props, 'text', model.scope.lang)?.text ?? null,
  url: (model: InstrumentDetailModel) => str(model.props.url),
  title: (model: InstrumentDetailModel) => textOf(model.props, 'title', model.scope.lang)?.text ?? null,
  fallback: (model: InstrumentDetailModel) =>
    Boolean(textOf(model.props, 'text', model.scope.lang)?.fallback || textOf(model.props, 'title', model.scope.lang)?.fallback),
  confidence: (model: InstrumentDetailModel) => confidenceOf(model.props.confidence),
  note: (model: InstrumentDetailModel) => textOf(model.props, 'note', model.scope.lang)?.text ?? null,
  sources: (model: InstrumentDetailModel): SourceModel[] => sourcesOf(model.props, model.sourceIndex).map((props) => ({ props })),
};
