import { badUserInput } from '../../errors.ts';
import type { Resolvers, SearchHit, SearchMatchField, Lang } from '../../generated/graphql.ts';
import { resolveScope } from '../common/scope.ts';
import type { ReadScope } from '../entity/entity-model.ts';
import { BROWSED_LABELS, TYPE_LABELS } from '../../vocabulary/index.ts';
import { applyFacets, typeOf, type FacetChoices } from './facets.ts';
import { toLuceneQuery } from './lucene-query.ts';
import type { TextLang } from './match-explanation.ts';
import { MAX_TEXT_LENGTH, queryWords, type QueryWords } from './query-words.ts';
import { rankHits, type Candidate, type RankedHit } from './rank.ts';
import { readSearchEntities, readSearchResults } from './read-search.ts';

const MAX_HITS = 50;
const MAX_FILTER_VALUES = 20;

type HitModel = Omit<SearchHit, 'entity'> & { entity: { scope: ReadScope; node: Candidate['node'] } };

function checkArgs(args: { text: string; first?: number | null }): number {
  const first = args.first ?? 20;
  if (first < 1 || first > MAX_HITS) throw badUserInput(`\`first\` must be between 1 and ${MAX_HITS}.`, 'first');
  if (args.text.length > MAX_TEXT_LENGTH) throw badUserInput(`Search text can be at most ${MAX_TEXT_LENGTH} characters.`, 'text');
  return first;
}

function checkFilter(values: readonly string[] | null | undefined, field: string): readonly string[] {
  if ((values?.length ?? 0) > MAX_FILTER_VALUES) throw badUserInput(`\`${field}\` takes at most ${MAX_FILTER_VALUES} values.`, field);
  return values ?? [];
}

const textLang = (scope: ReadScope): TextLang => scope.lang.toLowerCase() as TextLang;

function toHit<C extends Candidate & { matchedFormerName: string | null }>(hit: RankedHit<C>, scope: ReadScope, words: QueryWords): HitModel {
  const { candidate, match } = hit;
  return {
    entity: { scope, node: candidate.node },
    score: candidate.score,
    matchedFormerName: candidate.matchedFormerName,
    matchedIn: match.field as SearchMatchField,
    matchedTerm: match.term,
    matchedLang: match.lang ? (match.lang.toUpperCase() as Lang) : null,
    missingWords: match.missing.map((word) => words.typed.get(word) ?? word),
  };
}

const ids = (nodes: readonly Candidate['node'][]): string[] => nodes.map((node) => String(node.props.id));

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_parent, args, context) => {
      const scope = await resolveScope(context.db, args);
      const first = checkArgs(args);
      const words = queryWords(args.text);
      const query = toLuceneQuery(words.content);
      if (!query) return [];
      // Labels reach Cypher only through this mapping from the GraphQL enum. Searched by default:
      // everything but criteria and sources, which are reached from their entity.
      const labels = args.types?.length ? args.types.map((type) => TYPE_LABELS[type]) : BROWSED_LABELS;
      const rows = await readSearchEntities(context.db, query, scope.revision, labels);
      return rankHits(rows, words.content, textLang(scope)).hits.slice(0, first).map((hit) => toHit(hit, scope, words));
    },
    searchResults: async (_parent, args, context) => {
      const scope = await resolveScope(context.db, args);
      const first = checkArgs(args);
      const choices: FacetChoices = { types: checkFilter(args.types, 'types'), ministries: checkFilter(args.ministries, 'ministries'), targetGroups: checkFilter(args.targetGroups, 'targetGroups') };
      const words = queryWords(args.text);
      const searchedWords = words.content.map((word) => words.typed.get(word) ?? word);
      const query = toLuceneQuery(words.content);
      if (!query) return { hits: [], totalCount: 0, partial: false, searchedWords, facets: { types: [], ministries: [], targetGroups: [] } };
      const rows = await readSearchResults(context.db, query, scope);
      const ranked = rankHits(rows, words.content, textLang(scope));
      const faceted = applyFacets(
        ranked.hits,
        ({ candidate }) => ({ types: [typeOf(candidate.node) ?? ''], ministries: ids(candidate.ministries), targetGroups: ids(candidate.targetGroups) }),
        choices,
      );
      const nodes = new Map(rows.flatMap((row) => [...row.ministries, ...row.targetGroups]).map((node) => [String(node.props.id), node]));
      const entityCounts = (counts: readonly { value: string; count: number }[]) =>
        counts.flatMap(({ value, count }) => {
          const node = nodes.get(value);
          return node ? [{ entity: { scope, node }, count }] : [];
        });
      return {
        hits: faceted.hits.slice(0, first).map((hit) => toHit(hit, scope, words)),
        totalCount: faceted.hits.length,
        partial: ranked.partial,
        searchedWords,
        facets: {
          types: faceted.counts.types.map(({ value, count }) => ({ value: value as keyof typeof TYPE_LABELS, count })),
          ministries: entityCounts(faceted.counts.ministries),
          targetGroups: entityCounts(faceted.counts.targetGroups),
        },
      };
    },
  },
};
