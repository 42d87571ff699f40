import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from '../neo4j/database.ts';

/** Prometheus metrics: requests and latency by operation, Cypher time by statement. */
export class Metrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL requests by root field(s) and outcome.',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly requestSeconds = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'GraphQL request latency by root field(s).',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly cypherSeconds = new Histogram({
    name: 'cypher_statement_duration_seconds',
    help: 'Time per Cypher statement (file under cypher/) including the round trip.',
    labelNames: ['statement', 'mode', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  constructor(db: Database) {
    collectDefaultMetrics({ register: this.registry });
    db.observe(({ name, mode, ms, ok }) => this.cypherSeconds.observe({ statement: name, mode, outcome: ok ? 'ok' : 'error' }, ms / 1000));
  }
}
