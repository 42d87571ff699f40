/**
 * The audit trail's diff: each record operation as field-level before/after values, against the
 * current records it was compiled from. Values are JSON text (null: absent), so a reader can show
 * text as text and anything else as data.
 */
import { BOOKKEEPING_PROPERTIES } from '../vocabulary/index.ts';
import type { RecordOp } from './record-ops.ts';

export interface FieldChange {
  record: string;
  action: 'CREATED' | 'CHANGED' | 'CLOSED';
  field: string;
  before: string | null;
  after: string | null;
}

/** Derived or bookkeeping properties: never part of a diff. */
const HIDDEN = new Set<string>([...BOOKKEEPING_PROPERTIES, 'orderName_nb', 'orderName_nn', 'orderName_en', 'orderId', 'orderValidFrom']);

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

export type CurrentProps = ReadonlyMap<string, Readonly<Record<string, unknown>>>;

/** `current` holds the current properties of every record (node id or relationship id) an operation changes or closes. */
export function fieldChanges(ops: readonly RecordOp[], current: CurrentProps): FieldChange[] {
  return ops.flatMap((op): FieldChange[] => {
    switch (op.kind) {
      case 'createNode':
      case 'createRelationship': {
        const record = op.id;
        const extra = op.kind === 'createRelationship' ? { type: op.type, from: op.from, to: op.to } : { label: op.label };
        return Object.entries({ ...extra, ...op.props })
          .filter(([field, value]) => !HIDDEN.has(field) && value !== null)
          .map(([field, value]) => ({ record, action: 'CREATED', field, before: null, after: json(value) }));
      }
      case 'patchNode':
      case 'patchRelationship': {
        const before = current.get(op.id) ?? {};
        return Object.entries(op.set)
          .filter(([field, value]) => !HIDDEN.has(field) && json(before[field]) !== json(value))
          .map(([field, value]) => ({ record: op.id, action: 'CHANGED', field, before: json(before[field]), after: json(value) }));
      }
      case 'closeNode':
      case 'closeRelationship':
        return [{ record: op.id, action: 'CLOSED', field: 'knownTo', before: null, after: null }];
    }
  });
}
