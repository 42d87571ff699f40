/**
 * The graph view's state lives in the URL (`fokus`, `dybde`, `skjul`, `visning`), so reloading or
 * sharing the link restores the same view.
 */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { EntityType } from '../gql/graphql.ts';
import { ENTITY_TYPES } from './graph-style.ts';

export type GraphView = 'graf' | 'liste';
export type GraphState = { focus: string | null; depth: 1 | 2; hidden: EntityType[]; view: GraphView };

export function useGraphState(): [GraphState, (change: Partial<GraphState>) => void] {
  const [params, setParams] = useSearchParams();
  const hidden = (params.get('skjul') ?? '').split(',').filter((value): value is EntityType => (ENTITY_TYPES as readonly string[]).includes(value));
  const state: GraphState = {
    focus: params.get('fokus'),
    depth: params.get('dybde') === '2' ? 2 : 1,
    hidden,
    view: params.get('visning') === 'liste' ? 'liste' : 'graf',
  };
  const update = useCallback(
    (change: Partial<GraphState>) => {
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        if (change.focus !== undefined) {
          if (change.focus) next.set('fokus', change.focus);
          else next.delete('fokus');
        }
        if (change.depth !== undefined) next.set('dybde', String(change.depth));
        if (change.hidden !== undefined) {
          if (change.hidden.length > 0) next.set('skjul', change.hidden.join(','));
          else next.delete('skjul');
        }
        if (change.view !== undefined) next.set('visning', change.view);
        return next;
      });
    },
    [setParams],
  );
  return [state, update];
}
