/**
 * The canvas's stylesheet. Labels are at least 11 px at zoom 1 with a light backing so they stay
 * readable where lines cross; relationship names show on every edge while the view is small enough
 * to read them, otherwise around the selected node and along a path.
 */
import type cytoscape from 'cytoscape';
import { TYPE_STYLE } from './graph-style.ts';

const INK = '#1e2b3c';
const LINE = '#6b6b6b';
const HIGHLIGHT = '#b35900';

const edgeLabel = {
  label: 'data(label)',
  'font-size': 11,
  color: '#2b2b2b',
  'text-rotation': 'autorotate',
  'text-background-color': '#ffffff',
  'text-background-opacity': 0.9,
  'text-background-padding': '2px',
} as const;

export const CANVAS_STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': 'Inter, system-ui, sans-serif',
      'font-size': 13,
      color: INK,
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      width: 24,
      height: 24,
    },
  },
  ...Object.entries(TYPE_STYLE).map(([type, style]) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': style.color, shape: style.shape as cytoscape.Css.NodeShape },
  })),
  { selector: 'node.opened', style: { 'border-width': 2, 'border-color': INK, 'border-style': 'double' } },
  { selector: 'node.focus', style: { width: 36, height: 36, 'border-width': 3, 'border-color': INK, 'font-weight': 600 } },
  { selector: 'node.ended', style: { 'background-opacity': 0.35, 'border-width': 2, 'border-style': 'dashed', 'border-color': LINE } },
  { selector: 'node.path', style: { 'border-width': 4, 'border-color': HIGHLIGHT } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#e5a000' } },
  {
    selector: 'edge',
    style: { width: 1.5, 'line-color': LINE, 'target-arrow-color': LINE, 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'arrow-scale': 0.9 },
  },
  { selector: 'edge.labelled', style: edgeLabel },
  { selector: 'edge.ended', style: { 'line-style': 'dashed', opacity: 0.6 } },
  { selector: 'edge.near', style: { ...edgeLabel, width: 2.5, 'line-color': INK, 'target-arrow-color': INK } },
  { selector: 'edge.path', style: { ...edgeLabel, width: 4, 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT } },
];

/** Above this many edges, names on every edge would cover each other. */
export const ALL_EDGE_LABELS_UP_TO = 60;
