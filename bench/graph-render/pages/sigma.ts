/**
 * sigma.js 3 on a graphology graph, made to look as close to the explorer's Cytoscape style as
 * sigma's built-in programs allow: the same colours, nodes 22 graph units across that grow with
 * the zoom as Cytoscape's do, 11 px labels, arrows. Sigma draws nodes and edges with WebGL and
 * labels on a 2D canvas; its built-in nodes are circles only (shapes need extra programs).
 * "Labels on" forces every label, as Cytoscape draws every label; sigma's default would thin
 * them out with its label grid.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import { TYPE_STYLE } from './type-style.ts';
import type { BenchGraph } from '../graph.ts';
import { animate, nextFrame, runPage, type PageResult, type Settings, type View } from './frames.ts';

const NODE_RADIUS = 11;

function toGraphology(graph: BenchGraph, labels: boolean): Graph {
  const result = new Graph({ type: 'directed', multi: false });
  for (const node of graph.nodes) {
    // Sigma's y axis points up, Cytoscape's down: flip, so both show the same picture.
    result.addNode(node.id, { x: node.x, y: -node.y, size: NODE_RADIUS, color: TYPE_STYLE[node.type].color, label: node.label, forceLabel: labels });
  }
  for (const edge of graph.edges) result.addEdgeWithKey(edge.id, edge.source, edge.target, { size: 1.5, color: '#767676' });
  return result;
}

/** Width and height of the graph as shares of the larger one: sigma's camera works in that normalised square. */
function aspect(graph: BenchGraph): { width: number; height: number } {
  const xs = graph.nodes.map((node) => node.x);
  const ys = graph.nodes.map((node) => node.y);
  const width = Math.max(...xs) - Math.min(...xs);
  const height = Math.max(...ys) - Math.min(...ys);
  const larger = Math.max(width, height) || 1;
  return { width: width / larger, height: height / larger };
}

async function bench(settings: Settings, graph: BenchGraph): Promise<PageResult> {
  const container = document.getElementById('graph');
  if (!container) throw new Error('no #graph container');
  const start = performance.now();
  // The constructor draws the first frame synchronously, so counting starts with it.
  let renders = 1;
  const renderer = new Sigma(toGraphology(graph, settings.labels), container, {
    renderLabels: settings.labels,
    labelSize: 11,
    labelFont: 'sans-serif',
    labelColor: { color: '#1e2b3c' },
    defaultEdgeType: 'arrow',
    itemSizesReference: 'positions',
    zoomToSizeRatioFunction: (ratio) => ratio,
    stagePadding: 24,
  });
  renderer.on('afterRender', () => {
    renders++;
  });
  await nextFrame();
  const firstDrawMs = performance.now() - start;
  const camera = renderer.getCamera();
  const shape = aspect(graph);
  const apply = (view: View): void => {
    camera.setState({ ratio: 1 / view.zoom, x: 0.5 + view.dx * shape.width, y: 0.5 - view.dy * shape.height });
  };
  const frames = await animate(apply, () => renders);
  return { library: 'sigma', size: settings.size, labels: settings.labels, firstDrawMs, ...frames };
}

runPage(bench);
