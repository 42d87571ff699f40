import type { GraphQLResolveInfo } from 'graphql';
import { notFound } from '../../errors.ts';
import type { Resolvers } from '../../generated/graphql.ts';
import type { Context } from '../../context.ts';
import { resolveScope } from '../common/scope.ts';
import type { ReadScope } from '../entity/entity-model.ts';
import { instrumentLoader } from '../entity/instrument-loader.ts';
import { planFromInfo, type ReadPlan } from '../entity/read-plan.ts';
import { assessSituation } from './situation.service.ts';

/** The read plan of one field: the same for every assessment, so computed once per field node. */
const plans = new WeakMap<GraphQLResolveInfo['fieldNodes'], ReadPlan>();
function planOf(info: GraphQLResolveInfo): ReadPlan {
  let plan = plans.get(info.fieldNodes);
  if (!plan) plans.set(info.fieldNodes, (plan = planFromInfo(info, 'Instrument')));
  return plan;
}

/**
 * An instrument the engine named must exist: the engine only names instruments it was given.
 * The answer reads of it only what the asking field selects.
 */
async function instrument(context: Context, scope: ReadScope, id: string, info: GraphQLResolveInfo) {
  const model = await instrumentLoader(context, scope).load({ id, plan: planOf(info) });
  if (!model) throw notFound(`Instrument ${id} was not found.`);
  return model;
}

export const situationResolvers: Resolvers = {
  Query: {
    situation: async (_parent, args, context) => {
      const scope = await resolveScope(context.db, { asOf: args.asOf, knownAt: args.knownAt, lang: args.lang });
      // `args.input` is personal data: it goes to the engine and nowhere else (no logs, no storage).
      const result = await assessSituation(context.db, args.input, scope.asOf, scope.lang, scope.revision);
      return {
        ...result,
        assessments: result.assessments.map((assessment) => ({ ...assessment, scope })),
        notices: result.notices.map((notice) => ({ ...notice, scope })),
        combinations: result.combinations.map((combination) => ({ ...combination, scope })),
      };
    },
  },
  Assessment: {
    instrument: (model, _args, context, info) => instrument(context, model.scope, model.instrumentId, info),
  },
  Notice: {
    // The loader named each contact as at `asOf`; a summary needs no further query.
    contacts: (model) =>
      model.contacts.map((contact) => ({
        scope: model.scope,
        node: { labels: ['Entity', 'Actor'], props: { id: contact.id, kind: contact.kind, name_nb: contact.name.nb, name_nn: contact.name.nn ?? null, name_en: contact.name.en ?? null }, names: [] },
      })),
  },
  Combination: {
    instruments: (model, _args, context, info) => Promise.all(model.instrumentIds.map((id) => instrument(context, model.scope, id, info))),
    steps: (model) => model.steps.map((step) => ({ ...step, scope: model.scope })),
  },
  CombinationStep: {
    instrument: (model, _args, context, info) => instrument(context, model.scope, model.instrumentId, info),
  },
};
