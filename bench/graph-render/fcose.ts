/**
 * Extra information: how long the fcose layout takes on the same graphs, in Node with a headless
 * Cytoscape (the same V8 as Chromium, no drawing). The render bench itself uses precomputed
 * positions, so this is the cost a view would add if it laid the graph out in the browser.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { BenchGraph } from './graph.ts';

cytoscape.use(fcose);

/** Milliseconds from `layout.run()` to its `layoutstop`, with fcose's defaults and no animation (fcose draws its own random start, so this one figure is not seeded). */
export function fcoseMilliseconds(graph: BenchGraph): number {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [...graph.nodes.map((node) => ({ data: { id: node.id } })), ...graph.edges.map((edge) => ({ data: { id: edge.id, source: edge.source, target: edge.target } }))],
  });
  cy.nodes().style({ width: 22, height: 22 });
  const start = performance.now();
  cy.layout({ name: 'fcose', animate: false, randomize: true } as cytoscape.LayoutOptions).run();
  const elapsed = performance.now() - start;
  cy.destroy();
  return elapsed;
}
