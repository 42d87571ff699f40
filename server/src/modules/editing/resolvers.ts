/**
 * The editing API: change sets for editors and reviewers, history and publications for everyone,
 * readers' reports. Every mutation names its role (requireRole checks the session and its CSRF
 * token); nothing reads identity from anything but the server-side session.
 */
import { isStaff, requireRole, requireStaff, type Viewer } from '../../auth/viewer.ts';
import { ErrorCode, PublicError } from '../../errors.ts';
import type { ChangeBasis as ChangeBasisInput, Resolvers } from '../../generated/graphql.ts';
import { RateLimiter } from '../../auth/rate-limit.ts';
import type { Context } from '../../context.ts';
import type { Lang } from '../common/lang.ts';
import { todayInNorway } from '../common/date-scalar.ts';
import { addChange, createChangeSet, publishChangeSet, rejectChangeSet, removeChange, submitChangeSet, withdrawChangeSet, type ChangeRequest, type StoredSet } from './change-sets.service.ts';
import { changeOf, changeSetOf, personOf, type ViewOptions } from './models.ts';
import {
  compileAddRelation,
  compileAddSource,
  compileEndEntity,
  compileEndRelation,
  compileMoveResponsibility,
  compileRename,
  compileUpdateFacts,
  type ChangeBasis,
  type EntityState,
} from './operations.ts';
import { closeSuggestion, fileSuggestion, listChangeSets, listSuggestions, readChangeSet, readHistory, readPublications } from './reads.service.ts';
import type { ChangeSetStatusName } from './statements.ts';

/** Readers' reports: ten a minute from one address is far beyond a person writing them. */
const suggestionLimit = new RateLimiter(10, 60_000);

const options = (context: Context, lang: string | null | undefined): ViewOptions => ({ lang: (lang ?? 'NB') as Lang, showEmail: isStaff(context.auth) });
const staffView = (lang: Lang = 'NB'): ViewOptions => ({ lang, showEmail: true });
const editor = (context: Context): Viewer => requireRole(context.auth, 'editor');
const reviewer = (context: Context): Viewer => requireRole(context.auth, 'reviewer');

const basisOf = (basis: ChangeBasisInput): ChangeBasis => ({ entityId: basis.entityId, baseVersion: basis.baseVersion, reason: basis.reason, sourceIds: basis.sourceIds });

/** Runs a compile step that needs the entity (null only for operations that create their own). */
const withState = (compile: (state: EntityState) => ReturnType<ChangeRequest['compile']>) => (state: EntityState | null) => {
  if (!state) throw new Error('A change about an entity was compiled without it.');
  return compile(state);
};

async function change(context: Context, changeSetId: string, request: Omit<ChangeRequest, 'changeSetId'>) {
  const { set, changeId } = await addChange(context.db, editor(context), { changeSetId, ...request });
  const stored = set.changes.find((candidate) => candidate.id === changeId);
  if (!stored) throw new Error('The change just added is not in its change set.');
  return changeOf(stored, staffView());
}

const view = (set: StoredSet, lang: Lang = 'NB') => changeSetOf(set.changeSet, set.changes, staffView(lang));

export const editingResolvers: Resolvers = {
  Query: {
    viewer: (_parent, _args, context) => {
      const viewer = context.auth.viewer;
      return viewer ? { name: viewer.name, email: viewer.email, roles: viewer.roles.map((role) => role.toUpperCase() as 'EDITOR' | 'REVIEWER' | 'ADMINISTRATOR') } : null;
    },
    changeSets: async (_parent, args, context) => {
      const viewer = requireStaff(context.auth, 'editor', 'reviewer');
      const statuses: ChangeSetStatusName[] = args.status && args.status.length > 0 ? [...args.status] : ['DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'WITHDRAWN'];
      const page = await listChangeSets(context.db, viewer.email, statuses, args.first, args.after);
      return { nodes: page.rows.map((row) => changeSetOf(row.changeSet, row.changes, options(context, args.lang))), pageInfo: page.pageInfo };
    },
    changeSet: async (_parent, args, context) => {
      const viewer = requireStaff(context.auth, 'editor', 'reviewer');
      const row = await readChangeSet(context.db, args.id);
      // Someone else's draft is as good as absent.
      if (!row || (row.changeSet.status === 'DRAFT' && row.changeSet.authorEmail !== viewer.email)) return null;
      return changeSetOf(row.changeSet, row.changes, options(context, args.lang));
    },
    history: async (_parent, args, context) => {
      const page = await readHistory(context.db, args.id, args.first, args.after);
      const view = options(context, args.lang);
      return {
        nodes: page.rows.map(({ changeSet, change: stored }) => ({
          changeSetId: changeSet.id,
          title: changeSet.title,
          revision: changeSet.revision ?? 0,
          publishedAt: changeSet.publishedAt ?? '',
          author: personOf(changeSet.authorName, changeSet.authorEmail, view) ?? { name: changeSet.authorName, email: null },
          reviewer: personOf(changeSet.reviewerName, changeSet.reviewerEmail, view),
          change: changeOf(stored, view),
        })),
        pageInfo: page.pageInfo,
      };
    },
    publications: async (_parent, args, context) => readPublications(context.db, args.first),
    suggestions: async (_parent, args, context) => {
      requireStaff(context.auth, 'editor', 'reviewer');
      return (await listSuggestions(context.db, args.status ?? 'OPEN', args.first)).map((s) => ({ ...s, entityId: s.entityId ?? null, closingNote: s.closingNote ?? null }));
    },
  },
  Mutation: {
    createChangeSet: async (_parent, args, context) => view(await createChangeSet(context.db, editor(context), args.input)),
    updateFacts: (_parent, args, context) =>
      change(context, args.changeSetId, { entityId: args.basis.entityId, otherIds: args.basis.sourceIds, input: { facts: args.facts }, compile: withState((state) => compileUpdateFacts(state, basisOf(args.basis), args.facts)) }),
    renameEntity: (_parent, args, context) =>
      change(context, args.changeSetId, { entityId: args.input.basis.entityId, otherIds: args.input.basis.sourceIds, input: { from: args.input.from, name: args.input.name }, compile: withState((state) => compileRename(state, basisOf(args.input.basis), args.input)) }),
    moveResponsibility: (_parent, args, context) =>
      change(context, args.changeSetId, {
        entityId: args.input.basis.entityId,
        otherIds: [...args.input.basis.sourceIds, args.input.toActorId],
        input: { responsibility: args.input.responsibility, fromActorId: args.input.fromActorId, toActorId: args.input.toActorId, from: args.input.from },
        compile: withState((state) => compileMoveResponsibility(state, basisOf(args.input.basis), args.input)),
      }),
    endEntity: (_parent, args, context) =>
      change(context, args.changeSetId, {
        entityId: args.input.basis.entityId,
        otherIds: [...args.input.basis.sourceIds, ...(args.input.replacedBy ? [args.input.replacedBy] : [])],
        input: { lastDay: args.input.lastDay, replacedBy: args.input.replacedBy ?? null },
        compile: withState((state) => compileEndEntity(state, basisOf(args.input.basis), args.input)),
      }),
    addRelation: (_parent, args, context) =>
      change(context, args.changeSetId, {
        entityId: args.input.basis.entityId,
        otherIds: [...args.input.basis.sourceIds, args.input.to],
        input: { type: args.input.type, to: args.input.to, validFrom: args.input.validFrom ?? null, validTo: args.input.validTo ?? null },
        compile: withState((state) => compileAddRelation(state, basisOf(args.input.basis), args.input)),
      }),
    endRelation: (_parent, args, context) =>
      change(context, args.changeSetId, {
        entityId: args.input.basis.entityId,
        otherIds: args.input.basis.sourceIds,
        input: { relationId: args.input.relationId, lastDay: args.input.lastDay },
        compile: withState((state) => compileEndRelation(state, basisOf(args.input.basis), args.input)),
      }),
    addSource: (_parent, args, context) => {
      const input = { ...args.input, compiledOn: args.input.compiledOn ?? todayInNorway(), confidence: (args.input.confidence ?? 'UNVERIFIED').toLowerCase() };
      return change(context, args.changeSetId, {
        // The source is new: its id is looked up only to refuse one that exists.
        entityId: null,
        otherIds: [input.id],
        input,
        compile: (_state, existing) => compileAddSource(input, existing.has(input.id)),
      });
    },
    removeChange: async (_parent, args, context) => view(await removeChange(context.db, editor(context), args.changeSetId, args.changeId)),
    submitChangeSet: async (_parent, args, context) => view(await submitChangeSet(context.db, editor(context), args.id)),
    withdrawChangeSet: async (_parent, args, context) => view(await withdrawChangeSet(context.db, editor(context), args.id)),
    publishChangeSet: async (_parent, args, context) => view((await publishChangeSet(context.db, reviewer(context), args.id, args.note ?? null)).set),
    rejectChangeSet: async (_parent, args, context) => view(await rejectChangeSet(context.db, reviewer(context), args.id, args.note)),
    reportProblem: async (_parent, args, context) => {
      const admission = suggestionLimit.take(context.clientAddress ?? 'unknown');
      if (!admission.allowed) {
        throw new PublicError(ErrorCode.BAD_USER_INPUT, `Too many reports from here; try again in ${admission.retryAfterSeconds} s.`, { reason: 'RATE_LIMITED', retryAfterSeconds: admission.retryAfterSeconds, http: { status: 429 } });
      }
      return fileSuggestion(context.db, args.input);
    },
    closeSuggestion: async (_parent, args, context) => {
      const viewer = requireRole(context.auth, 'editor', 'reviewer');
      const suggestion = await closeSuggestion(context.db, args.id, args.note, viewer.email);
      return { ...suggestion, entityId: suggestion.entityId ?? null, closingNote: suggestion.closingNote ?? null };
    },
  },
};

