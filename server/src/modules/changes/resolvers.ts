/**
 * The change feed over GraphQL: `changes` (one round trip per page) and the `changePublished`
 * subscription, which only /graphql/stream serves (live-stream.ts); public, no sign-in.
 */
import { ErrorCode, PublicError } from '../../errors.ts';
import type { EntityType, Resolvers } from '../../generated/graphql.ts';
import type { Lang } from '../common/lang.ts';
import { checkIds, checkSince, labelsOfTypes, pageSize, readChanges } from './changes.service.ts';
import { entryOf } from './entries.ts';
import { changeHubOf, type LiveFilter } from './hub.ts';
import type { ChangeRow } from './statements.ts';

const langOf = (lang: string | null | undefined): Lang => (lang === 'NN' || lang === 'EN' ? lang : 'NB');

const filterOf = (args: { types?: readonly EntityType[] | null; ids?: readonly string[] | null }): LiveFilter => ({ labels: labelsOfTypes(args.types), ids: checkIds(args.ids) });

/** Over POST /graphql graphql-js runs a subscription's `resolve` with no event: say where live updates are. */
const notHere = (): PublicError =>
  new PublicError(ErrorCode.BAD_USER_INPUT, 'Subscriptions are served over Server-Sent Events at /graphql/stream (the graphql-sse protocol), not at /graphql.', { http: { status: 400 } });

function isChangeRow(value: unknown): value is ChangeRow {
  return typeof value === 'object' && value !== null && 'publication' in value && 'changeSet' in value;
}

export const changesResolvers: Resolvers = {
  Query: {
    changes: async (_parent, args, context) => {
      const filter = { ...filterOf(args), since: args.since ? checkSince(args.since) : null };
      const page = await readChanges(context.db, filter, pageSize(args.first, 20), args.after);
      const lang = langOf(args.lang);
      return { nodes: page.rows.map((row) => entryOf(row, lang)), pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
    },
  },
  Subscription: {
    changePublished: {
      subscribe: async (_parent, args, context) => {
        const hub = changeHubOf(context.db);
        if (!hub) throw notHere();
        return hub.subscribe(filterOf(args));
      },
      resolve: (event: unknown, args: { lang?: string | null }) => {
        if (!isChangeRow(event)) throw notHere();
        return entryOf(event, langOf(args.lang));
      },
    },
  },
};
