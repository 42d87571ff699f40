import type { Resolvers } from '../../generated/graphql.ts';
import type { EntityModel } from './entity-model.ts';
import { entityFields, linkFields, nameHistory, namePeriodFields, sourceFields, summaryFields } from './entity-fields.ts';
import { findEntities, type FindEntitiesArgs } from './entity.service.ts';
import { documentsToBring, documentTexts, instrumentDetailFields, missingDetails, singleDetail } from './instrument-details.ts';
import { labelOf, linksOf, neighbours, str, textOf, upper, type EntityLabel } from './read-fields.ts';
import { readScope } from '../common/scope.ts';
import type { Context } from '../../context.ts';

type ListArgs = Omit<FindEntitiesArgs, 'scope' | 'label'> & { asOf?: string | null; lang?: string | null };

function listResolver(label: EntityLabel) {
  return async (_parent: unknown, args: ListArgs, context: Context) => {
    const page = await findEntities(context.db, { ...args, label, scope: readScope(args) });
    return { nodes: page.models, totalCount: page.total, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
  };
}

const INSTRUMENT_RELATIONS = ['COMBINES_WITH', 'PRECONDITION_FOR', 'EXCLUDES', 'REPLACED_BY'];
const ACTOR_ROLES = ['FUNDED_BY', 'ADMINISTERED_BY', 'DECIDED_BY', 'DELIVERED_BY', 'APPLIES_TO', 'APPEALS_TO'];

/** Summaries linked by any of several types, in one direction, each once. */
const linkedAny = (types: readonly string[], direction: 'OUT' | 'IN') => (model: EntityModel) => {
  const seen = new Set<string>();
  return types.flatMap((type) => neighbours(model.record.links, type, direction, model.scope)).filter((summary) => {
    const id = String(summary.node.props.id);
    return seen.has(id) ? false : (seen.add(id), true);
  });
};

/** Summaries of the nodes linked by one relationship type, in one direction. */
const linked = (type: string, direction: 'OUT' | 'IN') => (model: EntityModel) => neighbours(model.record.links, type, direction, model.scope);

/** A criterion or other neighbour turned into a full entity model (without relationships of its own). */
function neighbourAsEntity(model: EntityModel, type: string): EntityModel[] {
  return linksOf(model.record.links, [type], 'OUT')
    .map((link) => ({ scope: model.scope, record: { ...link.node, links: [] }, sourceIndex: model.sourceIndex }))
    .sort((a, b) => Number(a.record.props.order ?? 0) - Number(b.record.props.order ?? 0));
}

function typeName(model: { record: { labels: string[] } } | { props: Record<string, unknown> }): 'Instrument' | 'Actor' | 'TargetGroup' | 'Goal' | 'Strategy' | 'LegalBasis' | 'Criterion' | 'Source' {
  return 'record' in model ? labelOf(model.record.labels) : 'Source';
}

export const entityResolvers: Resolvers = {
  Query: {
    node: async (_parent, args, context) => {
      const page = await findEntities(context.db, { label: null, ids: [args.id], scope: readScope(args) });
      const model = page.models[0];
      if (!model) return null;
      return labelOf(model.record.labels) === 'Source' ? { props: model.record.props } : model;
    },
    instrument: async (_parent, args, context) => {
      const page = await findEntities(context.db, { label: 'Instrument', ids: [args.slug], scope: readScope(args) });
      return page.models[0] ?? null;
    },
    instruments: listResolver('Instrument'),
    actors: listResolver('Actor'),
    targetGroups: listResolver('TargetGroup'),
    goals: listResolver('Goal'),
    strategies: listResolver('Strategy'),
    legalBases: listResolver('LegalBasis'),
    sources: async (_parent, args, context) => {
      const page = await findEntities(context.db, { ...args, filter: { inForce: null }, label: 'Source', scope: readScope(args) });
      return { nodes: page.models.map((model) => ({ props: model.record.props })), totalCount: page.total, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
    },
  },
  Node: { __resolveType: (model) => ('node' in model ? 'EntitySummary' : typeName(model)) },
  Entity: { __resolveType: (model) => labelOf(model.record.labels) as Exclude<EntityLabel, 'Source'> },
  EntitySummary: summaryFields,
  Link: linkFields,
  Source: sourceFields,
  NamePeriod: namePeriodFields,
  InstrumentDetail: instrumentDetailFields,
  Instrument: {
    ...entityFields,
    slug: (model) => String(model.record.props.id),
    kinds: (model) => ((model.record.props.kinds as string[] | undefined) ?? []).map(upper) as never,
    supplySide: (model) => model.record.props.supplySide === true,
    howToApply: (model) => textOf(model.record.props, 'howToApply', model.scope.lang)?.text ?? null,
    documents: documentTexts,
    documentsToBring,
    applicationPage: singleDetail('applicationPage'),
    informationPage: singleDetail('informationPage'),
    processingTime: singleDetail('processingTime'),
    appealDeadline: singleDetail('appealDeadline'),
    missingDetails,
    applyTo: linked('APPLIES_TO', 'OUT'),
    appealBodies: linked('APPEALS_TO', 'OUT'),
    noLegalBasisNote: (model) => textOf(model.record.props, 'noLegalBasisNote', model.scope.lang)?.text ?? null,
    fundedBy: linked('FUNDED_BY', 'OUT'),
    administeredBy: linked('ADMINISTERED_BY', 'OUT'),
    decidedBy: linked('DECIDED_BY', 'OUT'),
    deliveredBy: linked('DELIVERED_BY', 'OUT'),
    legalBases: linked('BASED_ON', 'OUT'),
    targetGroups: linked('TARGETS', 'OUT'),
    goals: linked('SERVES_GOAL', 'OUT'),
    criteria: (model) => neighbourAsEntity(model, 'REQUIRES'),
    relatedInstruments: (model) =>
      linksOf(model.record.links, INSTRUMENT_RELATIONS).filter((link) => link.node.labels.includes('Instrument')).map((link) => ({ scope: model.scope, link, sourceIndex: model.sourceIndex })),
    replacedBy: linked('REPLACED_BY', 'OUT'),
    nameHistory,
  },
  Criterion: {
    ...entityFields,
    instrumentId: (model) => String(model.record.props.instrumentId),
    required: (model) => model.record.props.required !== false,
    discretionary: (model) => model.record.props.discretionary === true,
    checkable: (model) => typeof model.record.props.test === 'string',
    whyNot: (model) => textOf(model.record.props, 'whyNot', model.scope.lang)?.text ?? null,
    thresholdYear: (model) => (typeof model.record.props.thresholdYear === 'number' ? model.record.props.thresholdYear : null),
  },
  Actor: {
    ...entityFields,
    kind: (model) => str(model.record.props.kind) ?? 'other',
    municipalityNumber: (model) => str(model.record.props.municipalityNumber),
    url: (model) => str(model.record.props.url),
    memberOf: linked('HAS_MEMBER', 'IN'),
    coordinates: linkedAny(['COORDINATED_BY', 'PUBLISHED_BY'], 'IN'),
    answersTo: linked('ANSWERS_TO', 'OUT'),
    responsibleFor: linked('ANSWERS_TO', 'IN'),
    instruments: (model) => linksOf(model.record.links, ACTOR_ROLES, 'IN').map((link) => ({ scope: model.scope, link, sourceIndex: model.sourceIndex })),
    strategies: linked('COMMITTED_BY', 'IN'),
    nameHistory,
    replacedBy: linked('REPLACED_BY', 'OUT'),
  },
  TargetGroup: {
    ...entityFields,
    instruments: linked('TARGETS', 'IN'),
    strategies: linked('PRIORITISES', 'IN'),
    subgroupOf: linked('SUBGROUP_OF', 'OUT'),
    subgroups: linked('SUBGROUP_OF', 'IN'),
  },
  Goal: {
    ...entityFields,
    kind: (model) => str(model.record.props.kind) ?? 'national_goal',
    instruments: linked('SERVES_GOAL', 'IN'),
    strategies: linked('HAS_GOAL', 'IN'),
  },
  Strategy: {
    ...entityFields,
    kind: (model) => str(model.record.props.kind) ?? 'strategy',
    url: (model) => str(model.record.props.url),
    goals: linked('HAS_GOAL', 'OUT'),
    committedBy: linked('COMMITTED_BY', 'OUT'),
    targetGroups: linked('PRIORITISES', 'OUT'),
    replacedBy: linked('REPLACED_BY', 'OUT'),
    partOf: linked('PART_OF', 'OUT'),
    parts: linked('PART_OF', 'IN'),
    follows: linked('FOLLOWS', 'OUT'),
    followedBy: linked('FOLLOWS', 'IN'),
    coordinatedBy: linked('COORDINATED_BY', 'OUT'),
    publishedBy: linked('PUBLISHED_BY', 'OUT'),
    members: linked('HAS_MEMBER', 'OUT'),
  },
  LegalBasis: {
    ...entityFields,
    kind: (model) => str(model.record.props.kind) ?? 'other',
    reference: (model) => str(model.record.props.reference),
    url: (model) => str(model.record.props.url),
    instruments: linked('BASED_ON', 'IN'),
    ownedBy: linked('OWNED_BY', 'OUT'),
    replacedBy: linked('REPLACED_BY', 'OUT'),
  },
};
