/**
 * The statements the seed pipeline runs besides a publication's (server/src/revisions/): the schema
 * (constraints and indexes), the fingerprint an import diffs against, and the counts that report on it; and the count start-up reads to decide whether to seed.
 */
import { z } from 'zod';
import { loadCypherFiles } from '../neo4j/cypher-loader.ts';
import { columns, defineStatement, none, type Statement } from '../neo4j/statement.ts';
import { MARKER_LABELS, NODE_LABELS, RELATIONSHIP_TYPES } from '../vocabulary/index.ts';

const rank = (name: string): number => (name.includes('/constraint-') ? 0 : name.includes('/await-') ? 2 : 1);
const schemaOrder = (a: string, b: string): number => rank(a) - rank(b) || a.localeCompare(b);

/**
 * Every file in cypher/schema/, in the order they are applied: constraints first, then indexes,
 * then the wait until they are online. A schema statement takes no parameters and returns no rows,
 * so each file's descriptor is that one contract (statements.test.ts holds each header to it).
 */
export const SCHEMA_STATEMENTS: readonly Statement<typeof none, typeof none>[] = [...loadCypherFiles().keys()]
  .filter((name) => name.startsWith('schema/'))
  .sort(schemaOrder)
  .map((name) => defineStatement(name, none, none));

const nodeLabel = z.enum(NODE_LABELS);
const relationshipType = z.enum(RELATIONSHIP_TYPES);
/** A seeded node carries its own label and the marker labels. */
const seededLabel = z.enum([...NODE_LABELS, ...MARKER_LABELS]);

export const COUNT_SEEDED = defineStatement('seed/count-seeded', none, z.object({ count: columns.count }));

export const COUNT_EDIT_PUBLICATIONS = defineStatement('seed/count-edit-publications', none, z.object({ edits: columns.count }));

export const COUNT_LEGACY_RECORDS = defineStatement('seed/count-legacy-records', none, z.object({ count: columns.count }));

export const DELETE_LEGACY_RECORDS = defineStatement('seed/delete-legacy-records', none, z.object({ deleted: columns.count }));

const open = z.object({ open: z.number().int().positive() });

export const COUNT_LABELS = defineStatement('seed/count-labels', z.object({ markerLabels: z.array(z.enum(MARKER_LABELS)) }), z.object({ label: nodeLabel, count: columns.count }));

export const COUNT_RELATIONSHIP_TYPES = defineStatement('seed/count-relationship-types', open, z.object({ type: relationshipType, count: columns.count }));

export const GRAPH_FINGERPRINT = defineStatement(
  'seed/graph-fingerprint',
  open,
  z.object({
    nodes: z.array(z.object({ id: columns.id, labels: z.array(seededLabel), props: columns.props })),
    relationships: z.array(z.object({ from: columns.id, type: relationshipType, to: columns.id, props: columns.props })),
  }),
);
