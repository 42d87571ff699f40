/**
 * GraphiQL bundled into the explorer instead of Apollo's CDN-hosted landing page, so it works
 * offline. Loaded only on the developer page (its own chunk, with Monaco's workers from the
 * `graphiql/setup-workers/vite` entry).
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import type { Fetcher, FetcherParams, SyncExecutionResult } from '@graphiql/toolkit';
import { EXAMPLE_OPERATIONS } from './example-operations.ts';

const fetcher: Fetcher = async (params: FetcherParams): Promise<SyncExecutionResult> => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
    credentials: 'omit',
  });
  return (await response.json()) as SyncExecutionResult;
};

export default function GraphiQLHost() {
  return (
    <div className="graphiql-host">
      {/* One editor holding every example. GraphiQL's tab strip nests a close button inside each
          tab (axe: nested-interactive), so the strip is hidden in app.css. */}
      <GraphiQL fetcher={fetcher} defaultQuery={EXAMPLE_OPERATIONS.map((operation) => operation.query).join('\n\n')}>
        {/* Our own logo text: GraphiQL's default logo link is below 4.5:1 contrast. */}
        <GraphiQL.Logo>Virkemiddelkart API</GraphiQL.Logo>
      </GraphiQL>
    </div>
  );
}
