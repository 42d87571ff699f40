/** sigma + graphology + a ForceAtlas2 layout in the page, for the bundle-size table. */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';

const graph = new Graph();
graph.addNode('a', { x: 0, y: 0, size: 5, label: 'a' });
forceAtlas2.assign(graph, { iterations: 10 });
const container = document.getElementById('graph');
if (container) new Sigma(graph, container);
