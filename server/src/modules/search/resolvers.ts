import { badUserInput } from '../../errors.ts';
import type { Resolvers } from '../../generated/graphql.ts';
import { readScope } from '../common/scope.ts';
import type { NodeRecord } from '../entity/entity-model.ts';
import { TYPE_LABELS, type EntityTypeName } from '../entity/read-fields.ts';
import { toLuceneQuery } from './lucene-query.ts';
import { rankHits } from './rank.ts';

const MAX_HITS = 50;
/** Searchable by default: everything but criteria and sources, which are reached from their entity. */
const DEFAULT_TYPES: EntityTypeName[] = ['INSTRUMENT', 'ACTOR', 'TARGET_GROUP', 'GOAL', 'STRATEGY', 'LEGAL_BASIS'];

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_parent, args, context) => {
      const scope = readScope(args);
      const first = args.first ?? 20;
      if (first < 1 || first > MAX_HITS) throw badUserInput(`\`first\` must be between 1 and ${MAX_HITS}.`, 'first');
      if (args.text.length > 200) throw badUserInput('Search text can be at most 200 characters.', 'text');
      const query = toLuceneQuery(args.text);
      if (!query) return [];
      // Labels reach Cypher only through this mapping from the GraphQL enum.
      const labels = (args.types?.length ? args.types : DEFAULT_TYPES).map((type) => TYPE_LABELS[type]);
      // Read the index's best 50 so exact name matches further down can be ranked up.
      const rows = await context.db.read('search/search-entities', { query, labels, limit: MAX_HITS });
      const hits = rows.map((row) => ({
        node: row.node as NodeRecord,
        score: Number(row.score),
        matchedFormerName: typeof row.matchedFormerName === 'string' ? row.matchedFormerName : null,
      }));
      return rankHits(hits, args.text)
        .slice(0, first)
        .map((hit) => ({ entity: { scope, node: hit.node }, score: hit.score, matchedFormerName: hit.matchedFormerName }));
    },
  },
};
