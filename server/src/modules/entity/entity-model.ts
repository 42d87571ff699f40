/**
 * What the entity Cypher statements return, and the objects resolvers receive. One root field
 * reads one projection (the entity, its names, sources and every relationship in force with the
 * node at the other end); nested GraphQL fields are resolved from it without further queries.
 */
import type { Lang } from '../common/lang.ts';

/** The date, publication moment and language a root field was asked for; every nested field reads with these. */
export interface ReadScope {
  asOf: string;
  /** The graph as published at this instant (ISO 8601, UTC); null for the graph as it is now (decision 0008). */
  knownAt: string | null;
  /** The revision that instant resolves to; CURRENT_REVISION for now. */
  revision: number;
  lang: Lang;
}

export type Props = Record<string, unknown>;

export interface NodeRecord {
  labels: string[];
  props: Props;
  /** NamePeriod properties, all periods. */
  names: Props[];
}

export interface LinkRecord {
  type: string;
  direction: 'OUT' | 'IN';
  props: Props;
  node: NodeRecord;
}

export interface EntityRecord extends NodeRecord {
  links: LinkRecord[];
  /** An instrument's InstrumentDetail properties, in force at the scope's date (absent for neighbours). */
  details?: Props[];
}

/** Sources cited anywhere in a query's answer (links and criteria cite them by id). */
export type SourceIndex = ReadonlyMap<string, Props>;

export interface EntityModel {
  scope: ReadScope;
  record: EntityRecord;
  sourceIndex: SourceIndex;
}

export interface SummaryModel {
  scope: ReadScope;
  node: NodeRecord;
}

export interface LinkModel {
  scope: ReadScope;
  link: LinkRecord;
  sourceIndex: SourceIndex;
}

export interface SourceModel {
  props: Props;
}

export interface NamePeriodModel {
  scope: ReadScope;
  props: Props;
  sourceIndex: SourceIndex;
}

export interface InstrumentDetailModel {
  scope: ReadScope;
  props: Props;
  sourceIndex: SourceIndex;
}

export type NodeModel = EntityModel | SourceModel | SummaryModel;
