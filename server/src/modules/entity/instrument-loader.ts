import type { Context } from '../../context.ts';
import type { EntityModel, ReadScope } from './entity-model.ts';
import { findEntities } from './entity.service.ts';

type Load = (id: string) => Promise<EntityModel | null>;

/**
 * Instruments by id for one request and one scope, batched: every `load` in the same tick joins
 * one `find-entities` round trip (the situation result's second and last one).
 */
export function instrumentLoader(context: Context, scope: ReadScope): Load {
  const key = `instruments:${scope.asOf}:${scope.lang}`;
  const existing = context.loaders.get(key) as Load | undefined;
  if (existing) return existing;
  const cache = new Map<string, Promise<EntityModel | null>>();
  let pending: { id: string; resolve: (model: EntityModel | null) => void; reject: (error: unknown) => void }[] = [];

  const flush = async (): Promise<void> => {
    const batch = pending;
    pending = [];
    try {
      const ids = [...new Set(batch.map((item) => item.id))];
      const page = await findEntities(context.db, { label: 'Instrument', ids, scope });
      const found = new Map(page.models.map((model) => [String(model.record.props.id), model]));
      for (const item of batch) item.resolve(found.get(item.id) ?? null);
    } catch (error) {
      for (const item of batch) item.reject(error);
    }
  };

  const load: Load = (id) => {
    const cached = cache.get(id);
    if (cached) return cached;
    const promise = new Promise<EntityModel | null>((resolve, reject) => {
      if (pending.length === 0) setImmediate(() => void flush());
      pending.push({ id, resolve, reject });
    });
    cache.set(id, promise);
    return promise;
  };
  context.loaders.set(key, load);
  return load;
}
