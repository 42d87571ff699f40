import { badUserInput } from '../../errors.ts';
import type { Resolvers } from '../../generated/graphql.ts';
import { resolveScope } from '../common/scope.ts';
import { BROWSED_LABELS, TYPE_LABELS } from '../../vocabulary/index.ts';
import { toLuceneQuery } from './lucene-query.ts';
import { rankHits } from './rank.ts';
import { SEARCH_ENTITIES } from './statements.ts';

const MAX_HITS = 50;

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_parent, args, context) => {
      const scope = await resolveScope(context.db, args);
      const first = args.first ?? 20;
      if (first < 1 || first > MAX_HITS) throw badUserInput(`\`first\` must be between 1 and ${MAX_HITS}.`, 'first');
      if (args.text.length > 200) throw badUserInput('Search text can be at most 200 characters.', 'text');
      const query = toLuceneQuery(args.text);
      if (!query) return [];
      // Labels reach Cypher only through this mapping from the GraphQL enum. Searched by default:
      // everything but criteria and sources, which are reached from their entity.
      const labels = args.types?.length ? args.types.map((type) => TYPE_LABELS[type]) : BROWSED_LABELS;
      // Read the index's best 50 so exact name matches further down can be ranked up.
      const hits = await context.db.read(SEARCH_ENTITIES, { query, revision: scope.revision, labels, limit: MAX_HITS });
      return rankHits(hits, args.text)
        .slice(0, first)
        .map((hit) => ({ entity: { scope, node: hit.node }, score: hit.score, matchedFormerName: hit.matchedFormerName }));
    },
  },
};
