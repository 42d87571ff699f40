import DataLoader from 'dataloader';
import type { Context } from '../../context.ts';
import type { EntityModel, ReadScope } from './entity-model.ts';
import { findEntities } from './entity.service.ts';
import { mergePlans, type ReadPlan } from './read-plan.ts';

export interface InstrumentLoad {
  id: string;
  /** What the field that asks reads of the instrument (read-plan.ts). */
  plan: ReadPlan;
}

type Loader = DataLoader<InstrumentLoad, EntityModel | null, string>;

/**
 * Instruments by id for one request and one scope, batched: every load in the same tick joins one
 * `find-entities` round trip (the situation result's second and last one), which reads the union
 * of what the asking fields select and nothing more.
 */
export function instrumentLoader(context: Context, scope: ReadScope): Loader {
  const key = `instruments:${scope.asOf}:${scope.revision}:${scope.lang}`;
  const existing = context.loaders.get(key) as Loader | undefined;
  if (existing) return existing;
  const loader: Loader = new DataLoader(
    async (loads) => {
      const ids = [...new Set(loads.map((load) => load.id))];
      const page = await findEntities(context.db, { label: 'Instrument', ids, scope, plan: mergePlans(loads.map((load) => load.plan)) });
      const found = new Map(page.models.map((model) => [String(model.record.props.id), model]));
      return loads.map((load) => found.get(load.id) ?? null);
    },
    // The same instrument asked with another selection is another load (the plans differ).
    { cacheKeyFn: (load) => `${load.id}\u0000${JSON.stringify(load.plan)}` },
  );
  context.loaders.set(key, loader);
  return loader;
}
