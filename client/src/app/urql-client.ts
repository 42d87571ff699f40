/**
 * One urql client per (language, as-of date). Entity text and validity depend on both, while
 * Graphcache normalises by id alone; a client per pair keeps bokmål and nynorsk names (or 2020 and
 * 2026 names) from overwriting each other.
 */
import { Client, fetchExchange } from 'urql';
import { cacheExchange } from '@urql/exchange-graphcache';
import { csrfToken } from '../edit/csrf.ts';

/** Types without an id are stored inside their parent instead of being normalised. */
const embedded = () => null;

/**
 * Sent with every request. The session cookie goes along (same origin only) so the server knows a
 * signed-in editor; a mutation from a signed-in person also needs the session's CSRF token, which
 * a page on another site cannot read. Read at each request, so signing in or out needs no new client.
 */
export function apiFetchOptions(): RequestInit {
  const token = csrfToken();
  return { credentials: 'same-origin', referrerPolicy: 'no-referrer', headers: token ? { 'x-csrf-token': token } : {} };
}

/**
 * For the editing screens: no normalised cache. They read one entity in three languages at once
 * (Graphcache would keep only one text per field and id) and must always show the newest version.
 */
export function createEditClient(): Client {
  return new Client({ url: '/graphql', preferGetMethod: false, fetchOptions: apiFetchOptions, requestPolicy: 'network-only', exchanges: [fetchExchange] });
}

export function createApiClient(): Client {
  return new Client({
    url: '/graphql',
    // POST only: GET would put variables (for `situation`: the household's answers) in the URL,
    // where proxies and access logs keep them.
    preferGetMethod: false,
    fetchOptions: apiFetchOptions,
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
          HistoryConnection: embedded,
          HistoryEntry: embedded,
          FieldChange: embedded,
          Person: embedded,
          Viewer: embedded,
          Publication: embedded,
          ChangeSetConnection: embedded,
        },
      }),
      fetchExchange,
    ],
  });
}
