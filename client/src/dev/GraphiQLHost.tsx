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
      <GraphiQL fetcher={fetcher} defaultTabs={EXAMPLE_OPERATIONS.map((operation) => ({ query: operation.query }))} />
    </div>
  );
}
