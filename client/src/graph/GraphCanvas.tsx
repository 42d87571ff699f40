/**
 * The cytoscape canvas (MIT, no telemetry). A supplementary view: the list twin is the accessible
 * way through the same nodes and relations. Loaded in its own chunk.
 */
import { useEffect, useRef } from 'react';
import cytoscape, { type Core } from 'cytoscape';
import type { EntityType, LinkType } from '../gql/graphql.ts';
import { TYPE_STYLE } from './graph-style.ts';

export type CanvasNode = { id: string; name: string; type: EntityType };
export type CanvasEdge = { id: string; source: string; target: string; type: LinkType; label: string };

type Props = {
  nodes: readonly CanvasNode[];
  edges: readonly CanvasEdge[];
  focusId: string;
  selectedId: string | null;
  label: string;
  onSelect: (id: string) => void;
  onExpand: (id: string) => void;
  zoomCommand: { kind: 'in' | 'out' | 'fit'; at: number } | null;
};

export default function GraphCanvas({ nodes, edges, focusId, selectedId, label, onSelect, onExpand, zoomCommand }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const graph = useRef<Core | null>(null);
  const handlers = useRef({ onSelect, onExpand });
  handlers.current = { onSelect, onExpand };

  useEffect(() => {
    if (!container.current) return;
    const instance = cytoscape({
      container: container.current,
      elements: [
        ...nodes.map((node) => ({ data: { id: node.id, label: node.name, type: node.type }, classes: node.id === focusId ? 'focus' : '' })),
        ...edges.map((edge) => ({ data: { id: edge.id, source: edge.source, target: edge.target, label: edge.label } })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'font-family': 'Inter, sans-serif',
            'font-size': 11,
            color: '#1e2b3c',
            'text-wrap': 'wrap',
            'text-max-width': '120px',
            'text-valign': 'bottom',
            'text-margin-y': 4,
            width: 22,
            height: 22,
          },
        },
        ...Object.entries(TYPE_STYLE).map(([type, style]) => ({
          selector: `node[type = "${type}"]`,
          style: { 'background-color': style.color, shape: style.shape as cytoscape.Css.NodeShape },
        })),
        { selector: 'node.focus', style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#1e2b3c', 'font-weight': 600 } },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#e5a000' } },
        {
          selector: 'edge',
          style: { width: 1.5, 'line-color': '#767676', 'target-arrow-color': '#767676', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'font-size': 9, color: '#404040', 'text-rotation': 'autorotate' },
        },
        // Relation names only around the selected node: with every label shown the canvas is unreadable.
        { selector: 'edge.near', style: { label: 'data(label)', width: 2.5, 'line-color': '#1e2b3c', 'target-arrow-color': '#1e2b3c' } },
      ],
      // Focus in the middle, its neighbours in rings around it (Kumu's focus view).
      layout: {
        name: 'concentric',
        concentric: (node: cytoscape.NodeSingular) => (node.id() === focusId ? 3 : node.edgesWith(`#${CSS.escape(focusId)}`).length > 0 ? 2 : 1),
        levelWidth: () => 1,
        minNodeSpacing: 36,
        animate: false,
        padding: 24,
      },
      wheelSensitivity: 0.3,
    });
    instance.on('tap', 'node', (event) => handlers.current.onSelect(event.target.id() as string));
    instance.on('dbltap', 'node', (event) => handlers.current.onExpand(event.target.id() as string));
    graph.current = instance;
    return () => {
      instance.destroy();
      graph.current = null;
    };
  }, [nodes, edges, focusId]);

  useEffect(() => {
    const instance = graph.current;
    if (!instance) return;
    instance.nodes().unselect();
    instance.edges().removeClass('near');
    if (selectedId) {
      const node = instance.getElementById(selectedId);
      node.select();
      node.connectedEdges().addClass('near');
    }
  }, [selectedId, nodes]);

  useEffect(() => {
    const instance = graph.current;
    if (!instance || !zoomCommand) return;
    if (zoomCommand.kind === 'fit') instance.fit(undefined, 20);
    else instance.zoom({ level: instance.zoom() * (zoomCommand.kind === 'in' ? 1.25 : 0.8), renderedPosition: { x: instance.width() / 2, y: instance.height() / 2 } });
  }, [zoomCommand]);

  return <div ref={container} className="graph-canvas" role="img" aria-label={label} data-node-count={nodes.length} data-edge-count={edges.length} />;
}
