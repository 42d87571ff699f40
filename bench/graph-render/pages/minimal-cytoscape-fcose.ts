/** Cytoscape plus the fcose layout, for the bundle-size table. */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);
cytoscape({ container: document.getElementById('graph'), elements: [{ data: { id: 'a' } }], layout: { name: 'fcose' } });
