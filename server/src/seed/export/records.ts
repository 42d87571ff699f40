/**
 * What the seeds export reads from the graph for one seed entry: the node's stored properties and
 * the parts build-graph.ts made of the entry (name periods, outgoing links, criteria, details,
 * municipality groups, the sources it cites). `cypher/seed-export/records.cypher` returns exactly
 * this, and `records.test.ts` builds it from a seed graph to prove the inverse without a database.
 */
export type Props = Record<string, unknown>;

export interface ExportLink {
  type: string;
  to: string;
  props: Props;
}

export interface ExportRecord {
  props: Props;
  names: Props[];
  links: ExportLink[];
  criteria: Props[];
  details: Props[];
  groups: Props[];
  /** Ids of the sources the node itself is SUPPORTED_BY. */
  supportedBy: string[];
}

export interface ExportRelation {
  type: string;
  from: string;
  to: string;
  props: Props;
}
