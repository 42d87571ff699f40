/** The least a page needs to show a sigma graph (sigma + graphology): what a view using it pays in bundle size. */
import Graph from 'graphology';
import Sigma from 'sigma';

const graph = new Graph();
graph.addNode('a', { x: 0, y: 0, size: 5, label: 'a' });
const container = document.getElementById('graph');
if (container) new Sigma(graph, container);
