/**
 * Stored change sets and changes as the GraphQL types: JSON columns parsed (and checked), one-line
 * summaries in the reading language, e-mail addresses only for signed-in staff.
 */
import { z } from 'zod';
import type { ChangeOperation, ChangeSet, Change, EntityType, FieldChange, Person } from '../../generated/graphql.ts';
import { isEntityLabel, LABEL_TYPES } from '../../vocabulary/index.ts';
import type { Lang } from '../common/lang.ts';
import type { StoredChange, StoredChangeSet } from './statements.ts';

const fieldChanges = z.array(
  z.object({ record: z.string(), action: z.enum(['CREATED', 'CHANGED', 'CLOSED']), field: z.string(), before: z.string().nullable(), after: z.string().nullable() }),
);

type Input = Record<string, unknown>;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const nameIn = (value: unknown, lang: Lang): string => {
  const name = (value ?? {}) as Record<string, unknown>;
  return text(lang === 'NN' ? (name.nn ?? name.nb) : lang === 'EN' ? (name.en ?? name.nb) : name.nb);
};

/** One line per operation, in the three languages (plain words, ids as the graph has them). */
const SUMMARIES: Record<ChangeOperation, (input: Input, lang: Lang) => string> = {
  UPDATE_FACTS: (input, lang) => {
    const fields = Object.keys((input.facts ?? {}) as object).join(', ');
    return { NB: `Endret fakta: ${fields}`, NN: `Endra fakta: ${fields}`, EN: `Changed facts: ${fields}` }[lang];
  },
  RENAME: (input, lang) => ({ NB: `Nytt navn fra ${text(input.from)}: ${nameIn(input.name, lang)}`, NN: `Nytt namn frå ${text(input.from)}: ${nameIn(input.name, lang)}`, EN: `New name from ${text(input.from)}: ${nameIn(input.name, lang)}` })[lang],
  MOVE_RESPONSIBILITY: (input, lang) => {
    const [role, from, to, day] = [text(input.responsibility), text(input.fromActorId), text(input.toActorId), text(input.from)];
    return { NB: `${role} flyttes fra ${from} til ${to} fra ${day}`, NN: `${role} blir flytta frå ${from} til ${to} frå ${day}`, EN: `${role} moves from ${from} to ${to} from ${day}` }[lang];
  },
  END_ENTITY: (input, lang) => ({ NB: `Avsluttes: siste dag ${text(input.lastDay)}`, NN: `Blir avslutta: siste dag ${text(input.lastDay)}`, EN: `Ends: last day ${text(input.lastDay)}` })[lang],
  ADD_RELATION: (input, lang) => ({ NB: `Ny relasjon ${text(input.type)} til ${text(input.to)}`, NN: `Ny relasjon ${text(input.type)} til ${text(input.to)}`, EN: `New relation ${text(input.type)} to ${text(input.to)}` })[lang],
  END_RELATION: (input, lang) => ({ NB: `Relasjonen ${text(input.relationId)} avsluttes ${text(input.lastDay)}`, NN: `Relasjonen ${text(input.relationId)} blir avslutta ${text(input.lastDay)}`, EN: `Relation ${text(input.relationId)} ends ${text(input.lastDay)}` })[lang],
  ADD_SOURCE: (input, lang) => ({ NB: `Ny kilde: ${text(input.title)}`, NN: `Ny kjelde: ${text(input.title)}`, EN: `New source: ${text(input.title)}` })[lang],
  SEED_RECORD: (input, lang) => {
    const op = text(input.op);
    const action = op.startsWith('create') ? 0 : op.startsWith('close') ? 2 : 1;
    const words = { NB: ['opprettes', 'endres', 'fjernes'], NN: ['blir oppretta', 'blir endra', 'blir fjerna'], EN: ['is created', 'changes', 'is removed'] }[lang];
    const prefix = { NB: 'Fra seeds/', NN: 'Frå seeds/', EN: 'From seeds/' }[lang];
    return `${prefix}: ${text(input.record)} ${words[action] ?? ''}`;
  },

};

const OPERATIONS = Object.keys(SUMMARIES) as ChangeOperation[];

function operationOf(value: string): ChangeOperation {
  if (!OPERATIONS.includes(value as ChangeOperation)) throw new Error(`A stored change has an unknown operation: ${value}`);
  return value as ChangeOperation;
}

function entityTypeOf(label: string): EntityType | null {
  return isEntityLabel(label) ? LABEL_TYPES[label] : null;
}

export interface ViewOptions {
  lang: Lang;
  /** Signed-in staff see e-mail addresses; the public history shows names only. */
  showEmail: boolean;
}

export function personOf(name: string | null | undefined, email: string | null | undefined, options: ViewOptions): Person | null {
  if (!name) return null;
  return { name, email: options.showEmail && email ? email : null };
}

export function changeOf(stored: StoredChange, options: ViewOptions): Change {
  const operation = operationOf(stored.operation);
  const input = JSON.parse(stored.input) as Input;
  const fields: FieldChange[] = fieldChanges.parse(JSON.parse(stored.fields));
  return {
    id: stored.id,
    operation,
    entityId: stored.entityId,
    entityType: entityTypeOf(stored.entityLabel),
    baseVersion: stored.baseVersion,
    reason: stored.reason,
    sourceIds: stored.sourceIds,
    summary: SUMMARIES[operation](input, options.lang),
    fields,
  };
}

export function changeSetOf(stored: StoredChangeSet, changes: readonly StoredChange[], options: ViewOptions): ChangeSet {
  return {
    id: stored.id,
    title: stored.title,
    reason: stored.reason ?? '',
    kind: stored.kind,
    status: stored.status,
    author: personOf(stored.authorName, stored.authorEmail, options) ?? { name: stored.authorName, email: null },
    createdAt: stored.createdAt ?? '',
    submittedAt: stored.submittedAt ?? null,
    reviewer: personOf(stored.reviewerName, stored.reviewerEmail, options),
    reviewedAt: stored.reviewedAt ?? null,
    reviewNote: stored.reviewNote ?? null,
    revision: stored.revision ?? null,
    publishedAt: stored.publishedAt ?? null,
    changes: changes.map((change) => changeOf(change, options)),
  };
}
