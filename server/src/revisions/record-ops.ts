/**
 * Record operations: the only way the graph is written (decision 0008). A seed import and every
 * editor's change compile into these; `publish.ts` applies a list of them as one publication.
 * Values are what the seed pipeline writes (dates as ISO strings, texts flattened to `_nb`/`_nn`/
 * `_en`, conditions as JSON strings); `null` in a `set` removes the property.
 */
import { z } from 'zod';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../vocabulary/index.ts';

const value = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.union([z.string(), z.number(), z.boolean()]))]);
const props = z.record(z.string(), value);

export const recordOpSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('createNode'), id: z.string(), label: z.enum(NODE_LABELS), props }),
  z.object({ kind: z.literal('patchNode'), id: z.string(), set: props }),
  z.object({ kind: z.literal('closeNode'), id: z.string() }),
  z.object({ kind: z.literal('createRelationship'), id: z.string(), type: z.enum(RELATIONSHIP_TYPES), from: z.string(), to: z.string(), props }),
  z.object({ kind: z.literal('patchRelationship'), id: z.string(), type: z.enum(RELATIONSHIP_TYPES), from: z.string(), to: z.string(), set: props }),
  z.object({ kind: z.literal('closeRelationship'), id: z.string(), type: z.enum(RELATIONSHIP_TYPES), from: z.string(), to: z.string() }),
]);
export type RecordOp = z.infer<typeof recordOpSchema>;
export type RecordValue = z.infer<typeof value>;
export type RecordProps = z.infer<typeof props>;

/**
 * The records whose aggregate a list of operations changes, with the version each must still have
 * (0: must not exist yet). A relationship belongs to the record it leaves, so that record is
 * versioned too; its version is what an editor's change is drafted against.
 */
export function touchedIds(ops: readonly RecordOp[]): { versioned: string[]; created: string[] } {
  const created = new Set<string>();
  const versioned = new Set<string>();
  for (const op of ops) {
    if (op.kind === 'createNode') created.add(op.id);
    else if (op.kind === 'patchNode') versioned.add(op.id);
    else if (op.kind === 'createRelationship' || op.kind === 'patchRelationship' || op.kind === 'closeRelationship') versioned.add(op.from);
  }
  for (const id of created) versioned.delete(id);
  return { versioned: [...versioned].sort(), created: [...created].sort() };
}
