/** A relationship row of the graph statements as the API's `GraphEdge`. */
import type { GraphEdge } from '../../generated/graphql.ts';
import type { LinkType } from '../../vocabulary/index.ts';

export interface EdgeRow {
  type: LinkType;
  source: string;
  target: string;
  validFrom: string | null;
  validTo: string | null;
}

export function toEdge(row: EdgeRow): GraphEdge {
  return { id: `${row.source}|${row.type}|${row.target}`, type: row.type, source: row.source, target: row.target, validFrom: row.validFrom, validTo: row.validTo };
}
