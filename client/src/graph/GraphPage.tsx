import { lazy, Suspense, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql/index.ts';
import type { EntityType } from '../gql/graphql.ts';
import { useT } from '../i18n/i18n.ts';
import { useGlobalParams } from '../app/global-params.ts';
import { Button, Heading, Paragraph, Spinner } from '../components/ds.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { entityPath } from '../browse/routes.ts';
import { useGraphState } from './graph-state.ts';
import { ENTITY_TYPES, TYPE_STYLE } from './graph-style.ts';
import { GraphList } from './GraphList.tsx';
import type { CanvasEdge, CanvasNode } from './GraphCanvas.tsx';

const GraphCanvas = lazy(() => import('./GraphCanvas.tsx'));

const NeighbourhoodQuery = graphql(`
  query Neighbourhood($id: ID!, $depth: Int, $asOf: Date, $lang: Lang) {
    neighbourhood(id: $id, depth: $depth, limit: 150, asOf: $asOf, lang: $lang) {
      capped
      totalNodes
      center { id name type }
      nodes { id name type }
      edges { id type source target }
    }
  }
`);

/** S9: a focused neighbourhood as a cytoscape canvas and as a list twin, both from the same filtered data. */
export default function GraphPage() {
  const { t } = useT();
  const { asOf, lang } = useGlobalParams();
  const [state, update] = useGraphState();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [zoomCommand, setZoomCommand] = useState<{ kind: 'in' | 'out' | 'fit'; at: number } | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: NeighbourhoodQuery,
    variables: { id: state.focus ?? '', depth: state.depth, asOf, lang },
    pause: !state.focus,
  });
  const neighbourhood = data?.neighbourhood;

  const { nodes, edges, counts } = useMemo(() => {
    const all: CanvasNode[] = neighbourhood?.nodes ?? [];
    const counts = new Map<EntityType, number>();
    for (const node of all) counts.set(node.type, (counts.get(node.type) ?? 0) + 1);
    // The focus node always stays, even if its type is hidden.
    const nodes = all.filter((node) => node.id === neighbourhood?.center.id || !state.hidden.includes(node.type));
    const visible = new Set(nodes.map((node) => node.id));
    const edges: CanvasEdge[] = (neighbourhood?.edges ?? [])
      .filter((edge) => visible.has(edge.source) && visible.has(edge.target))
      .map((edge) => ({ ...edge, label: t.linkTypes[edge.type] }));
    return { nodes, edges, counts };
  }, [neighbourhood, state.hidden, t]);

  if (!state.focus) {
    return (
      <>
        <PageTitle title={t.graph.title}>{t.graph.title}</PageTitle>
        <Paragraph>{t.graph.noFocus}</Paragraph>
        <ul className="plain-list">
          {['startlan', 'bostotte', 'husbanken'].map((id) => (
            <li key={id}><AppLink to="/graf" params={{ fokus: id }}>{id}</AppLink></li>
          ))}
        </ul>
      </>
    );
  }

  const center = neighbourhood?.center;
  const selected = nodes.find((node) => node.id === selectedId) ?? null;
  const toggleType = (type: EntityType, shown: boolean) =>
    update({ hidden: shown ? state.hidden.filter((hidden) => hidden !== type) : [...state.hidden, type] });
  const refocus = (id: string) => {
    setSelectedId(null);
    update({ focus: id });
  };

  return (
    <>
      <PageTitle title={center ? `${t.graph.title}: ${center.name}` : t.graph.title}>
        {t.graph.title}{center ? `: ${center.name}` : ''}
      </PageTitle>
      <QueryState fetching={fetching && !data} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
        {neighbourhood && center && (
          <>
            <div className="row graph-controls">
              <fieldset className="ds-fieldset">
                <legend className="ds-label">{t.graph.depth}</legend>
                <div className="row">
                  {([1, 2] as const).map((depth) => (
                    <div className="ds-field" key={depth}>
                      <input id={`dybde-${depth}`} className="ds-input" type="radio" name="dybde" checked={state.depth === depth} onChange={() => update({ depth })} />
                      <label className="ds-label" htmlFor={`dybde-${depth}`}>{depth === 1 ? t.graph.depth1 : t.graph.depth2}</label>
                    </div>
                  ))}
                </div>
              </fieldset>
              <fieldset className="ds-fieldset">
                <legend className="ds-label">{t.graph.view}</legend>
                <div className="row">
                  {(['graf', 'liste'] as const).map((view) => (
                    <div className="ds-field" key={view}>
                      <input id={`visning-${view}`} className="ds-input" type="radio" name="visning" checked={state.view === view} onChange={() => update({ view })} />
                      <label className="ds-label" htmlFor={`visning-${view}`}>{view === 'graf' ? t.graph.viewGraph : t.graph.viewList}</label>
                    </div>
                  ))}
                </div>
              </fieldset>
            </div>
            {neighbourhood.capped && <p role="status">{t.graph.capped(neighbourhood.nodes.length, neighbourhood.totalNodes)}</p>}
            <div className="graph-layout">
              <div>
                {state.view === 'graf' ? (
                  <>
                    <div className="row no-print">
                      <Button variant="secondary" data-size="sm" onClick={() => setZoomCommand({ kind: 'in', at: Date.now() })}>{t.graph.zoomIn}</Button>
                      <Button variant="secondary" data-size="sm" onClick={() => setZoomCommand({ kind: 'out', at: Date.now() })}>{t.graph.zoomOut}</Button>
                      <Button variant="secondary" data-size="sm" onClick={() => setZoomCommand({ kind: 'fit', at: Date.now() })}>{t.graph.fit}</Button>
                    </div>
                    <Suspense fallback={<Spinner label={t.common.loading} />}>
                      <GraphCanvas nodes={nodes} edges={edges} focusId={center.id} selectedId={selectedId} onSelect={setSelectedId} onExpand={refocus}
                        zoomCommand={zoomCommand} label={t.graph.canvasLabel(center.name, nodes.length, edges.length)} />
                    </Suspense>
                    <p className="muted">{t.graph.nodesAndEdges(nodes.length, edges.length)}</p>
                  </>
                ) : (
                  <GraphList nodes={nodes} edges={edges} focusName={center.name} onFocus={refocus} />
                )}
              </div>
              <aside aria-labelledby="tegnforklaring" className="stack">
                <fieldset className="ds-fieldset legend">
                  <legend className="ds-label" id="tegnforklaring">{t.graph.legend}</legend>
                  <p data-field="description" className="muted">{t.graph.legendHelp}</p>
                  {ENTITY_TYPES.filter((type) => counts.has(type)).map((type) => {
                    const hidden = state.hidden.includes(type);
                    const drawn = hidden ? (type === center.type ? 1 : 0) : (counts.get(type) ?? 0);
                    return (
                      <div className="ds-field" key={type} data-legend-type={type}>
                        <input id={`type-${type}`} className="ds-input" type="checkbox" checked={!hidden} onChange={(event) => toggleType(type, event.currentTarget.checked)} />
                        <label className="ds-label" htmlFor={`type-${type}`}>
                          <span aria-hidden="true" style={{ color: TYPE_STYLE[type].color }}>{TYPE_STYLE[type].symbol} </span>
                          {t.entityTypes[type]} <span className="legend-count">({drawn})</span>
                        </label>
                      </div>
                    );
                  })}
                </fieldset>
                <section aria-labelledby="valgt-node" aria-live="polite">
                  <Heading level={2} data-size="2xs" id="valgt-node">{t.graph.inspector}</Heading>
                  {selected ? (
                    <div className="stack">
                      <p>{t.graph.selected(selected.name)} ({t.entityTypes[selected.type]})</p>
                      <AppLink {...entityPath(selected.type, selected.id)}>{t.graph.openPage}</AppLink>
                      <Button variant="secondary" data-size="sm" onClick={() => refocus(selected.id)}>{t.graph.focusHere}</Button>
                    </div>
                  ) : (
                    <p className="muted">–</p>
                  )}
                </section>
              </aside>
            </div>
          </>
        )}
      </QueryState>
    </>
  );
}
