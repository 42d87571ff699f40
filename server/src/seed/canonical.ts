import { createHash } from 'node:crypto';
import type { SeedGraph } from './build-graph.ts';

/** JSON with object keys sorted, so equal values serialise equally whatever their key order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Checksum of the validated seed content: the data version shown to users and printed on plans. */
export function seedChecksum(graph: SeedGraph): string {
  const nodes = graph.nodes.map((node) => canonical({ label: node.label, props: node.props })).sort();
  const relationships = graph.relationships.map((r) => canonical({ type: r.type, from: r.from, to: r.to, key: r.key, props: r.props })).sort();
  return createHash('sha256').update(nodes.join('\n')).update('\n--\n').update(relationships.join('\n')).digest('hex');
}
