/** The least a page needs to show a Cytoscape graph: what every view using it pays in bundle size. */
import cytoscape from 'cytoscape';

cytoscape({ container: document.getElementById('graph'), elements: [{ data: { id: 'a' } }] });
