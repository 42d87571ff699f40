/**
 * One urql client per (language, as-of date). Entity text and validity depend on both, while
 * Graphcache normalises by id alone; a client per pair keeps bokmål and nynorsk names (or 2020 and
 * 2026 names) from overwriting each other.
 */
import { Client, fetchExchange } from 'urql';
import { cacheExchange } from '@urql/exchange-graphcache';

/** Types without an id are stored inside their parent instead of being normalised. */
const embedded = () => null;

export function createApiClient(): Client {
  return new Client({
    url: '/graphql',
    // POST only: GET would put variables (for `situation`: the household's answers) in the URL,
    // where proxies and access logs keep them.
    preferGetMethod: false,
    fetchOptions: { credentials: 'omit', referrerPolicy: 'no-referrer' },
    exchanges: [
      cacheExchange({
        keys: {
          Link: embedded,
          NamePeriod: embedded,
          PageInfo: embedded,
          InstrumentConnection: embedded,
          ActorConnection: embedded,
          TargetGroupConnection: embedded,
          GoalConnection: embedded,
          StrategyConnection: embedded,
          LegalBasisConnection: embedded,
          SourceConnection: embedded,
          DataVersion: embedded,
          CoverageReport: embedded,
          EntityCount: embedded,
          SearchHit: embedded,
          Neighbourhood: embedded,
          GraphPath: embedded,
          SituationResult: embedded,
          Assessment: embedded,
          CriterionResult: embedded,
          Combination: embedded,
          OpenQuestion: embedded,
          WhyNot: embedded,
          CheckItem: embedded,
          CombinationStep: embedded,
          StepOwner: embedded,
          LeftOut: embedded,
        },
      }),
      fetchExchange,
    ],
  });
}
