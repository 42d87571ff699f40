/**
 * The synthetic graphs the render bench draws: shaped like ours (the five entity types in the seed
 * graph's proportions, names of real length from seeds/, about 2.3 relationships per node as in
 * the real 670 nodes / 1,549 relationships, clustered like copies of the seed graph), laid out
 * once with ForceAtlas2 in Node so both libraries draw the same positions and the bench measures
 * drawing, not layout. Seeded: the same size always gives the same graph and the same positions.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import path from 'node:path';
import { ROOT_DIR } from '../../server/src/config.ts';
import { loadSeeds } from '../../server/src/seed/load-seeds.ts';
import { seededRandom } from '../lib/seeded-random.ts';

export type EntityType = 'INSTRUMENT' | 'ACTOR' | 'TARGET_GROUP' | 'GOAL' | 'STRATEGY';

export interface BenchNode {
  id: string;
  label: string;
  type: EntityType;
  x: number;
  y: number;
}

export interface BenchEdge {
  id: string;
  source: string;
  target: string;
}

export interface BenchGraph {
  nodes: BenchNode[];
  edges: BenchEdge[];
}

const SEED_LABELS: Record<string, EntityType> = { Instrument: 'INSTRUMENT', Actor: 'ACTOR', TargetGroup: 'TARGET_GROUP', Goal: 'GOAL', Strategy: 'STRATEGY' };
/** The real graph: 670 nodes, 1,549 relationships. */
const EDGES_PER_NODE = 1549 / 670;
/** About the size of one copy of the seed's policy entities (109 of them); most links stay inside one. */
const CLUSTER_SIZE = 110;
const SHARE_INSIDE_CLUSTER = 0.85;
const LAYOUT_ITERATIONS = 100;


/** The bokmål names of the seed graph's instruments, actors, target groups, goals and strategies, by type. */
export async function seedNames(): Promise<Map<EntityType, string[]>> {
  const { graph } = await loadSeeds(path.join(ROOT_DIR, 'seeds'));
  const names = new Map<EntityType, string[]>();
  for (const node of graph.nodes) {
    const type = SEED_LABELS[node.label];
    const name = node.props.name_nb;
    if (!type || typeof name !== 'string') continue;
    names.set(type, [...(names.get(type) ?? []), name]);
  }
  return names;
}

/** Nodes cycle through the seed's own sequence of types, so proportions and name lengths are the real ones; copies get a number. */
function makeNodes(size: number, names: Map<EntityType, string[]>): Omit<BenchNode, 'x' | 'y'>[] {
  const pool = [...names.entries()].flatMap(([type, list]) => list.map((name) => ({ type, name })));
  if (pool.length === 0) throw new Error('seeds/ has no named instruments, actors, target groups, goals or strategies');
  return Array.from({ length: size }, (_, index) => {
    const entry = pool[index % pool.length] as { type: EntityType; name: string };
    const copy = Math.floor(index / pool.length);
    return { id: `n${index}`, type: entry.type, label: copy === 0 ? entry.name : `${entry.name} ${copy + 1}` };
  });
}

function makeEdges(size: number, random: () => number): BenchEdge[] {
  const wanted = Math.round(size * EDGES_PER_NODE);
  const seen = new Set<string>();
  const edges: BenchEdge[] = [];
  const clusterCount = Math.max(1, Math.ceil(size / CLUSTER_SIZE));
  const pick = (limit: number): number => Math.floor(random() * limit);
  // Stops at the wanted count; a small graph can hold far more distinct pairs than it needs.
  while (edges.length < wanted) {
    const source = pick(size);
    const cluster = Math.floor(source / CLUSTER_SIZE) % clusterCount;
    const clusterStart = cluster * CLUSTER_SIZE;
    const clusterLength = Math.min(CLUSTER_SIZE, size - clusterStart);
    const target = random() < SHARE_INSIDE_CLUSTER ? clusterStart + pick(clusterLength) : pick(size);
    const key = `${Math.min(source, target)}-${Math.max(source, target)}`;
    if (source === target || seen.has(key)) continue;
    seen.add(key);
    edges.push({ id: `e${edges.length}`, source: `n${source}`, target: `n${target}` });
  }
  return edges;
}

/** ForceAtlas2 from seeded random starting positions; Barnes–Hut above 1,000 nodes, where the exact version is too slow. */
function layOut(nodes: Omit<BenchNode, 'x' | 'y'>[], edges: BenchEdge[], random: () => number): BenchNode[] {
  const graph = new Graph({ type: 'undirected', multi: false });
  for (const node of nodes) graph.addNode(node.id, { x: random() * 1000, y: random() * 1000 });
  for (const edge of edges) graph.addEdge(edge.source, edge.target);
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: nodes.length > 1000 };
  const positions = forceAtlas2(graph, { iterations: LAYOUT_ITERATIONS, settings });
  return nodes.map((node) => {
    const position = positions[node.id];
    if (!position) throw new Error(`ForceAtlas2 gave no position for ${node.id}`);
    return { ...node, x: position.x, y: position.y };
  });
}

export function syntheticGraph(size: number, names: Map<EntityType, string[]>, seed = 16): BenchGraph {
  const random = seededRandom(seed * 100_003 + size);
  const nodes = makeNodes(size, names);
  const edges = makeEdges(size, random);
  return { nodes: layOut(nodes, edges, random), edges };
}
