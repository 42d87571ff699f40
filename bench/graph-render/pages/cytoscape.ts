/**
 * Cytoscape.js with the explorer's own style (client/src/graph/GraphCanvas.tsx at 278a764: 22 px nodes with
 * a shape and colour per type, wrapped 11 px labels below, bezier edges with arrows), positions
 * preset. `?webgl=1` turns on the WebGL renderer preview of 3.31+ (labels are then drawn into
 * texture atlases and shown by WebGL).
 */
import cytoscape from 'cytoscape';
import { TYPE_STYLE } from './type-style.ts';
import type { BenchGraph } from '../graph.ts';
import { animate, nextFrame, runPage, type PageResult, type Settings, type View } from './frames.ts';

function style(labels: boolean): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        ...(labels ? { label: 'data(label)' } : {}),
        'font-family': 'sans-serif',
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
    ...Object.entries(TYPE_STYLE).map(([type, typeStyle]) => ({
      selector: `node[type = "${type}"]`,
      style: { 'background-color': typeStyle.color, shape: typeStyle.shape },
    })),
    { selector: 'edge', style: { width: 1.5, 'line-color': '#767676', 'target-arrow-color': '#767676', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier' } },
  ];
}

function elements(graph: BenchGraph): cytoscape.ElementDefinition[] {
  return [
    ...graph.nodes.map((node) => ({ data: { id: node.id, label: node.label, type: node.type }, position: { x: node.x, y: node.y } })),
    ...graph.edges.map((edge) => ({ data: { id: edge.id, source: edge.source, target: edge.target } })),
  ];
}

/** The explorer's options, plus the preview renderer's switch, which the type declarations do not know yet. */
type Options = cytoscape.CytoscapeOptions & { renderer?: { name: 'canvas'; webgl: boolean } };

/** Cytoscape's renderer, which the public types do not describe. */
interface Renderer {
  render: (options?: unknown) => void;
}

/**
 * Calls `onFrame` after each frame the renderer draws. The WebGL preview draws without emitting
 * Cytoscape's `render` event, so both modes are counted at the renderer's own `render`, which the
 * renderer's animation-frame loop calls only when something has to be redrawn.
 */
function countFrames(cy: cytoscape.Core, onFrame: () => void): void {
  const renderer = (cy as unknown as { renderer: () => Renderer }).renderer();
  const draw = renderer.render.bind(renderer);
  renderer.render = (options?: unknown): void => {
    draw(options);
    onFrame();
  };
}

async function bench(settings: Settings, graph: BenchGraph): Promise<PageResult> {
  const container = document.getElementById('graph');
  if (!container) throw new Error('no #graph container');
  const start = performance.now();
  let renders = 0;
  const firstRender = new Promise<void>((resolve) => {
    const options: Options = {
      container,
      elements: elements(graph),
      style: style(settings.labels),
      layout: { name: 'preset', fit: true, padding: 24 },
      ...(settings.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    };
    const cy = cytoscape(options);
    countFrames(cy, () => {
      renders++;
      resolve();
    });
    window.benchCy = cy;
  });
  await firstRender;
  await nextFrame();
  const firstDrawMs = performance.now() - start;
  const cy = window.benchCy as cytoscape.Core;
  const fit = { zoom: cy.zoom(), pan: cy.pan() };
  const box = cy.elements().boundingBox();
  // The model point at the middle of the screen once the graph fits.
  const centre = { x: (container.clientWidth / 2 - fit.pan.x) / fit.zoom, y: (container.clientHeight / 2 - fit.pan.y) / fit.zoom };
  const apply = (view: View): void => {
    const zoom = fit.zoom * view.zoom;
    const x = centre.x + view.dx * box.w;
    const y = centre.y + view.dy * box.h;
    cy.viewport({ zoom, pan: { x: container.clientWidth / 2 - zoom * x, y: container.clientHeight / 2 - zoom * y } });
  };
  const frames = await animate(apply, () => renders);
  return { library: settings.webgl ? 'cytoscape-webgl' : 'cytoscape', size: settings.size, labels: settings.labels, firstDrawMs, ...frames };
}

declare global {
  interface Window {
    benchCy?: cytoscape.Core;
  }
}

runPage(bench);
