/**
 * Moved to server/src/vocabulary/, the one home of labels and relationship types. This re-export
 * stays only until the entity module imports from there; import from the vocabulary instead.
 */
import { ENTITY_LABELS as entityLabels, type NodeLabel } from '../vocabulary/index.ts';

export {
  COLLECTION_LABELS,
  INSTRUMENT_DETAIL_KINDS,
  LINK_FIELDS,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  STRUCTURAL_TYPES,
  type Collection,
  type InstrumentDetailKind,
  type LinkField,
  type NodeLabel,
} from '../vocabulary/index.ts';

/** As before the move: typed as node labels, so `ENTITY_LABELS.includes(label)` takes any label. */
export const ENTITY_LABELS: readonly NodeLabel[] = entityLabels;
