/** The statements of a publication (cypher/revisions/), in the order publish.ts runs them. */
import { z } from 'zod';
import { columns, defineStatement, none } from '../neo4j/statement.ts';
import { GRAPH_LABELS, NODE_LABELS, PUBLICATION_KINDS, RELATIONSHIP_TYPES } from '../vocabulary/index.ts';

const revision = z.number().int().positive();
const open = z.number().int().positive();

export const REVISION_AT = defineStatement('revisions/revision-at', z.object({ knownAt: z.string() }), z.object({ revision: z.number().int().nonnegative() }));

export const LOCK_PUBLICATIONS = defineStatement('revisions/lock-publications', none, z.object({ revision }));

export const CURRENT_VERSIONS = defineStatement(
  'revisions/current-versions',
  z.object({ ids: z.array(columns.id) }),
  z.object({ id: columns.id, version: z.number().int().positive().nullable(), labels: z.array(z.enum(GRAPH_LABELS)).nullable(), props: columns.props.nullable() }),
);

export const VERSION_NODE = defineStatement(
  'revisions/version-node',
  z.object({ id: columns.id, revision, open }),
  z.object({ version: z.number().int().positive(), moved: columns.count }),
);

export const CREATE_NODES = defineStatement(
  'revisions/create-nodes',
  z.object({ nodes: z.array(z.object({ id: columns.id, label: z.enum(NODE_LABELS), entity: z.boolean(), props: columns.props })), revision, open }),
  z.object({ written: columns.count }),
);

export const PATCH_NODES = defineStatement(
  'revisions/patch-nodes',
  z.object({ patches: z.array(z.object({ id: columns.id, set: columns.props })), revision }),
  z.object({ written: columns.count }),
);

const relationshipEnds = { id: z.string(), type: z.enum(RELATIONSHIP_TYPES), from: columns.id, to: columns.id };

export const CREATE_RELATIONSHIPS = defineStatement(
  'revisions/create-relationships',
  z.object({ relationships: z.array(z.object({ ...relationshipEnds, props: columns.props })), revision, open }),
  z.object({ written: columns.count }),
);

export const PATCH_RELATIONSHIPS = defineStatement(
  'revisions/patch-relationships',
  z.object({ patches: z.array(z.object({ ...relationshipEnds, set: columns.props })), revision }),
  z.object({ written: columns.count }),
);

export const CLOSE_RELATIONSHIPS = defineStatement(
  'revisions/close-relationships',
  z.object({ relationships: z.array(z.object(relationshipEnds)), revision }),
  z.object({ closed: columns.count }),
);

export const CLOSE_NODES = defineStatement('revisions/close-nodes', z.object({ ids: z.array(columns.id), revision, open }), z.object({ closed: columns.count }));

export const RECORD_PUBLICATION = defineStatement(
  'revisions/record-publication',
  z.object({ revision, kind: z.enum(PUBLICATION_KINDS), changeSetId: z.string(), title: z.string(), checksum: z.string().nullable() }),
  z.object({ revision, publishedAt: z.string() }),
);
