/**
 * S9, the graph explorer: a focus and its neighbours, opened and added entities, a path between
 * two, filters by type, relation and validity, and a time slider. One `graphView` answer holds
 * every date; the canvas, the list twin and the text summary of each change are all computed from
 * it at the slider's date, so they never disagree. Every choice is in the address (graph-state.ts),
 * so the share link rebuilds the view.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql/index.ts';
import type { EntityType, LinkType } from '../gql/graphql.ts';
import { useT } from '../i18n/i18n.ts';
import { formatDate, todayInNorway } from '../i18n/format.ts';
import { useGlobalParams } from '../app/global-params.ts';
import { Button, Paragraph, Spinner } from '../components/ds.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { useGraphState } from './graph-state.ts';
import { changeBetween, changeDates, isEmptyChange, viewAt, type ShownView, type ViewChange } from './graph-view-model.ts';
import { GRAPH_TEXTS } from './texts.ts';
import { GraphList } from './GraphList.tsx';
import { GraphFilters } from './GraphFilters.tsx';
import { TimeSlider } from './TimeSlider.tsx';
import { ChangeSummary } from './ChangeSummary.tsx';
import { AddEntityForm } from './AddEntityForm.tsx';
import { PathForm } from './PathForm.tsx';
import { PathList, type FoundPath } from './PathList.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { GraphInspector } from './GraphInspector.tsx';
import type { CanvasEdge, CanvasExport } from './GraphCanvas.tsx';
import './graph.css';

const GraphCanvas = lazy(() => import('./GraphCanvas.tsx'));

const GraphViewQuery = graphql(`
  query GraphView($focus: ID!, $expanded: [ID!], $added: [ID!], $depth: Int, $asOf: Date, $lang: Lang) {
    graphView(focus: $focus, expanded: $expanded, added: $added, depth: $depth, limit: 300, asOf: $asOf, lang: $lang) {
      focus { id name type }
      nodes { entity { id type validFrom validTo } names { name validFrom validTo } currentName }
      edges { id type source target validFrom validTo }
      opened missing capped totalNodes
    }
  }
`);

const GraphPathsQuery = graphql(`
  query GraphPaths($from: ID!, $to: ID!, $asOf: Date, $lang: Lang) {
    paths(from: $from, to: $to, first: 3, asOf: $asOf, lang: $lang) {
      length
      nodes { id name type }
      edges { id type source target }
    }
  }
`);

const NO_PATHS: readonly FoundPath[] = [];
const STARTING_POINTS = ['startlan', 'bostotte', 'husbanken', 'kdd'];

const prefers = (query: string) => typeof window !== 'undefined' && window.matchMedia(query).matches;

/** Tracks the view shown last, so each change can be said in words. */
function useViewChange(shown: ShownView | null, date: string): { change: ViewChange | null; from: string } {
  const previous = useRef<{ shown: ShownView; date: string } | null>(null);
  const [result, setResult] = useState<{ change: ViewChange | null; from: string }>({ change: null, from: date });
  useEffect(() => {
    if (!shown) return;
    const before = previous.current;
    previous.current = { shown, date };
    if (!before) return;
    const change = changeBetween(before.shown, shown);
    // A new address that changes nothing drawn (the list instead of the canvas) keeps the last summary.
    if (before.date !== date || !isEmptyChange(change)) setResult({ change, from: before.date });
  }, [shown, date]);
  return result;
}

export default function GraphPage() {
  const { t, locale } = useT();
  const g = GRAPH_TEXTS[locale];
  const { asOf, lang } = useGlobalParams();
  const linkTypes = useMemo(() => Object.keys(t.linkTypes) as LinkType[], [t]);
  const [state, update] = useGraphState(linkTypes);
  const baseDate = asOf ?? todayInNorway();
  const date = state.time ?? baseDate;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [zoomCommand, setZoomCommand] = useState<{ kind: 'in' | 'out' | 'fit'; at: number } | null>(null);
  const canvas = useRef<CanvasExport | null>(null);
  const reducedMotion = prefers('(prefers-reduced-motion: reduce)');
  const view = state.view ?? (prefers('(max-width: 40rem)') ? 'liste' : 'graf');

  const [pathResult] = useQuery({
    query: GraphPathsQuery,
    variables: { from: state.path?.[0] ?? '', to: state.path?.[1] ?? '', asOf: date, lang },
    pause: !state.path,
  });
  const foundPaths = pathResult.data?.paths;
  // Memoised like everything the view is computed from: a new array each render would recompute the view and announce a change that is none.
  const paths: readonly FoundPath[] = useMemo(() => (state.path && foundPaths ? foundPaths : NO_PATHS), [state.path, foundPaths]);
  const pathNodeIds = useMemo(() => [...new Set(paths.flatMap((path) => path.nodes.map((node) => node.id)))], [paths]);
  const added = useMemo(() => [...new Set([...state.added, ...pathNodeIds])], [state.added, pathNodeIds]);

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: GraphViewQuery,
    variables: { focus: state.focus ?? '', expanded: state.expanded, added, depth: state.depth, asOf, lang },
    pause: !state.focus,
  });
  const answer = data?.graphView;

  const shown = useMemo(
    () => (answer ? viewAt(answer, { date, showEnded: state.showEnded, hiddenTypes: state.hidden, hiddenRelations: state.hiddenRelations, added }) : null),
    [answer, date, state.showEnded, state.hidden, state.hiddenRelations, added],
  );
  const { change, from } = useViewChange(shown, date);
  const days = useMemo(() => (answer ? [...new Set([...changeDates(answer), baseDate, date])].sort() : []), [answer, baseDate, date]);
  const edges: CanvasEdge[] = useMemo(() => (shown?.edges ?? []).map((edge) => ({ ...edge, label: t.linkTypes[edge.type] })), [shown, t]);
  const pathIds = useMemo(() => new Set([...pathNodeIds, ...paths.flatMap((path) => path.edges.map((edge) => edge.id))]), [pathNodeIds, paths]);
  const toggleOpen = useCallback(
    (id: string) => update({ expanded: state.expanded.includes(id) ? state.expanded.filter((known) => known !== id) : [...state.expanded, id] }),
    [state.expanded, update],
  );
  const refocus = (id: string) => {
    setSelectedId(null);
    update({ focus: id, expanded: [], added: [], path: null });
  };

  const focusMissing = Boolean(state.focus) && data !== undefined && !answer;
  if (!state.focus || focusMissing) {
    return (
      <>
        <PageTitle title={t.graph.title}>{t.graph.title}</PageTitle>
        <Paragraph role={focusMissing ? 'alert' : undefined}>{focusMissing ? g.focusNotFound(state.focus ?? '') : t.graph.noFocus}</Paragraph>
        <ul className="plain-list">
          {STARTING_POINTS.map((id) => (
            <li key={id}><AppLink to="/graf" params={{ fokus: id }}>{id}</AppLink></li>
          ))}
        </ul>
      </>
    );
  }

  const focus = answer?.focus;
  const nodes = shown?.nodes ?? [];
  const selected = nodes.find((node) => node.id === selectedId) ?? null;
  const typeCounts = new Map<EntityType, number>();
  for (const node of nodes) typeCounts.set(node.type, (typeCounts.get(node.type) ?? 0) + 1);
  const relationCounts = new Map<LinkType, number>();
  for (const edge of edges) relationCounts.set(edge.type, (relationCounts.get(edge.type) ?? 0) + 1);
  const formatted = (iso: string) => formatDate(iso, locale);

  return (
    <>
      <PageTitle title={focus ? `${t.graph.title}: ${focus.name}` : t.graph.title}>
        {t.graph.title}{focus ? `: ${focus.name}` : ''}
      </PageTitle>
      <QueryState fetching={fetching && !data} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
        {answer && focus && shown && (
          <>
            <p className="muted">{g.interactionHelp}</p>
            <div className="row graph-controls no-print">
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
                  {(['graf', 'liste'] as const).map((option) => (
                    <div className="ds-field" key={option}>
                      <input id={`visning-${option}`} className="ds-input" type="radio" name="visning" checked={view === option} onChange={() => update({ view: option })} />
                      <label className="ds-label" htmlFor={`visning-${option}`}>{option === 'graf' ? t.graph.viewGraph : t.graph.viewList}</label>
                    </div>
                  ))}
                </div>
              </fieldset>
            </div>
            <TimeSlider days={days} value={date} baseDate={baseDate} g={g} date={formatted} onChange={(day) => update({ time: day === baseDate ? null : day }, { replace: true })} />
            <ChangeSummary change={change} from={formatted(from)} to={formatted(date)} g={g} />
            {answer.capped && <p role="status">{t.graph.capped(answer.nodes.length, answer.totalNodes)}</p>}
            {answer.missing.length > 0 && <p role="status">{g.missing(answer.missing.join(', '))}</p>}
            <div className="graph-layout graph-explorer">
              <div className="stack">
                {view === 'graf' && (
                  <>
                    <div className="row no-print">
                      <Button variant="secondary" data-size="sm" onClick={() => setZoomCommand({ kind: 'in', at: Date.now() })}>{t.graph.zoomIn}</Button>
                      <Button variant="secondary" data-size="sm" onClick={() => setZoomCommand({ kind: 'out', at: Date.now() })}>{t.graph.zoomOut}</Button>
                      <Button variant="secondary" data-size="sm" onClick={() => setZoomCommand({ kind: 'fit', at: Date.now() })}>{t.graph.fit}</Button>
                    </div>
                    <Suspense fallback={<Spinner label={t.common.loading} />}>
                      <GraphCanvas nodes={nodes} edges={edges} focusId={focus.id} selectedId={selectedId} pathIds={pathIds} reducedMotion={reducedMotion}
                        onSelect={setSelectedId} onToggleOpen={toggleOpen} zoomCommand={zoomCommand} exportRef={canvas}
                        label={t.graph.canvasLabel(focus.name, nodes.length, edges.length)} />
                    </Suspense>
                    <p className="muted">{t.graph.nodesAndEdges(nodes.length, edges.length)}</p>
                  </>
                )}
                <PathList paths={paths} g={g} searched={Boolean(state.path) && !pathResult.fetching} />
                {view === 'liste' && <GraphList nodes={nodes} edges={edges} focusName={focus.name} g={g} onFocus={refocus} onToggleOpen={toggleOpen} />}
              </div>
              <aside aria-label={t.graph.legend} className="graph-panels">
                <GraphInspector node={selected} g={g} added={state.added.includes(selected?.id ?? '')} onToggleOpen={toggleOpen} onFocus={refocus}
                  onRemove={(id) => update({ added: state.added.filter((known) => known !== id), expanded: state.expanded.filter((known) => known !== id) })} />
                <GraphFilters g={g} focusType={focus.type} typeCounts={typeCounts} hiddenTypes={state.hidden} relationCounts={relationCounts} hiddenRelations={state.hiddenRelations}
                  showEnded={state.showEnded} onTypes={(hidden) => update({ hidden })} onRelations={(hiddenRelations) => update({ hiddenRelations })} onShowEnded={(showEnded) => update({ showEnded })} />
                <AddEntityForm g={g} shownIds={new Set(nodes.map((node) => node.id))} onAdd={(id) => update({ added: [...state.added, id] })} />
                <PathForm key={state.path?.join() ?? ''} g={g} nodes={nodes} path={state.path} onFind={(path) => update({ path })} />
                <ExportPanel g={g} canvas={canvas} canDraw={view === 'graf'} fileName={`virkemiddelkart-${focus.id}-${date}`}
                  title={g.svgTitle(focus.name, formatted(date))} description={g.svgDesc(nodes.length, edges.length)} />
              </aside>
            </div>
          </>
        )}
      </QueryState>
    </>
  );
}
