/**
 * The graph view's state lives in the URL, so reloading or sharing the link rebuilds the same view:
 * `fokus`, `dybde`, `skjul` (entity types), `visning` as before, and `utvid` (opened entities),
 * `lagt` (added entities), `skjulrel` (relationship types), `avsluttet=1` (also what has ended),
 * `tid` (the time slider's date) and `sti` (a path's two ends). Ids are comma-separated.
 */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { EntityType, LinkType } from '../gql/graphql.ts';
import { ENTITY_TYPES } from './graph-style.ts';

export type GraphView = 'graf' | 'liste';
export type GraphState = {
  focus: string | null;
  depth: 1 | 2;
  hidden: EntityType[];
  /** null when the address does not say: the page then picks by screen width. */
  view: GraphView | null;
  expanded: string[];
  added: string[];
  hiddenRelations: LinkType[];
  showEnded: boolean;
  /** The time slider's date; null means the global date. */
  time: string | null;
  path: [string, string] | null;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;

const idsOf = (value: string | null) => [...new Set((value ?? '').split(',').filter((id) => ID.test(id)))];

export function readGraphState(params: URLSearchParams, linkTypes: readonly LinkType[]): GraphState {
  const path = idsOf(params.get('sti'));
  const view = params.get('visning');
  const time = params.get('tid');
  return {
    focus: params.get('fokus'),
    depth: params.get('dybde') === '2' ? 2 : 1,
    hidden: (params.get('skjul') ?? '').split(',').filter((value): value is EntityType => (ENTITY_TYPES as readonly string[]).includes(value)),
    view: view === 'liste' || view === 'graf' ? view : null,
    expanded: idsOf(params.get('utvid')),
    added: idsOf(params.get('lagt')),
    hiddenRelations: (params.get('skjulrel') ?? '').split(',').filter((value): value is LinkType => (linkTypes as readonly string[]).includes(value)),
    showEnded: params.get('avsluttet') === '1',
    time: time && ISO_DATE.test(time) ? time : null,
    path: path.length === 2 && path[0] && path[1] ? [path[0], path[1]] : null,
  };
}

function setOrDelete(params: URLSearchParams, key: string, value: string | null) {
  if (value) params.set(key, value);
  else params.delete(key);
}

export function writeGraphState(previous: URLSearchParams, change: Partial<GraphState>): URLSearchParams {
  const next = new URLSearchParams(previous);
  if (change.focus !== undefined) setOrDelete(next, 'fokus', change.focus);
  if (change.depth !== undefined) next.set('dybde', String(change.depth));
  if (change.hidden !== undefined) setOrDelete(next, 'skjul', change.hidden.join(','));
  if (change.view !== undefined) setOrDelete(next, 'visning', change.view);
  if (change.expanded !== undefined) setOrDelete(next, 'utvid', change.expanded.join(','));
  if (change.added !== undefined) setOrDelete(next, 'lagt', change.added.join(','));
  if (change.hiddenRelations !== undefined) setOrDelete(next, 'skjulrel', change.hiddenRelations.join(','));
  if (change.showEnded !== undefined) setOrDelete(next, 'avsluttet', change.showEnded ? '1' : null);
  if (change.time !== undefined) setOrDelete(next, 'tid', change.time);
  if (change.path !== undefined) setOrDelete(next, 'sti', change.path ? change.path.join(',') : null);
  return next;
}

export function useGraphState(linkTypes: readonly LinkType[]): [GraphState, (change: Partial<GraphState>, options?: { replace?: boolean }) => void] {
  const [params, setParams] = useSearchParams();
  // One state object per address, so lists in it keep their identity between renders (the view is memoised on them).
  const state = useMemo(() => readGraphState(params, linkTypes), [params, linkTypes]);
  const update = useCallback(
    (change: Partial<GraphState>, options?: { replace?: boolean }) => setParams((previous) => writeGraphState(previous, change), { replace: options?.replace ?? false }),
    [setParams],
  );
  return [state, update];
}
