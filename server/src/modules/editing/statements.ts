/** The editing module's statements (cypher/editing/): change sets, history, readers' reports. */
import { z } from 'zod';
import { columns, defineStatement } from '../../neo4j/statement.ts';
import { GRAPH_LABELS } from '../../vocabulary/index.ts';

const CHANGE_SET_STATUSES = ['DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'WITHDRAWN'] as const;
export const changeSetStatus = z.enum(CHANGE_SET_STATUSES);
export type ChangeSetStatusName = z.infer<typeof changeSetStatus>;

/** A change as stored: JSON columns are parsed by the service (models.ts). */
export const storedChange = z.object({
  id: z.string(),
  changeSetId: z.string(),
  seq: z.number().int(),
  operation: z.string(),
  entityId: z.string(),
  entityLabel: z.string(),
  baseVersion: z.number().int().nonnegative(),
  reason: z.string(),
  sourceIds: z.array(z.string()),
  input: z.string(),
  records: z.string(),
  fields: z.string(),
});
export type StoredChange = z.infer<typeof storedChange>;

const dateTime = z.string().nullable().optional();
export const storedChangeSet = z.object({
  id: z.string(),
  title: z.string(),
  reason: z.string().optional(),
  kind: z.enum(['EDIT', 'SEED_IMPORT']),
  status: changeSetStatus,
  authorName: z.string(),
  authorEmail: z.string(),
  createdAt: dateTime,
  submittedAt: dateTime,
  reviewerName: z.string().nullable().optional(),
  reviewerEmail: z.string().nullable().optional(),
  reviewedAt: dateTime,
  reviewNote: z.string().nullable().optional(),
  revision: z.number().int().nullable().optional(),
  publishedAt: dateTime,
});
export type StoredChangeSet = z.infer<typeof storedChangeSet>;

const newChange = storedChange.omit({ changeSetId: true, seq: true });

export const CREATE_CHANGE_SET = defineStatement(
  'editing/create-change-set',
  z.object({ changeSet: z.object({ id: z.string(), title: z.string(), reason: z.string(), kind: z.enum(['EDIT', 'SEED_IMPORT']), status: changeSetStatus, authorName: z.string(), authorEmail: z.string() }) }),
  z.object({ id: z.string() }),
);

export const ADD_CHANGES = defineStatement(
  'editing/add-changes',
  z.object({ changeSetId: z.string(), statuses: z.array(changeSetStatus), changes: z.array(newChange) }),
  z.object({ added: columns.count }),
);

export const MARK_PUBLISHED = defineStatement(
  'editing/mark-published',
  z.object({ id: z.string(), revision: z.number().int().positive(), reviewerName: z.string(), reviewerEmail: z.string(), note: z.string().nullable() }),
  z.object({ id: z.string() }),
);

export const READ_CHANGE_SETS = defineStatement(
  'editing/read-change-sets',
  z.object({ statuses: z.array(changeSetStatus), viewerEmail: z.string(), afterCreatedAt: z.string(), afterId: z.string(), limit: z.number().int().positive() }),
  z.object({ changeSet: storedChangeSet, changes: z.array(storedChange) }),
);

export const READ_CHANGE_SET = defineStatement('editing/read-change-set', z.object({ id: z.string() }), z.object({ changeSet: storedChangeSet, changes: z.array(storedChange) }));

export const SET_CHANGE_SET_STATUS = defineStatement(
  'editing/set-change-set-status',
  z.object({ id: z.string(), from: z.array(changeSetStatus), to: changeSetStatus, authorEmail: z.string(), reviewer: z.object({ name: z.string(), email: z.string(), note: z.string() }) }),
  z.object({ id: z.string() }),
);

export const REMOVE_CHANGE = defineStatement('editing/remove-change', z.object({ changeSetId: z.string(), changeId: z.string(), authorEmail: z.string() }), z.object({ removed: columns.count }));

export const HISTORY = defineStatement(
  'editing/history',
  z.object({ id: z.string(), beforeRevision: z.number().int(), beforeSeq: z.number().int(), limit: z.number().int().positive() }),
  z.object({ changeSet: storedChangeSet.pick({ id: true, title: true, kind: true, status: true, authorName: true, authorEmail: true, reviewerName: true, reviewerEmail: true, revision: true, publishedAt: true }), change: storedChange }),
);

export const PUBLICATIONS = defineStatement(
  'editing/publications',
  z.object({ limit: z.number().int().positive() }),
  z.object({ revision: z.number().int(), publishedAt: z.string(), kind: z.enum(['EDIT', 'SEED_IMPORT']), changeSetId: z.string(), title: z.string() }),
);

const linkRow = z.object({ type: z.string(), to: z.string(), toLabels: z.array(z.enum(GRAPH_LABELS)), props: columns.props, toProps: columns.props.nullable() });
export type EntityStateLink = z.infer<typeof linkRow>;

export const ENTITY_STATE = defineStatement(
  'editing/entity-state',
  z.object({ id: z.string(), otherIds: z.array(z.string()), open: z.number().int().positive() }),
  z.object({
    entity: z.object({ labels: z.array(z.enum(GRAPH_LABELS)), props: columns.props }).nullable(),
    links: z.array(linkRow),
    others: z.array(z.object({ id: z.string(), labels: z.array(z.enum(GRAPH_LABELS)), confidence: z.string().nullable() })),
  }),
);

const suggestion = z.object({ id: z.string(), page: z.string(), entityId: z.string().nullable().optional(), text: z.string(), status: z.enum(['OPEN', 'CLOSED']), closingNote: z.string().nullable().optional(), createdAt: z.string() });

export const CREATE_SUGGESTION = defineStatement(
  'editing/create-suggestion',
  z.object({ id: z.string(), page: z.string(), entityId: z.string().nullable(), text: z.string() }),
  z.object({ id: z.string(), createdAt: z.string() }),
);

export const READ_SUGGESTIONS = defineStatement('editing/read-suggestions', z.object({ status: z.enum(['OPEN', 'CLOSED']), limit: z.number().int().positive() }), z.object({ suggestion }));

export const CLOSE_SUGGESTION = defineStatement('editing/close-suggestion', z.object({ id: z.string(), note: z.string(), closedBy: z.string() }), z.object({ suggestion }));
