/**
 * The cytoscape canvas (MIT, no telemetry), with the fCoSE force layout (labels counted in node
 * sizes, so they do not overlap). One instance lives as long as the page; each new view is merged
 * in, so expanding, collapsing and sliding through time move what stays and fade what comes and
 * goes instead of redrawing. A supplementary view: the list twin is the accessible way through the
 * same nodes and relations. Loaded in its own chunk.
 */
import { useEffect, useRef, type RefObject } from 'react';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import type { EntityType, LinkType } from '../gql/graphql.ts';
import { ALL_EDGE_LABELS_UP_TO, CANVAS_STYLE } from './canvas-style.ts';

cytoscape.use(fcose);
cytoscape.use(svg);

export type CanvasNode = { id: string; name: string; type: EntityType; inForce: boolean; opened: boolean };
export type CanvasEdge = { id: string; source: string; target: string; type: LinkType; label: string; inForce: boolean };

/** What the page can ask of the canvas: the picture, for download. */
export interface CanvasExport {
  png(): Promise<Blob>;
  svg(): string;
}

type Props = {
  nodes: readonly CanvasNode[];
  edges: readonly CanvasEdge[];
  focusId: string;
  selectedId: string | null;
  pathIds: ReadonlySet<string>;
  label: string;
  reducedMotion: boolean;
  onSelect: (id: string) => void;
  onToggleOpen: (id: string) => void;
  zoomCommand: { kind: 'in' | 'out' | 'fit'; at: number } | null;
  exportRef: RefObject<CanvasExport | null>;
};

const FADE_MS = 300;

function classesOf(node: CanvasNode, focusId: string, pathIds: ReadonlySet<string>): string {
  return [node.id === focusId && 'focus', node.opened && 'opened', !node.inForce && 'ended', pathIds.has(node.id) && 'path'].filter(Boolean).join(' ');
}

/** Places a new node beside a neighbour already drawn, so the layout starts from a sensible spot. */
function startingPosition(instance: Core, edges: readonly CanvasEdge[], id: string): cytoscape.Position | undefined {
  for (const edge of edges) {
    const other = edge.source === id ? edge.target : edge.target === id ? edge.source : null;
    const drawn = other ? instance.getElementById(other) : null;
    if (drawn && drawn.nonempty()) {
      const at = drawn.position();
      return { x: at.x + (Math.random() - 0.5) * 80, y: at.y + (Math.random() - 0.5) * 80 };
    }
  }
  return undefined;
}

function merge(instance: Core, props: Props): boolean {
  const { nodes, edges, focusId, pathIds } = props;
  const wanted = new Set([...nodes.map((node) => node.id), ...edges.map((edge) => edge.id)]);
  // An element fading out that is wanted again stays (its fade is stopped before it removes it).
  instance.elements().filter((element) => wanted.has(element.id()) && element.animated()).stop(true, false).style('opacity', 1);
  const leaving = instance.elements().filter((element) => !wanted.has(element.id()));
  const added: ElementDefinition[] = [];
  for (const node of nodes) {
    const drawn = instance.getElementById(node.id);
    const classes = classesOf(node, focusId, pathIds);
    if (drawn.nonempty()) {
      drawn.data({ label: node.name, type: node.type });
      drawn.classes(classes);
    } else {
      const position = startingPosition(instance, edges, node.id);
      added.push({ group: 'nodes', data: { id: node.id, label: node.name, type: node.type }, classes, ...(position ? { position } : {}) });
    }
  }
  const labelled = edges.length <= ALL_EDGE_LABELS_UP_TO;
  for (const edge of edges) {
    const classes = [labelled && 'labelled', !edge.inForce && 'ended', pathIds.has(edge.id) && 'path'].filter(Boolean).join(' ');
    const drawn = instance.getElementById(edge.id);
    if (drawn.nonempty()) {
      drawn.data({ label: edge.label });
      drawn.classes(classes);
    } else added.push({ group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target, label: edge.label }, classes });
  }
  if (props.reducedMotion || instance.elements().empty()) leaving.remove();
  else leaving.forEach((element) => void element.animate({ style: { opacity: 0 } }, { duration: FADE_MS, complete: () => void element.remove() }));
  const fresh = instance.add(added);
  if (!props.reducedMotion && instance.nodes().length > fresh.nodes().length) {
    fresh.style('opacity', 0);
    fresh.animate({ style: { opacity: 1 } }, { duration: FADE_MS });
  }
  return added.length > 0 || leaving.nonempty();
}

/** Above this many nodes the layout's slow-cooling pass costs more than it adds (docs/benchmarks.md). */
const PROOF_QUALITY_UP_TO = 120;

function runLayout(instance: Core, props: Props, firstTime: boolean, container: HTMLElement) {
  const started = performance.now();
  instance.one('layoutstop', () => container.setAttribute('data-layout-ms', String(Math.round(performance.now() - started))));
  instance
    .layout({
      name: 'fcose',
      // Without randomising, fCoSE needs its proof quality to start from the positions drawn.
      quality: !firstTime || instance.nodes().length <= PROOF_QUALITY_UP_TO ? 'proof' : 'default',
      randomize: firstTime,
      animate: !props.reducedMotion && !firstTime,
      animationDuration: 500,
      nodeDimensionsIncludeLabels: true,
      // Measured on startlån opened at Husbanken (33 nodes, 119 relationships): wider than fCoSE's defaults keeps labels apart.
      nodeRepulsion: 20000,
      idealEdgeLength: 140,
      nodeSeparation: 110,
      padding: 24,
      fit: true,
    } as cytoscape.LayoutOptions)
    .run();
}

export default function GraphCanvas(props: Props) {
  const container = useRef<HTMLDivElement>(null);
  const graph = useRef<Core | null>(null);
  const handlers = useRef({ onSelect: props.onSelect, onToggleOpen: props.onToggleOpen });
  handlers.current = { onSelect: props.onSelect, onToggleOpen: props.onToggleOpen };
  const { exportRef } = props;

  useEffect(() => {
    if (!container.current) return;
    const instance = cytoscape({ container: container.current, style: CANVAS_STYLE, wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 3 });
    instance.on('tap', 'node', (event) => handlers.current.onSelect(event.target.id() as string));
    instance.on('dbltap', 'node', (event) => handlers.current.onToggleOpen(event.target.id() as string));
    graph.current = instance;
    exportRef.current = {
      png: () => instance.png({ output: 'blob-promise', bg: '#ffffff', full: true, scale: 2 }),
      svg: () => instance.svg({ full: true, bg: '#ffffff' }),
    };
    return () => {
      exportRef.current = null;
      instance.destroy();
      graph.current = null;
    };
  }, [exportRef]);

  const seeded = useRef(false);
  useEffect(() => {
    const instance = graph.current;
    if (!instance || !container.current) return;
    const changed = merge(instance, props);
    if (changed) runLayout(instance, props, !seeded.current, container.current);
    seeded.current = true;
    // The whole props object is read; these are the parts that change what is drawn.
  }, [props.nodes, props.edges, props.focusId, props.pathIds]);

  useEffect(() => {
    const instance = graph.current;
    if (!instance) return;
    instance.nodes().unselect();
    instance.edges().removeClass('near');
    if (props.selectedId) {
      const node = instance.getElementById(props.selectedId);
      node.select();
      node.connectedEdges().addClass('near');
    }
  }, [props.selectedId, props.nodes]);

  const { zoomCommand } = props;
  useEffect(() => {
    const instance = graph.current;
    if (!instance || !zoomCommand) return;
    if (zoomCommand.kind === 'fit') instance.fit(undefined, 24);
    else instance.zoom({ level: instance.zoom() * (zoomCommand.kind === 'in' ? 1.25 : 0.8), renderedPosition: { x: instance.width() / 2, y: instance.height() / 2 } });
  }, [zoomCommand]);

  return <div ref={container} className="graph-canvas" role="img" aria-label={props.label} data-node-count={props.nodes.length} data-edge-count={props.edges.length} />;
}
