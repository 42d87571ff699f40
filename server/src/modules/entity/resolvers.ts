import type { GraphQLResolveInfo } from 'graphql';
import type { Resolvers } from '../../generated/graphql.ts';
import type { EntityModel } from './entity-model.ts';
import { LINKS, type LinkSpec } from './field-needs.ts';
import { planFromInfo } from './read-plan.ts';
import { entityFields, linkFields, nameHistory, namePeriodFields, sourceFields, summaryFields } from './entity-fields.ts';
import { findEntities, type EntityPage, type FindEntitiesArgs } from './entity.service.ts';
import { documentsToBring, documentTexts, instrumentDetailFields, missingDetails, singleDetail } from './instrument-details.ts';
import type { EntityLabel } from '../../vocabulary/index.ts';
import { labelOf, linksOf, neighbours, str, textOf, upper } from './read-fields.ts';
import { resolveScope } from '../common/scope.ts';
import type { Context } from '../../context.ts';

type ListArgs = Omit<FindEntitiesArgs, 'scope' | 'label' | 'plan'> & { asOf?: string | null; lang?: string | null };

function listResolver(label: EntityLabel) {
  return async (_parent: unknown, args: ListArgs, context: Context, info: GraphQLResolveInfo) => {
    const plan = planFromInfo(info, label, ['nodes']);
    const page = await findEntities(context.db, { ...args, label, scope: await resolveScope(context.db, args), plan });
    return connection(page, page.models);
  };
}

/** `totalCount` is read only when selected (the plan asked for it); a getter keeps it honest. */
function connection<T>(page: EntityPage, nodes: T[]) {
  return {
    nodes,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    get totalCount(): number {
      if (page.total === null) throw new Error('totalCount was selected but not planned.');
      return page.total;
    },
  };
}

/**
 * Summaries of the nodes a link field reads (field-needs.ts names its types and direction, and
 * the read plan asked for exactly those); linked by several types, each node once.
 */
const linked = (spec: LinkSpec) => (model: EntityModel) => {
  if (spec.direction === null) throw new Error('A summary field reads one direction.');
  const direction = spec.direction;
  const summaries = spec.types.flatMap((type) => neighbours(model.record.links, type, direction, model.scope));
  if (spec.types.length === 1) return summaries;
  const seen = new Set<string>();
  return summaries.filter((summary) => {
    const id = String(summary.node.props.id);
    return seen.has(id) ? false : (seen.add(id), true);
  });
};

/** A criterion turned into a full entity model (without relationships of its own), in stored order. */
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
    node: async (_parent, args, context, info) => {
      const page = await findEntities(context.db, { label: null, ids: [args.id], scope: await resolveScope(context.db, args), plan: planFromInfo(info, 'Node') });
      const model = page.models[0];
      if (!model) return null;
      return labelOf(model.record.labels) === 'Source' ? { props: model.record.props } : model;
    },
    instrument: async (_parent, args, context, info) => {
      const page = await findEntities(context.db, { label: 'Instrument', ids: [args.slug], scope: await resolveScope(context.db, args), plan: planFromInfo(info, 'Instrument') });
      return page.models[0] ?? null;
    },
    instruments: listResolver('Instrument'),
    actors: listResolver('Actor'),
    targetGroups: listResolver('TargetGroup'),
    goals: listResolver('Goal'),
    strategies: listResolver('Strategy'),
    legalBases: listResolver('LegalBasis'),
    sources: async (_parent, args, context, info) => {
      const plan = planFromInfo(info, 'Source', ['nodes']);
      const page = await findEntities(context.db, { ...args, filter: { inForce: null }, label: 'Source', scope: await resolveScope(context.db, args), plan });
      return connection(page, page.models.map((model) => ({ props: model.record.props })));
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
    applyTo: linked(LINKS.Instrument.applyTo),
    appealBodies: linked(LINKS.Instrument.appealBodies),
    noLegalBasisNote: (model) => textOf(model.record.props, 'noLegalBasisNote', model.scope.lang)?.text ?? null,
    fundedBy: linked(LINKS.Instrument.fundedBy),
    administeredBy: linked(LINKS.Instrument.administeredBy),
    decidedBy: linked(LINKS.Instrument.decidedBy),
    deliveredBy: linked(LINKS.Instrument.deliveredBy),
    legalBases: linked(LINKS.Instrument.legalBases),
    targetGroups: linked(LINKS.Instrument.targetGroups),
    goals: linked(LINKS.Instrument.goals),
    criteria: (model) => neighbourAsEntity(model, 'REQUIRES'),
    relatedInstruments: (model) =>
      linksOf(model.record.links, LINKS.Instrument.relatedInstruments.types).filter((link) => link.node.labels.includes('Instrument')).map((link) => ({ scope: model.scope, link, sourceIndex: model.sourceIndex })),
    replacedBy: linked(LINKS.Instrument.replacedBy),
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
    memberOf: linked(LINKS.Actor.memberOf),
    coordinates: linked(LINKS.Actor.coordinates),
    answersTo: linked(LINKS.Actor.answersTo),
    responsibleFor: linked(LINKS.Actor.responsibleFor),
    instruments: (model) => linksOf(model.record.links, LINKS.Actor.instruments.types, 'IN').map((link) => ({ scope: model.scope, link, sourceIndex: model.sourceIndex })),
    strategies: linked(LINKS.Actor.strategies),
    nameHistory,
    replacedBy: linked(LINKS.Actor.replacedBy),
  },
  TargetGroup: {
    ...entityFields,
    instruments: linked(LINKS.TargetGroup.instruments),
    strategies: linked(LINKS.TargetGroup.strategies),
    subgroupOf: linked(LINKS.TargetGroup.subgroupOf),
    subgroups: linked(LINKS.TargetGroup.subgroups),
  },
  Goal: {
    ...entityFields,
    kind: (model) => str(model.record.props.kind) ?? 'national_goal',
    instruments: linked(LINKS.Goal.instruments),
    strategies: linked(LINKS.Goal.strategies),
  },
  Strategy: {
    ...entityFields,
    kind: (model) => str(model.record.props.kind) ?? 'strategy',
    url: (model) => str(model.record.props.url),
    goals: linked(LINKS.Strategy.goals),
    committedBy: linked(LINKS.Strategy.committedBy),
    targetGroups: linked(LINKS.Strategy.targetGroups),
    replacedBy: linked(LINKS.Strategy.replacedBy),
    partOf: linked(LINKS.Strategy.partOf),
    parts: linked(LINKS.Strategy.parts),
    follows: linked(LINKS.Strategy.follows),
    followedBy: linked(LINKS.Strategy.followedBy),
    coordinatedBy: linked(LINKS.Strategy.coordinatedBy),
    publishedBy: linked(LINKS.Strategy.publishedBy),
    members: linked(LINKS.Strategy.members),
  },
  LegalBasis: {
    ...entityFields,
    kind: (model) => str(model.record.props.kind) ?? 'other',
    reference: (model) => str(model.record.props.reference),
    url: (model) => str(model.record.props.url),
    instruments: linked(LINKS.LegalBasis.instruments),
    ownedBy: linked(LINKS.LegalBasis.ownedBy),
    replacedBy: linked(LINKS.LegalBasis.replacedBy),
  },
};
